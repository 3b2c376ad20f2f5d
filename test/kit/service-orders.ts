import { expect } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import type { PostDemandInput } from '../gql/graphql.js';
import type { BuiltArea } from './builders.js';
import { districtToken, placedDemand, postDemand } from './demands.js';
import type { TestHub } from './server.js';

/* Service orders (SERVICE demands) through the API: orders, teams, takes and the community's judgement. */

/** A service order: two people to escort residents to hospital, into January. */
export function orderPatch(patch: Partial<PostDemandInput> = {}): Partial<PostDemandInput> {
  return {
    title: '陪同就医',
    description: '5号楼独居老人李大爷每周二去协和医院复查，需要人陪同',
    fulfilment: 'SERVICE',
    kinds: null,
    serviceKinds: ['ESCORT'],
    quantity: 2,
    orderedBy: '5号楼李大爷',
    ...patch,
  };
}

export const postOrder = (hub: TestHub, area: BuiltArea, patch: Partial<PostDemandInput> = {}) => postDemand(hub, area, orderPatch(patch));
export const placedOrder = (hub: TestHub, area: BuiltArea, patch: Partial<PostDemandInput> = {}) => placedDemand(hub, area, orderPatch(patch));

export const TAKE_FIELDS = `id takerKind quantity status takenAt serveDeadline isOverdue servedAt serviceNote confirmedAt reason
  volunteer { id } team { id } organization { id } people { volunteer { id } minutes }
  history { action fromStatus toStatus actor { id role } reason }`;

export const ORDER_FIELDS = `id status quantity takenQuantity takeDeadline isOverdue description takenByAccount takenBy { id }
  takes { ${TAKE_FIELDS} } history { action fromStatus toStatus actor { id role } reason }`;

export const TAKE = `mutation($input: TakeDemandInput!) { takeDemand(input: $input) { demand { ${ORDER_FIELDS} } take { ${TAKE_FIELDS} } userErrors { code field message } } }`;
export const RELEASE = `mutation($input: TakeReasonInput!) { releaseDemand(input: $input) { demand { id status takenQuantity } take { ${TAKE_FIELDS} } userErrors { code field message } } }`;
export const REVOKE = `mutation($input: TakeReasonInput!) { revokeTake(input: $input) { demand { id status takenQuantity } take { ${TAKE_FIELDS} } userErrors { code field message } } }`;
export const REPORT = `mutation($input: ReportDemandServedInput!) { reportDemandServed(input: $input) { demand { id status takenQuantity } take { ${TAKE_FIELDS} } userErrors { code field message } } }`;
export const CONFIRM = `mutation($input: DemandIdInput!) { confirmDemandServed(input: $input) { demand { ${ORDER_FIELDS} } userErrors { code field message } } }`;
export const DISPUTE = `mutation($input: DemandReasonInput!) { disputeDemandServed(input: $input) { demand { ${ORDER_FIELDS} } userErrors { code field message } } }`;
export const REVOKE_CONFIRMATION = `mutation($input: DemandReasonInput!) { revokeDemandConfirmation(input: $input) { demand { ${ORDER_FIELDS} } userErrors { code field message } } }`;
export const ORDER = `query($id: ID!) { demand(id: $id) { ${ORDER_FIELDS} } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

/** Runs a mutation or query and fails the test on any GraphQL error. */
export function run(hub: TestHub, document: string, variables: Record<string, unknown>, token: string): Promise<Any> {
  return hub.client.data<Any, Record<string, unknown>>(document, variables, token);
}

/** Runs a mutation whose payload is `field`, and fails the test on user errors; returns the payload. */
export async function must(hub: TestHub, document: string, field: string, input: Record<string, unknown>, token: string): Promise<Any> {
  const data = await run(hub, document, { input }, token);
  expect(data[field].userErrors).toEqual([]);
  return data[field];
}

/** The order as a district admin reads it. */
export async function orderOf(hub: TestHub, id: string): Promise<Any> {
  return (await run(hub, ORDER, { id }, await districtToken(hub))).demand;
}

const CREATE_TEAM = `mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id } userErrors { code field message } } }`;

let teams = 0;

/** A team of `area` led by `leaderId`, with `memberIds`, created by the district admin. */
export async function buildTeam(hub: TestHub, area: BuiltArea, leaderId: string, memberIds: string[] = []): Promise<string> {
  const data = await run(hub, CREATE_TEAM, { input: { areaId: area.id, name: `陪诊服务队${++teams}`, leaderId, memberIds } }, await districtToken(hub));
  expect(data.createVolunteerTeam.userErrors).toEqual([]);
  return data.createVolunteerTeam.team.id;
}

export const communityAdmin = (hub: TestHub, community: BuiltArea) => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: community.id });
export const gridWorker = (hub: TestHub, grid: BuiltArea) => hub.token({ role: Role.GRID_WORKER, areaId: grid.id });

/** The points ledger's lines of the given volunteers (global ids), in id order, read with SQL. */
export async function ledgerOf(hub: TestHub, volunteerRowIds: string[]) {
  const { rows } = await hub.app.db.pool.query<{ volunteer_id: string; kind: string; points: number; minutes: number | null; source_id: string; round: number; area_id: string }>(
    `select volunteer_id::text, kind, points, minutes, source_id::text, round, area_id::text from points_entry
     where volunteer_id = any($1::bigint[]) order by id`,
    [volunteerRowIds],
  );
  return rows;
}
