import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { graphql } from '../gql/index.js';
import { buildDistrict, buildOrganization, type BuiltArea, type District } from '../kit/builders.js';
import { demandInput, demandState, districtToken, insertGrid, listIn, listState, placedDemand, postDemand } from '../kit/demands.js';
import { approvedVolunteer } from '../kit/volunteers.js';
import { startTestHub, type TestHub } from '../kit/server.js';

const Post = graphql(`mutation DemAuthPost($input: PostDemandInput!) { postDemand(input: $input) { demand { id } userErrors { code } } }`);
const Update = graphql(`mutation DemAuthUpdate($input: UpdateDemandInput!) { updateDemand(input: $input) { demand { id } userErrors { code } } }`);
const Place = graphql(`mutation DemAuthPlace($input: DemandIdInput!) { placeDemand(input: $input) { demand { id } userErrors { code } } }`);
const Take = graphql(`mutation DemAuthTake($input: TakeDemandInput!) { takeDemand(input: $input) { demand { id } userErrors { code } } }`);
const Cancel = graphql(`mutation DemAuthCancel($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { id } userErrors { code } } }`);
const Open = graphql(`mutation DemAuthOpen($input: OpenDemandListInput!) { openDemandList(input: $input) { demandList { id } userErrors { code } } }`);
const Submit = graphql(`mutation DemAuthSubmit($input: DemandListStatusInput!) { submitDemandList(input: $input) { demandList { id } userErrors { code } } }`);
const Publish = graphql(`mutation DemAuthPublish($input: DemandListStatusInput!) { publishDemandList(input: $input) { demandList { id } userErrors { code } } }`);
const Close = graphql(`mutation DemAuthClose($input: DemandListStatusInput!) { closeDemandList(input: $input) { demandList { id } userErrors { code } } }`);
const CountIn = graphql(`query DemAuthCount($area: ID!) { demands(filter: { areaId: $area }) { totalCount } demandLists(filter: { areaId: $area }) { totalCount } }`);

let hub: TestHub;
let d: District;
let grid2: BuiltArea;
let takerToken: string;
type Caller = () => Promise<string | undefined>;
const callers: Record<string, Caller> = {};

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  grid2 = await insertGrid(hub.app.db.pool, d.community);
  const taker = await buildOrganization(hub, d.community);
  const other = await buildOrganization(hub, d.community);
  const far = await buildOrganization(hub, d.otherCommunity);
  takerToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: taker.id });
  const t = (claims: Parameters<TestHub['token']>[0]) => () => hub.token(claims);
  Object.assign(callers, {
    anonymous: async () => undefined,
    'the grid worker of another grid': t({ role: Role.GRID_WORKER, areaId: grid2.id }),
    'the grid worker of the grid': t({ role: Role.GRID_WORKER, areaId: d.grid.id }),
    'the admin of another community': t({ role: Role.COMMUNITY_ADMIN, areaId: d.neighbourCommunity.id }),
    'the admin of another street': t({ role: Role.STREET_ADMIN, areaId: d.otherStreet.id }),
    'the community admin': t({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
    'a unit admin': t({ role: Role.UNIT_ADMIN, organizationId: other.id }),
    'the unit admin who took it': async () => takerToken,
    'a unit admin of another street': t({ role: Role.UNIT_ADMIN, organizationId: far.id }),
    'a volunteer with no area': t({ role: Role.VOLUNTEER }),
    'a volunteer of another street': async () => (await approvedVolunteer(hub, d.otherCommunity)).token,
  });
});
afterAll(() => hub?.close());

async function takenDemand() {
  const demand = await placedDemand(hub, d.grid);
  await hub.client.data(Take, { input: { id: demand.id } }, takerToken);
  return demand;
}

