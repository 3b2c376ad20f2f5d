import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database } from '../../src/db/database.js';
import { createApp, openHubDatabase } from '../../src/app.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { ManualClock } from '../../src/shared/clock.js';
import { graphql } from '../gql/index.js';
import { TestClient } from '../kit/client.js';
import { TEST_NOW } from '../kit/server.js';

// reads the seeded district that no test writes (global setup made it), through a hub of its own
let db: Database;
let server: RunningServer;
let client: TestClient;

beforeAll(async () => {
  db = await openHubDatabase(inject('seededUrl'), { poolSize: 3 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const clock = new ManualClock(new Date(TEST_NOW));
  server = await createServer(
    createApp(config, db, clock),
    { port: 0, host: '127.0.0.1' },
  );
  client = new TestClient(server.url);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const DistrictAgreements = graphql(`
  query AgrSeedDistrict {
    district { agreementStatistics { status count } resourcesCoveredCount resourceStatistics { resourceCount } }
    communities: areas(kind: COMMUNITY, first: 3) { edges { node { id name } } }
    agreements(filter: { statuses: [ACTIVE] }, first: 3) { edges { node { title terms area { kind } items { committedQuantity } } } }
  }
`);

const SharedWith = graphql(`
  query AgrSeedSharedWith($area: ID!) { resources(filter: { sharedWith: $area }) { totalCount } }
`);

describe('the seeded agreements', () => {
  it('give every unit an agreement, mostly ACTIVE, with some suspended, expired, terminated, proposed and drafted', async () => {
    const { district } = await client.data(DistrictAgreements);
    const counts = Object.fromEntries(district!.agreementStatistics.map((s) => [s.status, s.count]));
    expect(counts.ACTIVE).toBe(404);
    for (const status of ['EXPIRED', 'SUSPENDED', 'TERMINATED', 'PROPOSED', 'DRAFT']) expect(counts[status]).toBeGreaterThan(0);
    expect(counts.SIGNED).toBe(0);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(counts.ACTIVE / total).toBeGreaterThan(0.5);
    const { rows } = await db.pool.query(`select count(distinct organization_id)::int as n from sharing_agreement where status = 'ACTIVE'`);
    expect(rows[0].n).toBe(404);
  });

  it('put every seeded resource in exactly one agreement in force, committing its whole capacity', async () => {
    const { district } = await client.data(DistrictAgreements);
    const resources = district!.resourceStatistics.reduce((sum, s) => sum + s.resourceCount, 0);
    expect(district!.resourcesCoveredCount).toBe(resources);
    const { rows } = await db.pool.query(
      `select r.id, count(a.id)::int as in_force, bool_and(i.committed_quantity is not distinct from r.capacity) as whole
       from resource r
       left join agreement_item i on i.resource_id = r.id
       left join sharing_agreement a on a.id = i.agreement_id and a.status = 'ACTIVE' and a.start_date <= '2026-11-23' and a.end_date >= '2026-11-23'
       group by r.id having count(a.id) <> 1 or not bool_and(a.id is null or i.committed_quantity is not distinct from r.capacity)`,
    );
    expect(rows).toEqual([]);
  });

  it('are in Chinese, between a unit and its street or community, with a history that ends in their status and nothing due', async () => {
    const data = await client.data(DistrictAgreements);
    for (const { node } of data.agreements.edges) {
      expect(node.title).toMatch(/(街道|社区)与.+共建共享协议/);
      expect(node.terms).toMatch(/^双向承诺/);
      expect(['STREET', 'COMMUNITY']).toContain(node.area.kind);
    }
    const { rows: wrong } = await db.pool.query(
      `select a.id from sharing_agreement a
       join lateral (select to_status from agreement_history h where h.agreement_id = a.id order by h.id desc limit 1) last on true
       where last.to_status is distinct from a.status`,
    );
    expect(wrong).toEqual([]);
    // on the tests' date the recorded statuses are already right: the sweeper has nothing to do
    const { rows: due } = await db.pool.query(
      `select count(*)::int as n from sharing_agreement where status in ('DRAFT','PROPOSED','SIGNED','ACTIVE','SUSPENDED')
       and (end_date < '2026-11-23' or (status = 'SIGNED' and start_date <= '2026-11-23'))`,
    );
    expect(due[0].n).toBe(0);
  });

  it('share resources with every community', async () => {
    const data = await client.data(DistrictAgreements);
    for (const { node } of data.communities.edges) {
      expect((await client.data(SharedWith, { area: node.id })).resources.totalCount, node.name).toBeGreaterThan(0);
    }
  });
});
