import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/shared/global-id.js';
import { VOLUNTEER_STANDING_SQL } from '../../src/auth.js';
import { Role } from '../../src/shared/viewer.js';
import { seedDistrict } from '../../seeds/load.js';
import { graphql } from '../gql/index.js';
import { createTestDatabase } from '../kit/database.js';
import { startHubOn, type TestHub } from '../kit/server.js';
import { insertTakeForTest } from '../kit/board-orders.js';
import { countStatements } from '../kit/sql-counter.js';
import { approvedVolunteer } from '../kit/volunteers.js';

/*
 * The order board is one statement whatever the page and the selection, on the district seeded at scale 10
 * (its 120,000 volunteers, 4,040 units; 25 to 50 s to seed here) with four service orders placed in
 * every live grid and community, written directly (the seed has none yet), some partly taken.
 */

const Full = graphql(`
  query BoardScale($filter: OpenOrderFilter, $first: Int) {
    openOrders(filter: $filter, first: $first) {
      edges {
        cursor
        node {
          demandId title serviceKinds urgency audience quantity stillNeeded startDate endDate placedAt takeDeadline isOverdue
          windows { days start end }
          location { lat lng system }
          gcj: location(system: GCJ02) { lat lng }
          community { id name kind code gridLevel centroid { lat lng } parent { id name parent { id } } }
          grid { id name kind gridLevel centroid { lat lng } parent { id name } }
        }
      }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

let hub: TestHub;
let orders: number;
let community: { rowId: string; id: string; path: string };

// .ci/run's second suite (on the PostgreSQL service) leaves the scale-10 district to the first, as the seed digest does
describe.skipIf(process.env.SEED_DIGEST_SCALE_10 === 'skip')('openOrders at scale 10', () => {
  beforeAll(async () => {
    const database = await createTestDatabase();
    await seedDistrict(database.db.pool, 10);
    hub = await startHubOn(database);
    const { rowCount } = await hub.app.db.pool.query(
      `insert into demand (area_id, area_path, title, description, fulfilment, kinds, service_kinds, quantity, windows, start_date, end_date,
         lat, lng, radius_meters, audience, urgency, channel, ordered_at, ordered_by, recorded_by, status, placed_by, placed_at, take_deadline)
       select a.id, a.path, '服务订单' || a.id || '-' || i, '规模测试', 'SERVICE', '{}', array[(array['ERRANDS','ESCORT','TUTORING','REPAIRS'])[1 + i % 4]],
         1 + i % 3, '[{"days":[1,2,3,4,5],"dayType":"ANY","start":"09:00","end":"11:00"}]', '2026-11-01', '2027-01-31',
         a.lat + 0.001, a.lng + 0.001, 1000, 'ELDERLY', (array['URGENT','HIGH','NORMAL','LOW'])[1 + i % 4], 'GRID_VISIT',
         '2026-11-20T09:00:00+08:00', '规模测试居民', 'scale-test', 'PLACED', 'scale-test', '2026-11-20T10:00:00+08:00',
         '2026-11-20T10:00:00+08:00'::timestamptz + make_interval(hours => i * 7, mins => (a.id % 97)::int)
       from area a cross join generate_series(1, 4) i
       where a.kind in ('GRID', 'COMMUNITY') and a.retired_at is null`,
    );
    orders = rowCount!;
    const { rows } = await hub.app.db.pool.query<{ id: string; path: string }>(
      `select a.id::text, a.path from area a where a.kind = 'COMMUNITY' and a.retired_at is null
       and exists (select 1 from area g where g.parent_id = a.id and g.kind = 'GRID') order by a.id limit 1`,
    );
    community = { rowId: rows[0].id, id: toGlobalId('Area', rows[0].id), path: rows[0].path };
  }, 300_000);
  afterAll(() => hub?.close());

  it('reads a page of 100 cards, their community and grid with their parents, in one statement, like a page of 5', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    expect(orders).toBeGreaterThan(2_000);
    // the token verifier's first look at an area is cached; the counted requests are the board's alone
    await hub.client.data(Full, { first: 1 }, admin);
    const small = await countStatements(() => hub.client.data(Full, { first: 5 }, admin));
    const large = await countStatements(() => hub.client.data(Full, { first: 100 }, admin));
    expect(large.result.openOrders.edges).toHaveLength(100);
    expect(large.result.openOrders.edges.some((e) => e.node.grid?.parent?.name)).toBe(true);
    expect(large.result.openOrders.edges.some((e) => e.node.grid === null && e.node.community.parent?.parent?.id)).toBe(true);
    expect(small.count, small.statements.join('\n---\n')).toBe(1);
    expect(large.count, large.statements.join('\n---\n')).toBe(1);
  });

  it('stays one statement with every filter, for a street admin and a unit admin', async () => {
    const street = await hub.token({ role: Role.STREET_ADMIN, areaId: toGlobalId('Area', community.path.split('/')[2]!) });
    const { rows } = await hub.app.db.pool.query<{ id: string }>(`select id::text from organization where area_path like $1 order by id limit 1`, [`${community.path}%`]);
    const unit = await hub.token({ role: Role.UNIT_ADMIN, organizationId: toGlobalId('Organization', rows[0]!.id) });
    const filter = {
      areaId: community.id,
      serviceKinds: ['ERRANDS', 'ESCORT', 'TUTORING'] as const,
      skills: ['ERRANDS', 'ELDERLY_CARE', 'TUTORING'] as const,
      neededOn: '2026-12-01',
      near: { location: { lat: 39.92, lng: 116.42 }, radiusMeters: 50_000 },
    };
    for (const token of [street, unit]) {
      await hub.client.data(Full, { first: 1 }, token);
      const counted = await countStatements(() => hub.client.data(Full, { filter: { ...filter, serviceKinds: [...filter.serviceKinds], skills: [...filter.skills] }, first: 100 }, token));
      expect(counted.result.openOrders.edges.length).toBeGreaterThan(0);
      expect(counted.count, counted.statements.join('\n---\n')).toBe(1);
    }
  });

  it('is one statement for a volunteer too, besides the read of their record every operation makes', async () => {
    const volunteer = await approvedVolunteer(hub, community);
    const { rows } = await hub.app.db.pool.query<{ id: string }>(`select id::text from demand where area_path like $1 and fulfilment = 'SERVICE' and quantity > 1 order by id limit 3`, [`${community.path}%`]);
    for (const row of rows) await insertTakeForTest(hub, toGlobalId('Demand', row.id), { kind: 'VOLUNTEER', volunteerId: volunteer.id, accountId: volunteer.sub });
    const counted = await countStatements(() => hub.client.data(Full, { first: 100 }, volunteer.token));
    const shown = counted.result.openOrders.edges.map((e) => e.node.demandId);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain(toGlobalId('Demand', rows[0]!.id));
    expect(counted.statements.filter((s) => s !== VOLUNTEER_STANDING_SQL), counted.statements.join('\n---\n')).toHaveLength(1);
    expect(counted.count, counted.statements.join('\n---\n')).toBe(2);
  });
});
