/**
 * The seeded district's service orders (服务订单) — SERVICE demands, their takes, who served and for how long, the
 * history of both, the communities' points rules and the points ledger — as pure, deterministic data over the
 * rows the earlier seeders wrote (areas, units, volunteers, teams, by database id). Written by
 * seeds/service-orders.ts.
 *
 * Per community about twenty orders (≈ 600 a copy of the five streets), of the kinds the district's reports list
 * most (traffic guidance, hygiene, study help, errands, escorts…), seen as of SEED_NOW (the tests' clock,
 * 2026-11-23 14:00 in Beijing): about half FULFILLED, the rest POSTED, PLACED (some partly taken), TAKEN (some with
 * a report in or disputed), SERVED, CANCELLED and EXPIRED. Each order's life is a list of actions (take, release,
 * revoke, serve, dispute, confirm, revoke a confirmation, cancel, expire) replayed by one small state machine
 * (`replay`), which derives every status, `taken_quantity`, the deprecated `taken_by_*`, both histories, the
 * sweeper's OVERDUE records (once per missed deadline, 20 s after it) and the points ledger — so the rows agree
 * with the rules the mutations implement, by construction.
 *
 * Takers: an APPROVED volunteer of the order's community (for themself), an ACTIVE team whose area holds the order
 * (by its leader, with members who had joined), or a unit of the order's street (by its admin
 * `seed-unit-admin-<id>`, with its employed volunteers and staff who are not registered). Community admins are
 * `ca-<community code>` and grid workers `gw-<grid code>`, as in the RESOURCE demands' seed.
 *
 * Randomness: each community has its own stream, keyed by its seed key and apart from every stream the other
 * seeders use, so nothing they write moves and a copy's orders are the same at every scale.
 */
import { ServiceKind } from '../src/modules/demands/demand.enums.js';
import type { WeeklyWindow } from '../src/shared/schedule/schedule.types.js';
import { mulberry32, type Rng } from '../src/shared/random.js';
import { RESIDENTS } from './demand-texts.js';
import {
  ADJUSTMENTS, AUDIENCES, CANCEL_REASONS, COMPANION_KIND, DISPUTE_REASONS, KIND_WEIGHTS, MINUTES, ORDER_TEXTS, QUANTITY, RECURRING,
  RELEASE_REASONS, REVOKE_CONFIRMATION_REASONS, REVOKE_REASONS, SERVICE_NOTES, SKILLS_FOR, UNIT_KINDS_FOR, WINDOWS,
} from './service-order-texts.js';

/** The moment the seeded orders are seen at: the tests' clock (test/kit/server.ts TEST_NOW). */
export const SEED_NOW = Date.parse('2026-11-23T14:00:00+08:00');
/** ORDER_TAKE_WITHIN_HOURS' default: an order placed must be taken within these hours. */
export const TAKE_WITHIN_HOURS = { URGENT: 2, HIGH: 24, NORMAL: 72, LOW: 168 } as const;
/** POINTS_PER_HOUR's default: the rate of a community without a rule. */
export const DEFAULT_POINTS_PER_HOUR = 10;
/** Takes still open (one per taker and order): a cancelled order's are revoked. */
export const LIVE_TAKE_STATUSES = ['TAKEN', 'SERVED', 'DISPUTED'] as const;
/** Takes that hold part of an order: its `taken_quantity`, and the first of them its deprecated `taken_by_*`. */
export const HOLDING_TAKE_STATUSES = [...LIVE_TAKE_STATUSES, 'CONFIRMED'] as const;
/** How long after a deadline the sweeper records it. */
const SWEEP_LAG_MS = 20_000;

// ---- what the plan is given ---------------------------------------------------------------------------
export interface PlanGrid { id: string; path: string; code: string; lat: number; lng: number; buildings: string[] }
export interface PlanCommunity { key: string; id: string; path: string; code: string; streetPath: string; grids: PlanGrid[] }
export interface PlanVolunteer { id: string; accountId: string; communityId: string; employerId: string | null; skills: string[]; approvedAt: number }
export interface PlanTeam { id: string; areaPath: string; createdAt: number; leader: PlanVolunteer; members: { volunteer: PlanVolunteer; joinedAt: number }[] }
export interface PlanUnit { id: string; kind: string; streetPath: string }
export interface PlanInput { communities: PlanCommunity[]; volunteers: PlanVolunteer[]; teams: PlanTeam[]; units: PlanUnit[] }

