import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, type District } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { VOLUNTEER_STANDING_SQL } from '../../src/auth.js';
import { countStatements } from '../kit/sql-counter.js';

/*
 * Every mutation declares the roles that may ever perform it; every other caller is refused from the
 * token alone — UNAUTHENTICATED when anonymous, FORBIDDEN otherwise — before a single statement is sent.
 * Driven by the schema, so a new mutation is covered without writing a case.
 */

let hub: TestHub;
let d: District;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  hub = await startTestHub();
  d = await buildDistrict(hub.app.db.pool);
  const org = await buildOrganization(hub, d.community);
  const scopes: Record<Role, { areaId?: string; organizationId?: string }> = {
    [Role.DISTRICT_ADMIN]: {},
    [Role.STREET_ADMIN]: { areaId: d.street.id },
    [Role.COMMUNITY_ADMIN]: { areaId: d.community.id },
    [Role.GRID_WORKER]: { areaId: d.grid.id },
    [Role.UNIT_ADMIN]: { organizationId: org.id },
    [Role.VOLUNTEER]: { areaId: d.community.id },
    [Role.RESIDENT]: { areaId: d.community.id },
  };
  for (const role of Object.values(Role)) {
    const token = await hub.token({ role, ...scopes[role] });
    // a token's area and unit are looked up once, on first use: not what the tests count
    await hub.client.data('{ viewer { role } }', {}, token);
    tokens.set(role, token);
  }
});
afterAll(() => hub?.close());

/** A value of `type` that coerces: what a refusal before the resolver must not depend on. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return '2026-11-23T14:00:00+08:00';
      default:
        return 'UmVzb3VyY2U6MQ';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationOf(name: string, args: readonly GraphQLArgument[]) {
  const required = args.filter((a) => isNonNullType(a.type));
  const definitions = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const variables = Object.fromEntries(required.map((a) => [a.name, sample(a.type)]));
  return { query: `mutation${definitions ? `(${definitions})` : ''} { ${name}${passed ? `(${passed})` : ''} { __typename } }`, variables };
}

/**
 * The statements an operation sends, without the sign-in's: a VOLUNTEER's token is read with its record's
 * standing on every request (src/auth.ts, VOLUNTEER_STANDING_SQL) — who the caller is, not what the
 * operation does.
 */
async function countOperationStatements<T>(work: () => Promise<T>) {
  const counted = await countStatements(work);
  const statements = counted.statements.filter((s) => s !== VOLUNTEER_STANDING_SQL);
  return { result: counted.result, count: statements.length };
}

const declaredRoles = () => {
  const byName = new Map<string, Role[]>();
  for (const m of getMetadataStorage().authorizedFields) byName.set(m.fieldName, m.roles as Role[]);
  return byName;
};

const mutations = () => Object.values(hub.server.schema.getMutationType()!.getFields());

