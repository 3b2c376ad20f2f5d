import type pg from 'pg';
import { AccessMode } from '../src/modules/resources/resource.enums.js';
import type { SeedResource } from './district.js';
import type { Seeder, SeededDistrict } from './seeder.js';
import { mulberry32 } from '../src/shared/random.js';

/**
 * The agreements of the seeded district. Every unit has one ACTIVE agreement (2026-01-01 to 2027-12-31)
 * with its community or, for about a third, its street, sharing all of its resources (the committed
 * quantity its capacity): every resource is in exactly one agreement in force through 2026 and 2027.
 * Around it, the realistic rest: last year's agreement, EXPIRED, for about half of the units; and for a
 * few, a second agreement with the other area (street or community) sharing part of the same resources:
 * SUSPENDED, TERMINATED, PROPOSED (the unit has signed) or a DRAFT. Dates are fixed, relative to 2026.
 * Each agreement gets the history its status implies; no events, like the rest of the seed.
 */


type Status = 'DRAFT' | 'PROPOSED' | 'ACTIVE' | 'SUSPENDED' | 'TERMINATED' | 'EXPIRED';
interface Area { id: string; path: string; kind: string; name: string }
interface Plan { status: Status; orgId: string; orgName: string; area: Area; resources: SeedResource[]; start: string; end: string; title: string; drafted: string }

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

const SUSPEND_REASONS = ['单位内部施工，车位暂停开放', '疫情防控期间暂停对外开放', '场地改造，暂停共享', '安全检查整改期间暂停'];
const TERMINATE_REASONS = ['单位搬迁，无法继续履行协议', '双方协商一致提前终止', '场地收回另作他用'];

function termsOf(p: Plan): string {
  const shared = p.resources.slice(0, 4).map((r) => r.title.replace(p.orgName, '')).join('、');
  const what = p.resources.length ? `向${p.area.name}居民开放${shared}${p.resources.length > 4 ? `等${p.resources.length}项资源` : ''}` : `组织党员志愿者参与${p.area.name}社区治理和志愿服务`;
  return `双向承诺：${p.orgName}${what}，按约定时段提供服务并及时更新空闲情况；${p.area.name}负责组织居民有序使用，做好安全管理、意见收集和反馈，` +
    `优先解决单位职工子女入托、停车等实际困难。协议期间如需暂停或终止，应提前七日书面告知对方。`;
}

/** Bulk insert through unnest, one statement a table; jsonb values travel as text. */
async function insert(client: pg.PoolClient, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((n) => rows.map((row) => (columns[n] === 'jsonb' ? JSON.stringify(row[n]) : row[n])));
  const selects = names.map((n, i) => `$${i + 1}::${columns[n] === 'jsonb' ? 'text' : columns[n]}[]`);
  const casts = names.map((n) => (columns[n] === 'jsonb' ? `${n}::jsonb` : n));
  await client.query(
    `insert into ${table} (${names.join(', ')}) overriding system value
     select ${casts.join(', ')} from unnest(${selects.join(', ')}) as t(${names.join(', ')})`,
    arrays,
  );
}

function plansOf(district: SeededDistrict): Plan[] {
  const names = new Map(district.data.areas.map((a) => [a.key, a.name]));
  const area = (key: string): Area & { parentKey: string | null } => ({ ...district.areas.get(key)!, name: names.get(key)! });
  const byOrg = new Map<string, SeedResource[]>();
  for (const r of district.data.resources) byOrg.set(r.organizationKey, [...(byOrg.get(r.organizationKey) ?? []), r]);
  const r = mulberry32(0x20261122 + district.scale);
  const plans: Plan[] = [];
  district.data.organizations.forEach((o, i) => {
    const community = area(area(o.areaKey).parentKey!);
    const street = area(community.parentKey!);
    const [main, other] = r() < 0.3 ? [street, community] : [community, street];
    const resources = byOrg.get(o.key) ?? [];
    const plan = (status: Status, at: Area, shared: SeedResource[], start: string, end: string, drafted: string, suffix = ''): Plan => ({
      status, orgId: district.organizations.get(o.key)!, orgName: o.name, area: at, resources: shared, start, end, drafted,
      title: `${at.name}与${o.name}共建共享协议${suffix}`,
    });
    const day = i % 25;
    if (r() < 0.55) plans.push(plan('EXPIRED', main, resources, '2025-01-01', '2025-12-31', addDays('2024-11-01', day), '（2025年度）'));
    plans.push(plan('ACTIVE', main, resources, '2026-01-01', '2027-12-31', addDays('2025-11-01', day)));
    const roll = r();
    const part = resources.slice(0, Math.max(1, Math.ceil(resources.length / 2)));
    if (resources.length === 0 || roll >= 0.18) return;
    if (roll < 0.08) plans.push(plan('SUSPENDED', other, part, '2026-03-01', '2027-12-31', addDays('2026-01-05', day), '（补充协议）'));
    else if (roll < 0.11) plans.push(plan('TERMINATED', other, part, '2026-01-01', '2027-06-30', addDays('2025-11-10', day), '（补充协议）'));
    else if (roll < 0.15) plans.push(plan('PROPOSED', other, part, '2027-01-01', '2028-12-31', addDays('2026-10-01', day), '（2027—2028年度）'));
    else plans.push(plan('DRAFT', other, part, '2027-07-01', '2028-12-31', addDays('2026-10-15', day), '（2027—2028年度）'));
  });
  return plans;
}