// ---- what it gives back ---------------------------------------------------------------------------------
export interface HistoryLine { action: string; from: string | null; to: string; actorId: string; actorRole: string; reason: string | null; at: string }
export interface OrderRow {
  areaId: string; areaPath: string; title: string; description: string; serviceKinds: ServiceKind[]; quantity: number;
  windows: WeeklyWindow[]; startDate: string; endDate: string; lat: number; lng: number; radiusMeters: number; audience: string;
  urgency: string; channel: string; orderedAt: string; orderedBy: string; recordedBy: string; placedBy: string | null;
  placedAt: string | null; status: string; cancelReason: string | null; takenQuantity: number; takeDeadline: string | null;
  takeOverdueAt: string | null; takenByOrganizationId: string | null; takenByAccount: string | null; takenAt: string | null;
  version: number; updatedAt: string; history: HistoryLine[];
}
export interface TakeRow {
  order: number; takerKind: 'VOLUNTEER' | 'TEAM' | 'ORGANIZATION'; volunteerId: string | null; teamId: string | null;
  organizationId: string | null; accountId: string; quantity: number; status: string; serveDeadline: string;
  serveOverdueAt: string | null; takenAt: string; servedAt: string | null; serviceNote: string | null; confirmedAt: string | null;
  confirmations: number; endedAt: string | null; reason: string | null; version: number; updatedAt: string;
  history: HistoryLine[]; persons: { volunteerId: string | null; minutes: number }[];
}
export interface PointsRow {
  volunteerId: string; kind: 'SERVICE' | 'REVERSAL' | 'ADJUSTMENT'; points: number; minutes: number | null; take: number | null;
  round: number; areaId: string; areaPath: string; reason: string | null; actorId: string; actorRole: string; at: string;
}
export interface RuleRow { areaId: string; pointsPerHour: number; setBy: string; at: string }
export interface ServiceOrderPlan { orders: OrderRow[]; takes: TakeRow[]; points: PointsRow[]; rules: RuleRow[] }

