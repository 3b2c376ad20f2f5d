import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../src/schema.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { agreementIn } from '../kit/agreements.js';
import { buildResource } from '../kit/builders.js';
import { listIn, postDemand } from '../kit/demands.js';
import { matchingScene, runOver, type MatchingScene } from '../kit/matching.js';
import { buildProjectIn } from '../kit/projects.js';
import { startTestHub, TEST_NOW, type TestHub } from '../kit/server.js';
import { approvedVolunteer, fakePhone } from '../kit/volunteers.js';
import { CONFIRM, must, placedOrder, REPORT, TAKE } from '../kit/service-orders.js';
import { acceptedCase, close, decline, reportCase, reportIn, resolve, whistle } from '../kit/cases.js';
import { closedCase, rate, residentToken } from '../kit/ratings.js';
import { waitFor } from '../kit/wait.js';
import { wsClient, wsSubscribe, type TestWsClient } from '../kit/ws-client.js';

/*
 * Bad and random inputs for every mutation, and for every String or ID argument of Query and Subscription,
 * generated from the schema itself: a new field is covered without writing a case.
 *
 * Each case picks a caller (anonymous, a district admin, the fixture community's admin, the fixture unit's
 * admin) and a mode: "plausible" (ids of the test's own fixtures of the right type, values as a district
 * would write them) or "hostile" (any leaf may be NUL, a lone surrogate, year 0000, an id of another type or
 * of nothing, a huge number…). Asserts: never INTERNAL_SERVER_ERROR, and a call that returned an error
 * (top-level, or userErrors with nothing returned) changed no row of any table and no event. Every mutation
 * must get past validation and authorization (ok or userErrors) in at least 30 % of its cases; a histogram
 * per mutation is printed. No background workers run (the test hub has no sweeper or matcher).
 *
 * FUZZ_RUNS (default 40) is the number of cases per mutation; FUZZ_SEED (default 11) seeds the generator, so
 * that the suite runs the same cases every time (a random 30 % threshold would fail now and then); run it with
 * other seeds and more cases to explore (`FUZZ_SEED=$RANDOM FUZZ_RUNS=500`). fast-check prints the seed and
 * the case of a failure.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 11);
const FUZZ_TIMEOUT_MS = 30 * 60_000;

type Caller = 'ANONYMOUS' | 'DISTRICT_ADMIN' | 'COMMUNITY_ADMIN' | 'UNIT_ADMIN' | 'VOLUNTEER' | 'RESIDENT';
type Mode = 'plausible' | 'hostile';
type Outcome = 'ok' | 'userErrors' | string;

let hub: TestHub;
let schema: GraphQLSchema;
let scene: MatchingScene;
let tokens: Record<Caller, string | null>;
/** Global ids of the fixtures, by GraphQL type. */
const ids = new Map<string, string[]>();
let checksumSql: string;
const allIds = () => [...new Set([...ids.values()].flat())];

/** Mutations whose `id` is the parent the change is made to, not the noun of their name. */
const PARENT_OF: Record<string, string> = {
  addProjectMilestone: 'Project',
  addProjectNote: 'Project',
  linkDemandsToProject: 'Project',
  linkResourcesToProject: 'Project',
  // only the unit that reported a member holds its codes
  reissueVolunteerClaimCode: 'Volunteer:REPORTED',
};

/** Fields whose `areaId` must be an area of one kind. */
const AREA_KIND_OF: Record<string, string> = {
  openDemandList: 'GRID',
  postDemand: 'GRID',
  createAgreementDraft: 'COMMUNITY',
  registerOrganization: 'COMMUNITY',
};

