import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

const Seeded = graphql(`
  query PrjSeeded {
    district { projectStatistics { status count } }
    projects(first: 100) {
      totalCount
      edges { node { title status area { kind } organizations { id } resources { kind } milestones { completedAt } notes { text } history { action } demandCount demands { id } } }
    }
  }
`);

describe('the seeded district\'s projects', () => {
  it('has twenty projects in every status across the five streets, the approved ones public with units, resources and progress', async () => {
    const data = await client.data(Seeded);
    const stats = Object.fromEntries(data.district!.projectStatistics.map((s) => [s.status, s.count]));
    expect(stats).toEqual({ PROPOSED: 2, APPROVED: 4, IN_PROGRESS: 6, DONE: 3, EVALUATED: 3, CANCELLED: 2 });
    const projects = data.projects.edges.map((e) => e.node);
    expect(projects.every((p) => p.status !== 'PROPOSED' && /[\u4e00-\u9fff]/.test(p.title))).toBe(true);
    expect(projects.map((p) => p.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^.+街道夜间共享停车项目$/), expect.stringMatching(/^.+社区'1小时课堂'托管项目$/)]));
    const running = projects.filter((p) => p.status === 'IN_PROGRESS' || p.status === 'DONE' || p.status === 'EVALUATED');
    expect(running.every((p) => p.milestones.length > 0 && p.notes.length > 0 && p.organizations.length > 0 && p.resources.length > 0)).toBe(true);
    expect(projects.filter((p) => p.status === 'DONE').every((p) => p.milestones.every((m) => m.completedAt !== null))).toBe(true);
    // anonymous callers get the counts of linked demands, never the demands
    expect(projects.some((p) => p.demandCount > 0)).toBe(true);
    expect(projects.flatMap((p) => p.demands)).toEqual([]);
  });

  it('keeps every project consistent: version, history, approval, links inside its area', async () => {
    const q = async (sql: string) => (await db.pool.query(sql)).rows;
    expect(await q(`select id from project p where version <> (select count(*) from project_history h where h.project_id = p.id)`)).toEqual([]);
    expect(await q(`select id from project where (approved_at is not null) <> (status not in ('PROPOSED','CANCELLED'))`)).toEqual([]);
    expect(await q(`select pd.project_id from project_demand pd join project p on p.id = pd.project_id join demand d on d.id = pd.demand_id
                    where not starts_with(d.area_path, p.area_path)`)).toEqual([]);
    expect(await q(`select pr.project_id from project_resource pr join resource r on r.id = pr.resource_id
                    where not exists (select 1 from project_organization po where po.project_id = pr.project_id and po.organization_id = r.organization_id)`)).toEqual([]);
  });
});