// ---- randomness and time ----------------------------------------------------------------------------------
function rngFor(key: string): Rng {
  let h = 0x811c9dc5;
  for (const ch of `service-orders:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return mulberry32(h >>> 0);
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function weighted<T extends string>(r: Rng, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let x = r() * entries.reduce((s, [, n]) => s + n, 0);
  return (entries.find(([, n]) => (x -= n) < 0) ?? entries[0]!)[0];
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const TZ_MS = 8 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const localDate = (ms: number) => new Date(ms + TZ_MS).toISOString().slice(0, 10);
const dayStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const TODAY = localDate(SEED_NOW);
/** A moment of office hours (09:00–18:00 local) on the local day starting at `dayMs`. */
const office = (r: Rng, dayMs: number) => dayMs + 9 * HOUR + int(r, 0, 540) * MINUTE;
/** A moment in [lo, hi]; `lo` when the interval is empty. */
const within = (r: Rng, lo: number, hi: number) => (hi > lo ? lo + Math.floor(r() * (hi - lo) / 1000) * 1000 : lo);

const STATUS_WEIGHTS = { POSTED: 5, PLACED: 14, TAKEN: 13, SERVED: 8, FULFILLED: 46, CANCELLED: 7, EXPIRED: 7 } as const;
type Target = keyof typeof STATUS_WEIGHTS;
const URGENCY = { LOW: 15, NORMAL: 55, HIGH: 22, URGENT: 8 } as const;
const CHANNEL = { GRID_VISIT: 40, MINI_PROGRAM: 25, HOTLINE_12345: 15, RESIDENT_MEETING: 15, OTHER: 5 } as const;

// ---- an order's life: actions replayed by one state machine ---------------------------------------------------
interface Actor { id: string; role: string }
const SYSTEM: Actor = { id: 'SYSTEM', role: 'SYSTEM' };
interface Taker {
  kind: TakeRow['takerKind']; volunteerId: string | null; teamId: string | null; organizationId: string | null; actor: Actor;
  /** The people who may serve on it: the volunteer; the team's members; the unit's employed volunteers. */
  people: PlanVolunteer[];
}
interface TakeDraft { taker: Taker; quantity: number }
type Action =
  | { at: number; kind: 'TAKE' | 'RELEASE' | 'SERVE'; take: number; reason?: string }
  | { at: number; kind: 'REVOKE_TAKE'; take: number; reason: string }
  | { at: number; kind: 'CONFIRM' | 'EXPIRE' }
  | { at: number; kind: 'REVOKE_CONFIRMATION' | 'CANCEL' | 'DISPUTE'; reason: string };

interface OrderContext {
  r: Rng; community: PlanCommunity; kind: ServiceKind; quantity: number; admin: Actor; rate: number;
  startDate: string; endDate: string; placed: boolean; takeDeadline: number;
}

/** Replays an order's actions (sorted by time) into its rows, the takes' rows and the points they earn. */
function replay(
  ctx: OrderContext, order: Omit<OrderRow, 'status' | 'cancelReason' | 'takenQuantity' | 'takeOverdueAt' | 'takenByOrganizationId' | 'takenByAccount' | 'takenAt' | 'version' | 'updatedAt'>,
  drafts: TakeDraft[], actions: Action[], orderIndex: number, firstTake: number, out: ServiceOrderPlan,
) {
  const { r } = ctx;
  const serveDeadline = dayStart(addDays(ctx.endDate, 1));
  const takes: TakeRow[] = drafts.map((d) => ({
    order: orderIndex, takerKind: d.taker.kind, volunteerId: d.taker.volunteerId, teamId: d.taker.teamId, organizationId: d.taker.organizationId,
    accountId: d.taker.actor.id, quantity: d.quantity, status: 'NONE', serveDeadline: iso(serveDeadline), serveOverdueAt: null, takenAt: '',
    servedAt: null, serviceNote: null, confirmedAt: null, confirmations: 0, endedAt: null, reason: null, version: 0, updatedAt: '', history: [], persons: [],
  }));
  const history = order.history;
  let status = history[history.length - 1]!.to;
  let cancelReason: string | null = null;
  let takeOverdueAt: string | null = null;
  const isLive = (t: TakeRow) => (LIVE_TAKE_STATUSES as readonly string[]).includes(t.status);
  const isHolding = (t: TakeRow) => (HOLDING_TAKE_STATUSES as readonly string[]).includes(t.status);
  /** A service order's status from its takes (FULFILLED is set by confirming only). */
  const derive = () => {
    const holding = takes.filter(isHolding);
    if (holding.reduce((s, t) => s + t.quantity, 0) < ctx.quantity) return 'PLACED';
    return holding.every((t) => t.status === 'SERVED') ? 'SERVED' : 'TAKEN';
  };
  const demandLine = (action: string, to: string, actor: Actor, at: number, reason: string | null = null) => {
    history.push({ action, from: status, to, actorId: actor.id, actorRole: actor.role, reason, at: iso(at) });
    status = to;
  };
  // the sweeper's OVERDUE marks are bookkeeping: they change neither version nor updated_at
  const takeLine = (t: TakeRow, action: string, to: string, actor: Actor, at: number, reason: string | null = null) => {
    t.history.push({ action, from: t.status === 'NONE' ? null : t.status, to, actorId: actor.id, actorRole: actor.role, reason, at: iso(at) });
    t.status = to;
    if (action !== 'OVERDUE') t.updatedAt = iso(at);
  };
  const expect = (ok: boolean, what: () => string) => {
    if (!ok) throw new Error(`seed: service order ${orderIndex} (${order.title}): ${what()}`);
  };
  const points = (t: TakeRow, kind: 'SERVICE' | 'REVERSAL', at: number, reason: string | null) => {
    const sign = kind === 'SERVICE' ? 1 : -1;
    for (const p of t.persons) {
      if (p.volunteerId === null) continue;
      out.points.push({
        volunteerId: p.volunteerId, kind, points: sign * Math.floor((p.minutes * ctx.rate) / 60), minutes: sign * p.minutes,
        take: firstTake + takes.indexOf(t), round: t.confirmations, areaId: ctx.community.id, areaPath: ctx.community.path, reason,
        actorId: ctx.admin.id, actorRole: ctx.admin.role, at: iso(at),
      });
    }
  };
  const report = (t: TakeRow, d: TakeDraft, at: number) => {
    // who served and for how long: the taker's people, a unit's unregistered staff as null
    const [lo, hi] = MINUTES[ctx.kind];
    const minutes = () => {
      // mostly in fives, as people write them; now and then to the minute
      const m = 5 * int(r, lo / 5, hi / 5);
      return r() < 0.15 && m < hi ? m + int(r, 1, 4) : m;
    };
    const people: (PlanVolunteer | null)[] = [];
    const eligible = d.taker.people.filter((p) => p.approvedAt < at);
    if (d.taker.kind === 'VOLUNTEER') people.push(d.taker.people[0]!);
    else {
      const want = Math.max(d.taker.kind === 'TEAM' ? 2 : 1, d.quantity + int(r, 0, 1));
      const chosen = [...eligible];
      while (people.length < want && chosen.length) people.push(chosen.splice(Math.floor(r() * chosen.length), 1)[0]!);
      if (d.taker.kind === 'ORGANIZATION') while (people.length < want || (r() < 0.25 && people.length < want + 1)) people.push(null);
    }
    t.persons = people.map((p) => ({ volunteerId: p?.id ?? null, minutes: minutes() }));
    t.servedAt = iso(at);
    t.serviceNote = pick(r, SERVICE_NOTES[ctx.kind]);
  };

  /**
   * The sweeper's records up to `until` (exclusive), on the state since the last action: an order still PLACED
   * past its take deadline, a take still TAKEN past its serve deadline, each once, 20 s after the later of the
   * deadline and the last change (a take taken after its deadline is overdue at once).
   */
  let lastAt = 0;
  const sweepUntil = (until: number) => {
    const due = (deadline: number) => Math.max(deadline, lastAt) + SWEEP_LAG_MS;
    if (ctx.placed && status === 'PLACED' && takeOverdueAt === null && due(ctx.takeDeadline) < until) {
      takeOverdueAt = iso(due(ctx.takeDeadline));
      demandLine('OVERDUE', status, SYSTEM, due(ctx.takeDeadline), 'take deadline passed');
    }
    for (const t of takes) {
      if (t.status !== 'TAKEN' || t.serveOverdueAt !== null || !(due(serveDeadline) < until)) continue;
      const at = due(serveDeadline);
      t.serveOverdueAt = iso(at);
      takeLine(t, 'OVERDUE', 'TAKEN', SYSTEM, at, 'serve deadline passed');
      demandLine('OVERDUE', status, SYSTEM, at, 'serve deadline passed');
    }
  };
  const sorted = actions.map((a, seq) => ({ a, seq })).sort((x, y) => x.a.at - y.a.at || x.seq - y.seq).map((x) => x.a);
  for (const a of sorted) {
    // two changes drawn at the same second: the later a second after, so every history reads in one order
    if (a.at <= lastAt) a.at = lastAt + 1000;
    expect(a.at <= SEED_NOW, () => `${a.kind} after the seed's now`);
    sweepUntil(a.at);
    lastAt = a.at;
    switch (a.kind) {
      case 'TAKE': {
        const t = takes[a.take]!;
        expect(t.status === 'NONE' && (status === 'PLACED'), () => `TAKE of a ${status} order`);
        t.takenAt = iso(a.at);
        takeLine(t, 'TAKE', 'TAKEN', drafts[a.take]!.taker.actor, a.at);
        demandLine('TAKE', derive(), drafts[a.take]!.taker.actor, a.at);
        break;
      }
      case 'RELEASE': case 'REVOKE_TAKE': {
        const t = takes[a.take]!;
        expect(t.status === 'TAKEN', () => `${a.kind} of a ${t.status} take`);
        const by = a.kind === 'RELEASE' ? drafts[a.take]!.taker.actor : ctx.admin;
        t.endedAt = iso(a.at);
        t.reason = a.reason!;
        takeLine(t, a.kind === 'RELEASE' ? 'RELEASE' : 'REVOKE', a.kind === 'RELEASE' ? 'RELEASED' : 'REVOKED', by, a.at, a.reason);
        demandLine(a.kind, derive(), by, a.at, a.reason);
        break;
      }
      case 'SERVE': {
        const t = takes[a.take]!;
        expect(t.status === 'TAKEN' || t.status === 'DISPUTED', () => `SERVE of a ${t.status} take`);
        expect(Date.parse(t.takenAt) < a.at, () => 'served before taken');
        report(t, drafts[a.take]!, a.at);
        takeLine(t, 'SERVE', 'SERVED', drafts[a.take]!.taker.actor, a.at);
        demandLine('SERVE', derive(), drafts[a.take]!.taker.actor, a.at);
        break;
      }
      case 'DISPUTE': {
        // the order's report disputed: every served take goes back to its taker
        expect(status === 'SERVED', () => `DISPUTE of a ${status} order`);
        for (const t of takes.filter((x) => x.status === 'SERVED')) {
          t.reason = a.reason;
          takeLine(t, 'DISPUTE', 'DISPUTED', ctx.admin, a.at, a.reason);
        }
        demandLine('DISPUTE', derive(), ctx.admin, a.at, a.reason);
        break;
      }
      case 'CONFIRM': {
        expect(status === 'SERVED', () => `CONFIRM of a ${status} order`);
        for (const t of takes.filter((x) => x.status === 'SERVED')) {
          t.confirmations++;
          t.confirmedAt = iso(a.at);
          takeLine(t, 'CONFIRM', 'CONFIRMED', ctx.admin, a.at);
          points(t, 'SERVICE', a.at, null);
        }
        demandLine('CONFIRM', 'FULFILLED', ctx.admin, a.at);
        break;
      }
      case 'REVOKE_CONFIRMATION': {
        expect(status === 'FULFILLED', () => `REVOKE_CONFIRMATION of a ${status} order`);
        for (const t of takes.filter((x) => x.status === 'CONFIRMED')) {
          t.reason = a.reason;
          t.confirmedAt = null;
          takeLine(t, 'REVOKE_CONFIRMATION', 'SERVED', ctx.admin, a.at, a.reason);
          points(t, 'REVERSAL', a.at, a.reason);
        }
        demandLine('REVOKE_CONFIRMATION', derive(), ctx.admin, a.at, a.reason);
        break;
      }
      case 'CANCEL': {
        expect(['POSTED', 'PLACED', 'TAKEN'].includes(status), () => `CANCEL of a ${status} order`);
        // a cancelled order's live takes are revoked with its reason
        for (const t of takes.filter(isLive)) {
          t.endedAt = iso(a.at);
          t.reason = a.reason;
          takeLine(t, 'REVOKE', 'REVOKED', ctx.admin, a.at, a.reason);
        }
        cancelReason = a.reason;
        demandLine('CANCEL', 'CANCELLED', ctx.admin, a.at, a.reason);
        break;
      }
      case 'EXPIRE':
        expect(status === 'PLACED' && !takes.some(isHolding), () => `EXPIRE of a ${status} order`);
        demandLine('EXPIRE', 'EXPIRED', SYSTEM, a.at);
        break;
    }
  }
  sweepUntil(SEED_NOW);
  const kept = takes.filter((t) => t.status !== 'NONE');
  expect(kept.length === takes.length, () => 'a take was never taken');
  const changes = (lines: HistoryLine[]) => lines.filter((h) => h.action !== 'OVERDUE');
  for (const t of kept) t.version = changes(t.history).length;
  // takes are numbered in the order they were taken: the first holding one is the deprecated takenBy
  const holding = kept.filter(isHolding);
  const first = holding[0];
  const firstDraft = first ? drafts[takes.indexOf(first)]! : null;
  out.orders.push({
    ...order, status, cancelReason, takenQuantity: holding.reduce((s, t) => s + t.quantity, 0), takeOverdueAt,
    takenByOrganizationId: firstDraft?.taker.organizationId ?? null, takenByAccount: first?.accountId ?? null, takenAt: first?.takenAt ?? null,
    version: changes(history).length, updatedAt: changes(history).at(-1)!.at,
  });
  out.takes.push(...kept);
}

