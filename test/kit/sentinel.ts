/**
 * The sentinel harness (DESIGN, "Identity and privacy"): unique strings stored in private fields must never
 * reach a caller who may not see them, by any path the schema offers.
 *
 * From the executable schema (`hub.server.schema`) it generates, for every root field of Query and of
 * Subscription, documents that select every field reachable from it, recursively, down to `maxObjectDepth`
 * object levels (a connection and its edges are no level of their own) and never deeper than the hub's
 * `maxDepth`; a type is expanded at most `maxRepeats + 1` times on one path, so cycles end. Interfaces and
 * unions (`node`, `nodes`, `Event.subject`) get an inline fragment on every possible type.
 *
 * Arguments:
 *  - Root fields: required arguments are filled from the scene. An `ID`/`[ID]` argument is tried with each
 *    known global id whose type (global ids carry it: `Type:rowId`, see src/shared/global-id.ts) the field
 *    can return or, for `<thing>Id(s)`, whose type is `<Thing>`; with every id when neither says
 *    (`node(id)`: each id; `nodes(ids)`: each id alone). Each id is one aliased copy of the field in the
 *    same document. Other required values come from `scene.values[argumentName]` when given, else a
 *    sample: the first enum value, Int 5, Float 1.5, true, the test's now for DateTime, an input object
 *    with its required fields only. Optional arguments are left out, and a root field with a `first`
 *    argument gets a second variant with `first: <pageSize>` (100, the hub's largest page), selecting
 *    `pagedObjectDepth` (2) object levels: it is there for rows past the default page, not for new paths.
 *  - Nested fields: optional arguments are left out; a nested field with a required argument that has no
 *    default is skipped (none exists today) and listed in `report.skippedFields`.
 *  - Subscriptions: `after` (when the field has it) is `scene.replayFrom` ("0" by default: the whole log is
 *    replayed, so stored events are delivered); other required arguments as for Query.
 *
 * Limits: the documents are split (a field's selection shared out over several documents, the path above it
 * repeated) until each fits the given hub's `maxDepth`, `maxCost` and `bodyBytes`, measured with the hub's own
 * measure (src/shared/query-limits.ts) and its default list size (20, src/server.ts); a leaf that alone is
 * over the cost limit under the lists above it is left out and listed in `report.cutByLimits`. Nothing is
 * raised: a test may start its hub with relaxed limits (fewer, bigger documents) or keep the defaults (more
 * of them: the measure multiplies each nested list by 20, so the whole schema takes over a thousand
 * documents under the default cost of 20,000, against about 40 with MAX_QUERY_COST=10000000 and
 * MAX_BODY_BYTES=10000000). `options` may also cut the documents to other limits than the hub's.
 *
 * Each Query document goes over real HTTP (`hub.client.request`) as each outsider and each insider; each
 * Subscription document over a real graphql-ws socket (test/kit/ws-client.ts), one socket per caller, until
 * it has caught up: a heartbeat arrived (the hub sends one only to a live subscriber, after its replay; start
 * the hub with a short REALTIME_HEARTBEAT_MS, `SENTINEL_HUB_ENV`; every subscription type here has
 * `isHeartbeat`, src/outbox/subscription.ts), or it ended with an error. Then
 * `scene.live` (optional) makes changes that live-only subscriptions should carry, and everything committed
 * is delivered (`delivered`: feed settled, hub drained, a ping round trip on every socket).
 *
 * A leak is any sentinel in the JSON of any response, `data` or `errors`, an outsider received (one it is
 * not listed as `maySee`). The insiders are the positive control: every sentinel must reach at least one
 * caller who may see it by at least one path (otherwise it was never stored, or the documents never reach
 * it), and every subscription field must deliver the insiders at least one message that is not a heartbeat,
 * unless listed in `scene.quietSubscriptions`.
 *
 * Adding a domain (one run covers every domain: the documents do not depend on the sentinels):
 *  1. store unique strings in its private fields through the API, in the test's `beforeAll`, and add them to
 *     `sentinels` (label → string);
 *  2. add the new objects' global ids to `ids` (or let them come from the event log, as the test does);
 *  3. add its outsiders (`{ token, maySee: [...] }` for one who may see some of them, e.g. its own record)
 *     and, when the existing insiders may not see them, an insider who may;
 *  4. the assertions stay as they are:
 *
 *   const report = await runSentinel({ hub, sentinels, ids, outsiders, insiders, values });
 *   expect(report.leaks).toEqual([]);          // no outsider got one, by HTTP or subscription
 *   expect(report.unseen).toEqual([]);         // each was seen by someone allowed (positive control)
 *   expect(report.brokenDocuments).toEqual([]); // every document ran (only access errors)
 *   expect(report.typesUnselected).toEqual([]); // coverage (an exclusion list, commented, if ever needed)
 *
 * New types, fields and subscriptions are picked up from the schema with no change here.
 *
 * Never put a sentinel into `values`: an error echoing an argument would look like a leak.
 */
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { fromGlobalId } from '../../src/shared/global-id.js';
import { measureOperation } from '../../src/shared/query-limits.js';
import type { TestHub } from './server.js';
import { TEST_NOW } from './server.js';
import { waitFor } from './wait.js';
import { delivered, wsClient, wsSubscribe, type Received, type TestWsClient } from './ws-client.js';

