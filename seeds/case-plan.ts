/**
 * The seeded district's departments (职能部门) and cases (吹哨报到) — each case's summonses, notes and the history of
 * both — as pure, deterministic data over the rows the earlier seeders wrote (areas, resident units, demands, by
 * database id). Written by seeds/cases.ts.
 *
 * Departments: the district's (北京市东城区城市管理委员会…, stationed at the district) once, and each street's
 * (…街道城管执法队, 东城分局…派出所, …) per street, so they scale with the streets.
 *
 * Cases: per community 10 to 16, in its grids or the community itself, handled at the COMMUNITY level; per street
 * 3 to 5 raised at the street (joint meetings, the hotline), handled at the STREET level. Seen as of SEED_NOW (the
 * tests' clock, 2026-11-23 14:00 in Beijing), in every status: REPORTED, ACCEPTED, REJECTED, MERGED, WHISTLED,
 * RESOLVED, CLOSED. Each case's life is a list of steps replayed through the flow's own state machines
 * (`decideCase`, `decideSummons` of src/modules/cases/case.transitions.ts): a step the flow would refuse throws, so
 * the rows obey the rules by construction. The replay also writes the sweeper's marks — a summons still SUMMONED
 * past its report-in deadline (REPORT_IN_OVERDUE, `report_in_overdue_at`) and a case still ACCEPTED or WHISTLED past
 * its completion deadline (OVERDUE, `complete_overdue_at`), each once, 20 s after the later of the deadline and the
 * case's last change — as the service orders' seed does (no events: the seed writes none).
 *
 * Whistles: a community summons its street's departments (and now and then a resident unit of the street); a
 * street its own departments and the district's; the district its own. The first whistle names the LEAD (牵头),
 * the others SUPPORT (配合); the lead resolves. Deadlines are the defaults of CASE_REPORT_IN_WITHIN_HOURS and
 * CASE_COMPLETE_WITHIN_DAYS by urgency, or, for some, longer ones the whistler set.
 *
 * Actors: community admins `ca-<community code>`, grid workers `gw-<grid code>` (as in the demands' seeds), street
 * admins `sa-<street code>`, the district admin `da-<district code>`, an organisation's admin
 * `seed-unit-admin-<id>` (UNIT_ADMIN), the sweeper `SYSTEM`.
 *
 * Randomness: each community and street has its own stream, keyed by its seed key and apart from every stream the
 * other seeders use, so nothing they write moves and a copy's cases are the same at every scale.
 */
import { createHmac } from 'node:crypto';
import { CaseCategory, CaseLevel, CaseSource, CaseStatus, SummonsRole, SummonsStatus } from '../src/modules/cases/case.enums.js';
import { decideCase, decideSummons, levelAbove, type CaseCommand, type SummonsCommand } from '../src/modules/cases/case.transitions.js';
import { mulberry32, type Rng } from '../src/shared/random.js';
import { GIVEN_NAMES, ROADS, SURNAMES } from './names.js';
import { RESIDENTS } from './demand-texts.js';
import {
  ACCEPT_DECLINE_REASONS, CASE_TEXTS, EXPLANATIONS, MEASURES, RATING_COMMENTS, CATEGORY_DUTIES, CATEGORY_WEIGHTS, DECLINE_REASONS, DISTRICT_DEPARTMENTS, ESCALATE_TO_DISTRICT,
  ESCALATE_TO_STREET, MERGE_REASONS, OVERRULE_REASONS, PHOTO_HOST, REJECT_REASONS, REOPEN_REASONS, RESULTS, STAFF_NOTES, STREET_DEPARTMENTS,
  UNIT_NOTES, type Duty,
} from './case-texts.js';
import { SEED_NOW } from './service-order-plan.js';

/** CASE_REPORT_IN_WITHIN_HOURS' default: a summons must report in within these hours of the whistle. */
export const REPORT_IN_WITHIN_HOURS = { URGENT: 0.5, HIGH: 2, NORMAL: 24, LOW: 72 } as const;
/** CASE_COMPLETE_WITHIN_DAYS' default: a whistled case must be resolved within these days. */
export const COMPLETE_WITHIN_DAYS = { URGENT: 1, HIGH: 3, NORMAL: 15, LOW: 30 } as const;
/** How long after a deadline the sweeper records it. */
const SWEEP_LAG_MS = 20_000;

// ---- what the plan is given ---------------------------------------------------------------------------------
export interface PlanArea { id: string; path: string; code: string }
export interface PlanGrid extends PlanArea { name: string; lat: number; lng: number; buildings: string[] }
export interface PlanStreet extends PlanArea { key: string; place: string; lat: number; lng: number }
export interface PlanCommunity extends PlanArea { key: string; name: string; lat: number; lng: number; street: PlanStreet; grids: PlanGrid[] }
export interface PlanOrganization { id: string; kind: string; duty: Duty | null; streetPath: string | null }
/** A demand of a community, for the cases raised from one (source DEMAND). */
export interface PlanDemand { id: string; areaPath: string; status: string }
export interface CasePlanInput {
  district: PlanArea; streets: PlanStreet[]; communities: PlanCommunity[];
  /** Departments (with their duty; `streetPath` null for the district's) and resident units (duty null). */
  organizations: PlanOrganization[];
  demands: PlanDemand[];
}

// ---- departments --------------------------------------------------------------------------------------------
export interface DepartmentRow {
  /** Its street's seed key, or null for the district's. */
  streetKey: string | null; name: string; duty: Duty; address: string; contactName: string; contactPhone: string; description: string;
  lat: number; lng: number;
}

