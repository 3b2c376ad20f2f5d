import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type Database } from '../../src/db/database.js';
import { createApp, openHubDatabase } from '../../src/app.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { issueDevelopmentToken } from '../../src/auth.js';
import { ManualClock } from '../../src/shared/clock.js';
import { Role } from '../../src/shared/viewer.js';
import { planDemands } from '../../seeds/demand-plan.js';
import { generateDistrict } from '../../seeds/district.js';
import { graphql } from '../gql/index.js';
import { TestClient } from '../kit/client.js';
import { TEST_NOW } from '../kit/server.js';

// reads the seeded district that no test writes (global setup made it), through a hub of its own
let db: Database;
let server: RunningServer;
let client: TestClient;
let adminToken: string;
const plan = planDemands(generateDistrict({ scale: 1 }));

beforeAll(async () => {
  db = await openHubDatabase(inject('seededUrl'), { poolSize: 3 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const clock = new ManualClock(new Date(TEST_NOW));
  server = await createServer(
    createApp(config, db, clock),
    { port: 0, host: '127.0.0.1' },
  );
  client = new TestClient(server.url);
  adminToken = await issueDevelopmentToken(config, { sub: 'seed-reader', role: Role.DISTRICT_ADMIN }, 3600, clock.now());
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const Figures = graphql(`
  query DemSeedFigures {
    district { demandStatistics { status kind count quantity } }
    demands(first: 3, filter: { fulfilment: RESOURCE }) { totalCount edges { node { title description status demandList { status } history { action } } } }
    published: demandLists(filter: { statuses: [PUBLISHED] }) { totalCount }
    lists: demandLists { totalCount }
  }
`);

describe('the seeded demands', () => {
  // the RESOURCE demands of seeds/demand-plan.ts; the SERVICE orders that follow them are seeds/service-order-plan.ts's
  // (test/integration/service-orders-seeded.test.ts)
  it('are all there for the district admin, placed with their history, in published lists', async () => {
    const data = await client.data(Figures, {}, adminToken);
    expect(data.demands.totalCount).toBe(plan.demands.length);
    expect(data.lists.totalCount).toBe(plan.lists.length);
    const first = data.demands.edges[0]!.node;
    expect(first).toMatchObject({ status: 'PLACED', demandList: { status: 'PUBLISHED' }, history: [{ action: 'POST' }, { action: 'PLACE' }] });
    expect(first.description).toMatch(/[\u4e00-\u9fff]/);
  });

  it('show anonymous callers only their counts, per status and kind, and the published lists', async () => {
    const data = await client.data(Figures);
    expect(data.demands).toEqual({ totalCount: 0, edges: [] });
    expect(data.lists.totalCount).toBe(plan.lists.filter((l) => l.status === 'PUBLISHED').length);
    const placed = data.district!.demandStatistics.filter((s) => s.status === 'PLACED');
    const expected = new Map<string, number>();
    for (const d of plan.demands.filter((x) => x.status === 'PLACED')) for (const k of d.kinds) expected.set(k, (expected.get(k) ?? 0) + 1);
    expect(Object.fromEntries(placed.map((s) => [s.kind, s.count]))).toEqual(Object.fromEntries(expected));
  });
});