/** What a sentinel test's hub needs: heartbeats soon after a replay, so that "caught up" is a condition. */
export const SENTINEL_HUB_ENV = { REALTIME_HEARTBEAT_MS: '100' };

export interface SentinelScene {
  hub: TestHub;
  /** Label → the unique string stored in one private field (a number's decimal text for a coordinate). */
  sentinels: Record<string, string>;
  /** Global ids of the test's objects, for required ID arguments. */
  ids: string[];
  /**
   * Label → token (null: anonymous) of callers who must see none of the sentinels; or, for a caller who may
   * see some (a volunteer her own phone), `{ token, maySee: [labels] }`: it must see none of the others.
   */
  outsiders: Record<string, OutsiderToken>;
  /** Label → token of callers who may see them all: together they must see every one (positive control). */
  insiders: Record<string, string | null>;
  /**
   * Values of required arguments of root fields, by `field.argument` or by argument name (`from`, `to`,
   * `point`, `availabilityChanged.filter`…), instead of the sample; never sentinels.
   */
  values?: Record<string, unknown>;
  /** Changes made once every subscription has caught up, for live-only subscriptions. */
  live?: () => Promise<void>;
  /** Subscription fields whose insiders may get nothing but heartbeats (say why beside the list). */
  quietSubscriptions?: string[];
  /** The `after` subscriptions replay from: '0' replays the whole log. */
  replayFrom?: string;
  /** Only these root fields (of Query or Subscription); all when absent. */
  rootFields?: string[];
  options?: Partial<GeneratorOptions>;
}

export type OutsiderToken = string | null | { token: string | null; maySee: string[] };

export interface GeneratorOptions {
  /** Object levels below the root field's own type (connections and edges are no level). */
  maxObjectDepth: number;
  /** How many more times a type may be expanded on one path below itself (0: never inside itself). */
  maxRepeats: number;
  /** The `first` of each root field's second variant; 0 for none. */
  pageSize: number;
  /** Object levels the second variant selects. */
  pagedObjectDepth: number;
  /** The hub's limits the documents must fit. */
  maxDepth: number;
  maxCost: number;
  bodyBytes: number;
  /** The hub's default list size for its cost measure (src/server.ts). */
  defaultListSize: number;
}

export interface SentinelDocument {
  /** The root field and its variant, e.g. `demand`, `demands(first)`, `matchEvents` and a piece number. */
  name: string;
  operation: 'query' | 'subscription';
  rootField: string;
  text: string;
}

export interface Leak {
  caller: string;
  document: string;
  sentinel: string;
  /** Where in the response it was: `data.demands.edges.0.node.description`, `errors.0.message`… */
  path: string;
}