/** The node type an ID-typed field or argument names, from its name and the mutation it belongs to. */
function idTypeFor(name: string, fieldName: string): string | null {
  const base = name.replace(/Ids?$/, '');
  const byName: Record<string, string> = {
    area: 'Area',
    parent: 'Area',
    newParent: 'Area',
    sharedWith: 'Area',
    organization: 'Organization',
    resource: 'Resource',
    demand: 'Demand',
    demandList: 'DemandList',
    list: 'DemandList',
    agreement: 'SharingAgreement',
    project: 'Project',
    milestone: 'ProjectMilestone',
    match: 'Match',
    run: 'MatchRun',
    observation: 'AvailabilityObservation',
    importRun: 'ImportRun',
    leader: 'Volunteer',
    member: 'Volunteer',
    addMember: 'Volunteer',
    removeMember: 'Volunteer',
    homeCommunity: 'Area:COMMUNITY',
    // setPointsRule's community, adjustPoints' volunteer (of the fixture community, where the admins act)
    community: 'Area:COMMUNITY',
    grid: 'Area:GRID',
    employer: 'Organization',
    take: 'DemandTake',
    team: 'VolunteerTeam',
    volunteer: 'Volunteer',
    // cases: mergeCase's `intoId`, addCaseNote's `caseId`, the summonses' answers' `summonsId`
    case: 'Case',
    into: 'Case',
    summons: 'CaseSummons',
  };
  if (name === 'areaId' && AREA_KIND_OF[fieldName]) return `Area:${AREA_KIND_OF[fieldName]}`;
  if (name !== 'id' && name !== 'ids') return byName[base] ?? null;
  if (PARENT_OF[fieldName]) return PARENT_OF[fieldName];
  // `id` of `verbNoun(input: { id })`: the noun
  const noun = fieldName.replace(/^[a-z]+/, '');
  if (noun.startsWith('Agreement')) return 'SharingAgreement';
  if (noun.startsWith('DemandList')) return 'DemandList';
  if (noun.startsWith('ProjectMilestone')) return 'ProjectMilestone';
  if (noun.startsWith('VolunteerTeam')) return 'VolunteerTeam';
  if (noun.startsWith('Volunteer')) return 'Volunteer';
  for (const type of ['Organization', 'Resource', 'Demand', 'Project', 'Match', 'Area', 'Case']) if (noun.startsWith(type)) return type;
  return null;
}

// ---- values --------------------------------------------------------------------------------------------

const HOSTILE_STRINGS = [
  '\u0000',
  '停车\u0000场',
  '\ud800',
  '共享\udc00',
  '\udbff\udfff\ud800',
  '',
  '   ',
  '\u200b',
  "'; drop table area; --",
  '%_\\',
  'x'.repeat(10_001),
  '😀'.repeat(300),
];
const HOSTILE_IDS = [
  '',
  'abc',
  '\u0000',
  '\ud800',
  'UmVzb3VyY2U6OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ', // Resource:999999999999999999999, past bigint
  Buffer.from('Resource:0').toString('base64url'),
  Buffer.from('Resource:-1').toString('base64url'),
  Buffer.from('Resource:1.5').toString('base64url'),
  toGlobalId('Nothing', '1'),
  toGlobalId('Area', '2147483648'),
  toGlobalId('Resource', '9223372036854775807'),
];
const HOSTILE_DATES = ['0000-01-01', '1899-12-31', '2026-02-30', '9999-12-31', '10000-01-01', '2026-1-1', 'yesterday', '2026-11-23T00:00:00Z'];
const HOSTILE_DATETIMES = [
  '0000-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '9999-12-31T23:59:59Z',
  '+010000-01-01T00:00:00Z',
  '2026-02-30T10:00:00+08:00',
  '2026-11-23T25:00:00+08:00',
  'now',
  '',
];
const HOSTILE_TIMES = ['24:00', '25:61', '9:00', '', '12:00:00', '-01:00', '\u0000'];
const HOSTILE_INTS = [-1, 0, -2_147_483_648, 2_147_483_647, 1_000_000_000];
const HOSTILE_FLOATS = [-1000, 1e308, -1e308, 0, 90.000001, 180.5, -0.0000001];

const START_DATES = ['2026-11-23', '2026-12-01', '2026-12-07'];
const END_DATES = ['2027-01-31', '2027-06-30', '2027-11-30'];
const DATE_FIELDS = new Set(['date', 'dueDate', 'endDate', 'startDate', 'from', 'to', 'inForceOn', 'neededOn', 'periodEnd', 'periodStart']);
const END_DATE_FIELDS = new Set(['endDate', 'to', 'periodEnd', 'dueDate']);
const TIME_FIELDS = new Set(['start', 'end']);

let unique = 0;
const next = () => ++unique;