function rngFor(key: string): Rng {
  let h = 0x811c9dc5;
  for (const ch of `cases:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return mulberry32(h >>> 0);
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function weighted<T extends string>(r: Rng, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let x = r() * entries.reduce((s, [, n]) => s + n, 0);
  return (entries.find(([, n]) => (x -= n) < 0) ?? entries[0]!)[0];
}
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The district's departments, then each street's, in the streets' order. */
export function planDepartments(district: { lat: number; lng: number }, streets: readonly PlanStreet[]): DepartmentRow[] {
  const rows: DepartmentRow[] = [];
  const contact = (r: Rng) => ({ contactName: pick(r, SURNAMES) + pick(r, GIVEN_NAMES), contactPhone: `010-6${pad(int(r, 0, 9_999_999), 7)}` });
  const near = (r: Rng, at: { lat: number; lng: number }) => ({ lat: round6(at.lat + (r() - 0.5) * 0.004), lng: round6(at.lng + (r() - 0.5) * 0.005) });
  const r = rngFor('district-departments');
  for (const d of DISTRICT_DEPARTMENTS) {
    rows.push({
      streetKey: null, name: d.name, duty: d.duty, address: `北京市东城区${pick(r, ROADS)}${int(r, 1, 199)}号`, ...contact(r),
      description: d.description, ...near(r, district),
    });
  }
  for (const s of streets) {
    const rs = rngFor(`departments:${s.key}`);
    for (const d of STREET_DEPARTMENTS) {
      rows.push({
        streetKey: s.key, name: d.name.replaceAll('{S}', s.place), duty: d.duty, address: `北京市东城区${pick(rs, ROADS)}${int(rs, 1, 199)}号`,
        ...contact(rs), description: d.description.replaceAll('{S}', s.place), ...near(rs, s),
      });
    }
  }
  return rows;
}

// ---- what the cases plan gives back -----------------------------------------------------------------------------
export interface CaseHistoryLine {
  action: string; from: string | null; to: string; fromLevel: string | null; toLevel: string | null; actorId: string; actorRole: string;
  reason: string | null; at: string;
}
export interface SummonsHistoryLine { action: string; from: string | null; to: string; actorId: string; actorRole: string; reason: string | null; at: string }
export interface SummonsRow {
  organizationId: string; role: SummonsRole; status: SummonsStatus; level: CaseLevel; summonedBy: string; summonedAt: string;
  reportInDeadline: string; reportInOverdueAt: string | null; reportedInAt: string | null; declinedAt: string | null;
  declineReason: string | null; decidedAt: string | null; doneAt: string | null; version: number; updatedAt: string;
  history: SummonsHistoryLine[];
}
export interface NoteRow { organizationId: string | null; text: string; actorId: string; actorRole: string; at: string }
export interface CaseRow {
  areaId: string; areaPath: string; level: CaseLevel; handlingAreaId: string; handlingPath: string; title: string; description: string;
  category: CaseCategory; source: CaseSource; ticketNumber: string | null; demandId: string | null; urgency: Urgency;
  lat: number | null; lng: number | null; photoUrls: string[]; photosPublic: boolean; status: CaseStatus; reporterAccountId: string;
  reporterRole: string; reportedAt: string; acceptedAt: string | null; whistledAt: string | null; completeDeadline: string | null;
  completeOverdueAt: string | null; resolvedAt: string | null; result: string | null; closedAt: string | null;
  /** The index (in `cases`) of the case it was merged into. */
  mergedInto: number | null;
  reason: string | null; version: number; updatedAt: string;
  /** The measures (整改措施) and when set; the review flag residents' ratings raised; the explanation given after. */
  measures: string | null; measuresAt: string | null; needsReview: boolean; reviewNeededAt: string | null;
  explanation: string | null; explainedAt: string | null;
  history: CaseHistoryLine[]; summonses: SummonsRow[]; notes: NoteRow[];
}
/** A rating of a closed case (case_rating): SELF by a resident's account, or CALLBACK for a household. */
export interface RatingRow {
  /** The index (in `cases`) of the case rated. */
  caseIndex: number; areaPath: string; source: 'SELF' | 'CALLBACK'; value: RatingValueText; comment: string | null;
  accountId: string | null; isReporter: boolean; householdHash: string | null; actorId: string; actorRole: string; ratedAt: string;
}
export interface CasePlan { cases: CaseRow[]; ratings: RatingRow[] }

type Urgency = keyof typeof REPORT_IN_WITHIN_HOURS;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const STATUS_WEIGHTS: Readonly<Record<CaseStatus, number>> = {
  REPORTED: 7, ACCEPTED: 7, REJECTED: 5, MERGED: 4, WHISTLED: 24, RESOLVED: 10, CLOSED: 43,
};
const URGENCY: Readonly<Record<Urgency, number>> = { LOW: 10, NORMAL: 60, HIGH: 22, URGENT: 8 };
const COMMUNITY_SOURCES: Readonly<Record<CaseSource, number>> = { GRID_PATROL: 40, RESIDENT: 22, HOTLINE_12345: 28, JOINT_MEETING: 5, DEMAND: 5 };
const STREET_SOURCES: Readonly<Record<CaseSource, number>> = { GRID_PATROL: 20, RESIDENT: 0, HOTLINE_12345: 30, JOINT_MEETING: 50, DEMAND: 0 };

// ---- one case's life, replayed through the flow's state machines --------------------------------------------------
interface Actor { id: string; role: string }
const SYSTEM: Actor = { id: 'SYSTEM', role: 'SYSTEM' };
const unitAdmin = (organizationId: string): Actor => ({ id: `seed-unit-admin-${organizationId}`, role: 'UNIT_ADMIN' });

interface Levels { community: PlanArea | null; street: PlanStreet; district: PlanArea }

/** A case being lived: each step checks the flow's rule, writes its history and moves the sweeper first. */
class CaseLife {
  row: CaseRow;
  private lastAt: number;

  constructor(
    private readonly label: string,
    row: Omit<CaseRow, 'history' | 'summonses' | 'notes' | 'version' | 'updatedAt' | 'measures' | 'measuresAt' | 'needsReview' | 'reviewNeededAt' | 'explanation' | 'explainedAt'>,
    reporter: Actor,
    private readonly levels: Levels,
  ) {
    const at = Date.parse(row.reportedAt);
    this.row = {
      ...row, version: 1, updatedAt: row.reportedAt, measures: null, measuresAt: null, needsReview: false, reviewNeededAt: null,
      explanation: null, explainedAt: null, history: [], summonses: [], notes: [],
    };
    this.row.history.push({ action: 'REPORT', from: null, to: CaseStatus.REPORTED, fromLevel: null, toLevel: null, actorId: reporter.id, actorRole: reporter.role, reason: null, at: row.reportedAt });
    this.lastAt = at;
  }

  get status() { return this.row.status; }
  get level() { return this.row.level; }
  get now() { return this.lastAt; }

  /** The admin of the handling level. */
  handler(): Actor {
    const { community, street, district } = this.levels;
    if (this.row.level === CaseLevel.COMMUNITY) return { id: `ca-${community!.code}`, role: 'COMMUNITY_ADMIN' };
    if (this.row.level === CaseLevel.STREET) return { id: `sa-${street.code}`, role: 'STREET_ADMIN' };
    return { id: `da-${district.code}`, role: 'DISTRICT_ADMIN' };
  }

  private fail(what: string): never {
    throw new Error(`seed: case ${this.label} (${this.row.title}): ${what}`);
  }

  /** Moves the clock to `at` (a second after the last step when not later), recording what the sweeper would first. */
  private advance(at: number): number {
    const t = at <= this.lastAt ? this.lastAt + 1000 : at;
    if (t > SEED_NOW) this.fail(`a step after the seed's now`);
    this.sweepUntil(t);
    this.lastAt = t;
    return t;
  }

  /** The sweeper's marks due before `until` on the state since the last step, each once. */
  private sweepUntil(until: number) {
    const due = (deadline: number) => Math.max(deadline, this.lastAt) + SWEEP_LAG_MS;
    const open = this.row.status === CaseStatus.REPORTED || this.row.status === CaseStatus.ACCEPTED || this.row.status === CaseStatus.WHISTLED;
    const marks: { at: number; run: () => void }[] = [];
    for (const s of this.row.summonses) {
      const at = due(Date.parse(s.reportInDeadline));
      if (open && s.status === SummonsStatus.SUMMONED && s.reportInOverdueAt === null && at < until) {
        marks.push({ at, run: () => {
          s.reportInOverdueAt = iso(at);
          s.history.push({ action: 'REPORT_IN_OVERDUE', from: s.status, to: s.status, actorId: SYSTEM.id, actorRole: SYSTEM.role, reason: 'report-in deadline passed', at: iso(at) });
        } });
      }
    }
    const deadline = this.row.completeDeadline;
    if (deadline !== null && this.row.completeOverdueAt === null && (this.row.status === CaseStatus.ACCEPTED || this.row.status === CaseStatus.WHISTLED)) {
      const at = due(Date.parse(deadline));
      if (at < until) {
        marks.push({ at, run: () => {
          this.row.completeOverdueAt = iso(at);
          this.row.history.push({ action: 'OVERDUE', from: this.row.status, to: this.row.status, fromLevel: null, toLevel: null, actorId: SYSTEM.id, actorRole: SYSTEM.role, reason: 'completion deadline passed', at: iso(at) });
        } });
      }
    }
    for (const m of marks.sort((a, b) => a.at - b.at)) m.run();
  }

  private caseStep(command: CaseCommand, actor: Actor, at: number, reason: string | null = null, levels: { from: CaseLevel; to: CaseLevel } | null = null) {
    const summoned = this.row.summonses.some((s) => s.status !== SummonsStatus.DECLINE_ACCEPTED);
    const decision = decideCase(command, this.row.status, summoned);
    if (!decision.ok) this.fail(`${command}: ${decision.message}`);
    const t = this.advance(at);
    this.row.history.push({
      action: command.toUpperCase(), from: decision.from, to: decision.to, fromLevel: levels?.from ?? null, toLevel: levels?.to ?? null,
      actorId: actor.id, actorRole: actor.role, reason, at: iso(t),
    });
    this.row.status = decision.to;
    this.row.version++;
    this.row.updatedAt = iso(t);
    return t;
  }

  private summonsStep(s: SummonsRow, command: SummonsCommand, actor: Actor, t: number, reason: string | null = null) {
    const decision = decideSummons(command, s.status);
    if (!decision.ok) this.fail(`summons ${command}: ${decision.message}`);
    const action = { reportIn: 'REPORT_IN', decline: 'DECLINE', acceptDecline: 'ACCEPT_DECLINE', overruleDecline: 'OVERRULE_DECLINE', done: 'DONE', reopen: 'REOPEN' }[command];
    s.history.push({ action, from: decision.from, to: decision.to, actorId: actor.id, actorRole: actor.role, reason, at: iso(t) });
    s.status = decision.to;
    s.version++;
    s.updatedAt = iso(t);
  }

  accept(at: number) {
    const t = this.caseStep('accept', this.handler(), at);
    this.row.acceptedAt ??= iso(t);
  }

  reject(at: number, reason: string) {
    this.caseStep('reject', this.handler(), at, reason);
    this.row.reason = reason;
  }

  merge(at: number, into: number, reason: string) {
    this.caseStep('merge', this.handler(), at, reason);
    this.row.mergedInto = into;
  }

  escalate(at: number, reason: string) {
    const from = this.row.level;
    const to = levelAbove(from);
    if (to === null) this.fail('escalated above the district');
    const actor = this.handler();
    this.caseStep('escalate', actor, at, reason, { from, to });
    this.row.level = to;
    const area = to === CaseLevel.STREET ? this.levels.street : this.levels.district;
    this.row.handlingAreaId = area.id;
    this.row.handlingPath = area.path;
    this.row.reason = reason;
  }

  /** Blows the whistle: summonses for `orgs` (the first the LEAD when the case has none), deadlines as given. */
  whistle(at: number, orgs: readonly string[], reportInHours: number, completeDays: number): SummonsRow[] {
    const actor = this.handler();
    const t = this.caseStep('whistle', actor, at);
    this.row.whistledAt ??= iso(t);
    // a new completion deadline: the sweeper may record it again
    this.row.completeDeadline = iso(t + Math.round(completeDays * DAY));
    this.row.completeOverdueAt = null;
    const hasLead = this.row.summonses.some((s) => s.role === SummonsRole.LEAD);
    const made: SummonsRow[] = [];
    orgs.forEach((organizationId, i) => {
      if (this.row.summonses.some((s) => s.organizationId === organizationId && ['SUMMONED', 'REPORTED_IN', 'DECLINED'].includes(s.status))) {
        this.fail(`organisation ${organizationId} summoned twice`);
      }
      const s: SummonsRow = {
        organizationId, role: !hasLead && i === 0 ? SummonsRole.LEAD : SummonsRole.SUPPORT, status: SummonsStatus.SUMMONED, level: this.row.level,
        summonedBy: actor.id, summonedAt: iso(t), reportInDeadline: iso(t + Math.round(reportInHours * HOUR)), reportInOverdueAt: null,
        reportedInAt: null, declinedAt: null, declineReason: null, decidedAt: null, doneAt: null, version: 1, updatedAt: iso(t),
        history: [{ action: 'SUMMON', from: null, to: SummonsStatus.SUMMONED, actorId: actor.id, actorRole: actor.role, reason: null, at: iso(t) }],
      };
      this.row.summonses.push(s);
        made.push(s);
    });
    return made;
  }

  reportIn(s: SummonsRow, at: number) {
    const t = this.advance(at);
    this.summonsStep(s, 'reportIn', unitAdmin(s.organizationId), t);
    s.reportedInAt = iso(t);
  }

  decline(s: SummonsRow, at: number, reason: string) {
    const t = this.advance(at);
    this.summonsStep(s, 'decline', unitAdmin(s.organizationId), t, reason);
    s.declinedAt = iso(t);
    s.declineReason = reason;
  }

  decide(s: SummonsRow, at: number, accept: boolean, reason: string) {
    const t = this.advance(at);
    this.summonsStep(s, accept ? 'acceptDecline' : 'overruleDecline', this.handler(), t, reason);
    s.decidedAt = iso(t);
  }

  note(at: number, text: string, organizationId: string | null) {
    if (!decideCase('note', this.row.status).ok) this.fail(`a note on a ${this.row.status} case`);
    const t = this.advance(at);
    const actor = organizationId === null ? this.handler() : unitAdmin(organizationId);
    this.row.notes.push({ organizationId, text, actorId: actor.id, actorRole: actor.role, at: iso(t) });
  }

  /** Resolved by the lead (or the handling level when nobody was summoned): the reported-in summonses are DONE. */
  resolve(at: number, result: string) {
    const lead = this.row.summonses.find((s) => s.role === SummonsRole.LEAD);
    const actor = lead ? unitAdmin(lead.organizationId) : this.handler();
    if (this.row.summonses.some((s) => s.status === SummonsStatus.SUMMONED || s.status === SummonsStatus.DECLINED)) this.fail('resolved with a summons pending');
    const t = this.caseStep('resolve', actor, at);
    this.row.resolvedAt = iso(t);
    this.row.result = result;
    for (const s of this.row.summonses.filter((x) => x.status === SummonsStatus.REPORTED_IN)) {
      this.summonsStep(s, 'done', actor, t);
      s.doneAt = iso(t);
    }
  }

  close(at: number) {
    const t = this.caseStep('close', this.handler(), at);
    this.row.closedAt = iso(t);
  }

  /** Reopened with a reason: the done summonses act again; the result and closing are cleared. */
  reopen(at: number, reason: string) {
    const actor = this.handler();
    const t = this.caseStep('reopen', actor, at, reason);
    this.row.reason = reason;
    this.row.resolvedAt = null;
    this.row.result = null;
    this.row.closedAt = null;
    for (const s of this.row.summonses.filter((x) => x.status === SummonsStatus.DONE)) {
      this.summonsStep(s, 'reopen', actor, t, reason);
      s.doneAt = null;
    }
  }

  finish(): CaseRow {
    this.sweepUntil(SEED_NOW);
    return this.row;
  }
}

