import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, buildResource, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { wsClient, wsSubscribe } from '../kit/ws-client.js';

const Report = graphql(`
  mutation RtReport($input: ReportAvailabilityInput!) {
    reportAvailability(input: $input) { observation { id } userErrors { code } }
  }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
});
afterAll(() => hub?.close());

describe('availabilityChanged', () => {
  it('delivers a committed report to a subscriber of the resource', async () => {
    const org = await buildOrganization(hub, d.community);
    const r = await buildResource(hub, org.id, { capacity: 30 });
    const token = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
    const { client } = wsClient(hub.server.wsUrl);
    try {
      const sub = wsSubscribe(client, `subscription S($ids: [ID!]) { availabilityChanged(filter: { resourceIds: $ids }) { cursor isHeartbeat freeCount resource { id title } } }`, { ids: [r.id] });
      await new Promise((res) => setTimeout(res, 200));
      const done = await hub.client.data(Report, { input: { resourceId: r.id, freeCount: 7 } }, token);
      expect(done.reportAvailability.userErrors).toEqual([]);
      await sub.waitFor(1);
      expect(sub.messages[0].data).toMatchObject({ availabilityChanged: { isHeartbeat: false, freeCount: 7, resource: { id: r.id } } });
    } finally {
      await client.dispose();
    }
  });
});