export interface SentinelReport {
  documents: number;
  queryDocuments: number;
  subscriptionDocuments: number;
  /** HTTP requests and subscriptions made, over all callers. */
  requests: number;
  subscriptions: number;
  /** `Type.field` selected at least once, and every field of the reachable types. */
  fieldsSelected: string[];
  fieldsReachable: string[];
  /** Nested fields left out for a required argument. */
  skippedFields: string[];
  /** Paths left out because one leaf under them alone is over the cost limit (none under relaxed limits). */
  cutByLimits: string[];
  /** Object (and abstract) types reachable from Query and Subscription, and those some document selects. */
  typesReachable: string[];
  typesSelected: string[];
  typesUnselected: string[];
  leaks: Leak[];
  /** Sentinel label → where callers allowed it saw it (caller: document: path), the first few. */
  seen: Record<string, string[]>;
  /** Sentinel label → every caller allowed it who saw it (by any document). */
  seenBy: Record<string, string[]>;
  /** Sentinel labels no caller allowed them saw: the positive control failed for them. */
  unseen: string[];
  /** Sentinel labels callers allowed them received over a subscription (so the subscriptions reach them). */
  seenOverSubscriptions: string[];
  /** Subscription field → messages other than heartbeats its insiders received. */
  insiderDeliveries: Record<string, number>;
  /** Caller → subscription field → messages other than heartbeats it received (outsiders too: what they may get, they get). */
  deliveries: Record<string, Record<string, number>>;
  /** Subscription fields that delivered insiders nothing and are not listed as quiet. */
  silentSubscriptions: string[];
  /** Responses whose errors were not about access (validation, limits): a document that does not run proves nothing. */
  brokenDocuments: string[];
}

const DEFAULTS: GeneratorOptions = {
  maxObjectDepth: 4,
  maxRepeats: 1,
  pageSize: 100,
  pagedObjectDepth: 2,
  maxDepth: 12,
  maxCost: 20_000,
  bodyBytes: 100_000,
  defaultListSize: 20,
};

// ---- the selection tree ---------------------------------------------------------------------------------

/** A field (`head` is `alias: name(args)`) or an inline fragment (`... on T`), with what it selects. */
interface Sel {
  head: string;
  children: Sel[];
}

const printSel = (s: Sel): string => (s.children.length ? `${s.head} { ${s.children.map(printSel).join(' ')} }` : s.head);

const isConnection = (type: GraphQLNamedType) => isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
const isEdge = (type: GraphQLNamedType) => isObjectType(type) && type.name.endsWith('Edge') && 'node' in type.getFields() && 'cursor' in type.getFields();
/** Types that are structure, not data: no object level of their own. */
const isWrapper = (type: GraphQLNamedType) => isConnection(type) || isEdge(type) || type.name === 'PageInfo';

const requiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

interface Walk {
  schema: GraphQLSchema;
  options: GeneratorOptions;
  fieldsSelected: Set<string>;
  typesSelected: Set<string>;
  skippedFields: Set<string>;
  /** Leaves left out as over the limits on their own, with the path to them. */
  cutByLimits: Set<string>;
}

/**
 * The selection of every field of `type` (an object type, or an interface/union by inline fragments), to the
 * bounds; `fieldDepth` is the depth the type's fields are at (root field = 1), `objectDepth` the object
 * levels already entered, `path` the types expanded above.
 */