// ---- one case -----------------------------------------------------------------------------------------------------
interface Pools {
  departmentsOf: (level: 'street' | 'district', streetPath: string, duty: Duty) => PlanOrganization[];
  unitsOf: (streetPath: string, kinds: readonly string[]) => PlanOrganization[];
  demandsOf: (communityPath: string) => PlanDemand[];
}
interface Where {
  area: PlanArea; levels: Levels; community: PlanCommunity | null; grid: PlanGrid | null; start: CaseLevel;
  /** The community's own stream of resident accounts (apart from the cases' stream, so no other case moves). */
  residents: Rng | null;
}

/** A time strictly between `t` and an hour before the seed's now: `t + gap`, or halfway there when that is later. */
const after = (t: number, gap: number) => t + Math.max(1000, Math.min(gap, Math.floor((SEED_NOW - HOUR - t) / 2)));

function planCase(r: Rng, where: Where, pools: Pools, earlier: { index: number; row: CaseRow }[], index: number, out: CasePlan) {
  let target = weighted(r, STATUS_WEIGHTS);
  const duplicateOf = target === CaseStatus.MERGED
    ? earlier.filter((e) => e.row.status !== CaseStatus.MERGED && e.row.status !== CaseStatus.REJECTED && Date.parse(e.row.reportedAt) < SEED_NOW - 3 * DAY)
    : [];
  if (target === CaseStatus.MERGED && duplicateOf.length === 0) target = CaseStatus.REJECTED;
  const into = duplicateOf.length ? pick(r, duplicateOf) : null;

  const urgency = weighted(r, URGENCY);
  const category = into ? into.row.category : weighted(r, CATEGORY_WEIGHTS);
  const { levels, community, grid } = where;
  let source = weighted(r, where.start === CaseLevel.STREET ? STREET_SOURCES : COMMUNITY_SOURCES);
  const demands = community ? pools.demandsOf(community.path) : [];
  if (source === CaseSource.DEMAND && demands.length === 0) source = CaseSource.RESIDENT;
  const text = pick(r, CASE_TEXTS[category]);
  const building = pick(r, grid?.buildings.length ? grid.buildings : ['1号楼']);
  const fill = (s: string) => s.replaceAll('{b}', building).replaceAll('{who}', pick(r, RESIDENTS))
    .replaceAll('{g}', community ? community.name : `${levels.street.place}街道`).replaceAll('{c}', community?.name ?? '');

  // when it was reported, by what it is to become (an overdue whistle or a closed case lies further back)
  const back = (lo: number, hi: number) => SEED_NOW - Math.round((lo + r() * (hi - lo)) * DAY);
  const variant = r();
  let reportedAt: number;
  switch (target) {
    case CaseStatus.REPORTED: reportedAt = SEED_NOW - int(r, 90, 5 * 24 * 60) * MINUTE; break;
    case CaseStatus.ACCEPTED: reportedAt = back(0.3, 12); break;
    case CaseStatus.REJECTED: case CaseStatus.MERGED: reportedAt = back(1, 100); break;
    case CaseStatus.WHISTLED: reportedAt = back(0.2, variant < 0.35 ? COMPLETE_WITHIN_DAYS[urgency] * 2 + 6 : COMPLETE_WITHIN_DAYS[urgency] * 0.8 + 0.3); break;
    case CaseStatus.RESOLVED: reportedAt = back(1, 20); break;
    default: reportedAt = back(6, 150);
  }
  if (into) reportedAt = Math.max(reportedAt, Date.parse(into.row.reportedAt) + int(r, 60, 3 * 24 * 60) * MINUTE);
  // office hours for what staff report; the hotline's dispatch and patrols any time of day
  const reporter: Actor = where.start === CaseLevel.STREET
    ? { id: `sa-${levels.street.code}`, role: 'STREET_ADMIN' }
    : source === CaseSource.RESIDENT ? { id: residentAccount(community!, int(where.residents!, 1, RESIDENT_ACCOUNTS)), role: 'RESIDENT' }
    : source === CaseSource.GRID_PATROL ? { id: `gw-${grid?.code ?? pick(r, community!.grids).code}`, role: 'GRID_WORKER' }
      : { id: `ca-${community!.code}`, role: 'COMMUNITY_ADMIN' };
  const local = new Date(reportedAt + 8 * HOUR);
  const ticketNumber = source === CaseSource.HOTLINE_12345
    ? `${local.toISOString().slice(0, 10).replaceAll('-', '')}${pad(int(r, 0, 999_999), 6)}`
    : null;
  const at = grid ?? community ?? levels.street;
  const point = r() < 0.9 ? { lat: round6(at.lat + (r() - 0.5) * 0.002), lng: round6(at.lng + (r() - 0.5) * 0.0026) } : { lat: null, lng: null };
  const photos = source === CaseSource.GRID_PATROL || r() < 0.2
    ? Array.from({ length: int(r, 0, 3) }, (_, i) => `${PHOTO_HOST}/${local.toISOString().slice(0, 7).replace('-', '/')}/${(Math.floor(r() * 0xffffffff) >>> 0).toString(16).padStart(8, '0')}-${i + 1}.jpg`)
    : [];

  const life = new CaseLife(`${index}`, {
    areaId: where.area.id, areaPath: where.area.path, level: where.start,
    handlingAreaId: (where.start === CaseLevel.STREET ? levels.street : community!).id,
    handlingPath: (where.start === CaseLevel.STREET ? levels.street : community!).path,
    title: into ? into.row.title : fill(text.title), description: into ? into.row.description : fill(text.description), category, source, ticketNumber,
    demandId: source === CaseSource.DEMAND ? pick(r, demands.filter((d) => d.status === 'EXPIRED' || d.status === 'CANCELLED').length
      ? demands.filter((d) => d.status === 'EXPIRED' || d.status === 'CANCELLED') : demands).id : null,
    urgency, ...point, photoUrls: photos, photosPublic: photos.length > 0 && target !== CaseStatus.REPORTED && r() < 0.3,
    status: CaseStatus.REPORTED, reporterAccountId: reporter.id, reporterRole: reporter.role, reportedAt: iso(reportedAt), acceptedAt: null,
    whistledAt: null, completeDeadline: null, completeOverdueAt: null, resolvedAt: null, result: null, closedAt: null, mergedInto: null, reason: null,
  }, reporter, levels);

  let t = reportedAt;
  const hours = REPORT_IN_WITHIN_HOURS[urgency];
  const days = COMPLETE_WITHIN_DAYS[urgency];
  const staffNote = () => { t = after(Math.max(t, life.now), int(r, 30, 36 * 60) * MINUTE); life.note(t, pick(r, STAFF_NOTES), null); };
  const escalate = () => {
    t = after(Math.max(t, life.now), int(r, 2 * 60, 4 * 24 * 60) * MINUTE);
    life.escalate(t, pick(r, life.level === CaseLevel.COMMUNITY ? ESCALATE_TO_STREET : ESCALATE_TO_DISTRICT));
  };

  if (target === CaseStatus.REPORTED) {
    if (r() < 0.3) staffNote();
    if (where.start === CaseLevel.COMMUNITY && r() < 0.15) escalate();
    out.cases.push(life.finish());
    return;
  }
  if (target === CaseStatus.REJECTED) {
    if (r() < 0.25) staffNote();
    life.reject(after(Math.max(t, life.now), int(r, 60, 3 * 24 * 60) * MINUTE), pick(r, REJECT_REASONS));
    out.cases.push(life.finish());
    return;
  }
  if (target === CaseStatus.MERGED) {
    if (r() < 0.3) { t = after(Math.max(t, life.now), int(r, 20, 600) * MINUTE); life.accept(t); }
    life.merge(after(Math.max(t, life.now), int(r, 30, 2 * 24 * 60) * MINUTE), into!.index, pick(r, MERGE_REASONS));
    out.cases.push(life.finish());
    return;
  }
  t = after(Math.max(t, life.now), int(r, 10, 20 * 60) * MINUTE);
  life.accept(t);
  if (r() < 0.3) staffNote();
  if (target === CaseStatus.ACCEPTED) {
    if (where.start === CaseLevel.COMMUNITY && r() < 0.15) escalate();
    out.cases.push(life.finish());
    return;
  }

  // the community solves some itself
  if ((target === CaseStatus.RESOLVED || target === CaseStatus.CLOSED) && where.start === CaseLevel.COMMUNITY && r() < 0.2) {
    t = after(Math.max(t, life.now), int(r, 2 * 60, 7 * 24 * 60) * MINUTE);
    life.resolve(t, pick(r, RESULTS[category]));
    if (target === CaseStatus.CLOSED) life.close(after(Math.max(t, life.now), int(r, 60, 3 * 24 * 60) * MINUTE));
    out.cases.push(life.finish());
    return;
  }

  // the whistles: at the start level, and after an escalation at the next (community → street → district)
  const escalations = where.start === CaseLevel.COMMUNITY ? (r() < 0.2 ? (r() < 0.4 ? 2 : 1) : 0) : (r() < 0.2 ? 1 : 0);
  const escalateFirst = r() < 0.4;
  const live: SummonsRow[] = [];
  /** The whistler sets longer deadlines now and then (施工类、需审批的事项). */
  const longer = r() < 0.12;
  const whistle = () => {
    const duty = CATEGORY_DUTIES[category];
    const street = levels.street.path;
    let orgs: PlanOrganization[];
    if (life.level === CaseLevel.DISTRICT) orgs = duty.district.flatMap((d) => pools.departmentsOf('district', street, d));
    else {
      orgs = duty.street.flatMap((d) => pools.departmentsOf('street', street, d));
      if (life.level === CaseLevel.STREET && r() < 0.5) orgs.push(...pools.departmentsOf('district', street, pick(r, duty.district)));
      const units = pools.unitsOf(street, duty.units);
      if (units.length && r() < 0.3) orgs.push(pick(r, units));
    }
    // an organisation is summoned once a case: a released one is not called back by a later whistle
    const taken = new Set(life.row.summonses.map((s) => s.organizationId));
    const fresh = [...new Map(orgs.filter((o) => !taken.has(o.id)).map((o) => [o.id, o])).values()].slice(0, int(r, 1, 3));
    if (fresh.length === 0) return [];
    t = after(Math.max(t, life.now), int(r, 10, 8 * 60) * MINUTE);
    const made = life.whistle(t, fresh.map((o) => o.id), longer ? hours * 2 : hours, longer ? days * 2 : days);
    live.push(...made);
    return made;
  };
  /** How each summons answers: reports in (on time or late), or declines (decided, and then reporting in, later); some not yet when `pendingAllowed`. */
  const answer = (made: SummonsRow[], pendingAllowed: boolean) => {
    const answers: { at: number; run: (at: number) => void }[] = [];
    const window = (longer ? hours * 2 : hours) * HOUR;
    for (const s of made) {
      const x = r();
      const start = Date.parse(s.summonedAt);
      if (pendingAllowed && x < 0.25) continue; // not answered yet
      if (x < 0.72) answers.push({ at: start + Math.round(window * (0.05 + 0.85 * r())), run: (at) => life.reportIn(s, at) });
      else if (x < 0.84) answers.push({ at: start + Math.round(window * (1.2 + 2 * r())) + int(r, 5, 120) * MINUTE, run: (at) => life.reportIn(s, at) });
      else {
        const declinedAt = start + Math.round(window * (0.1 + 0.7 * r()));
        const undecided = pendingAllowed && r() < 0.3;
        // a lead's decline is always overruled: the lead stays
        const acceptIt = s.role === SummonsRole.SUPPORT && r() < 0.45;
        const reason = pick(r, DECLINE_REASONS);
        answers.push({ at: declinedAt, run: (at) => life.decline(s, at, reason) });
        if (!undecided) {
          const decidedAt = declinedAt + int(r, 20, 20 * 60) * MINUTE;
          const why = pick(r, acceptIt ? ACCEPT_DECLINE_REASONS : OVERRULE_REASONS);
          answers.push({ at: decidedAt, run: (at) => life.decide(s, at, acceptIt, why) });
          if (!acceptIt && !(pendingAllowed && r() < 0.3)) answers.push({ at: decidedAt + Math.round(window * (0.1 + r())), run: (at) => life.reportIn(s, at) });
        }
      }
    }
    // in time order (a summons' own steps keep theirs), each before an hour ahead of the seed's now
    const ordered = answers.map((a, seq) => ({ a, seq })).sort((p, q) => p.a.at - q.a.at || p.seq - q.seq).map((x) => x.a);
    for (const a of ordered) {
      t = after(Math.max(t, life.now), a.at - Math.max(t, life.now));
      a.run(t);
    }
  };

  const unitNote = () => {
    const present = live.filter((s) => s.status === SummonsStatus.REPORTED_IN);
    if (present.length === 0 || !decideCase('note', life.status).ok) return;
    t = after(Math.max(t, life.now), int(r, 60, 3 * 24 * 60) * MINUTE);
    life.note(t, pick(r, UNIT_NOTES), pick(r, present).organizationId);
  };

  const finalRound = target === CaseStatus.WHISTLED;
  let left = escalations;
  if (left > 0 && escalateFirst) {
    escalate();
    left--;
  }
  for (;;) {
    const made = whistle();
    answer(made, finalRound && left === 0);
    if (r() < 0.5) unitNote();
    if (r() < 0.3) staffNote();
    if (left === 0) break;
    escalate();
    left--;
  }
  if (target === CaseStatus.WHISTLED) {
    if (life.status !== CaseStatus.WHISTLED) throw new Error(`seed: case ${index} meant to stay WHISTLED is ${life.status}`);
    out.cases.push(life.finish());
    return;
  }

  // every summons has answered: the lead resolves (on time, or now and then late), the handling level closes
  for (const s of life.row.summonses) {
    if (s.status === SummonsStatus.DECLINED) {
      t = after(Math.max(t, life.now), int(r, 30, 600) * MINUTE);
      life.decide(s, t, false, pick(r, OVERRULE_REASONS));
    }
    if (s.status === SummonsStatus.SUMMONED) {
      t = after(Math.max(t, life.now), int(r, 30, 600) * MINUTE);
      life.reportIn(s, t);
    }
  }
  const deadline = Date.parse(life.row.completeDeadline!);
  const late = r() < 0.15;
  const resolveAt = late ? deadline + int(r, 2 * 60, 6 * 24 * 60) * MINUTE : Math.max(t + HOUR, t + Math.round((deadline - t) * (0.2 + 0.7 * r())));
  if (r() < 0.5) unitNote();
  const base = Math.max(t, life.now);
  t = after(base, resolveAt - base);
  life.resolve(t, pick(r, RESULTS[category]));
  if (target === CaseStatus.CLOSED) {
    t = after(Math.max(t, life.now), int(r, 60, 3 * 24 * 60) * MINUTE);
    life.close(t);
    if (variant > 0.9) {
      // reopened after a call-back, done again and closed again
      t = after(Math.max(t, life.now), int(r, 24 * 60, 6 * 24 * 60) * MINUTE);
      life.reopen(t, pick(r, REOPEN_REASONS));
      unitNote();
      t = after(Math.max(t, life.now), int(r, 24 * 60, 5 * 24 * 60) * MINUTE);
      life.resolve(t, pick(r, RESULTS[category]));
      t = after(Math.max(t, life.now), int(r, 60, 2 * 24 * 60) * MINUTE);
      life.close(t);
    }
  }
  out.cases.push(life.finish());
}