describe('every demand mutation is refused outside its scope, changing nothing', () => {
  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['the grid worker of another grid', 'FORBIDDEN'],
    ['the admin of another community', 'FORBIDDEN'],
    ['a unit admin', 'FORBIDDEN'],
    ['a volunteer of another street', 'FORBIDDEN'],
  ])('postDemand: %s gets %s', async (who, code) => {
    const before = await hub.client.data(CountIn, { area: d.grid.id }, await districtToken(hub));
    expect(await hub.client.errorCode(Post, { input: demandInput(d.grid) }, await callers[who]!())).toBe(code);
    expect(await hub.client.data(CountIn, { area: d.grid.id }, await districtToken(hub))).toEqual(before);
  });

  // roles that may never do a thing are refused from the token alone (FORBIDDEN, whatever the id); roles that
  // may, but not here, learn nothing of a demand they cannot see (NOT_FOUND)
  const demandCases: [string, 'POSTED' | 'PLACED' | 'TAKEN', string, string][] = [
    ['updateDemand', 'POSTED', 'anonymous', 'UNAUTHENTICATED'],
    ['updateDemand', 'POSTED', 'the grid worker of another grid', 'NOT_FOUND'],
    ['updateDemand', 'POSTED', 'the admin of another community', 'NOT_FOUND'],
    ['updateDemand', 'POSTED', 'a unit admin', 'FORBIDDEN'],
    ['updateDemand', 'TAKEN', 'the unit admin who took it', 'FORBIDDEN'],
    ['placeDemand', 'POSTED', 'anonymous', 'UNAUTHENTICATED'],
    ['placeDemand', 'POSTED', 'the grid worker of the grid', 'FORBIDDEN'],
    ['placeDemand', 'POSTED', 'the admin of another street', 'NOT_FOUND'],
    ['placeDemand', 'POSTED', 'a unit admin', 'FORBIDDEN'],
    ['takeDemand', 'PLACED', 'anonymous', 'UNAUTHENTICATED'],
    ['takeDemand', 'PLACED', 'the grid worker of the grid', 'FORBIDDEN'],
    ['takeDemand', 'PLACED', 'the community admin', 'FORBIDDEN'],
    ['takeDemand', 'PLACED', 'a unit admin of another street', 'NOT_FOUND'],
    ['takeDemand', 'PLACED', 'a volunteer with no area', 'FORBIDDEN'],
    ['takeDemand', 'PLACED', 'a volunteer of another street', 'NOT_FOUND'],
    ['cancelDemand', 'POSTED', 'anonymous', 'UNAUTHENTICATED'],
    ['cancelDemand', 'POSTED', 'the grid worker of another grid', 'NOT_FOUND'],
    ['cancelDemand', 'PLACED', 'the grid worker of the grid', 'FORBIDDEN'],
    ['cancelDemand', 'TAKEN', 'the unit admin who took it', 'FORBIDDEN'],
    ['cancelDemand', 'PLACED', 'a unit admin', 'FORBIDDEN'],
  ];
  it.each(demandCases)('%s of a %s demand: %s gets %s', async (mutation, status, who, code) => {
    const demand = status === 'POSTED' ? await postDemand(hub, d.grid) : status === 'PLACED' ? await placedDemand(hub, d.grid) : await takenDemand();
    const before = await demandState(hub, demand.id);
    const token = await callers[who]!();
    const input = { id: demand.id };
    const result =
      mutation === 'updateDemand' ? await hub.client.errorCode(Update, { input: { ...input, version: demand.version, quantity: 9 } }, token)
        : mutation === 'placeDemand' ? await hub.client.errorCode(Place, { input }, token)
          : mutation === 'takeDemand' ? await hub.client.errorCode(Take, { input }, token)
            : await hub.client.errorCode(Cancel, { input: { ...input, reason: '不需要了' } }, token);
    expect(result).toBe(code);
    expect(await demandState(hub, demand.id)).toEqual(before);
  });
});

describe('every demand list mutation is refused outside its scope, changing nothing', () => {
  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['the grid worker of another grid', 'FORBIDDEN'],
    ['the admin of another community', 'FORBIDDEN'],
    ['a unit admin', 'FORBIDDEN'],
  ])('openDemandList: %s gets %s', async (who, code) => {
    const before = await hub.client.data(CountIn, { area: d.grid.id }, await districtToken(hub));
    const token = await callers[who]!();
    expect(await hub.client.errorCode(Open, { input: { areaId: d.grid.id, periodStart: '2029-01-01', periodEnd: '2029-01-31' } }, token)).toBe(code);
    expect(await hub.client.data(CountIn, { area: d.grid.id }, await districtToken(hub))).toEqual(before);
  });

  it.each<[string, 'COLLECTING' | 'SUBMITTED' | 'PUBLISHED', string, string]>([
    ['submitDemandList', 'COLLECTING', 'anonymous', 'UNAUTHENTICATED'],
    ['submitDemandList', 'COLLECTING', 'the grid worker of another grid', 'NOT_FOUND'],
    ['submitDemandList', 'COLLECTING', 'a unit admin', 'FORBIDDEN'],
    ['publishDemandList', 'SUBMITTED', 'anonymous', 'UNAUTHENTICATED'],
    ['publishDemandList', 'SUBMITTED', 'the grid worker of the grid', 'FORBIDDEN'],
    ['publishDemandList', 'SUBMITTED', 'the admin of another community', 'NOT_FOUND'],
    ['closeDemandList', 'PUBLISHED', 'anonymous', 'UNAUTHENTICATED'],
    ['closeDemandList', 'PUBLISHED', 'the grid worker of the grid', 'FORBIDDEN'],
    ['closeDemandList', 'PUBLISHED', 'a unit admin', 'FORBIDDEN'],
    ['closeDemandList', 'PUBLISHED', 'the admin of another community', 'FORBIDDEN'],
  ])('%s of a %s list: %s gets %s', async (mutation, status, who, code) => {
    const id = await listIn(hub, d.grid, status);
    const before = await listState(hub, id);
    const token = await callers[who]!();
    const document = mutation === 'submitDemandList' ? Submit : mutation === 'publishDemandList' ? Publish : Close;
    expect(await hub.client.errorCode(document, { input: { id } }, token)).toBe(code);
    expect(await listState(hub, id)).toEqual(before);
  });
});
