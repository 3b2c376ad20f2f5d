import 'reflect-metadata';
import { createContext } from '../../src/context.js';
import { sweepAgreements } from '../../src/modules/agreements/agreement.sweep.js';
import { localToday } from '../../src/shared/today.js';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { parseWindows, type WeeklyWindowInput } from '../../src/shared/schedule/schedule.graphql.js';
import { Role, SYSTEM_VIEWER } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { AgreementItemInput, CreateAgreementDraftInput } from '../gql/graphql.js';
import { buildOrganization, buildResource, eventsOf, type BuiltArea, type District } from './builders.js';
import type { TestHub } from './server.js';

// Builders and documents of the agreement tests: an agreement in any status, made through the API.

export const AgrCreate = graphql(`
  mutation AgrCreate($input: CreateAgreementDraftInput!) {
    createAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
  fragment AgrFields on SharingAgreement {
    id status recordedStatus version title terms startDate endDate proposedBy proposedAt signedAt
    signatures { party signedBy }
    items { committedQuantity resource { id } windows { days dayType start end } }
  }
`);

export const AgrUpdate = graphql(`
  mutation AgrUpdate($input: UpdateAgreementDraftInput!) {
    updateAgreementDraft(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrDiscard = graphql(`
  mutation AgrDiscard($input: AgreementInput!) {
    discardAgreementDraft(input: $input) { discardedAgreementId userErrors { code field message } }
  }
`);

export const AgrPropose = graphql(`
  mutation AgrPropose($input: AgreementInput!) {
    proposeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrSign = graphql(`
  mutation AgrSign($input: AgreementInput!) {
    signAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrReject = graphql(`
  mutation AgrReject($input: AgreementReasonInput!) {
    rejectAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrWithdraw = graphql(`
  mutation AgrWithdraw($input: AgreementReasonInput!) {
    withdrawAgreementProposal(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrSuspend = graphql(`
  mutation AgrSuspend($input: AgreementReasonInput!) {
    suspendAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrResume = graphql(`
  mutation AgrResume($input: AgreementReasonInput!) {
    resumeAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrTerminate = graphql(`
  mutation AgrTerminate($input: AgreementReasonInput!) {
    terminateAgreement(input: $input) { agreement { ...AgrFields } userErrors { code field message } }
  }
`);

export const AgrRead = graphql(`
  query AgrRead($id: ID!) {
    agreement(id: $id) {
      ...AgrFields
      history { action fromStatus toStatus party actor { id role } reason at }
    }
  }
`);

export const AgrSharedWith = graphql(`
  query AgrSharedWith($area: ID!) { resources(filter: { sharedWith: $area }, first: 100) { edges { node { id } } } }
`);

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** "Workday nights, weekends and holidays all day", written so that no window overlaps another. */
export const PARKING_WINDOWS: AgreementItemInput['windows'] = [
  { days: [...EVERY_DAY], dayType: 'ANY', start: '19:00', end: '07:30' },
  { days: [...EVERY_DAY], dayType: 'REST_DAY', start: '07:30', end: '19:00' },
];

/** Records, as the sweeper does, what the clock changed; returns how many transitions. */
export function sweep(hub: TestHub): Promise<number> {
  return sweepAgreements(createContext(hub.app, SYSTEM_VIEWER));
}

export type AgreementStatusName = 'DRAFT' | 'PROPOSED' | 'SIGNED' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED' | 'EXPIRED';

/**
 * The two parties of agreements with one area: a new unit with one published 30-space car park, stationed
 * in the area (in a community of it, for a street), and their tokens.
 */
export async function buildParties(hub: TestHub, d: District, area: BuiltArea = d.community) {
  const stationedIn = area === d.street ? d.community : area === d.otherStreet ? d.otherCommunity : area;
  const org = await buildOrganization(hub, stationedIn);
  const resource = await buildResource(hub, org.id, { capacity: 30 });
  const areaRole = area === d.street || area === d.otherStreet ? Role.STREET_ADMIN : Role.COMMUNITY_ADMIN;
  return {
    org,
    resource,
    area,
    unit: () => hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id }),
    areaAdmin: () => hub.token({ role: areaRole, areaId: area.id }),
    district: () => hub.token({ role: Role.DISTRICT_ADMIN }),
  };
}

export type Parties = Awaited<ReturnType<typeof buildParties>>;

export function draftInput(p: Parties, patch: Partial<CreateAgreementDraftInput> = {}): CreateAgreementDraftInput {
  return {
    organizationId: p.org.id,
    areaId: p.area.id,
    title: `${p.org.name}共建共享协议`,
    terms: '双向承诺：单位夜间和节假日开放停车场，社区组织居民有序停放。',
    startDate: '2026-12-01',
    endDate: '2027-11-30',
    items: [{ resourceId: p.resource.id, committedQuantity: 30, windows: PARKING_WINDOWS }],
    ...patch,
  };
}

/**
 * An agreement in the given status, made through the API (the clock moved and the sweep run where time
 * makes the status; the clock is put back). SIGNED starts in the future; ACTIVE, SUSPENDED and TERMINATED
 * started on 2026-11-01; EXPIRED ended the day before the clock's.
 */
export async function agreementIn(hub: TestHub, p: Parties, status: AgreementStatusName) {
  const c = hub.client;
  const now = hub.clock.now();
  const today = localToday(now, hub.config.timeZone);
  const dates = status === 'SIGNED' || status === 'DRAFT' || status === 'PROPOSED' ? {} : { startDate: '2026-11-01', endDate: status === 'EXPIRED' ? today : '2027-12-31' };
  const created = await c.data(AgrCreate, { input: draftInput(p, dates) }, await p.unit());
  const id = created.createAgreementDraft.agreement!.id;
  if (status === 'DRAFT') return id;
  await c.data(AgrPropose, { input: { id } }, await p.unit());
  if (status === 'PROPOSED') return id;
  await c.data(AgrSign, { input: { id } }, await p.unit());
  await c.data(AgrSign, { input: { id } }, await p.areaAdmin());
  if (status === 'EXPIRED') {
    hub.clock.set(new Date(now.getTime() + 86_400_000));
    await sweep(hub);
    hub.clock.set(now);
    return id;
  }
  await sweep(hub);
  if (status === 'SUSPENDED') await c.data(AgrSuspend, { input: { id, reason: '停车场维修' } }, await p.unit());
  if (status === 'TERMINATED') await c.data(AgrTerminate, { input: { id, reason: '单位搬迁' } }, await p.unit());
  return id;
}

/**
 * `statuses.length` agreements of the parties written in one statement, for tests that need volume rather
 * than the path through the API: each DRAFT or SIGNED (dates in the future, so the clock leaves SIGNED as it
 * is), with the parties' resource as its one item (PARKING_WINDOWS, 30 committed) and the history the API
 * would have written (CREATE; PROPOSE and two SIGNs for SIGNED). No events. Returns their global ids in order.
 */
export async function insertAgreements(hub: TestHub, p: Parties, statuses: ('DRAFT' | 'SIGNED')[]): Promise<string[]> {
  const windows = JSON.stringify(parseWindows(PARKING_WINDOWS as WeeklyWindowInput[], 'windows'));
  const { rows } = await hub.app.db.pool.query<{ id: string }>(
    `with made as (
       insert into sharing_agreement (organization_id, area_id, area_path, title, terms, start_date, end_date, status, created_by,
                                      proposed_by, proposed_by_party, proposed_at, unit_signed_by, unit_signed_at,
                                      area_signed_by, area_signed_at, signed_at)
       select $1::bigint, $2::bigint, $3, $4 || '第' || n || '份', '夜间和节假日开放停车场。', date '2027-01-01', date '2027-12-31', s, 'kit-unit',
              case when s = 'SIGNED' then 'kit-unit' end, case when s = 'SIGNED' then 'UNIT' end, case when s = 'SIGNED' then $7::timestamptz end,
              case when s = 'SIGNED' then 'kit-unit' end, case when s = 'SIGNED' then $7::timestamptz end,
              case when s = 'SIGNED' then 'kit-area' end, case when s = 'SIGNED' then $7::timestamptz end,
              case when s = 'SIGNED' then $7::timestamptz end
       from unnest($5::text[]) with ordinality as t(s, n)
       order by n
       returning id, status
     ),
     items as (
       insert into agreement_item (agreement_id, position, resource_id, committed_quantity, windows)
       select id, 0, $6::bigint, 30, $8::jsonb from made
     ),
     history as (
       insert into agreement_history (agreement_id, action, from_status, to_status, party, actor_id, actor_role, at)
       select m.id, h.action, h.from_status, h.to_status, h.party, h.actor_id, h.actor_role, $7::timestamptz
       from made m
       cross join lateral (values
         ('CREATE', null, 'DRAFT', 'UNIT', 'kit-unit', 'UNIT_ADMIN', 1),
         ('PROPOSE', 'DRAFT', 'PROPOSED', 'UNIT', 'kit-unit', 'UNIT_ADMIN', 2),
         ('SIGN', 'PROPOSED', 'PROPOSED', 'UNIT', 'kit-unit', 'UNIT_ADMIN', 3),
         ('SIGN', 'PROPOSED', 'SIGNED', 'AREA', 'kit-area', 'COMMUNITY_ADMIN', 4)
       ) as h(action, from_status, to_status, party, actor_id, actor_role, step)
       where m.status = 'SIGNED' or h.step = 1
       order by m.id, h.step
     )
     select id::text from made order by id`,
    [
      p.org.rowId,
      p.area.rowId,
      p.area.path,
      `${p.org.name}共建共享协议`,
      statuses,
      fromGlobalId(p.resource.id)!.id,
      hub.clock.now().toISOString(),
      windows,
    ],
  );
  return rows.map((r) => toGlobalId('SharingAgreement', r.id));
}

/** What "nothing changed" compares: the agreement as a district admin reads it, and its events. */
export async function agreementState(hub: TestHub, id: string) {
  const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const read = await hub.client.data(AgrRead, { id }, admin);
  return { ...read.agreement, events: (await eventsOf(hub, id)).map((e) => e.type) };
}