export const seedAgreements: Seeder = async (client, district) => {
  const plans = plansOf(district);
  const { rows } = await client.query<{ id: string }>(
    `select nextval(pg_get_serial_sequence('sharing_agreement', 'id'))::text as id from generate_series(1, $1)`,
    [plans.length],
  );
  const agreements: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const reasons = mulberry32(0x5eed + district.scale);
  plans.forEach((p, n) => {
    const id = rows[n]!.id;
    const unit = `seed-unit-admin-${p.orgId}`;
    const areaRole = p.area.kind === 'STREET' ? 'STREET_ADMIN' : 'COMMUNITY_ADMIN';
    const areaAdmin = `seed-${p.area.kind.toLowerCase()}-admin-${p.area.id}`;
    const entries: Record<string, unknown>[] = [];
    const log = (action: string, from: string | null, to: string | null, when: string, who: [string, string] | null, party: string | null, reason: string | null = null) =>
      entries.push({ agreement_id: id, action, from_status: from, to_status: to, party, actor_id: who?.[0] ?? 'SYSTEM', actor_role: who?.[1] ?? 'SYSTEM', reason, at: when });
    const created = at(p.drafted, '09:30');
    const proposed = at(addDays(p.drafted, 3));
    const unitSigned = at(addDays(p.drafted, 7), '15:00');
    const areaSigned = at(addDays(p.drafted, 10), '11:00');
    log('CREATE', null, 'DRAFT', created, [unit, 'UNIT_ADMIN'], 'UNIT');
    const isProposed = p.status !== 'DRAFT';
    const isSigned = isProposed && p.status !== 'PROPOSED';
    if (isProposed) log('PROPOSE', 'DRAFT', 'PROPOSED', proposed, [unit, 'UNIT_ADMIN'], 'UNIT');
    if (isProposed) log('SIGN', 'PROPOSED', 'PROPOSED', unitSigned, [unit, 'UNIT_ADMIN'], 'UNIT');
    if (isSigned) {
      log('SIGN', 'PROPOSED', 'SIGNED', areaSigned, [areaAdmin, areaRole], 'AREA');
      log('ACTIVATE', 'SIGNED', 'ACTIVE', at(p.start, '00:00'), null, null);
    }
    let updated = isSigned ? at(p.start, '00:00') : isProposed ? unitSigned : created;
    if (p.status === 'SUSPENDED') {
      updated = at('2026-06-18', '14:00');
      log('SUSPEND', 'ACTIVE', 'SUSPENDED', updated, [unit, 'UNIT_ADMIN'], 'UNIT', SUSPEND_REASONS[Math.floor(reasons() * SUSPEND_REASONS.length)]!);
    } else if (p.status === 'TERMINATED') {
      updated = at('2026-08-20', '16:00');
      log('TERMINATE', 'ACTIVE', 'TERMINATED', updated, [areaAdmin, areaRole], 'AREA', TERMINATE_REASONS[Math.floor(reasons() * TERMINATE_REASONS.length)]!);
    } else if (p.status === 'EXPIRED') {
      updated = at(addDays(p.end, 1), '00:00');
      log('EXPIRE', 'ACTIVE', 'EXPIRED', updated, null, null);
    }
    history.push(...entries);
    agreements.push({
      id, organization_id: p.orgId, area_id: p.area.id, area_path: p.area.path, title: p.title, terms: termsOf(p),
      start_date: p.start, end_date: p.end, status: p.status, created_by: unit,
      proposed_by: isProposed ? unit : null, proposed_by_party: isProposed ? 'UNIT' : null, proposed_at: isProposed ? proposed : null,
      unit_signed_by: isProposed ? unit : null, unit_signed_at: isProposed ? unitSigned : null,
      area_signed_by: isSigned ? areaAdmin : null, area_signed_at: isSigned ? areaSigned : null, signed_at: isSigned ? areaSigned : null,
      version: entries.length, created_at: created, updated_at: updated,
    });
    p.resources.forEach((res, position) =>
      items.push({
        agreement_id: id, position, resource_id: district.resources.get(res.key)!,
        committed_quantity: res.accessMode === AccessMode.ALLOCATED ? res.capacity : null, windows: res.windows,
      }),
    );
  });
  const ts = 'timestamptz';
  await insert(client, 'sharing_agreement', {
    id: 'bigint', organization_id: 'bigint', area_id: 'bigint', area_path: 'text', title: 'text', terms: 'text', start_date: 'date',
    end_date: 'date', status: 'text', created_by: 'text', proposed_by: 'text', proposed_by_party: 'text', proposed_at: ts,
    unit_signed_by: 'text', unit_signed_at: ts, area_signed_by: 'text', area_signed_at: ts, signed_at: ts, version: 'int',
    created_at: ts, updated_at: ts,
  }, agreements);
  await insert(client, 'agreement_item', {
    agreement_id: 'bigint', position: 'smallint', resource_id: 'bigint', committed_quantity: 'int', windows: 'jsonb',
  }, items);
  await insert(client, 'agreement_history', {
    agreement_id: 'bigint', action: 'text', from_status: 'text', to_status: 'text', party: 'text', actor_id: 'text',
    actor_role: 'text', reason: 'text', at: ts,
  }, history);
  return { agreements: agreements.length, agreementItems: items.length };
};