function plausibleString(field: string): fc.Arbitrary<string> {
  if (DATE_FIELDS.has(field)) return fc.constantFrom(...(END_DATE_FIELDS.has(field) ? END_DATES : START_DATES));
  if (field === 'start') return fc.constantFrom('08:00', '09:00', '19:00');
  if (field === 'end') return fc.constantFrom('12:00', '17:00', '21:30');
  switch (field) {
    case 'name':
    case 'title':
      return fc.constantFrom('共享停车场', '社区阅览室', '一小时课堂', '便民服务站').map((s) => `${s}${next()}号`);
    case 'address':
      return fc.constant('').map(() => `北京市东城区建国门内大街${next()}号`);
    case 'capacityUnit':
      return fc.constantFrom('个车位', '个座位', '人');
    case 'contactName':
    case 'realName':
      return fc.constantFrom('王建国', '李秀英');
    case 'phone':
      // the fake block of the seed: no Chinese mobile number begins with 10
      return fc.constant('').map(() => `100${String(next()).padStart(8, '0')}`);
    case 'code':
      return fc.constantFrom('AAAA-BBBB-CCCC', 'abcd efgh jkmn');
    case 'skillsNote':
      return fc.constantFrom('会修自行车', '退休教师，可辅导初中数学');
    case 'contactPhone':
      return fc.constantFrom('13800138000', '010-65120000');
    case 'source':
      return fc.constantFrom('道闸系统', '人工巡查');
    case 'orderedBy':
      return fc.constantFrom('居民张某', '史家胡同社区网格员');
    case 'text':
      return fc.constantFrom('阅览', '停车 东城', '课堂');
    default:
      return fc.constantFrom('居民反映夜间停车难，需要协调。', '单位设备检修，暂停开放。', '好', '双向承诺，按时开放。');
  }
}

function hostileString(field: string): fc.Arbitrary<string> {
  const specific = DATE_FIELDS.has(field) ? HOSTILE_DATES : TIME_FIELDS.has(field) ? HOSTILE_TIMES : [];
  return fc.oneof(fc.constantFrom(...HOSTILE_STRINGS, ...specific), fc.string({ unit: 'binary', maxLength: 40 }));
}

function plausibleInt(field: string): fc.Arbitrary<number> {
  switch (field) {
    case 'version':
      return fc.integer({ min: 1, max: 4 });
    case 'freeCount':
      return fc.integer({ min: 0, max: 30 });
    case 'year':
      return fc.constant(2026); // the plausible dates are 2026's
    case 'radiusMeters':
      return fc.integer({ min: 500, max: 3000 });
    case 'evaluationScore':
      return fc.integer({ min: 1, max: 5 });
    case 'first':
    case 'last':
      return fc.integer({ min: 1, max: 20 });
    default:
      return fc.integer({ min: 1, max: 10 });
  }
}

function plausibleFloat(field: string): fc.Arbitrary<number> {
  if (field === 'lat') return fc.double({ min: 39.9, max: 39.95, noNaN: true });
  if (field === 'lng') return fc.double({ min: 116.4, max: 116.45, noNaN: true });
  return fc.double({ min: 500, max: 3000, noNaN: true });
}

function plausibleDateTime(field: string): fc.Arbitrary<string> {
  const now = Date.parse(TEST_NOW);
  // observations before the clock, others on either side of it
  const [min, max] = field === 'observedAt' || field === 'orderedAt' ? [-600, 0] : [-3 * 24 * 60, 3 * 24 * 60];
  return fc.integer({ min, max }).map((minutes) => new Date(now + minutes * 60_000).toISOString());
}

function scalarArb(type: GraphQLNamedType, field: string, fieldName: string, mode: Mode): fc.Arbitrary<unknown> {
  const plausible = (): fc.Arbitrary<unknown> => {
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
    switch (type.name) {
      case 'ID': {
        const idType = idTypeFor(field, fieldName);
        const known = idType ? ids.get(idType) : undefined;
        return known?.length ? fc.constantFrom(...known) : fc.constantFrom(...allIds());
      }
      case 'String':
        return plausibleString(field);
      case 'Int':
        return plausibleInt(field);
      case 'Float':
        return plausibleFloat(field);
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return plausibleDateTime(field);
      case 'JSONObject':
        return fc.constant({});
      default:
        throw new Error(`the fuzz test has no values for the scalar ${type.name}: add them`);
    }
  };
  if (mode === 'plausible') return plausible();
  const hostile = (): fc.Arbitrary<unknown> => {
    if (isEnumType(type)) return fc.constantFrom('NOT_A_VALUE', '', '\u0000');
    switch (type.name) {
      case 'ID':
        return fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.constantFrom(...allIds()));
      case 'String':
        return hostileString(field);
      case 'Int':
        return fc.oneof(fc.constantFrom(...HOSTILE_INTS), fc.integer());
      case 'Float':
        return fc.oneof(fc.constantFrom(...HOSTILE_FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }));
      case 'Boolean':
        return fc.constantFrom(true, false, 'yes', 0);
      case 'DateTime':
        return fc.oneof(fc.constantFrom(...HOSTILE_DATETIMES), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
      default:
        return fc.constantFrom('\u0000', '\ud800', 42);
    }
  };
  return fc.oneof({ arbitrary: plausible(), weight: 2 }, { arbitrary: hostile(), weight: 1 });
}

