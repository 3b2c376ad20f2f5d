import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { countStatements } from '../kit/sql-counter.js';

const Nested = graphql(`
  query ReadNested($first: Int!) {
    resources(first: $first, orderBy: TITLE) {
      edges {
        cursor
        node {
          id title kind capacity location { lat lng } latestAvailability { freeCount }
          organization { id name kind area { name } }
          area { id name parent { id name kind } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const ById = graphql(`
  query ReadById($id: ID!) {
    resource(id: $id) { id title organization { name } area { name parent { name } } }
    node(id: $id) { ... on Resource { title organization { name } } }
  }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  // 120 published resources spread over several units and areas, written directly for speed
  const orgs = await Promise.all([d.community, d.neighbourCommunity, d.grid].map((area) => buildOrganization(hub, area)));
  await hub.app.db.pool.query(
    `insert into resource (organization_id, kind, status, title, lat, lng, area_id, area_path, capacity, access_mode, windows)
     select o.id, 'READING_ROOM', 'PUBLISHED', '阅览室' || i, 39.91 + i * 0.0001, 116.42, o.area_id, o.area_path, 40, 'ALLOCATED', '[]'
     from generate_series(1, 120) i join organization o on o.id = ($1::bigint[])[1 + i % 3]`,
    [orgs.map((o) => o.rowId)],
  );
});
afterAll(() => hub?.close());

describe('the read path', () => {
  it('reads a page of 100 resources with their unit, area and the area\'s parent in as many statements as a page of 5', async () => {
    const small = await countStatements(() => hub.client.data(Nested, { first: 5 }));
    const large = await countStatements(() => hub.client.data(Nested, { first: 100 }));
    expect(small.result.resources.edges).toHaveLength(5);
    expect(large.result.resources.edges).toHaveLength(100);
    expect(large.result.resources.edges.every((e) => e.node.area.parent?.kind === 'STREET' || e.node.area.parent?.kind === 'COMMUNITY')).toBe(true);
    expect(large.count, large.statements.join('\n---\n')).toBe(small.count);
    // one statement for the page and its to-one relations; organization.area is joined too
    expect(large.count, large.statements.join('\n---\n')).toBe(1);
  });

  it('reads a resource by id, with its relations, in one statement per root field', async () => {
    const first = (await hub.client.data(Nested, { first: 1 })).resources.edges[0].node;
    const { result, count, statements } = await countStatements(() => hub.client.data(ById, { id: first.id }));
    expect(result.resource).toMatchObject({ id: first.id, organization: { name: first.organization.name } });
    expect(result.node).toMatchObject({ title: first.title });
    expect(count, statements.join('\n---\n')).toBe(2);
  });
});
