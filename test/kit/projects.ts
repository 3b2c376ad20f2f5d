import type pg from 'pg';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { ProjectStatus } from '../gql/graphql.js';
import type { BuiltArea } from './builders.js';
import type { TestHub } from './server.js';

/**
 * A demand written directly (set-up only; the demands module's mutations are tested there): a placed demand
 * for parking in `area`, taken by `takenBy` (an organization row id) when given.
 */
export async function insertDemand(pool: pg.Pool, area: BuiltArea, options: { takenBy?: string; title?: string } = {}) {
  const { rows } = await pool.query<{ id: string }>(
    `insert into demand (area_id, area_path, title, description, kinds, quantity, start_date, end_date, lat, lng, radius_meters,
       audience, channel, ordered_at, recorded_by, placed_by, placed_at, status, taken_by_organization_id, taken_at)
     values ($1, $2, $3, '3号楼王阿姨腿脚不便，儿女晚上回家没处停车', '{PARKING}', 2, '2026-11-01', '2027-06-30', 39.9151, 116.4251, 800,
       'ALL_RESIDENTS', 'GRID_VISIT', '2026-11-01T09:00:00+08:00', 'test-grid-worker', 'test-community-admin',
       '2026-11-02T09:00:00+08:00', 'PLACED', $4::bigint, case when $4::bigint is null then null else '2026-11-03T09:00:00+08:00'::timestamptz end)
     returning id::text`,
    [area.rowId, area.path, options.title ?? '老旧小区夜间停车难', options.takenBy ?? null],
  );
  return { rowId: rows[0].id, id: toGlobalId('Demand', rows[0].id) };
}

export const PrjPropose = graphql(`
  mutation PrjKitPropose($input: ProposeProjectInput!) {
    proposeProject(input: $input) { project { id status version } userErrors { code field message } }
  }
`);

const Approve = graphql(`
  mutation PrjKitApprove($input: ApproveProjectInput!) {
    approveProject(input: $input) { project { id status } userErrors { code } }
  }
`);

const Advance = graphql(`
  mutation PrjKitAdvance($input: AdvanceProjectInput!) {
    advanceProject(input: $input) { project { id status } userErrors { code } }
  }
`);

const Cancel = graphql(`
  mutation PrjKitCancel($input: CancelProjectInput!) {
    cancelProject(input: $input) { project { id status } userErrors { code } }
  }
`);

/** Proposes a project in `area` as its district admin (or the given token) and returns its id. */
export async function buildProject(hub: TestHub, area: BuiltArea, options: { token?: string; organizationId?: string; title?: string } = {}) {
  const token = options.token ?? (await hub.token({ role: Role.DISTRICT_ADMIN }));
  const data = await hub.client.data(
    PrjPropose,
    { input: { areaId: area.id, title: options.title ?? '史家胡同社区"1小时课堂"托管项目', organizationId: options.organizationId } },
    token,
  );
  if (data.proposeProject.userErrors.length) throw new Error(JSON.stringify(data.proposeProject.userErrors));
  return data.proposeProject.project!.id;
}

const PATH: Record<ProjectStatus, ProjectStatus[]> = {
  PROPOSED: [],
  APPROVED: ['APPROVED'],
  IN_PROGRESS: ['APPROVED', 'IN_PROGRESS'],
  DONE: ['APPROVED', 'IN_PROGRESS', 'DONE'],
  EVALUATED: ['APPROVED', 'IN_PROGRESS', 'DONE', 'EVALUATED'],
  CANCELLED: ['CANCELLED'],
};

/** Moves a project through the API, as a district admin, by each of `steps` in turn (APPROVED, CANCELLED or an advance). */
export async function moveProject(hub: TestHub, id: string, steps: ProjectStatus[]) {
  const token = await hub.token({ role: Role.DISTRICT_ADMIN });
  for (const step of steps) {
    const result =
      step === 'APPROVED'
        ? (await hub.client.data(Approve, { input: { id } }, token)).approveProject
        : step === 'CANCELLED'
          ? (await hub.client.data(Cancel, { input: { id, reason: '测试' } }, token)).cancelProject
          : (await hub.client.data(Advance, { input: { id, to: step, evaluation: step === 'EVALUATED' ? '居民满意' : null } }, token)).advanceProject;
    if (result.userErrors.length) throw new Error(`cannot move to ${step}: ${JSON.stringify(result.userErrors)}`);
  }
}

/** A project of `area` moved through the API, as a district admin, to `status`. */
export async function buildProjectIn(hub: TestHub, area: BuiltArea, status: ProjectStatus, options: { organizationId?: string } = {}) {
  const id = await buildProject(hub, area, options);
  await moveProject(hub, id, PATH[status]);
  return id;
}