describe('roles that may never perform a mutation', () => {
  it('are declared on every mutation', () => {
    const declared = declaredRoles();
    const undeclared = mutations().map((f) => f.name).filter((name) => !declared.has(name));
    expect(undeclared).toEqual([]);
  });

  it('are refused before any statement is sent, for every mutation', async () => {
    const declared = declaredRoles();
    const leaks: string[] = [];
    for (const field of mutations()) {
      const { query, variables } = operationOf(field.name, field.args);
      const callers: [Role | null, string | null][] = [[null, null], ...[...tokens].filter(([role]) => !declared.get(field.name)!.includes(role))];
      for (const [role, token] of callers) {
        const { result, count } = await countOperationStatements(() => hub.client.request(query, variables, { token }));
        const code = result.errors?.[0]?.extensions?.code;
        const expected = role === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (code !== expected || count !== 0) leaks.push(`${field.name} as ${role ?? 'anonymous'}: ${code} after ${count} statements`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('include a VOLUNTEER reporting a live count: FORBIDDEN with no statement sent', async () => {
    const { result, count } = await countOperationStatements(() =>
      hub.client.request(
        'mutation($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }',
        { input: { resourceId: 'UmVzb3VyY2U6MQ', freeCount: 1, observedAt: '0000-01-01T00:00:00Z' } },
        { token: tokens.get(Role.VOLUNTEER)! },
      ),
    );
    // the year is refused first, as input alone; with a good one, the role
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(count).toBe(0);
    const again = await countOperationStatements(() =>
      hub.client.request(
        'mutation($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }',
        { input: { resourceId: 'UmVzb3VyY2U6MQ', freeCount: 1 } },
        { token: tokens.get(Role.VOLUNTEER)! },
      ),
    );
    expect(again.result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(again.count).toBe(0);
  });

  it('match what the README says each role may do', () => {
    const declared = declaredRoles();
    expect(declared.get('setHolidays')).toEqual([Role.DISTRICT_ADMIN]);
    expect(declared.get('reportAvailability')).not.toContain(Role.VOLUNTEER);
    expect(declared.get('reportAvailability')).toContain(Role.GRID_WORKER);
    expect(declared.get('registerOrganization')).not.toContain(Role.UNIT_ADMIN);
    expect(declared.get('takeDemand')).toEqual([Role.UNIT_ADMIN, Role.VOLUNTEER]);
    // takers give back and report their own takes; the community (not grid workers) judges them
    for (const name of ['releaseDemand', 'reportDemandServed']) expect(declared.get(name), name).toEqual([Role.UNIT_ADMIN, Role.VOLUNTEER]);
    for (const name of ['revokeTake', 'confirmDemandServed', 'disputeDemandServed', 'revokeDemandConfirmation']) {
      expect(declared.get(name), name).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN]);
    }
    // points: a community's rate and adjustments are its admins' (and the street's, the district's) alone
    for (const name of ['setPointsRule', 'adjustPoints']) {
      expect(declared.get(name), name).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN]);
    }
    // cases (吹哨报到): area staff report; the handling level's admins decide; the summoned unit answers; the
    // parties note; the lead (a unit) or the handling level resolves
    expect(declared.get('reportCase')).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER]);
    for (const name of ['acceptCase', 'rejectCase', 'mergeCase', 'whistleCase', 'acceptDecline', 'overruleDecline', 'closeCase', 'reopenCase', 'escalateCase']) {
      expect(declared.get(name), name).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN]);
    }
    for (const name of ['reportInToCase', 'declineSummons']) expect(declared.get(name), name).toEqual([Role.UNIT_ADMIN]);
    expect(declared.get('addCaseNote')).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER, Role.UNIT_ADMIN]);
    expect(declared.get('resolveCase')).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.UNIT_ADMIN]);
    // ratings (居民监督评议): residents rate, area staff record call-back visits, the handling level's admins explain
    expect(declared.get('rateCase')).toEqual([Role.RESIDENT]);
    expect(declared.get('recordCallbackRating')).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER]);
    expect(declared.get('explainCase')).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN]);
    // a volunteer takes demands, gives back and reports its takes, and looks after their own record; nothing else
    const own = ['takeDemand', 'releaseDemand', 'reportDemandServed', 'applyAsVolunteer', 'leaveVolunteering', 'updateVolunteer', 'claimVolunteerRecord'];
    for (const [name, roles] of declared) if (!own.includes(name)) expect(roles, name).not.toContain(Role.VOLUNTEER);
    for (const name of own) expect(declared.get(name), name).toContain(Role.VOLUNTEER);
  });
});

describe('roles that may perform a mutation', () => {
  it('still reach the service, which judges the object', async () => {
    const unit = tokens.get(Role.UNIT_ADMIN)!;
    const result = await hub.client.request(
      'mutation($input: ReportAvailabilityInput!) { reportAvailability(input: $input) { userErrors { code } } }',
      { input: { resourceId: 'UmVzb3VyY2U6OTk5OTk5', freeCount: 1 } },
      { token: unit },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(getNamedType(hub.server.schema.getMutationType()!.getFields().reportAvailability.type).name).toBe('ReportAvailabilityPayload');
  });
});
