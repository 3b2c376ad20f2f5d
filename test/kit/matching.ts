import type pg from 'pg';
import { fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { PostDemandInput } from '../gql/graphql.js';
import { agreementIn, buildParties, type AgreementStatusName } from './agreements.js';
import { buildDistrict } from './builders.js';
import { placedDemand } from './demands.js';
import type { TestHub } from './server.js';

// Builders and documents of the matching tests: each scenario gets its own small district, so a run over
// its community sees only the scenario's demands and resources.

export const MatRun = graphql(`
  mutation MatKitRun($input: RunMatchingInput!) {
    runMatching(input: $input) {
      run { id kinds demandsServed quantityServed quantityUnmet objective proposedCount supersededCount timeTakenMs
            fillRateByCommunity { communityId quantity served fillRate } actor { id role } }
      userErrors { code field message }
    }
  }
`);

export const MatMatches = graphql(`
  query MatKitMatches($filter: MatchFilter) {
    matches(filter: $filter, first: 100) {
      edges { node { id status quantity score explanation atRisk demand { id } resource { id } agreement { id } } }
    }
  }
`);

const rowId = (globalId: string) => fromGlobalId(globalId)!.id;

/**
 * A matchable setting: a district of its own, a unit in its community with one published car park (30
 * places, workday nights), an agreement with the community in `agreement` status (ACTIVE by default, none
 * when null), and tokens.
 */
export async function matchingScene(hub: TestHub, agreement: AgreementStatusName | null = 'ACTIVE') {
  const d = await buildDistrict(hub.app.db.pool);
  const p = await buildParties(hub, d, d.community);
  const agreementId = agreement ? await agreementIn(hub, p, agreement) : null;
  return {
    d,
    p,
    agreementId,
    resourceRowId: rowId(p.resource.id),
    communityAdmin: () => hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
    unit: () => hub.token({ role: Role.UNIT_ADMIN, organizationId: p.org.id }),
    demand: (patch: Partial<PostDemandInput> = {}) => placedDemand(hub, d.grid, patch),
  };
}

export type MatchingScene = Awaited<ReturnType<typeof matchingScene>>;

/** Runs matching over the scene's community as its admin; fails the test on user errors. */
export async function runOver(hub: TestHub, s: MatchingScene, kinds?: ('PARKING' | 'READING_ROOM')[]) {
  const data = await hub.client.data(MatRun, { input: { areaId: s.d.community.id, kinds } }, await s.communityAdmin());
  if (data.runMatching.userErrors.length) throw new Error(JSON.stringify(data.runMatching.userErrors));
  return data.runMatching.run!;
}

/** The matches of the scene's community, as its admin reads them, in id order. */
export async function matchesOf(hub: TestHub, s: MatchingScene, statuses?: string[]) {
  const data = await hub.client.data(MatMatches, { filter: { areaId: s.d.community.id, statuses: statuses as never } }, await s.communityAdmin());
  return data.matches.edges.map((e) => e.node);
}

/**
 * `count` PLACED demands of one place each in the scene's grid and a PROPOSED match of each on the scene's
 * resource, written directly (the concurrency test needs many at once). Returns the matches' global ids.
 */
export async function insertProposals(pool: pg.Pool, s: MatchingScene, count: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `with item as (
       select i.id, i.agreement_id from agreement_item i where i.resource_id = $1::bigint order by i.id limit 1
     ), dem as (
       insert into demand (area_id, area_path, title, kinds, quantity, windows, start_date, end_date, lat, lng, radius_meters,
                           audience, channel, ordered_at, recorded_by, placed_by, placed_at, status, created_at, updated_at)
       select $2::bigint, $3, '夜间停车' || n, '{PARKING}', 1, '[]', '2026-11-01', '2027-01-31', 39.9152, 116.4253, 800,
              'ALL_RESIDENTS', 'GRID_VISIT', now(), 'kit', 'kit', now(), 'PLACED', now(), now()
       from generate_series(1, $4::int) n
       returning id
     )
     insert into match (demand_id, resource_id, organization_id, agreement_id, agreement_item_id, area_path, quantity, score,
                        explanation, created_at, updated_at)
     select dem.id, $1::bigint, r.organization_id, item.agreement_id, item.id, $3, 1, 100, '{}', now(), now()
     from dem cross join item join resource r on r.id = $1::bigint
     returning id::text`,
    [s.resourceRowId, s.d.grid.rowId, s.d.grid.path, count],
  );
  return rows.map((r) => toGlobalId('Match', r.id));
}