/** A value for an input type: required fields always, optional ones half the time (hostile: null too). */
function inputArb(type: GraphQLInputType, field: string, fieldName: string, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArb(type.ofType, field, fieldName, mode, depth);
  if (isListType(type)) {
    const item = inputArb(type.ofType, field, fieldName, mode, depth + 1);
    if (mode === 'hostile') return fc.array(item, { maxLength: 4 });
    // plausible: one object (two windows or items may clash), or distinct scalars (days, ids)
    if (isInputObjectType(getNamedType(type.ofType))) return fc.array(item, { minLength: 1, maxLength: 1 });
    return fc.uniqueArray(item, { minLength: 1, maxLength: 2, selector: (v) => JSON.stringify(v) });
  }
  if (isInputObjectType(type)) {
    const entries: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const f of Object.values(type.getFields())) {
      if (depth > 4 && !isNonNullType(f.type)) continue;
      // plausible: optional lists of objects (exceptions, extra items) are left out; hostile sends them
      if (mode === 'plausible' && !isNonNullType(f.type) && isListType(getNullableType(f.type)) && isInputObjectType(getNamedType(f.type))) continue;
      entries[f.name] = inputArb(f.type, f.name, fieldName, mode, depth + 1);
      if (isNonNullType(f.type)) required.push(f.name);
      else if (mode === 'hostile') entries[f.name] = fc.oneof(entries[f.name], fc.constant(null));
    }
    return fc.record(entries, { requiredKeys: required });
  }
  return scalarArb(type as GraphQLNamedType, field, fieldName, mode);
}

function argsArb(args: readonly GraphQLArgument[], fieldName: string, mode: Mode): fc.Arbitrary<Record<string, unknown>> {
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const a of args) {
    entries[a.name] = inputArb(a.type, a.name, fieldName, mode);
    if (isNonNullType(a.type)) required.push(a.name);
  }
  return fc.record(entries, { requiredKeys: required });
}

const CALLERS: Caller[] = ['ANONYMOUS', 'DISTRICT_ADMIN', 'COMMUNITY_ADMIN', 'UNIT_ADMIN', 'VOLUNTEER'];
/** Callers only mutations that declare them get (a RESIDENT rates cases): the others' cases stay as they were. */
const DECLARED_ONLY: Caller[] = ['RESIDENT'];

/**
 * Mostly a caller whose role the mutation declares (`@Authorized`), else any of the four: refusals are
 * exercised, and the cases that pass the role check reach the resolver.
 */
function callerArb(fieldName: string): fc.Arbitrary<Caller> {
  const roles = getMetadataStorage().authorizedFields.find((m) => m.fieldName === fieldName)?.roles as string[] | undefined;
  const allowed = roles ? [...CALLERS, ...DECLARED_ONLY].filter((c) => roles.includes(c)) : [];
  const any = fc.constantFrom(...CALLERS);
  return allowed.length ? fc.oneof({ arbitrary: fc.constantFrom(...allowed), weight: 4 }, { arbitrary: any, weight: 1 }) : any;
}
const modeArb: fc.Arbitrary<Mode> = fc.oneof({ arbitrary: fc.constant<Mode>('plausible'), weight: 3 }, { arbitrary: fc.constant<Mode>('hostile'), weight: 2 });

/**
 * Rules between fields that a generator from the schema cannot know, applied to plausible cases only, so
 * that they are plausible.
 */
const plausibleResource = (input: Record<string, unknown>) => {
  if (Array.isArray(input.exceptions)) input.exceptions = []; // closed or open with hours: one or the other
  if (input.accessMode !== 'OPEN_ACCESS' && input.capacity === undefined) input.capacity = 10;
};