// ---- choosing takers ------------------------------------------------------------------------------------------
interface Pools {
  volunteersOf: Map<string, PlanVolunteer[]>;
  /** A community's volunteers whose skills fit a kind of work, by `${communityId}:${kind}` (filled as asked). */
  skilledOf: Map<string, PlanVolunteer[]>;
  teamsOf: (path: string) => PlanTeam[];
  unitsOf: Map<string, PlanUnit[]>;
  employeesOf: Map<string, PlanVolunteer[]>;
}

function chooseTaker(r: Rng, ctx: OrderContext, pools: Pools, kind: TakeRow['takerKind'], at: number, used: Set<string>): Taker | null {
  if (kind === 'VOLUNTEER') {
    const fits = SKILLS_FOR[ctx.kind];
    const all = pools.volunteersOf.get(ctx.community.id) ?? [];
    const key = `${ctx.community.id}:${ctx.kind}`;
    if (!pools.skilledOf.has(key)) pools.skilledOf.set(key, all.filter((v) => v.skills.some((s) => fits.includes(s as never))));
    const skilled = pools.skilledOf.get(key)!;
    for (let tries = 0; tries < 12; tries++) {
      const v = pick(r, skilled.length && r() < 0.8 ? skilled : all);
      if (v && v.approvedAt < at && !used.has(`v${v.id}`)) {
        used.add(`v${v.id}`);
        return { kind, volunteerId: v.id, teamId: null, organizationId: null, actor: { id: v.accountId, role: 'VOLUNTEER' }, people: [v] };
      }
    }
    return null;
  }
  if (kind === 'TEAM') {
    const teams = pools.teamsOf(ctx.community.path).filter((t) => t.createdAt < at && !used.has(`t${t.id}`) && t.leader.approvedAt < at
      && t.members.filter((m) => m.joinedAt < at).length >= 3);
    if (teams.length === 0) return null;
    const team = pick(r, teams);
    used.add(`t${team.id}`);
    return {
      kind, volunteerId: null, teamId: team.id, organizationId: null, actor: { id: team.leader.accountId, role: 'VOLUNTEER' },
      people: team.members.filter((m) => m.joinedAt < at).map((m) => m.volunteer),
    };
  }
  const units = (pools.unitsOf.get(ctx.community.streetPath) ?? []).filter((u) => !used.has(`o${u.id}`));
  const fitting = units.filter((u) => UNIT_KINDS_FOR[ctx.kind].includes(u.kind));
  if (units.length === 0) return null;
  const unit = pick(r, fitting.length && r() < 0.8 ? fitting : units);
  used.add(`o${unit.id}`);
  return {
    kind, volunteerId: null, teamId: null, organizationId: unit.id, actor: { id: `seed-unit-admin-${unit.id}`, role: 'UNIT_ADMIN' },
    people: pools.employeesOf.get(unit.id) ?? [],
  };
}

