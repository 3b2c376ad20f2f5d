import { GraphQLSchema, isAbstractType, lexicographicSortSchema, printSchema } from 'graphql';
import 'reflect-metadata';
import { buildSchema, registerEnumType } from 'type-graphql';
import { AreaKind } from './modules/areas/area.enums.js';
import { AreaResolver } from './modules/areas/area.resolver.js';
import { HolidayResolver } from './modules/calendar/holiday.resolver.js';
import { EVENT_TYPE_DESCRIPTIONS, EventType } from './modules/events/event.enums.js';
import { EventResolver } from './modules/events/event.resolver.js';
import { OrganizationKind } from './modules/organizations/organization.enums.js';
import { OrganizationResolver } from './modules/organizations/organization.resolver.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from './modules/resources/resource.enums.js';
import { CoordinateSystem } from './shared/location.js';
import { AvailabilityObservationResolver, ResourceResolver } from './modules/resources/resource.resolver.js';
import { NodeResolver } from './modules/viewer/node.resolver.js';
import { ViewerResolver } from './modules/viewer/viewer.resolver.js';
import { agreementResolvers } from './modules/agreements/index.js';
import { demandResolvers } from './modules/demands/index.js';
import { projectResolvers } from './modules/projects/index.js';
import { matchingResolvers } from './modules/matching/index.js';
import { RealtimeResolver } from './modules/realtime/realtime.resolver.js';
import { roleChecker } from './shared/guards.js';
import { DateTimeScalar } from './shared/scalars.js';

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: 'Levels of the district\'s tree, top to bottom.',
  valuesConfig: {
    DISTRICT: { description: 'The district (区): the whole hub\'s territory.' },
    STREET: { description: 'A street (街道): an administrative sub-district.' },
    COMMUNITY: { description: 'A residents\' community (社区) under a street.' },
    GRID: { description: 'A grid (网格): a block of buildings in a community, looked after by a grid worker.' },
    BUILDING: { description: 'A residential building or building group (楼栋).' },
  },
});
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of resident unit (驻区单位) an organization is.',
  valuesConfig: {
    AGENCY: { description: 'A government agency or public institution (机关事业单位).' },
    SCHOOL: { description: 'A school (学校).' },
    HOSPITAL: { description: 'A hospital or health centre (医院).' },
    COMPANY: { description: 'A company or state enterprise (企业).' },
    SOCIAL_ORGANIZATION: { description: 'A social organisation or association (社会组织).' },
  },
});
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'What a resource is.',
  valuesConfig: {
    READING_ROOM: { description: 'Reading room (阅览室): seats, evenings and weekends.' },
    ACTIVITY_VENUE: { description: 'Activity venue (活动场地), bookable by time slot.' },
    CIVIC_CLASSROOM: { description: 'Civic classroom (市民文明课堂): lessons and talks.' },
    PARKING: { description: 'Free parking spaces (免费停车位) in a unit\'s car park.' },
    TOILET: { description: 'Unit toilet open to the public (单位厕所); access only.' },
    WATER_POINT: { description: 'Drinking-water point (饮水点) for sanitation workers; access only.' },
    BREAKFAST: { description: 'Free breakfast (爱心早餐) for sanitation workers.' },
    AFTER_SCHOOL_CLASSROOM: { description: 'After-school 1-hour classroom (1小时课堂) for pupils.' },
    CLINIC: { description: 'Charity clinic (爱心门诊) for residents in difficulty.' },
    DAY_CARE: { description: 'Day-care centre (日间照料中心) for the elderly.' },
    OTHER: { description: 'Anything else a unit opens.' },
  },
});
registerEnumType(ResourceStatus, {
  name: 'ResourceStatus',
  description: 'Where a resource is in its life.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; seen only by its unit and area staff.' },
    PUBLISHED: { description: 'Open to residents and public.' },
    PAUSED: { description: 'Temporarily not offered; can be published again.' },
    WITHDRAWN: { description: 'No longer offered, for good.' },
  },
});
registerEnumType(AccessMode, {
  name: 'AccessMode',
  description: 'Whether using a resource uses up its capacity.',
  valuesConfig: {
    OPEN_ACCESS: { description: 'Discovered, never allocated (toilets, water points, drop-in parking).' },
    ALLOCATED: { description: 'Capacity is allocated by matching and never over-allocated (seats, leased spaces, places).' },
  },
});
registerEnumType(Audience, {
  name: 'Audience',
  description: 'Who a resource serves or a demand is for.',
  valuesConfig: {
    ALL_RESIDENTS: { description: 'Any resident.' },
    ELDERLY: { description: 'Elderly residents.' },
    PUPILS: { description: 'School pupils.' },
    SANITATION_WORKERS: { description: 'Sanitation workers (环卫工人).' },
    OUTDOOR_WORKERS: { description: 'Outdoor workers: couriers, delivery riders, traffic wardens.' },
    PEOPLE_IN_DIFFICULTY: { description: 'Residents in difficulty (困难群众).' },
    PEOPLE_WITH_DISABILITIES: { description: 'Residents with disabilities.' },
  },
});
registerEnumType(CoordinateSystem, {
  name: 'CoordinateSystem',
  description: 'The datum of a point given by a client.',
  valuesConfig: {
    WGS84: { description: 'GPS coordinates; what the hub stores.' },
    GCJ02: { description: 'China\'s GCJ-02, as AMap (高德) and Tencent maps give.' },
    BD09: { description: 'Baidu\'s BD-09.' },
  },
});
registerEnumType(EventType, {
  name: 'EventType',
  description: 'What an event records.',
  valuesConfig: Object.fromEntries(Object.entries(EVENT_TYPE_DESCRIPTIONS).map(([k, description]) => [k, { description }])),
});

