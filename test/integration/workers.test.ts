import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingScene } from '../kit/matching.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';
import { wsClient, wsSubscribed } from '../kit/ws-client.js';

// The background work started by the server itself (`createServer(app, { workers })`), as `npm start` runs it.

const HOUR = 3_600_000;
const MATCHES = `subscription WkMatches($filter: MatchEventFilter) {
  matchEvents(filter: $filter) { type isHeartbeat match { demand { id } } }
}`;
type MatchMessage = { matchEvents: { type: string | null; isHeartbeat: boolean; match: { demand: { id: string } } | null } };

let hub: TestHub;
beforeAll(async () => {
  // polls an hour apart: after its first pass, the matcher runs only when an event wakes it
  hub = await startTestHub({}, { workers: { intervalsMs: { matcher: HOUR, sweeper: HOUR } } });
  await waitFor(() => hub.server.workers!.isLeader, { what: 'the matcher to lead' });
});
afterAll(() => hub?.close());

describe('the workers of a server', () => {
  it('a placed demand wakes the matcher through the event feed: its proposal reaches a subscriber, nobody running matching by hand', async () => {
    const s = await matchingScene(hub);
    const { client } = wsClient(hub.server.wsUrl, await s.communityAdmin());
    try {
      const sub = await wsSubscribed<MatchMessage>(hub, client, MATCHES, { filter: { areaId: s.d.community.id } });
      const demand = await s.demand({ quantity: 2 });
      await waitFor(() => sub.messages.some((m) => m.data?.matchEvents.type === 'MATCH_PROPOSED' && m.data.matchEvents.match?.demand.id === demand.id), {
        what: 'MATCH_PROPOSED for the placed demand',
        deadlineMs: 20_000,
      });
      expect(sub.error).toBeNull();
    } finally {
      await client.dispose();
    }
  });
});