/** The cases of a seeded district: community by community in the district's order, then street by street. */
export function planCases(input: CasePlanInput): CasePlan {
  const out: CasePlan = { cases: [], ratings: [] };
  const byStreetDuty = new Map<string, PlanOrganization[]>();
  const add = <V>(map: Map<string, V[]>, key: string, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
  const unitsByStreet = new Map<string, PlanOrganization[]>();
  for (const o of input.organizations) {
    if (o.duty !== null) add(byStreetDuty, `${o.streetPath ?? 'district'}|${o.duty}`, o);
    else if (o.streetPath !== null) add(unitsByStreet, o.streetPath, o);
  }
  const demandsByCommunity = new Map<string, PlanDemand[]>();
  for (const c of input.communities) demandsByCommunity.set(c.path, []);
  for (const d of input.demands) {
    const c = input.communities.find((x) => d.areaPath.startsWith(x.path));
    if (c) demandsByCommunity.get(c.path)!.push(d);
  }
  const pools: Pools = {
    departmentsOf: (level, streetPath, duty) => byStreetDuty.get(`${level === 'district' ? 'district' : streetPath}|${duty}`) ?? [],
    unitsOf: (streetPath, kinds) => (unitsByStreet.get(streetPath) ?? []).filter((u) => kinds.includes(u.kind)),
    demandsOf: (path) => demandsByCommunity.get(path) ?? [],
  };
  for (const c of input.communities) {
    const r = rngFor(c.key);
    const levels: Levels = { community: c, street: c.street, district: input.district };
    const earlier: { index: number; row: CaseRow }[] = [];
    const residents = rngFor(`residents:${c.key}`);
    for (let n = 10 + int(r, 0, 6); n > 0; n--) {
      const grid = r() < 0.8 ? pick(r, c.grids) : null;
      const index = out.cases.length;
      planCase(r, { area: grid ?? c, levels, community: c, grid, start: CaseLevel.COMMUNITY, residents }, pools, earlier, index, out);
      earlier.push({ index, row: out.cases[index]! });
    }
  }
  for (const s of input.streets) {
    const r = rngFor(`street:${s.key}`);
    const levels: Levels = { community: null, street: s, district: input.district };
    const earlier: { index: number; row: CaseRow }[] = [];
    for (let n = 3 + int(r, 0, 2); n > 0; n--) {
      const index = out.cases.length;
      planCase(r, { area: s, levels, community: null, grid: null, start: CaseLevel.STREET, residents: null }, pools, earlier, index, out);
      earlier.push({ index, row: out.cases[index]! });
    }
  }
  planAftermath(input, out);
  return out;
}

// ---- the aftermath: measures on whistled cases, residents' ratings of closed ones, reviews and explanations ----------
type RatingValueText = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED';

/** How many resident accounts a community's seeded residents use: `resident-<community code>-1` to `-<this>`. */
export const RESIDENT_ACCOUNTS = 60;
const residentAccount = (community: PlanArea, n: number) => `resident-${community.code}-${n}`;

/** CASE_RATING_WINDOW_DAYS' default: residents rate a case within these days of its closing. */
export const RATING_WINDOW_DAYS = 7;

/**
 * HOUSEHOLD_HASH_KEY's development default (src/config.ts of the ratings' change): the seeded households are
 * hashed with it, as recordCallbackRating hashes them in a hub that sets no key of its own.
 */
export const SEED_HOUSEHOLD_HASH_KEY = 'sharehub-development-household-key-do-not-use-in-production';

/** A household's part as recordCallbackRating normalises it: NFKC, no spaces, Latin upper case. */
const normaliseHouseholdPart = (value: string) => value.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();

/** The stored hash of a household (building + room), as recordCallbackRating computes it (HMAC-SHA256, hex). */
export function seedHouseholdHash(building: string, room: string, key = SEED_HOUSEHOLD_HASH_KEY): string {
  return createHmac('sha256', key).update(`${normaliseHouseholdPart(building)}\n${normaliseHouseholdPart(room)}`).digest('hex');
}

/** The review rule: at least 3 ratings and more than half DISSATISFIED, or the reporter's own DISSATISFIED. */
export function callsForReview(ratings: readonly { value: RatingValueText; isReporter: boolean }[]): boolean {
  const dissatisfied = ratings.filter((x) => x.value === 'DISSATISFIED').length;
  return (ratings.length >= 3 && dissatisfied * 2 > ratings.length) || ratings.some((x) => x.isReporter && x.value === 'DISSATISFIED');
}

const VALUE_WEIGHTS = { content: { SATISFIED: 62, BASICALLY_SATISFIED: 27, DISSATISFIED: 11 }, sore: { SATISFIED: 12, BASICALLY_SATISFIED: 23, DISSATISFIED: 65 } } as const;

/** Inserts a history line in time order (after every line at or before it), with the version and update time it brings. */
function insertLine(row: CaseRow, line: CaseHistoryLine) {
  const t = Date.parse(line.at);
  const at = row.history.findIndex((h) => Date.parse(h.at) > t);
  row.history.splice(at === -1 ? row.history.length : at, 0, line);
  row.version++;
  if (t > Date.parse(row.updatedAt)) row.updatedAt = line.at;
}

/**
 * After every case is lived, each with its own stream keyed by its community (or street) apart from the cases'
 * streams: measures on most whistled cases (set by the whistler, before any resolution), ratings of the CLOSED
 * cases of communities (SELF by residents `resident-<community code>-<n>` — the reporter among them when a resident
 * reported it — and CALLBACK by the grid's worker for households of the grid's buildings) within the rating window
 * of the last closing and before the seed's now; a review flag (REVIEW_NEEDED) where the rule says, at the rating
 * that triggered it, and an explanation (EXPLAIN) on about half of those.
 */
function planAftermath(input: CasePlanInput, out: CasePlan) {
  const districtAdmin: Actor = { id: `da-${input.district.code}`, role: 'DISTRICT_ADMIN' };
  const seen = new Map<string, number>();
  out.cases.forEach((row, index) => {
    const community = input.communities.find((c) => row.areaPath.startsWith(c.path)) ?? null;
    const street = community?.street ?? input.streets.find((s) => row.areaPath.startsWith(s.path))!;
    // keyed by the case's place among its community's (or street's) cases: the same at every scale
    const group = community?.key ?? `street:${street.key}`;
    const nth = (seen.get(group) ?? 0) + 1;
    seen.set(group, nth);
    const r = rngFor(`aftermath:${group}:${nth}`);
    const handler = (): Actor => row.level === CaseLevel.COMMUNITY ? { id: `ca-${community!.code}`, role: 'COMMUNITY_ADMIN' }
      : row.level === CaseLevel.STREET ? { id: `sa-${street.code}`, role: 'STREET_ADMIN' } : districtAdmin;

    // photos marked public (PUBLISH_PHOTOS) by the staff who accepted it, between that step and the next (or, never
    // accepted, between the report and the next step)
    if (row.photosPublic) {
      const i = Math.max(0, row.history.findIndex((h) => h.action === 'ACCEPT'));
      const from = Date.parse(row.history[i]!.at);
      const until = Date.parse(row.history[i + 1]?.at ?? iso(SEED_NOW));
      const t = from + Math.max(1000, Math.floor((until - from) * (0.2 + 0.6 * r())));
      if (t < until) {
        const line = row.history[i]!;
        // never accepted: the level it was reported to (a community's case starts at the community, a street's at the street)
        const actor = line.action === 'ACCEPT' ? { id: line.actorId, role: line.actorRole }
          : community ? { id: `ca-${community.code}`, role: 'COMMUNITY_ADMIN' } : { id: `sa-${street.code}`, role: 'STREET_ADMIN' };
        insertLine(row, { action: 'PUBLISH_PHOTOS', from: line.to, to: line.to, fromLevel: null, toLevel: null, actorId: actor.id, actorRole: actor.role, reason: null, at: iso(t) });
      } else {
        row.photosPublic = false; // no time to mark them between two steps a second apart
      }
    }

    // measures: set by the whistler between the first whistle and the first resolution (or now)
    const whistle = row.history.find((h) => h.action === 'WHISTLE');
    if (whistle && (row.status === CaseStatus.WHISTLED || row.status === CaseStatus.CLOSED) && r() < 0.7) {
      const from = Date.parse(whistle.at);
      const until = Date.parse(row.history.find((h) => h.action === 'RESOLVE')?.at ?? iso(SEED_NOW));
      const t = from + Math.max(1000, Math.floor((until - from) * (0.05 + 0.4 * r())));
      if (t < until && !row.history.some((h) => Date.parse(h.at) === t)) {
        const status = [...row.history].reverse().find((h) => Date.parse(h.at) <= t)!.to;
        const actor = [...row.history].reverse().find((h) => h.action === 'WHISTLE' && Date.parse(h.at) <= t)!;
        row.measures = pick(r, MEASURES);
        row.measuresAt = iso(t);
        insertLine(row, { action: 'SET_MEASURES', from: status, to: status, fromLevel: null, toLevel: null, actorId: actor.actorId, actorRole: actor.actorRole, reason: null, at: iso(t) });
      }
    }

    if (row.status !== CaseStatus.CLOSED || community === null) return;
    const closedAt = Date.parse(row.closedAt!);
    const windowEnd = Math.min(closedAt + RATING_WINDOW_DAYS * DAY - MINUTE, SEED_NOW - MINUTE);
    if (windowEnd - closedAt < HOUR) return;
    const within = () => closedAt + 10 * MINUTE + Math.floor(r() * (windowEnd - closedAt - 10 * MINUTE));
    const sore = r() < 0.15;
    const value = (): RatingValueText => weighted(r, sore ? VALUE_WEIGHTS.sore : VALUE_WEIGHTS.content);
    const comment = (v: RatingValueText) => (r() < 0.65 ? pick(r, RATING_COMMENTS[v]) : null);
    const ratings: RatingRow[] = [];
    const accounts = new Set<string>();
    if (row.reporterRole === 'RESIDENT' && r() < 0.7) {
      accounts.add(row.reporterAccountId);
      const v = value();
      ratings.push({ caseIndex: index, areaPath: row.areaPath, source: 'SELF', value: v, comment: comment(v), accountId: row.reporterAccountId,
        isReporter: true, householdHash: null, actorId: row.reporterAccountId, actorRole: 'RESIDENT', ratedAt: iso(closedAt + 10 * MINUTE + Math.floor(r() * Math.min(DAY, windowEnd - closedAt - 10 * MINUTE))) });
    }
    for (let n = Number(weighted(r, { '0': 25, '1': 30, '2': 25, '3': 12, '4': 8 })); n > 0; n--) {
      const account = residentAccount(community, int(r, 1, RESIDENT_ACCOUNTS));
      if (accounts.has(account)) continue;
      accounts.add(account);
      const v = value();
      ratings.push({ caseIndex: index, areaPath: row.areaPath, source: 'SELF', value: v, comment: comment(v), accountId: account,
        isReporter: false, householdHash: null, actorId: account, actorRole: 'RESIDENT', ratedAt: iso(within()) });
    }
    const grid = community.grids.find((g) => row.areaPath.startsWith(g.path)) ?? pick(r, community.grids);
    const households = new Set<string>();
    for (let n = Number(weighted(r, { '0': 40, '1': 40, '2': 20 })); n > 0; n--) {
      const building = pick(r, grid.buildings.length ? grid.buildings : ['1号楼']);
      const room = `${int(r, 1, 4)}单元${int(r, 1, 6)}0${int(r, 1, 4)}`;
      const hash = seedHouseholdHash(building, room);
      if (households.has(hash)) continue;
      households.add(hash);
      const v = value();
      ratings.push({ caseIndex: index, areaPath: row.areaPath, source: 'CALLBACK', value: v, comment: comment(v), accountId: null,
        isReporter: false, householdHash: hash, actorId: `gw-${grid.code}`, actorRole: 'GRID_WORKER', ratedAt: iso(within()) });
    }
    ratings.sort((a, b) => Date.parse(a.ratedAt) - Date.parse(b.ratedAt));
    out.ratings.push(...ratings);

    // the review: at the first rating after which the rule holds, once
    const trigger = ratings.findIndex((_, i) => callsForReview(ratings.slice(0, i + 1)));
    if (trigger === -1) return;
    const by = ratings[trigger]!;
    // at the rating's instant, as rateCase and recordCallbackRating flag it in the rating's transaction
    const t = Date.parse(by.ratedAt);
    row.needsReview = true;
    row.reviewNeededAt = iso(t);
    insertLine(row, { action: 'REVIEW_NEEDED', from: CaseStatus.CLOSED, to: CaseStatus.CLOSED, fromLevel: null, toLevel: null, actorId: by.actorId, actorRole: by.actorRole, reason: null, at: iso(t) });
    const explainedAt = t + int(r, 2 * 60, 3 * 24 * 60) * MINUTE;
    if (r() < 0.5 && explainedAt < SEED_NOW - MINUTE) {
      const actor = handler();
      row.explanation = pick(r, EXPLANATIONS);
      row.explainedAt = iso(explainedAt);
      insertLine(row, { action: 'EXPLAIN', from: CaseStatus.CLOSED, to: CaseStatus.CLOSED, fromLevel: null, toLevel: null, actorId: actor.id, actorRole: actor.role, reason: null, at: iso(explainedAt) });
    }
  });
}