function selectionOf(w: Walk, type: GraphQLNamedType, fieldDepth: number, objectDepth: number, path: string[]): Sel[] {
  if (isAbstractType(type)) {
    const out: Sel[] = [{ head: '__typename', children: [] }];
    w.typesSelected.add(type.name);
    for (const possible of w.schema.getPossibleTypes(type)) {
      if (repeated(w, possible.name, path)) continue;
      // aliased by type: sibling fragments may not select one response key with different types or arguments
      const inner = selectionOf(w, possible, fieldDepth, objectDepth, [...path, possible.name]).map((s) => ({ ...s, head: `${possible.name}_${s.head}: ${s.head}` }));
      if (inner.length) out.push({ head: `... on ${possible.name}`, children: inner });
    }
    return out;
  }
  if (!isObjectType(type)) return [];
  w.typesSelected.add(type.name);
  const out: Sel[] = [];
  for (const field of Object.values(type.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
    const key = `${type.name}.${field.name}`;
    if (requiredArgs(field).length) {
      w.skippedFields.add(key);
      continue;
    }
    const named = getNamedType(field.type);
    if (isLeafType(named)) {
      out.push({ head: field.name, children: [] });
      w.fieldsSelected.add(key);
      continue;
    }
    const inner = expand(w, named, fieldDepth, objectDepth, path);
    if (inner) {
      out.push({ head: field.name, children: inner });
      w.fieldsSelected.add(key);
    }
  }
  return out;
}

/** Whether `type` has been expanded on `path` as often as it may be. */
const repeated = (w: Walk, type: string, path: string[]) => path.filter((p) => p === type).length > w.options.maxRepeats;

/** The selection under a field of type `named` at `fieldDepth`, or null when the bounds say stop there. */
function expand(w: Walk, named: GraphQLNamedType, fieldDepth: number, objectDepth: number, path: string[]): Sel[] | null {
  if (fieldDepth + 1 > w.options.maxDepth) return null;
  const wrapper = isWrapper(named);
  const level = wrapper ? objectDepth : objectDepth + 1;
  if (level > w.options.maxObjectDepth) return null;
  // an object type joins the path here, each possible type of an abstract one in its fragment
  if (isObjectType(named) && !wrapper && repeated(w, named.name, path)) return null;
  const inner = selectionOf(w, named, fieldDepth + 1, level, isObjectType(named) && !wrapper ? [...path, named.name] : path);
  return inner.length ? inner : null;
}

// ---- arguments ------------------------------------------------------------------------------------------

function sample(type: GraphQLInputType, name: string, values: Record<string, unknown>, field?: string): unknown {
  if (field && `${field}.${name}` in values) return values[`${field}.${name}`];
  if (name in values) return values[name];
  if (isNonNullType(type)) return sample(type.ofType, name, values);
  if (isListType(type)) return [sample(type.ofType, name, values)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type, f.name, values)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 5;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return TEST_NOW;
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

const typeOfId = (id: string) => fromGlobalId(id)?.type ?? null;

/** The ids an ID argument is tried with: those of the type its name or its field's type names, else all. */
function idsFor(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, arg: GraphQLArgument, ids: string[]): string[] {
  const byName = arg.name.replace(/Ids?$/, '');
  const named = schema.getType(byName.charAt(0).toUpperCase() + byName.slice(1));
  const returned = getNamedType(field.type);
  const types =
    named && isObjectType(named)
      ? [named.name]
      : arg.name === 'id' || arg.name === 'ids'
        ? isAbstractType(returned)
          ? schema.getPossibleTypes(returned).map((t) => t.name)
          : [returned.name]
        : null;
  const fitting = types ? ids.filter((id) => types.includes(typeOfId(id) ?? '')) : ids;
  return fitting;
}

const literal = (value: unknown, type: GraphQLInputType) => {
  const ast = astFromValue(value, type);
  if (!ast) throw new Error(`no literal for ${JSON.stringify(value)} as ${String(type)}`);
  return print(ast);
};

/** One copy of a root field: its head (`alias: name(args)`) and, when an id argument names it, the id's type. */
interface RootHead {
  head: string;
  idType: string | null;
}

/**
 * The copies of a root field: one per id to try (aliased), each with its required arguments, plus the
 * `first: pageSize` variant as a separate list (null when the field has no `first`).
 */
function rootHeads(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, scene: Pick<SentinelScene, 'ids' | 'values' | 'replayFrom'>, operation: 'query' | 'subscription', pageSize: number) {
  const values = scene.values ?? {};
  let combos: { args: string[]; idType: string | null }[] = [{ args: [], idType: null }];
  for (const arg of field.args) {
    if (operation === 'subscription' && arg.name === 'after') {
      combos = combos.map((c) => ({ ...c, args: [...c.args, `after: ${JSON.stringify(scene.replayFrom ?? '0')}`] }));
      continue;
    }
    if (!(isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const inner = getNullableType(arg.type);
    if (getNamedType(arg.type).name === 'ID' && !(arg.name in values) && !(`${field.name}.${arg.name}` in values)) {
      // a list of ids is tried one id at a time, as `node` is
      const ids = idsFor(schema, field, arg, scene.ids);
      combos = combos.flatMap((c) =>
        ids.map((id) => ({ args: [...c.args, `${arg.name}: ${isListType(inner) ? `[${JSON.stringify(id)}]` : JSON.stringify(id)}`], idType: c.idType ?? typeOfId(id) })),
      );
    } else {
      combos = combos.map((c) => ({ ...c, args: [...c.args, `${arg.name}: ${literal(sample(arg.type, arg.name, values, field.name), arg.type)}`] }));
    }
  }
  const head = (args: string[], i: number) => `${combos.length > 1 ? `${field.name}_${i}: ` : ''}${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
  const plain: RootHead[] = combos.map((c, i) => ({ head: head(c.args, i), idType: c.idType }));
  const paged: RootHead[] | null =
    pageSize > 0 && field.args.some((a) => a.name === 'first')
      ? combos.map((c, i) => ({ head: head([...c.args.filter((a) => !a.startsWith('first:')), `first: ${pageSize}`], i), idType: c.idType }))
      : null;
  return { plain, paged };
}

// ---- fitting the limits ---------------------------------------------------------------------------------

/** `items` in order, in as few consecutive groups as `fits` allows (an item alone always makes a group). */
function pack<T>(items: T[], fits: (group: T[]) => boolean): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    if (current.length && !fits([...current, item])) {
      groups.push(current);
      current = [];
    }
    current.push(item);
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Shares root fields' selections out over documents that each fit the limits; `cut` gets what cannot fit. */
function fitter(schema: GraphQLSchema, operation: 'query' | 'subscription', options: GeneratorOptions, cut: Set<string>) {
  const fitsDoc = (roots: Sel[]) => {
    const text = `${operation} { ${roots.map(printSel).join(' ')} }`;
    if (Buffer.byteLength(JSON.stringify({ query: text, variables: {} })) > options.bodyBytes * 0.95) return false;
    const measure = measureOperation(schema, parse(text), null, {}, options.defaultListSize);
    return measure.depth <= options.maxDepth && measure.cost <= options.maxCost;
  };
  /** Copies of `node`, each with some of its children, that together select all of them and each fit. */
  const fit = (node: Sel, wrap: (s: Sel) => Sel): Sel[] => {
    if (fitsDoc([wrap(node)])) return [node];
    // a leaf under too many lists costs more than the limit on its own: left out here (another variant or
    // path may reach it), and reported
    if (!node.children.length) {
      cut.add(printSel(wrap(node)));
      return [];
    }
    const parts = node.children.flatMap((child) => fit(child, (c) => wrap({ ...node, children: [c] })));
    return pack(parts, (group) => fitsDoc([wrap({ ...node, children: group })])).map((children) => ({ ...node, children }));
  };
  return (roots: Sel[]): Sel[][] => {
    const pieces = roots.flatMap((r) => fit(r, (x) => x));
    // a subscription has one root field; a query takes as many (aliased) copies as fit together
    // every piece of a subscription keeps `isHeartbeat`: the run waits for a heartbeat to know it caught up
    const heartbeat = (p: Sel): Sel => (p.children.some((c) => c.head === 'isHeartbeat') ? p : { ...p, children: [{ head: 'isHeartbeat', children: [] }, ...p.children] });
    return operation === 'subscription' ? pieces.map((p) => [heartbeat(p)]) : pack(pieces, fitsDoc);
  };
}

// ---- the documents --------------------------------------------------------------------------------------

export interface GeneratedDocuments {
  documents: SentinelDocument[];
  fieldsSelected: Set<string>;
  typesSelected: Set<string>;
  skippedFields: Set<string>;
  /** Leaves left out as over the limits on their own, with the path to them. */
  cutByLimits: Set<string>;
}

/** Every document for every root field of Query and Subscription, within the limits. */
export function sentinelDocuments(
  schema: GraphQLSchema,
  scene: Pick<SentinelScene, 'ids' | 'values' | 'replayFrom' | 'rootFields'>,
  options: GeneratorOptions,
): GeneratedDocuments {
  const w: Walk = { schema, options, fieldsSelected: new Set(), typesSelected: new Set(), skippedFields: new Set(), cutByLimits: new Set() };
  const documents: SentinelDocument[] = [];
  for (const operation of ['query', 'subscription'] as const) {
    const root = operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
    if (!root) continue;
    const fitDocs = fitter(schema, operation, options, w.cutByLimits);
    for (const field of Object.values(root.getFields())) {
      if (scene.rootFields && !scene.rootFields.includes(field.name)) continue;
      const named = getNamedType(field.type);
      const full = isLeafType(named) ? [] : expand(w, named, 1, 0, []);
      if (full === null) throw new Error(`${field.name}: nothing to select`);
      // the page variant is there to reach rows past the default page, not new paths: shallower
      const shallow = isLeafType(named) ? [] : expand({ ...w, options: { ...options, maxObjectDepth: options.pagedObjectDepth } }, named, 1, 0, []);
      w.fieldsSelected.add(`${root.name}.${field.name}`);
      const { plain, paged } = rootHeads(schema, field, scene, operation, options.pageSize);
      for (const [variant, heads, children] of [
        ['', plain, full],
        ['(first)', paged, shallow ?? []],
      ] as const) {
        if (!heads || heads.length === 0) continue;
        // an abstract field asked for one id: only the fragment on that id's type can match
        const selection = (idType: string | null) =>
          idType && isAbstractType(named) ? children.filter((c) => c.head === '__typename' || c.head === `... on ${idType}`) : children;
        const docs = fitDocs(heads.map(({ head, idType }) => ({ head, children: selection(idType) })));
        docs.forEach((sels, i) =>
          documents.push({
            name: `${field.name}${variant}${docs.length > 1 ? ` #${i + 1}/${docs.length}` : ''}`,
            operation,
            rootField: field.name,
            text: `${operation} ${operation === 'query' ? 'SentinelQuery' : 'SentinelSubscription'} { ${sels.map(printSel).join(' ')} }`,
          }),
        );
      }
    }
  }
  return { documents, ...w };
}

/** Object, interface and union types reachable from Query and Subscription by output fields, and their fields. */
export function reachable(schema: GraphQLSchema): { types: Set<string>; fields: Set<string> } {
  const types = new Set<string>();
  const fields = new Set<string>();
  const queue: GraphQLNamedType[] = [schema.getQueryType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
  while (queue.length) {
    const type = queue.pop()!;
    if (types.has(type.name) || isLeafType(type) || isInputObjectType(type)) continue;
    types.add(type.name);
    if (isAbstractType(type)) {
      queue.push(...schema.getPossibleTypes(type));
      continue;
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      fields.add(`${type.name}.${field.name}`);
      queue.push(getNamedType(field.type));
    }
  }
  return { types, fields };
}

// ---- running --------------------------------------------------------------------------------------------

/** Every place a sentinel occurs in `value`, as dotted paths under `prefix`. */
function findSentinels(value: unknown, sentinels: Record<string, string>, prefix: string, out: { sentinel: string; path: string }[]) {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value);
    for (const [label, s] of Object.entries(sentinels)) if (text.includes(s)) out.push({ sentinel: label, path: prefix });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findSentinels(v, sentinels, `${prefix}.${i}`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [label, s] of Object.entries(sentinels)) if (k.includes(s)) out.push({ sentinel: label, path: `${prefix}.${k} (a key)` });
      findSentinels(v, sentinels, `${prefix}.${k}`, out);
    }
  }
  return out;
}

/** Which sentinels are anywhere in the JSON of `body`, with their paths (the JSON is searched as text too). */
function scan(body: unknown, sentinels: Record<string, string>) {
  const found = findSentinels(body, sentinels, '', []);
  const json = JSON.stringify(body);
  for (const [label, s] of Object.entries(sentinels)) {
    if (json.includes(s) && !found.some((f) => f.sentinel === label)) found.push({ sentinel: label, path: '(the JSON text)' });
  }
  return found.map((f) => ({ ...f, path: f.path.replace(/^\./, '') }));
}

/**
 * A request sent again when its keep-alive connection was reset under it. Generating the documents holds the
 * process (client and hub alike) for seconds; the server's idle sockets then time out in the same tick as the
 * client reuses them, and the client reads ECONNRESET for a request the server never received. Queries are
 * safe to send again.
 */
async function retryingReset<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
      if (attempt >= 3 || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw error;
    }
  }
}

/** Error codes that mean "you may not", not "this document is wrong". */
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

/** Generates the documents, runs them as every caller, and reports leaks, the positive control and coverage. */
export async function runSentinel(scene: SentinelScene): Promise<SentinelReport> {
  const { hub } = scene;
  const schema = hub.server.schema;
  const options: GeneratorOptions = {
    ...DEFAULTS,
    maxDepth: hub.config.limits.maxDepth,
    maxCost: hub.config.limits.maxCost,
    bodyBytes: hub.config.limits.bodyBytes,
    pageSize: hub.config.limits.maxPageSize,
    ...scene.options,
  };
  const generated = sentinelDocuments(schema, scene, options);
  // making the documents holds the event loop for seconds, past the hub's keep-alive timeout (5 s): let the idle
  // sockets it closes on resuming be closed before a request is sent down one of them (ECONNRESET)
  await new Promise((resolve) => setImmediate(resolve));
  const leaks: Leak[] = [];
  const seen: Record<string, string[]> = Object.fromEntries(Object.keys(scene.sentinels).map((k) => [k, []]));
  const seenBy: Record<string, Set<string>> = Object.fromEntries(Object.keys(scene.sentinels).map((k) => [k, new Set<string>()]));
  const broken = new Set<string>();
  const everything = new Set(Object.keys(scene.sentinels));
  const callers: { label: string; token: string | null; maySee: Set<string> }[] = [
    ...Object.entries(scene.outsiders).map(([label, t]) =>
      t !== null && typeof t === 'object' ? { label, token: t.token, maySee: new Set(t.maySee) } : { label, token: t, maySee: new Set<string>() },
    ),
    ...Object.entries(scene.insiders).map(([label, token]) => ({ label, token, maySee: everything })),
  ];
  type Errors = { extensions?: { code?: unknown }; message: string }[] | null | undefined;
  const overSubscriptions = new Set<string>();
  const record = (caller: (typeof callers)[number], document: SentinelDocument, body: unknown, errors: Errors) => {
    for (const f of scan(body, scene.sentinels)) {
      if (!caller.maySee.has(f.sentinel)) leaks.push({ caller: caller.label, document: document.name, sentinel: f.sentinel, path: f.path });
      else {
        if (seen[f.sentinel].length < 5) seen[f.sentinel].push(`${caller.label}: ${document.name}: ${f.path}`);
        seenBy[f.sentinel].add(caller.label);
        if (document.operation === 'subscription') overSubscriptions.add(f.sentinel);
      }
    }
    for (const e of errors ?? []) {
      const code = String(e.extensions?.code ?? '');
      if (!ACCESS_CODES.has(code)) broken.add(`${document.name} as ${caller.label}: ${code} ${e.message}`);
    }
  };

  // over HTTP: a few requests at a time, as clients would
  const queries = generated.documents.filter((d) => d.operation === 'query');
  const jobs = callers.flatMap((caller) => queries.map((doc) => ({ caller, doc })));
  let requests = 0;
  const workers = Array.from({ length: 4 }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const result = await retryingReset(() => hub.client.request(job.doc.text, {}, { token: job.caller.token }));
      requests++;
      if (result.status >= 500) broken.add(`${job.doc.name} as ${job.caller.label}: HTTP ${result.status}`);
      record(job.caller, job.doc, { data: result.data, errors: result.errors }, result.errors);
    }
  });
  await Promise.all(workers);

  // over graphql-ws: one socket per caller, every subscription document on it
  const subscriptionDocs = generated.documents.filter((d) => d.operation === 'subscription');
  const sockets: { caller: (typeof callers)[number]; ws: TestWsClient; subs: { doc: SentinelDocument; received: Received<Record<string, unknown>> }[] }[] = [];
  try {
    for (const caller of subscriptionDocs.length ? callers : []) {
      const ws = wsClient(hub.server.wsUrl, caller.token ?? undefined);
      sockets.push({ caller, ws, subs: subscriptionDocs.map((doc) => ({ doc, received: wsSubscribe(ws.client, doc.text) })) });
    }
    const heartbeat = (m: Received<Record<string, unknown>>['messages'][number]) =>
      Object.values(m.data ?? {}).some((v) => (v as { isHeartbeat?: boolean } | null)?.isHeartbeat === true);
    // caught up: a heartbeat (sent only to live subscribers, after the replay) or an end
    await waitFor(
      () => sockets.every((s) => s.subs.every(({ received: r }) => r.error !== null || r.completed || r.messages.some(heartbeat))),
      { deadlineMs: 60_000, what: 'every subscription to catch up (a heartbeat) or end' },
    ).catch((error: unknown) => {
      const behind = sockets.flatMap((s) =>
        s.subs.filter(({ received: r }) => !(r.error !== null || r.completed || r.messages.some(heartbeat))).map(({ doc, received: r }) => `${s.caller.label}: ${doc.name} (${r.messages.length} messages)`),
      );
      throw new Error(`${(error as Error).message}; behind: ${behind.slice(0, 10).join('; ')}${behind.length > 10 ? ` … ${behind.length} in all` : ''}`);
    });
    if (scene.live) {
      await scene.live();
      await delivered(hub, ...sockets.map((s) => s.ws));
    }
    for (const { caller, subs } of sockets) {
      for (const { doc, received } of subs) {
        const errors = [...received.messages.flatMap((m) => m.errors ?? []), ...(received.error ?? [])];
        record(caller, doc, { messages: received.messages, error: received.error }, errors);
      }
    }
  } finally {
    for (const s of sockets) {
      for (const sub of s.subs) sub.received.stop();
      await s.ws.client.dispose();
    }
  }

  const insiderDeliveries: Record<string, number> = {};
  const deliveries: Record<string, Record<string, number>> = {};
  for (const doc of subscriptionDocs) insiderDeliveries[doc.rootField] = 0;
  for (const s of sockets) {
    const mine = (deliveries[s.caller.label] ??= Object.fromEntries(subscriptionDocs.map((doc) => [doc.rootField, 0])));
    for (const { doc, received } of s.subs) {
      const events = received.messages.filter((m) => Object.values(m.data ?? {}).some((v) => v && (v as { isHeartbeat?: boolean }).isHeartbeat !== true)).length;
      mine[doc.rootField] += events;
      if (s.caller.maySee === everything) insiderDeliveries[doc.rootField] += events;
    }
  }

  const { types, fields } = reachable(schema);
  return {
    documents: generated.documents.length,
    queryDocuments: queries.length,
    subscriptionDocuments: subscriptionDocs.length,
    requests,
    subscriptions: subscriptionDocs.length * callers.length,
    fieldsSelected: [...generated.fieldsSelected].sort(),
    fieldsReachable: [...fields].sort(),
    skippedFields: [...generated.skippedFields].sort(),
    cutByLimits: [...generated.cutByLimits].sort(),
    typesReachable: [...types].sort(),
    typesSelected: [...generated.typesSelected].sort(),
    typesUnselected: [...types].filter((t) => !generated.typesSelected.has(t) && t !== 'Query' && t !== 'Subscription').sort(),
    leaks,
    seen,
    seenBy: Object.fromEntries(Object.entries(seenBy).map(([label, callers]) => [label, [...callers].sort()])),
    unseen: Object.entries(seen)
      .filter(([, where]) => where.length === 0)
      .map(([label]) => label),
    seenOverSubscriptions: [...overSubscriptions].sort(),
    insiderDeliveries,
    deliveries,
    silentSubscriptions: Object.entries(insiderDeliveries)
      .filter(([field, n]) => n === 0 && !(scene.quietSubscriptions ?? []).includes(field))
      .map(([field]) => field),
    brokenDocuments: [...broken].sort(),
  };
}