const PLAUSIBLE: Record<string, (input: Record<string, unknown>) => void> = {
  createResource: plausibleResource,
  updateResource: plausibleResource,
  // only a grid has a level, and the level follows from the parent
  createArea: (input) => {
    if (input.kind === 'GRID') input.gridLevel = 1 + (next() % 3);
    else delete input.gridLevel;
    delete input.boundary; // a JSONObject from the schema ({}) is no GeoJSON; areas-geo.test.ts covers boundaries
  },
  updateArea: (input) => {
    delete input.boundary;
  },
  // a RESOURCE demand names resource kinds, a SERVICE order kinds of work: one or the other
  postDemand: (input) => {
    if (input.fulfilment === 'SERVICE') {
      delete input.kinds;
      input.serviceKinds = ['ERRANDS'];
    } else {
      delete input.serviceKinds;
      input.kinds = ['PARKING'];
    }
  },
  updateDemand: (input) => {
    delete input.serviceKinds;
  },
  // a volunteer names a team only to take for one they lead, a unit never
  takeDemand: (input) => {
    delete input.teamId;
  },
  // a ticket number goes with the hotline, a demand with source DEMAND; photos are URLs
  reportCase: (input) => {
    input.photoUrls = ['https://img.example.cn/cases/1.jpg'];
    if (input.source === 'HOTLINE_12345') input.ticketNumber = `BJ12345-${next()}`;
    else delete input.ticketNumber;
    if (input.source !== 'DEMAND') delete input.demandId;
  },
  advanceProject: (input) => {
    input.to = (['IN_PROGRESS', 'DONE', 'EVALUATED'] as const)[next() % 3];
    if (input.to !== 'EVALUATED') {
      delete input.evaluation;
      delete input.evaluationScore;
    }
  },
};

function caseArb(field: GraphQLField<unknown, unknown>) {
  return fc.tuple(callerArb(field.name), modeArb).chain(([caller, mode]) =>
    argsArb(field.args, field.name, mode).map((args) => {
      const input = args.input as Record<string, unknown> | undefined;
      if (mode === 'plausible' && input && PLAUSIBLE[field.name]) PLAUSIBLE[field.name](input);
      return { caller, mode, args };
    }),
  );
}

// ---- documents -----------------------------------------------------------------------------------------

/** Leaf fields of `type` and of the objects directly below it (no arguments, no lists of objects). */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const f of Object.values(named.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(f.type);
    if (isLeafType(inner)) parts.push(f.name);
    else if (depth < 1 && isObjectType(inner) && !isListType(getNullableType(f.type)) && !inner.name.endsWith('Connection')) {
      parts.push(`${f.name} ${selectionOf(f.type, depth + 1)}`);
    } else if (f.name === 'userErrors') parts.push('userErrors { code field message }');
  }
  return `{ ${parts.join(' ')} }`;
}