/** Takers whose quantities add up to `quantity`, each distinct, able to take by `at`. */
function cover(r: Rng, ctx: OrderContext, pools: Pools, quantity: number, at: number, used: Set<string>): TakeDraft[] {
  const drafts: TakeDraft[] = [];
  for (let left = quantity; left > 0;) {
    const kind = weighted(r, left >= 3 ? { VOLUNTEER: 30, TEAM: 35, ORGANIZATION: 35 } : { VOLUNTEER: 65, TEAM: 15, ORGANIZATION: 20 });
    const taker = chooseTaker(r, ctx, pools, kind, at, used) ?? chooseTaker(r, ctx, pools, 'ORGANIZATION', at, used)
      ?? chooseTaker(r, ctx, pools, 'VOLUNTEER', at, used);
    if (!taker) throw new Error(`seed: no taker for a service order of ${ctx.community.key}`);
    const q = taker.kind === 'VOLUNTEER' ? 1 : taker.kind === 'TEAM' ? Math.min(left, int(r, 2, 6)) : Math.min(left, int(r, 1, 4));
    drafts.push({ taker, quantity: q });
    left -= q;
  }
  return drafts;
}

// ---- one order -------------------------------------------------------------------------------------------------
function planOrder(r: Rng, community: PlanCommunity, target: Target, rate: number, pools: Pools, out: ServiceOrderPlan) {
  const kind = weighted(r, KIND_WEIGHTS) as ServiceKind;
  const companion = COMPANION_KIND[kind];
  const kinds = companion && r() < 0.2 ? [kind, companion] : [kind];
  const grid = pick(r, community.grids);
  const who = pick(r, RESIDENTS);
  const building = pick(r, grid.buildings.length ? grid.buildings : ['1号楼']);
  const [qlo, qhi] = QUANTITY[kind];
  const quantity = int(r, qlo, qhi);
  const urgency = weighted(r, URGENCY);
  const channel = weighted(r, CHANNEL);
  const span = RECURRING.has(kind) ? int(r, 2, 6) * 7 - 1 : int(r, 0, 3);
  const text = pick(r, ORDER_TEXTS[kind]);
  const admin: Actor = { id: `ca-${community.code}`, role: 'COMMUNITY_ADMIN' };
  const gridWorker: Actor = { id: `gw-${grid.code}`, role: 'GRID_WORKER' };
  const variant = r();

  // the dates the order needs, and when it was placed, by what it is to become
  let start: string;
  let end: string;
  let placedAt: number | null;
  let orderedAt: number;
  const maxDate = (a: string, b: string) => (a > b ? a : b);
  switch (target) {
    case 'FULFILLED':
      end = addDays(TODAY, -int(r, 2, 80));
      start = addDays(end, -span);
      placedAt = office(r, dayStart(start) - int(r, 1, 5) * DAY);
      break;
    case 'EXPIRED':
      end = addDays(TODAY, -int(r, 1, 50));
      start = addDays(end, -span);
      placedAt = office(r, dayStart(start) - int(r, 1, 5) * DAY);
      break;
    case 'CANCELLED':
      placedAt = office(r, dayStart(TODAY) - int(r, 3, 80) * DAY);
      start = addDays(localDate(placedAt), int(r, 1, 6));
      end = addDays(start, span);
      break;
    case 'TAKEN':
      if (variant < 0.18) {
        // not served by its last day: the takes are overdue
        end = addDays(TODAY, -int(r, 1, 6));
        start = addDays(end, -span);
      } else {
        start = addDays(TODAY, -int(r, 0, 12));
        end = maxDate(addDays(start, span), addDays(TODAY, int(r, 0, 10)));
      }
      placedAt = office(r, dayStart(start) - int(r, 1, 5) * DAY);
      break;
    case 'SERVED':
      start = addDays(TODAY, -int(r, 1, 12));
      end = addDays(start, span);
      placedAt = office(r, dayStart(start) - int(r, 1, 4) * DAY);
      break;
    case 'PLACED': {
      const recent = r() < 0.8;
      placedAt = office(r, dayStart(TODAY) - (recent ? int(r, 0, 2) : int(r, 3, 10)) * DAY);
      if (placedAt > SEED_NOW - 30 * MINUTE) placedAt -= DAY;
      start = addDays(localDate(placedAt), int(r, 1, 6));
      end = maxDate(addDays(start, span), addDays(TODAY, int(r, 0, 5)));
      break;
    }
    case 'POSTED':
      placedAt = null;
      orderedAt = SEED_NOW - int(r, 2 * 60, 100 * 60) * MINUTE;
      start = addDays(localDate(orderedAt), int(r, 2, 8));
      end = addDays(start, span);
      break;
  }
  orderedAt = placedAt === null ? orderedAt! : placedAt - int(r, 4 * 60, 72 * 60) * MINUTE;
  const takeDeadline = placedAt === null ? 0 : placedAt + TAKE_WITHIN_HOURS[urgency] * HOUR;
  const ctx: OrderContext = { r, community, kind, quantity, admin, rate, startDate: start, endDate: end, placed: placedAt !== null, takeDeadline };
  const endOfEnd = dayStart(addDays(end, 1));
  const startOfStart = dayStart(start);

  // its life, as actions
  const drafts: TakeDraft[] = [];
  const actions: Action[] = [];
  const used = new Set<string>();
  const take = (list: TakeDraft[], from: number, to: number) => {
    // the takes of `list` at times spread in [from, to], the last at `to`
    const times = list.map((_, i) => (i === list.length - 1 ? to : within(r, from, to))).sort((a, b) => a - b);
    list.forEach((d, i) => {
      actions.push({ at: times[i]!, kind: 'TAKE', take: drafts.length });
      drafts.push(d);
    });
    return times;
  };
  /**
   * A take that ends before the others — released by its taker or revoked by the community — when it fits
   * before `limit`; returns when it ended (`from` when it does not fit).
   */
  const ended = (from: number, limit: number) => {
    const at = from + int(r, 5, 120) * MINUTE;
    const end = at + int(r, 120, 1800) * MINUTE;
    if (end > limit) return from;
    const taker = chooseTaker(r, ctx, pools, 'VOLUNTEER', at, used);
    if (!taker) return from;
    actions.push({ at, kind: 'TAKE', take: drafts.length });
    actions.push(r() < 0.7
      ? { at: end, kind: 'RELEASE', take: drafts.length, reason: pick(r, RELEASE_REASONS) }
      : { at: end, kind: 'REVOKE_TAKE', take: drafts.length, reason: pick(r, REVOKE_REASONS) });
    drafts.push({ taker, quantity: 1 });
    return end;
  };
  /** Takes covering the whole quantity, the last by `latest` (after the take deadline when `late`); their times. */
  const coverAll = (latest: number, late: boolean) => {
    let from = placedAt! + 5 * MINUTE;
    if (r() < 0.12) from = ended(from, latest - 6 * HOUR) + int(r, 10, 300) * MINUTE;
    const hoursToTake = TAKE_WITHIN_HOURS[urgency] * HOUR;
    const coverAt = Math.max(from + MINUTE, Math.min(latest, late ? takeDeadline + int(r, 10, 600) * MINUTE : from + within(r, 0, hoursToTake * 0.9)));
    return take(cover(r, ctx, pools, quantity, from, used), from, coverAt);
  };
  /** Reports of takes [first, drafts.length) at times in [lo, hi]; returns the latest. */
  const serveAll = (first: number, takenAt: number[], lo: number, hi: number) => {
    let last = 0;
    for (let i = first; i < drafts.length; i++) {
      const at = within(r, Math.max(lo, takenAt[i - first]! + HOUR), Math.max(hi, takenAt[i - first]! + 2 * HOUR));
      actions.push({ at, kind: 'SERVE', take: i });
      last = Math.max(last, at);
    }
    return last;
  };

  switch (target) {
    case 'FULFILLED': {
      const lateServe = variant < 0.06 && end <= addDays(TODAY, -4);
      const dispute = !lateServe && variant < 0.16 && end <= addDays(TODAY, -8);
      const revoke = !lateServe && !dispute && variant > 0.95 && end <= addDays(TODAY, -20);
      const times = coverAll(endOfEnd - 2 * HOUR, r() < 0.1);
      const first = drafts.length - times.length;
      let last = lateServe
        ? serveAll(first, times, endOfEnd + 2 * HOUR, endOfEnd + 3 * DAY)
        : serveAll(first, times, startOfStart + 7 * HOUR, endOfEnd - HOUR);
      if (dispute) {
        // disputed, then every taker reports again
        const at = last + int(r, 4 * 60, 36 * 60) * MINUTE;
        actions.push({ at, kind: 'DISPUTE', reason: pick(r, DISPUTE_REASONS) });
        for (let i = first; i < drafts.length; i++) {
          const again = at + int(r, 4 * 60, 48 * 60) * MINUTE;
          actions.push({ at: again, kind: 'SERVE', take: i });
          last = Math.max(last, again);
        }
      }
      const confirmed = Math.min(last + int(r, 2 * 60, 72 * 60) * MINUTE, SEED_NOW - 10 * MINUTE);
      actions.push({ at: confirmed, kind: 'CONFIRM' });
      if (revoke) {
        const revokedAt = confirmed + int(r, 24 * 60, 8 * 24 * 60) * MINUTE;
        actions.push({ at: revokedAt, kind: 'REVOKE_CONFIRMATION', reason: pick(r, REVOKE_CONFIRMATION_REASONS) });
        actions.push({ at: revokedAt + int(r, 24 * 60, 4 * 24 * 60) * MINUTE, kind: 'CONFIRM' });
      }
      break;
    }
    case 'SERVED': {
      const times = coverAll(SEED_NOW - 3 * HOUR, r() < 0.1);
      serveAll(drafts.length - times.length, times, startOfStart + 7 * HOUR, Math.min(endOfEnd - HOUR, SEED_NOW - HOUR));
      break;
    }
    case 'TAKEN': {
      const overdue = variant < 0.18;
      const times = coverAll(Math.min(overdue ? endOfEnd - 2 * HOUR : SEED_NOW - 3 * HOUR, SEED_NOW - 3 * HOUR), r() < 0.1);
      const first = drafts.length - times.length;
      const n = drafts.length - first;
      if (!overdue && variant < 0.6 && n >= 2) {
        // some have reported, the others not yet
        for (let i = first; i < drafts.length - 1; i++) {
          if (r() < 0.6 || i === first) actions.push({ at: within(r, Math.max(times[i - first]! + HOUR, startOfStart + 7 * HOUR), SEED_NOW - HOUR), kind: 'SERVE', take: i });
        }
      } else if (!overdue && variant >= 0.6 && variant < 0.78) {
        // every take reported, the report disputed: back to TAKEN, the takes to their takers
        const last = serveAll(first, times, startOfStart + 7 * HOUR, SEED_NOW - 2 * HOUR);
        actions.push({ at: within(r, last + HOUR, SEED_NOW - 10 * MINUTE), kind: 'DISPUTE', reason: pick(r, DISPUTE_REASONS) });
      }
      break;
    }
    case 'PLACED': {
      let from = placedAt! + 5 * MINUTE;
      if (r() < 0.1) from = ended(from, SEED_NOW - HOUR) + MINUTE;
      if (quantity >= 2 && r() < 0.45 && from < SEED_NOW - 10 * MINUTE) {
        take(cover(r, ctx, pools, int(r, 1, quantity - 1), from, used), from, within(r, from, SEED_NOW - 5 * MINUTE));
      }
      break;
    }
    case 'EXPIRED':
      if (r() < 0.3) ended(placedAt!, endOfEnd - HOUR);
      actions.push({ at: endOfEnd + int(r, 5, 50) * 1000, kind: 'EXPIRE' });
      break;
    case 'CANCELLED': {
      const how = r();
      let from = placedAt! + HOUR;
      if (how < 0.2) {
        placedAt = null; // cancelled before it was placed
        from = orderedAt + HOUR;
      } else if (how < 0.4) {
        const part = quantity >= 2 ? cover(r, ctx, pools, int(r, 1, quantity - 1), placedAt! + 5 * MINUTE, used) : [];
        from = Math.max(from, ...take(part, placedAt! + 5 * MINUTE, placedAt! + int(r, 10, 360) * MINUTE));
      } else if (how < 0.65) {
        from = Math.max(from, ...coverAll(Math.min(placedAt! + 3 * DAY, SEED_NOW - 2 * HOUR), false));
      }
      actions.push({ at: Math.min(from + int(r, 60, 48 * 60) * MINUTE, SEED_NOW - 10 * MINUTE), kind: 'CANCEL', reason: pick(r, CANCEL_REASONS) });
      break;
    }
    case 'POSTED':
      break;
  }

  const point = {
    lat: Math.round((grid.lat + (r() - 0.5) * 0.0025) * 1e6) / 1e6,
    lng: Math.round((grid.lng + (r() - 0.5) * 0.0025 * 1.3) * 1e6) / 1e6,
  };
  const history: HistoryLine[] = [{ action: 'POST', from: null, to: 'POSTED', actorId: gridWorker.id, actorRole: gridWorker.role, reason: null, at: iso(orderedAt) }];
  if (placedAt !== null) history.push({ action: 'PLACE', from: 'POSTED', to: 'PLACED', actorId: admin.id, actorRole: admin.role, reason: null, at: iso(placedAt) });
  ctx.placed = placedAt !== null;
  const firstTake = out.takes.length;
  replay(ctx, {
    areaId: grid.id, areaPath: grid.path, title: text.title,
    description: text.description.replaceAll('{b}', building).replaceAll('{who}', who).replaceAll('{q}', String(quantity)),
    serviceKinds: kinds, quantity, windows: [pick(r, WINDOWS[kind])], startDate: start, endDate: end, ...point,
    radiusMeters: 100 * int(r, 5, 30), audience: pick(r, AUDIENCES[kind]), urgency, channel, orderedAt: iso(orderedAt), orderedBy: who,
    recordedBy: gridWorker.id, placedBy: placedAt === null ? null : admin.id, placedAt: placedAt === null ? null : iso(placedAt),
    takeDeadline: placedAt === null ? null : iso(takeDeadline), history,
  }, drafts, actions, out.orders.length, firstTake, out);
}

