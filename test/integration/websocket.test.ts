import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { wsClient, wsRequest } from '../kit/ws-client.js';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub({ MAX_QUERY_DEPTH: '4' });
  await buildDistrict(hub.app.db.pool);
});
afterAll(() => hub?.close());

describe('GraphQL over WebSocket', () => {
  it('answers queries on the same port and path as HTTP, as the token\'s viewer', async () => {
    const token = await hub.token({ role: Role.DISTRICT_ADMIN });
    const { client } = wsClient(hub.server.wsUrl, token);
    try {
      const result = await wsRequest<{ district: { name: string }; viewer: { role: string } }>(client, '{ district { name } viewer { role } }');
      expect(result.data).toEqual({ district: { name: '东城区' }, viewer: { role: 'DISTRICT_ADMIN' } });
    } finally {
      await client.dispose();
    }
  });

  it('closes the socket with 4403 when the token does not verify', async () => {
    const expired = await hub.token({ role: Role.DISTRICT_ADMIN }, -60);
    const { client, closed } = wsClient(hub.server.wsUrl, expired);
    expect(await closed).toBe(4403);
    await client.dispose();
  });

  it('applies the same query limits and error codes as HTTP', async () => {
    const { client } = wsClient(hub.server.wsUrl);
    try {
      const deep = await wsRequest(client, '{ district { children { edges { node { parent { name } } } } } }');
      expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
      const invalid = await wsRequest(client, '{ district { nope } }');
      expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const bad = await wsRequest(client, '{ area(id: "nope") { name } }');
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    } finally {
      await client.dispose();
    }
  });
});