function documentFor(operation: 'mutation' | 'query' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation} Fuzz${field.name}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionOf(field.type)} }`;
}

/** Whether an argument's type holds a String or ID anywhere (inputs and lists included). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

// ---- outcomes ------------------------------------------------------------------------------------------

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** How a call ended: ok, userErrors (past validation and authorization), or the first error's code. */
function outcomeOf(answer: Answer, fieldName: string): { outcome: Outcome; failed: boolean } {
  if (answer.errors?.length) return { outcome: answer.errors[0].extensions?.code ?? 'NO_CODE', failed: true };
  const payload = answer.data?.[fieldName] as Record<string, unknown> | null | undefined;
  const userErrors = (payload?.userErrors as unknown[] | undefined) ?? [];
  if (!userErrors.length) return { outcome: 'ok', failed: false };
  // a per-item result (reportAvailabilities) saves the good items beside the errors
  const returned = Object.entries(payload ?? {}).some(
    ([key, value]) => key !== 'userErrors' && key !== '__typename' && value !== null && !(Array.isArray(value) && value.length === 0),
  );
  return { outcome: 'userErrors', failed: !returned };
}

function internalErrors(answer: Answer): string[] {
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  if (answer.status >= 500) codes.push(`HTTP ${answer.status}`);
  return codes.filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NO_CODE' || c.startsWith('HTTP'));
}

async function checksum(): Promise<string> {
  const { rows } = await hub.app.db.pool.query<{ sum: string }>(checksumSql);
  return rows[0].sum;
}

async function post(document: string, variables: Record<string, unknown>, caller: Caller): Promise<Answer> {
  const token = tokens[caller];
  const response = await fetch(hub.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as Omit<Answer, 'status'>) };
  } catch {
    return { status: response.status, errors: [{ message: text.slice(0, 200), extensions: { code: 'NOT_JSON' } }] };
  }
}

const describeInputs = (value: unknown) => {
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v));
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

// ---- fixtures ------------------------------------------------------------------------------------------

beforeAll(async () => {
  hub = await startTestHub();
  schema = await createSchema();
  scene = await matchingScene(hub);
  const { p, d } = scene;
  for (const status of ['DRAFT', 'PROPOSED', 'SIGNED', 'SUSPENDED', 'TERMINATED'] as const) await agreementIn(hub, p, status);
  for (let i = 0; i < 4; i++) await scene.demand({ quantity: 1 + i });
  await postDemand(hub, d.grid);
  await runOver(hub, scene);
  for (const status of ['COLLECTING', 'SUBMITTED', 'PUBLISHED'] as const) await listIn(hub, d.grid, status);
  const projects: string[] = [];
  for (const status of ['PROPOSED', 'APPROVED', 'IN_PROGRESS'] as const) projects.push(await buildProjectIn(hub, d.community, status, { organizationId: p.org.id }));
  for (const id of projects) {
    const added = await hub.client.request(
      'mutation FuzzMilestone($input: AddProjectMilestoneInput!) { addProjectMilestone(input: $input) { userErrors { code } } }',
      { input: { id, title: '完成场地改造', dueDate: '2027-01-31' } },
      { token: await hub.token({ role: Role.DISTRICT_ADMIN }) },
    );
    expect(added.errors).toBeUndefined();
  }
  await buildResource(hub, p.org.id, { capacity: 12 });
  await buildResource(hub, p.org.id, { kind: 'TOILET', accessMode: 'OPEN_ACCESS', capacity: null } as never).catch(() => undefined);
  // an import run of each signed-in caller (a run is seen by its uploader and district admins)
  for (const token of [
    await hub.token({ role: Role.DISTRICT_ADMIN }),
    await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
    await hub.token({ role: Role.UNIT_ADMIN, organizationId: p.org.id }),
  ]) {
    const response = await fetch(hub.server.url.replace(/\/graphql$/, '/import/units'), {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: '单位名称,所属社区/网格,资源名称,资源类型\n模糊测试单位,不存在的社区,模糊测试资源,阅览室',
    });
    expect(response.status).toBe(201);
  }

  // volunteers of the fixture community in each status, a team of them, and a unit's report
  const admin = await hub.token({ role: Role.DISTRICT_ADMIN });
  const approved = [await approvedVolunteer(hub, d.community), await approvedVolunteer(hub, d.community), await approvedVolunteer(hub, d.community)];
  await approvedVolunteer(hub, d.community).then((v) =>
    hub.client.data('mutation($input: VolunteerReasonInput!) { suspendVolunteer(input: $input) { userErrors { code } } }', { input: { id: v.id, reason: '核查中' } }, admin),
  );
  await hub.client.data(
    'mutation($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { userErrors { code } } }',
    { input: { areaId: d.community.id, name: '史家胡同社区学雷锋志愿服务队', leaderId: approved[0].id, memberIds: [approved[1].id] } },
    admin,
  );
  await hub.client.data(
    'mutation($input: ReportUnitMembersInput!) { reportUnitMembers(input: $input) { userErrors { code } } }',
    { input: { organizationId: p.org.id, homeCommunityId: d.community.id, members: [{ realName: '赵敏', phone: fakePhone(), isPartyMember: true }] } },
    await hub.token({ role: Role.UNIT_ADMIN, organizationId: p.org.id }),
  );

  // service orders taken by the two taker callers, the fixture unit and the fuzz volunteer (whose record
  // is approved for it): taken, reported, confirmed; and one still open
  const unitToken = await hub.token({ role: Role.UNIT_ADMIN, organizationId: p.org.id });
  const communityToken = await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id });
  const fuzzVolunteer = await approvedVolunteer(hub, d.community, 'fuzz-volunteer');
  const orderIds: string[] = [];
  for (let i = 0; i < 6; i++) orderIds.push((await placedOrder(hub, d.grid, { quantity: 1 })).id);
  const takeIds: string[] = [];
  for (const [i, id] of orderIds.slice(0, 5).entries()) takeIds.push((await must(hub, TAKE, 'takeDemand', { id }, i < 3 ? unitToken : fuzzVolunteer.token)).take.id);
  for (const takeId of takeIds.slice(1, 3)) await must(hub, REPORT, 'reportDemandServed', { takeId, note: '已完成', people: [{ minutes: 60 }] }, unitToken);
  await must(hub, REPORT, 'reportDemandServed', { takeId: takeIds[4], note: '已完成', people: [{ minutes: 45 }] }, fuzzVolunteer.token);
  await must(hub, CONFIRM, 'confirmDemandServed', { id: orderIds[2] }, communityToken);

  // cases in every state in the fixture community, the fixture unit summoned to the whistled ones
  const party = { id: p.org.id, rowId: '', name: '', token: unitToken };
  await reportCase(hub, d.grid);
  await acceptedCase(hub, d.community);
  const summoned: string[] = [];
  for (let i = 0; i < 5; i++) {
    const c = await acceptedCase(hub, d.grid);
    summoned.push((await whistle(hub, c.id, [{ organizationId: party.id, role: 'LEAD' }])).summonses[0].id);
    if (i === 1) await decline(hub, summoned[i], unitToken);
    if (i >= 2) await reportIn(hub, summoned[i], unitToken);
    if (i >= 3) await resolve(hub, c.id, unitToken);
    if (i === 4) await close(hub, c.id);
  }
  // closed cases residents rate (居民监督评议): one its reporter rated DISSATISFIED, so that it needs review
  const rated = await closedCase(hub, d.community, { reporterSub: 'fuzz-reporter' });
  await rate(hub, rated.id, await residentToken(hub, null, 'fuzz-reporter'), 'DISSATISFIED');
  await closedCase(hub, d.grid);

  const pool = hub.app.db.pool;
  const tables: Record<string, string> = {
    area: 'Area',
    organization: 'Organization',
    resource: 'Resource',
    sharing_agreement: 'SharingAgreement',
    demand: 'Demand',
    demand_list: 'DemandList',
    project: 'Project',
    project_milestone: 'ProjectMilestone',
    match: 'Match',
    match_run: 'MatchRun',
    availability_observation: 'AvailabilityObservation',
    import_run: 'ImportRun',
    volunteer: 'Volunteer',
    volunteer_team: 'VolunteerTeam',
    demand_take: 'DemandTake',
    civic_case: 'Case',
    case_summons: 'CaseSummons',
  };
  for (const [table, type] of Object.entries(tables)) {
    const { rows } = await pool.query<{ id: string }>(`select id::text as id from ${table} order by id`);
    ids.set(type, rows.map((r) => toGlobalId(type, r.id)));
  }
  // plausible areas are the fixture community and its grid, where all three signed-in callers act; the
  // others (district, streets, other communities) stay among the ids hostile cases draw from
  const reported = await pool.query<{ id: string }>(`select id::text as id from volunteer where reported_by_id is not null order by id`);
  ids.set('Volunteer:REPORTED', reported.rows.map((r) => toGlobalId('Volunteer', r.id)));
  ids.set('Area:ANY', ids.get('Area')!);
  ids.set('Area', [d.community.id, d.grid.id]);
  ids.set('Area:GRID', [d.grid.id]);
  ids.set('Area:COMMUNITY', [d.community.id]);
  tokens = {
    ANONYMOUS: null,
    DISTRICT_ADMIN: await hub.token({ role: Role.DISTRICT_ADMIN }),
    COMMUNITY_ADMIN: await hub.token({ role: Role.COMMUNITY_ADMIN, areaId: d.community.id }),
    UNIT_ADMIN: await hub.token({ role: Role.UNIT_ADMIN, organizationId: p.org.id }),
    // an approved volunteer of the fixture community, who took service orders above
    VOLUNTEER: fuzzVolunteer.token,
    // a resident declaring the fixture community: rates its closed cases
    RESIDENT: await residentToken(hub, d.community),
  };
  const { rows } = await pool.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  checksumSql = `select concat_ws(',', ${rows
    .map((r) => `(select '${r.table_name}:' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "${r.table_name}" t)`)
    .join(', ')}) as sum`;
}, 300_000);

afterAll(() => hub?.close());

// ---- the properties ------------------------------------------------------------------------------------

describe('every mutation, with bad and random inputs as four callers', () => {
  it(
    'never answers INTERNAL_SERVER_ERROR, changes nothing when it refuses, and gets past its guards in 30 % of cases',
    async () => {
      const histogram = new Map<string, Map<Outcome, number>>();
      // FUZZ_ONLY=rateCase,explainCase fuzzes only the mutations named
      const only = process.env.FUZZ_ONLY?.split(',').map((n) => n.trim()).filter(Boolean);
      const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => !only?.length || only.includes(f.name));
      for (const field of mutations) {
        const document = documentFor('mutation', field);
        const counts = new Map<Outcome, number>();
        histogram.set(field.name, counts);
        await fc.assert(
          fc.asyncProperty(caseArb(field), async ({ caller, mode, args }) => {
            const before = await checksum();
            const answer = await post(document, args, caller);
            const { outcome, failed } = outcomeOf(answer, field.name);
            if (process.env.FUZZ_DEBUG && mode === 'plausible' && outcome !== 'ok' && outcome !== 'userErrors') {
              process.stdout.write(`debug ${field.name} ${caller} ${outcome}: ${answer.errors?.[0]?.message} ${JSON.stringify(answer.errors?.[0]?.extensions)} ${describeInputs(args)}\n`);
            }
            counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
            const internal = internalErrors(answer);
            if (internal.length) {
              throw new Error(`${field.name} as ${caller} answered ${internal.join(', ')}: ${JSON.stringify(answer.errors)}; variables ${describeInputs(args)}`);
            }
            if (failed) {
              const after = await checksum();
              if (after !== before) throw new Error(`${field.name} as ${caller} refused (${outcome}) but changed rows; variables ${describeInputs(args)}`);
            }
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
      const columns = ['ok', 'userErrors', 'BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'];
      const lines = [...histogram].map(([name, counts]) => {
        const other = [...counts].filter(([k]) => !columns.includes(k)).map(([k, n]) => `${k} ${n}`).join(' ');
        return `${name.padEnd(28)} ${columns.map((c) => String(counts.get(c) ?? 0).padStart(c.length)).join(' ')}  ${other}`;
      });
      const total = [...histogram.values()].reduce((sum, c) => sum + [...c.values()].reduce((a, b) => a + b, 0), 0);
      process.stdout.write(`fuzz: ${total} mutation cases, ${RUNS} each (FUZZ_RUNS), 0 internal errors\n${''.padEnd(28)} ${columns.join(' ')}  other\n${lines.join('\n')}\n`);
      for (const [name, counts] of histogram) {
        const past = (counts.get('ok') ?? 0) + (counts.get('userErrors') ?? 0);
        expect(past / RUNS, `${name} got past validation and authorization in ${past} of ${RUNS} cases`).toBeGreaterThanOrEqual(0.3);
      }
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('every String and ID argument of Query and Subscription, with bad and random text', () => {
  it(
    'never answers INTERNAL_SERVER_ERROR to a query',
    async () => {
      const queries = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => holdsText(a.type)));
      expect(queries.length).toBeGreaterThan(5);
      let cases = 0;
      for (const field of queries) {
        const document = documentFor('query', field);
        await fc.assert(
          fc.asyncProperty(caseArb(field), async ({ caller, args }) => {
            cases++;
            const answer = await post(document, args, caller);
            const internal = internalErrors(answer);
            if (internal.length) throw new Error(`${field.name} as ${caller} answered ${internal.join(', ')}: ${JSON.stringify(answer.errors)}; variables ${describeInputs(args)}`);
          }),
          { numRuns: Math.max(10, Math.floor(RUNS / 2)), seed: SEED, endOnFailure: true },
        );
      }
      process.stdout.write(`fuzz: ${cases} query cases over ${queries.length} fields, 0 internal errors\n`);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'never ends a subscription with INTERNAL_SERVER_ERROR',
    async () => {
      const subscriptions = Object.values(schema.getSubscriptionType()!.getFields()).filter((f) => f.args.some((a) => holdsText(a.type)));
      expect(subscriptions.length).toBeGreaterThan(2);
      const sockets = new Map<Caller, TestWsClient>();
      let cases = 0;
      try {
        for (const field of subscriptions) {
          const document = documentFor('subscription', field);
          await fc.assert(
            fc.asyncProperty(caseArb(field), async ({ caller, args }) => {
              cases++;
              let socket = sockets.get(caller);
              if (!socket) sockets.set(caller, (socket = wsClient(hub.server.wsUrl, tokens[caller] ?? undefined)));
              const before = hub.server.hub.size;
              const sub = wsSubscribe(socket.client, document, args);
              await waitFor(() => sub.error !== null || sub.completed || hub.server.hub.size > before, { what: `${field.name} to be refused or registered` });
              sub.stop();
              const codes = (sub.error ?? []).map((e) => (e.extensions?.code as string | undefined) ?? 'NO_CODE');
              const internal = codes.filter((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NO_CODE');
              if (internal.length) throw new Error(`${field.name} as ${caller} ended with ${JSON.stringify(sub.error)}; variables ${describeInputs(args)}`);
              await waitFor(() => hub.server.hub.size <= before, { what: 'the stopped subscription to leave the hub' });
            }),
            { numRuns: Math.max(10, Math.floor(RUNS / 2)), seed: SEED, endOnFailure: true },
          );
        }
      } finally {
        await Promise.all([...sockets.values()].map((s) => s.client.dispose()));
      }
      process.stdout.write(`fuzz: ${cases} subscription cases over ${subscriptions.length} fields, 0 internal errors\n`);
    },
    FUZZ_TIMEOUT_MS,
  );
});
