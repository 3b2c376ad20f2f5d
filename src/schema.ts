import { GraphQLSchema, isAbstractType, lexicographicSortSchema, printSchema } from 'graphql';
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { hubResolvers } from './modules/index.js';
import { roleChecker } from './shared/guards.js';
import { withPointSystems } from './shared/location.js';
import { DateTimeScalar } from './shared/scalars.js';

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
    // every module's, from the registry; each enum is registered beside its declaration
    resolvers: hubResolvers as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // every mutation names the roles that may ever perform it (`@Authorized(MAY.…)`); the rest are refused
    // before its resolver reads anything
    authChecker: roleChecker,
    authMode: 'error',
    // every @Subscription gives its own `subscribe` (the subscription hub, src/outbox/hub.ts); type-graphql
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
  // every point the API returns takes `system` (resolved synchronously: see withPointSystems)
  withPointSystems(schema);
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
