import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventType } from '../../src/outbox/event-types.js';
import { recordEvents } from '../../src/outbox/outbox.js';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import type { EvtReadQuery } from '../gql/graphql.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { waitFor } from '../kit/wait.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const ReadEvents = graphql(`
  query EvtRead($after: String, $first: Int!, $filter: EventFilter) {
    events(after: $after, first: $first, filter: $filter) {
      edges { cursor node { cursor type subjectId actor { id role } data subject { id ... on Organization { name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const RegisterOrg = graphql(`
  mutation EvtRegister($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) { organization { id } userErrors { code } }
  }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(() => hub?.close());

async function latestCursor(token: string): Promise<string | null> {
  let after: string | null = null;
  for (;;) {
    const page: EvtReadQuery = await hub.client.data(ReadEvents, { after, first: 500 }, token);
    after = page.events.pageInfo.endCursor ?? after;
    if (!page.events.pageInfo.hasNextPage) return after;
  }
}

describe('event log cursors', () => {
  it('never lets a reader skip an event whose transaction was still open when a later writer tried to commit', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const org = await buildOrganization(hub, d.community);
    const start = await latestCursor(admin);

    // writer A: the outbox's own code, in a transaction held open on purpose after taking its cursor
    let releaseA!: () => void;
    const gate = new Promise<void>((r) => (releaseA = r));
    let cursorA: string | undefined;
    const writerA = hub.app.db.orm.em.fork().transactional(async (em) => {
      [cursorA] = await recordEvents(em as EntityManager, { id: 'writer-a', role: 'DISTRICT_ADMIN' }, new Date(), [
        { type: EventType.ORGANIZATION_UPDATED, subjectType: 'Organization', subjectId: org.rowId, areaPath: d.community.path, organizationId: org.rowId, isPublic: true },
      ]);
      await gate;
    });
    await waitFor(async () => cursorA !== undefined, { what: 'writer A to take its cursor', intervalMs: 10 });

    // writer B: a real mutation over HTTP that starts later and would commit first if it could
    const writerB = hub.client.data(RegisterOrg, { input: { kind: 'COMPANY', name: '后提交的单位', areaId: d.community.id } }, admin);
    await waitFor(async () => {
      const { rows } = await hub.app.db.pool.query(`select 1 from pg_locks where locktype = 'advisory' and not granted`);
      return rows.length > 0;
    }, { what: 'writer B to queue behind writer A', intervalMs: 10 });

    // while A is open the reader sees neither A nor B, so it cannot move past A's cursor
    const during = await hub.client.data(ReadEvents, { after: start, first: 100 }, admin);
    expect(during.events.edges).toEqual([]);
    expect(during.events.pageInfo.endCursor).toBe(start);

    releaseA();
    await writerA;
    await writerB;
    const after = await hub.client.data(ReadEvents, { after: start, first: 100 }, admin);
    const seen = after.events.edges.map((e) => ({ cursor: e.cursor, type: e.node.type, actor: e.node.actor.id }));
    expect(seen.map((e) => e.type)).toEqual(['ORGANIZATION_UPDATED', 'ORGANIZATION_REGISTERED']);
    expect(seen[0]).toMatchObject({ cursor: cursorA, actor: 'writer-a' });
    expect(BigInt(seen[1].cursor)).toBeGreaterThan(BigInt(seen[0].cursor));
  });

  it('writes no event for a rolled-back change', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const org = await buildOrganization(hub, d.community);
    const start = await latestCursor(admin);
    await expect(
      hub.app.db.orm.em.fork().transactional(async (em) => {
        await recordEvents(em as EntityManager, { id: 'x', role: 'DISTRICT_ADMIN' }, new Date(), [
          { type: EventType.ORGANIZATION_UPDATED, subjectType: 'Organization', subjectId: org.rowId, areaPath: null, organizationId: null, isPublic: true },
        ]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const page = await hub.client.data(ReadEvents, { after: start, first: 10 }, admin);
    expect(page.events.edges).toEqual([]);
  });

  it('pages through the log in cursor order without losing or repeating an event', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const start = await latestCursor(admin);
    const org = await buildOrganization(hub, d.community);
    for (let i = 0; i < 5; i++) await buildResource(hub, org.id);
    const seen: string[] = [];
    let after = start;
    for (;;) {
      const page: EvtReadQuery = await hub.client.data(ReadEvents, { after, first: 3 }, admin);
      seen.push(...page.events.edges.map((e) => e.cursor));
      after = page.events.pageInfo.endCursor;
      if (!page.events.pageInfo.hasNextPage) break;
    }
    // one registration, then per resource: created and published
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
    expect([...seen].sort((a, b) => Number(BigInt(a) - BigInt(b)))).toEqual(seen);
  });

  it('shows draft changes only to the unit and its area staff, and public changes to everyone', async () => {
    const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
    const start = await latestCursor(admin);
    const org = await buildOrganization(hub, d.community);
    const other = await buildOrganization(hub, d.otherCommunity);
    const draft = await buildResource(hub, org.id, { publish: false });
    const filter = { subjectIds: [draft.id] };
    const read = async (token: string | null) =>
      (await hub.client.data(ReadEvents, { after: start, first: 100, filter }, token)).events.edges.map((e) => e.node.type);

    expect(await read(null)).toEqual([]);
    expect(await read(await hub.token({ role: Role.UNIT_ADMIN, organizationId: other.id }))).toEqual([]);
    expect(await read(await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.otherCommunity.id }))).toEqual([]);
    expect(await read(await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id }))).toEqual(['RESOURCE_CREATED']);
    expect(await read(await hub.token({ role: Role.STREET_ADMIN, areaId: d.street.id }))).toEqual(['RESOURCE_CREATED']);

    const publicEvents = await hub.client.data(ReadEvents, { after: start, first: 100, filter: { types: ['ORGANIZATION_REGISTERED'] } });
    expect(publicEvents.events.edges.map((e) => e.node.subject)).toEqual([
      { id: org.id, name: org.name },
      { id: other.id, name: other.name },
    ]);
  });

  it('rejects a cursor that is not one', async () => {
    expect(await hub.client.errorCode(ReadEvents, { after: 'abc', first: 10 })).toBe('BAD_USER_INPUT');
    expect(await hub.client.errorCode(ReadEvents, { after: '0', first: 501 })).toBe('BAD_USER_INPUT');
  });
});
