import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { buildDistrict, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const Stats = graphql(`
  query CaseStats($id: ID!, $period: PeriodInput) {
    area(id: $id) {
      caseStatistics(period: $period) {
        reported byStatus { status count } byCategory { category count } byLevel { level count }
        whistles summonses organizationsSummoned reportInsDue reportInsOnTime reportInOnTimeRate
        completionsDue completionsOnTime completedOnTimeRate medianMinutesToReportIn medianMinutesToClose
        overdueNow summonsesOverdueNow
        byOrganization { organization { id name } summoned reportedIn reportedInOnTime declined declinesAccepted done overdueNow medianMinutesToReportIn }
      }
    }
  }
`);

let hub: TestHub;
let d: District;

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
}, 120_000);
afterAll(() => hub?.close());

describe('Area.caseStatistics', () => {
  it('answers zeros and nulls for an area with no cases', async () => {
    const s = (await hub.client.data(Stats, { id: d.district.id, period: { from: '2026-11-01', to: '2026-11-30' } })).area!.caseStatistics;
    expect(s.reported).toBe(0);
    expect(s.byStatus).toHaveLength(7);
    expect(s.byCategory).toHaveLength(12);
    expect(s.byLevel).toEqual([{ level: 'COMMUNITY', count: 0 }, { level: 'STREET', count: 0 }, { level: 'DISTRICT', count: 0 }]);
    expect(s.reportInOnTimeRate).toBeNull();
    expect(s.byOrganization).toEqual([]);
  });
});