/** Resolvers are listed, not discovered. */
export const resolvers = [
  NodeResolver,
  ViewerResolver,
  AreaResolver,
  OrganizationResolver,
  ResourceResolver,
  AvailabilityObservationResolver,
  HolidayResolver,
  EventResolver,
  ...agreementResolvers,
  ...demandResolvers,
  ...projectResolvers,
  ...matchingResolvers,
  RealtimeResolver,
] as const;

let built: Promise<GraphQLSchema> | null = null;

/**
 * The hub's schema, built once per process (every server in it, the tests' many included, shares it: it
 * is read-only once built).
 */
export function createSchema(): Promise<GraphQLSchema> {
  return (built ??= buildHubSchema());
}

async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // every mutation names the roles that may ever perform it (`@Authorized(MAY.…)`); the rest are refused
    // before its resolver reads anything
    authChecker: roleChecker,
    authMode: 'error',
    // every @Subscription gives its own `subscribe` (the realtime hub, src/realtime/hub.ts); type-graphql
    // insists on a PubSub whenever subscriptions exist, so this one refuses to be used
    pubSub: {
      publish: () => {
        throw new Error('sharehub publishes through the event log, not a PubSub');
      },
      subscribe: () => {
        throw new Error('sharehub subscriptions come from the realtime hub, not a PubSub');
      },
    },
  });
  // type-graphql wraps resolveType in an async function; graphql-jit needs it synchronous. Every object the
  // read path builds carries its __typename, so the type is read off the object.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = (value: { __typename?: string }) => value.__typename;
  }
  // type-graphql has no option for the root types' descriptions
  schema.getQueryType()!.description =
    'Reads of the sharehub graph: areas, resident units, resources and the event log. Anonymous callers see public data only.';
  schema.getSubscriptionType()!.description =
    'Live changes over WebSocket (graphql-ws, same URL): each message has its event-log cursor; resume with `after` and lose nothing. The scope is fixed by the token in `connectionParams` when you subscribe.';
  schema.getMutationType()!.description =
    'Changes, each `verbNoun(input)` returning a payload with `userErrors`; every change is recorded as an Event in the same transaction.';
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, so that diffs show only real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
