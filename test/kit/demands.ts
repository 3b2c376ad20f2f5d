import type pg from 'pg';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { PostDemandInput } from '../gql/graphql.js';
import { eventTypesOf, type BuiltArea } from './builders.js';
import type { TestHub } from './server.js';

export const DemPost = graphql(`
  mutation DemKitPost($input: PostDemandInput!) {
    postDemand(input: $input) { demand { id status version } userErrors { code field message } }
  }
`);

const Place = graphql(`
  mutation DemKitPlace($input: DemandIdInput!) {
    placeDemand(input: $input) { demand { id status version } userErrors { code field message } }
  }
`);

const Open = graphql(`
  mutation DemKitOpenList($input: OpenDemandListInput!) {
    openDemandList(input: $input) { demandList { id status } userErrors { code field message } }
  }
`);

const MoveList = graphql(`
  mutation DemKitMoveList($input: DemandListStatusInput!, $submit: Boolean!, $publish: Boolean!, $close: Boolean!) {
    submitDemandList(input: $input) @include(if: $submit) { demandList { id status } userErrors { code } }
    publishDemandList(input: $input) @include(if: $publish) { demandList { id status } userErrors { code } }
    closeDemandList(input: $input) @include(if: $close) { demandList { id status } userErrors { code } }
  }
`);

/** What a grid worker writes down after a visit: two parking spaces on workday nights, into January. */
export function demandInput(area: BuiltArea, patch: Partial<PostDemandInput> = {}): PostDemandInput {
  return {
    areaId: area.id,
    title: '老旧小区夜间停车难',
    description: '3号楼王阿姨家儿女下班回来没处停车，需要夜间车位2个',
    kinds: ['PARKING'],
    quantity: 2,
    windows: [{ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], dayType: 'WORKDAY', start: '19:00', end: '07:00' }],
    startDate: '2026-11-01',
    endDate: '2027-01-31',
    location: { lat: 39.9152, lng: 116.4253 },
    radiusMeters: 800,
    channel: 'GRID_VISIT',
    orderedBy: '3号楼王阿姨',
    ...patch,
  };
}

export const districtToken = (hub: TestHub) => hub.token({ role: Role.DISTRICT_ADMIN });

/** Posts a demand through the API (as a district admin unless a token is given); fails the test on user errors. */
export async function postDemand(hub: TestHub, area: BuiltArea, patch: Partial<PostDemandInput> = {}, token?: string) {
  const data = await hub.client.data(DemPost, { input: demandInput(area, patch) }, token ?? (await districtToken(hub)));
  if (data.postDemand.userErrors.length) throw new Error(JSON.stringify(data.postDemand.userErrors));
  return data.postDemand.demand!;
}

/** A demand posted and placed through the API, as a district admin. */
export async function placedDemand(hub: TestHub, area: BuiltArea, patch: Partial<PostDemandInput> = {}) {
  const posted = await postDemand(hub, area, patch);
  const data = await hub.client.data(Place, { input: { id: posted.id } }, await districtToken(hub));
  return data.placeDemand.demand!;
}

let period = 0;

/** A fresh one-day period, so lists of one grid never clash in a shared test database. */
export function freshPeriod(): { periodStart: string; periodEnd: string } {
  const day = new Date(Date.UTC(2028, 0, 1) + period++ * 2 * 86_400_000).toISOString().slice(0, 10);
  return { periodStart: day, periodEnd: day };
}

/** A demand list of `grid` moved through the API, as a district admin, to `status`. */
export async function listIn(hub: TestHub, grid: BuiltArea, status: 'COLLECTING' | 'SUBMITTED' | 'PUBLISHED' | 'CLOSED' = 'COLLECTING') {
  const token = await districtToken(hub);
  const opened = await hub.client.data(Open, { input: { areaId: grid.id, ...freshPeriod() } }, token);
  if (opened.openDemandList.userErrors.length) throw new Error(JSON.stringify(opened.openDemandList.userErrors));
  const id = opened.openDemandList.demandList!.id;
  const steps: Record<typeof status, ('submit' | 'publish' | 'close')[]> = { COLLECTING: [], SUBMITTED: ['submit'], PUBLISHED: ['submit', 'publish'], CLOSED: ['close'] };
  await moveList(hub, id, steps[status]);
  return id;
}

/** Moves a list through the API, as a district admin, step by step. */
export async function moveList(hub: TestHub, id: string, steps: ('submit' | 'publish' | 'close')[]) {
  const token = await districtToken(hub);
  for (const step of steps) {
    await hub.client.data(MoveList, { input: { id }, submit: step === 'submit', publish: step === 'publish', close: step === 'close' }, token);
  }
}

/** A second grid inside `community`, written directly. */
export async function insertGrid(pool: pg.Pool, community: BuiltArea, name = '第二网格'): Promise<BuiltArea> {
  const { rows } = await pool.query<{ id: string; path: string }>(
    `with next as (select nextval(pg_get_serial_sequence('area', 'id')) as id)
     insert into area (id, kind, parent_id, path, depth, name, lat, lng, grid_level) overriding system value
     select next.id, 'GRID', $1::bigint, $2 || next.id || '/', 3, $3, 39.916, 116.426, 1 from next
     returning id::text, path`,
    [community.rowId, community.path, name],
  );
  return { rowId: rows[0].id, id: toGlobalId('Area', rows[0].id), path: rows[0].path };
}

const DemandState = graphql(`
  query DemKitState($id: ID!) {
    demand(id: $id) {
      status version title quantity placedBy placedAt takenByAccount takenAt cancelReason takenBy { id }
      history { action fromStatus toStatus actor { id role } reason }
    }
  }
`);

/** Everything a failed mutation must leave as it was, read by a district admin: fields, history and events. */
export async function demandState(hub: TestHub, id: string) {
  const data = await hub.client.data(DemandState, { id }, await districtToken(hub));
  return { ...data.demand, events: await eventTypesOf(hub, id) };
}

const ListState = graphql(`
  query DemKitListState($id: ID!) {
    demandList(id: $id) { status submittedAt publishedAt closedAt history { action fromStatus toStatus actor { id role } reason } }
  }
`);

export async function listState(hub: TestHub, id: string) {
  const data = await hub.client.data(ListState, { id }, await districtToken(hub));
  return { ...data.demandList, events: await eventTypesOf(hub, id) };
}