/** The service orders of a seeded district, community by community in the district's order. */
export function planServiceOrders(input: PlanInput): ServiceOrderPlan {
  const out: ServiceOrderPlan = { orders: [], takes: [], points: [], rules: [] };
  const volunteersOf = new Map<string, PlanVolunteer[]>();
  const employeesOf = new Map<string, PlanVolunteer[]>();
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const v of input.volunteers) {
    add(volunteersOf, v.communityId, v);
    if (v.employerId !== null) add(employeesOf, v.employerId, v);
  }
  const unitsOf = new Map<string, PlanUnit[]>();
  for (const u of input.units) add(unitsOf, u.streetPath, u);
  const teamsOf = (path: string) => input.teams.filter((t) => path.startsWith(t.areaPath));
  const pools: Pools = { volunteersOf, skilledOf: new Map(), teamsOf, unitsOf, employeesOf };

  for (const community of input.communities) {
    const r = rngFor(community.key);
    const admin = `ca-${community.code}`;
    // some communities set their own rate (积分规则); the rest earn the default
    let rate = DEFAULT_POINTS_PER_HOUR;
    if (r() < 0.3) {
      rate = pick(r, [10, 12, 15]);
      out.rules.push({ areaId: community.id, pointsPerHour: rate, setBy: admin, at: iso(office(r, dayStart('2026-06-01') + int(r, 0, 25) * DAY)) });
    }
    for (let n = 14 + int(r, 0, 10); n > 0; n--) planOrder(r, community, weighted(r, STATUS_WEIGHTS), rate, pools, out);
    // adjustments by hand, on the ledger with a reason, for volunteers of the community
    const home = volunteersOf.get(community.id) ?? [];
    for (let n = int(r, 0, 3); n > 0 && home.length; n--) {
      const at = office(r, dayStart('2026-09-01') + int(r, 0, 82) * DAY);
      const v = pick(r, home);
      if (v.approvedAt >= at) continue;
      const [reason, points] = pick(r, ADJUSTMENTS);
      out.points.push({
        volunteerId: v.id, kind: 'ADJUSTMENT', points, minutes: null, take: null, round: 0, areaId: community.id, areaPath: community.path,
        reason, actorId: admin, actorRole: 'COMMUNITY_ADMIN', at: iso(at),
      });
    }
  }
  return out;
}
