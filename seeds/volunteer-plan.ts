/**
 * The seeded district's members and volunteers (在职党员, 志愿者) and their teams: pure, deterministic data by seed
 * keys, written by seeds/volunteers.ts. Per copy of the five streets (×scale), with its own PRNG:
 *
 * - 12,000 records in the copy's 31 home communities: 9,400 in service, employed by the copy's 404 units (a
 *   unit's members mostly live in its street's communities; 30 companies and social organisations have none),
 *   2,600 retired (no employer). Most in-service members are party members (在职党员), about half of the retired.
 * - 62 units made a whole-unit report (整建制报到): their 3,860 members have the unit as `reportedBy`. The two that
 *   reported last (November 2026) still have 40 members who have not claimed their record: APPLIED, no account,
 *   the hash of a claim code (random from the PRNG; nobody knows the codes). Everyone else claimed and was approved.
 * - Of the other 8,140 records: 520 APPLIED (in the last month), 80 REJECTED, 36 SUSPENDED, 104 LEFT, the rest
 *   APPROVED: 11,220 APPROVED a copy ("more than 11,000 members serve outside working hours"), of whom 3,820 came
 *   from a whole-unit report ("more than 3,800 in-service members reported").
 * - 33 ACTIVE teams (25 of communities, 8 of streets) of 8 to 40 APPROVED members of their area each, a leader
 *   among them; and 2 DISBANDED community teams with a reason.
 *
 * Phones are one obviously fake block: '100' + 8 digits (no Chinese mobile number begins with 10), unique per
 * record. Records with an account have `accountId` 'seed-volunteer-00001' and up (README: a token for one).
 */
import { createHash } from 'node:crypto';
import { AreaKind } from '../src/modules/areas/area.enums.js';
import { OrganizationKind } from '../src/modules/organizations/organization.enums.js';
import { VolunteerSkill, VolunteerStatus } from '../src/modules/volunteers/volunteer.enums.js';
import type { WeeklyWindow } from '../src/shared/schedule/schedule.types.js';
import { mulberry32, type Rng } from '../src/shared/random.js';
import { pick, shuffle, type DistrictData, type SeedArea, type SeedOrganization } from './district.js';
import { GIVEN_NAMES, SURNAMES } from './names.js';
import {
  COMMUNITY_THEMES, DISBAND_REASONS, IN_SERVICE_WINDOWS, LEAVE_REASONS, REJECT_REASONS, RETIRED_WINDOWS, SKILL_BY_EMPLOYER_KIND,
  SKILL_NOTES, SKILL_WEIGHTS, STREET_THEMES, SUSPEND_REASONS, type TeamTheme,
} from './volunteer-texts.js';

/** The figures of one copy of the five streets; the seeded-district tests and the README quote them. */
export const VOLUNTEERS_PER_COPY = {
  records: 12_000, inService: 9_400, retired: 2_600, reportingUnits: 62, reported: 3_860, unclaimed: 40, unitsWithout: 30,
  applied: 520, rejected: 80, suspended: 36, left: 104, teams: 33, disbandedTeams: 2,
} as const;
/** The phone block of every seeded volunteer: '100' and 8 digits. */
export const SEED_PHONE_PREFIX = '100';
export const SEED_ACCOUNT_PREFIX = 'seed-volunteer-';
export const SEED_ACTOR = { id: 'seed', role: 'SYSTEM' } as const;

export interface HistoryPlan { action: string; from: VolunteerStatus | null; to: VolunteerStatus; reason: string | null; at: string }
export interface VolunteerPlan {
  communityKey: string; gridKey: string | null; employerKey: string | null; reportedByKey: string | null;
  realName: string; phone: string; accountId: string | null; status: VolunteerStatus; statusReason: string | null;
  isPartyMember: boolean; isInService: boolean; skills: VolunteerSkill[]; skillsNote: string | null; windows: readonly WeeklyWindow[];
  claimCodeHash: string | null; claimExpiresAt: string | null; claimedAt: string | null; approvedAt: string | null;
  createdAt: string; updatedAt: string; history: HistoryPlan[];
}
export interface TeamPlan {
  areaKey: string; name: string; description: string; active: boolean; disbandReason: string | null; createdAt: string;
  updatedAt: string; leader: number | null; members: number[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const T_START = Date.parse('2025-03-03T00:00:00+08:00');
const T_END = Date.parse('2026-11-21T00:00:00+08:00');
/** The two last whole-unit reports of a copy, whose codes are still out. */
const RECENT_REPORTS = [Date.parse('2026-11-03T00:00:00+08:00'), Date.parse('2026-11-10T00:00:00+08:00')];
const CLAIM_DAYS = 30;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const SKILLS = Object.values(VolunteerSkill);

const iso = (ms: number) => new Date(ms).toISOString();
/** A time of day people do paperwork: 09:00–19:00 local on the day of `dayMs` (a local midnight). */
const office = (r: Rng, dayMs: number) => dayMs + 9 * HOUR + Math.floor(r() * 600) * 60_000;
/** Splits `total` into whole counts proportional to the weights (largest remainder, ties to the first). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - counts.reduce((s, c) => s + c, 0); k < left; k++) counts[order[k]![1]]!++;
  return counts;
}
function weighted<T>(r: Rng, items: readonly T[], weights: readonly number[]): T {
  let x = r() * weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < items.length; i++) if ((x -= weights[i]!) < 0) return items[i]!;
  return items[items.length - 1]!;
}

interface Person {
  communityKey: string; employer: SeedOrganization | null; reportedAt: number | null; recent: boolean; status: VolunteerStatus;
}

function skillsOf(r: Rng, p: Person): VolunteerSkill[] {
  const base = SKILL_WEIGHTS[p.employer ? 'inService' : 'retired'];
  const boost = p.employer ? SKILL_BY_EMPLOYER_KIND[p.employer.kind] ?? [] : [];
  const weights = SKILLS.map((s) => base[s] * (boost.includes(s) ? 3 : 1));
  const n = 1 + (r() < 0.45 ? 0 : r() < 0.64 ? 1 : 2);
  const chosen = new Set<VolunteerSkill>();
  while (chosen.size < n) chosen.add(weighted(r, SKILLS, weights));
  return SKILLS.filter((s) => chosen.has(s));
}

function noteOf(r: Rng, p: Person): string | null {
  if (r() >= 0.22) return null;
  if (!p.employer) return pick(r, SKILL_NOTES.retired);
  const own = (SKILL_NOTES as Record<string, readonly string[]>)[p.employer.kind];
  return pick(r, own && r() < 0.6 ? own : SKILL_NOTES.other);
}

/** The person's path to their status, with the times and reasons it implies. */
function timeline(r: Rng, p: Person, codes: Set<string>) {
  const history: HistoryPlan[] = [];
  const log = (action: string, from: VolunteerStatus | null, to: VolunteerStatus, at: number, reason: string | null = null) =>
    history.push({ action, from, to, reason, at: iso(at) });
  const A = VolunteerStatus;
  let claimCodeHash: string | null = null;
  let claimExpiresAt: string | null = null;
  let claimedAt: string | null = null;
  let approvedAt: number | null = null;
  let reason: string | null = null;
  let at: number;
  if (p.reportedAt !== null) {
    at = p.reportedAt + 10 * HOUR;
    log('REPORTED', null, A.APPLIED, at);
    if (p.status === A.APPLIED) {
      let code: string;
      do code = Array.from({ length: 8 }, () => pick(r, [...CODE_ALPHABET])).join(''); while (codes.has(code));
      codes.add(code);
      claimCodeHash = createHash('sha256').update(code).digest('hex');
      claimExpiresAt = iso(at + CLAIM_DAYS * DAY);
    } else {
      const claimDay = p.reportedAt + (1 + Math.floor(r() * 5)) * DAY;
      at = office(r, claimDay);
      claimedAt = iso(at);
      log('CLAIMED', A.APPLIED, A.APPLIED, at);
      at = office(r, claimDay + (1 + Math.floor(r() * 4)) * DAY);
      approvedAt = at;
      log('APPROVED', A.APPLIED, A.APPROVED, at);
    }
  } else {
    const day = p.status === A.APPLIED
      ? T_END - (1 + Math.floor(r() * 30)) * DAY
      : T_START + Math.floor(r() * ((T_END - T_START) / DAY - 90)) * DAY;
    at = office(r, day);
    log('APPLIED', null, A.APPLIED, at);
    if (p.status !== A.APPLIED) {
      at = office(r, day + (2 + Math.floor(r() * 8)) * DAY);
      if (p.status === A.REJECTED) {
        reason = pick(r, REJECT_REASONS);
        log('REJECTED', A.APPLIED, A.REJECTED, at, reason);
      } else {
        approvedAt = at;
        log('APPROVED', A.APPLIED, A.APPROVED, at);
        if (p.status === A.SUSPENDED || p.status === A.LEFT) {
          at = office(r, day + (30 + Math.floor(r() * 50)) * DAY);
          reason = pick(r, p.status === A.SUSPENDED ? SUSPEND_REASONS : LEAVE_REASONS);
          log(p.status, A.APPROVED, p.status, at, reason);
        }
      }
    }
  }
  return { history, claimCodeHash, claimExpiresAt, claimedAt, approvedAt: approvedAt === null ? null : iso(approvedAt), reason };
}

/** Members of one area for its teams: APPROVED, not yet in a team of the copy, the theme's people first. */
function teamMembers(r: Rng, theme: TeamTheme, pool: number[], out: VolunteerPlan[], used: Set<number>): number[] {
  const fits = (i: number) => {
    const v = out[i]!;
    return (theme.skill === null || v.skills.includes(theme.skill)) && (theme.who !== 'retired' || !v.isInService)
      && (theme.who !== 'party' || (v.isPartyMember && v.isInService));
  };
  const free = shuffle(r, pool.filter((i) => !used.has(i)));
  const size = 8 + Math.floor(r() * 33);
  const chosen = [...free.filter(fits), ...free.filter((i) => !fits(i))].slice(0, size);
  for (const i of chosen) used.add(i);
  // a party member leads, where the team has one
  const leader = chosen.find((i) => out[i]!.isPartyMember) ?? chosen[0]!;
  return [leader, ...chosen.filter((i) => i !== leader)];
}

function planCopy(r: Rng, copy: number, tree: Tree, out: VolunteerPlan[], teams: TeamPlan[], codes: Set<string>) {
  const N = VOLUNTEERS_PER_COPY;
  const streets = tree.streets.slice(copy * 5, copy * 5 + 5);
  const communities = streets.flatMap((s) => tree.children.get(s.key)!);
  const communityWeight = new Map(communities.map((c) => [c.key, 0.6 + 0.8 * r()]));
  const streetOf = (key: string) => tree.streetOf.get(key)!;
  const orgs = tree.organizations.filter((o) => streets.some((s) => s.key === streetOf(o.areaKey)));
  const weightsOf = new Map<readonly SeedArea[], number[]>();
  const homeIn = (candidates: readonly SeedArea[]) => {
    if (!weightsOf.has(candidates)) weightsOf.set(candidates, candidates.map((c) => communityWeight.get(c.key)!));
    return weighted(r, candidates, weightsOf.get(candidates)!).key;
  };

  // which units reported whole, and how many members each unit has
  const byKind = (kind: OrganizationKind, n: number) => shuffle(r, orgs.filter((o) => o.kind === kind)).slice(0, n);
  const reporting = [
    ...byKind(OrganizationKind.AGENCY, 30), ...byKind(OrganizationKind.SCHOOL, 14), ...byKind(OrganizationKind.HOSPITAL, 10),
    ...byKind(OrganizationKind.COMPANY, 8),
  ];
  const reportingKeys = new Set(reporting.map((o) => o.key));
  const without = new Set(shuffle(r, orgs.filter((o) => !reportingKeys.has(o.key) && (o.kind === OrganizationKind.COMPANY || o.kind === OrganizationKind.SOCIAL_ORGANIZATION)))
    .slice(0, N.unitsWithout).map((o) => o.key));
  const others = orgs.filter((o) => !reportingKeys.has(o.key));
  const KIND_WEIGHT: Record<string, number> = { AGENCY: 1.6, HOSPITAL: 1.8, SCHOOL: 1.4, COMPANY: 0.8, SOCIAL_ORGANIZATION: 0.6 };
  const otherCounts = apportion(N.inService - N.reported, others.map((o) => (without.has(o.key) ? 0 : KIND_WEIGHT[o.kind]! * (0.3 + 1.4 * r()))));
  const reportCounts = apportion(N.reported - 25 * reporting.length, reporting.map(() => 0.3 + r())).map((n) => n + 25);
  const reportDay = reporting.map((_, i) => (i >= reporting.length - 2 ? RECENT_REPORTS[i - reporting.length + 2]!
    : T_START + (30 + Math.floor(r() * ((T_END - T_START) / DAY - 150))) * DAY));

  const people: Person[] = [];
  const member = (o: SeedOrganization, reportedAt: number | null, recent: boolean) => {
    const own = tree.children.get(streetOf(o.areaKey))!;
    people.push({ communityKey: homeIn(r() < 0.8 ? own : communities), employer: o, reportedAt, recent, status: VolunteerStatus.APPROVED });
  };
  reporting.forEach((o, i) => { for (let k = 0; k < reportCounts[i]!; k++) member(o, reportDay[i]!, i >= reporting.length - 2); });
  others.forEach((o, i) => { for (let k = 0; k < otherCounts[i]!; k++) member(o, null, false); });
  for (let k = 0; k < N.retired; k++) people.push({ communityKey: homeIn(communities), employer: null, reportedAt: null, recent: false, status: VolunteerStatus.APPROVED });

  // statuses: counted out over shuffled people, so the figures are exact
  const recent = shuffle(r, people.filter((p) => p.recent)).slice(0, N.unclaimed);
  for (const p of recent) p.status = VolunteerStatus.APPLIED;
  const applied = shuffle(r, people.filter((p) => p.reportedAt === null));
  let at = 0;
  for (const [status, n] of [[VolunteerStatus.APPLIED, N.applied], [VolunteerStatus.REJECTED, N.rejected], [VolunteerStatus.SUSPENDED, N.suspended], [VolunteerStatus.LEFT, N.left]] as const) {
    for (const p of applied.slice(at, at + n)) p.status = status;
    at += n;
  }

  const approvedIn = new Map<string, number[]>(communities.map((c) => [c.key, []]));
  for (const p of people) {
    const grids = tree.children.get(p.communityKey)!;
    const t = timeline(r, p, codes);
    const realName = pick(r, SURNAMES) + pick(r, GIVEN_NAMES);
    const isInService = p.employer !== null;
    if (p.status === VolunteerStatus.APPROVED) approvedIn.get(p.communityKey)!.push(out.length);
    const skills = skillsOf(r, p);
    out.push({
      communityKey: p.communityKey, gridKey: r() < 0.85 ? pick(r, grids).key : null, employerKey: p.employer?.key ?? null,
      reportedByKey: p.reportedAt === null ? null : p.employer!.key, realName, phone: '', accountId: null, status: p.status,
      statusReason: t.reason, isPartyMember: r() < (p.reportedAt !== null ? 0.97 : isInService ? 0.84 : 0.5), isInService, skills,
      skillsNote: noteOf(r, p), windows: pick(r, isInService ? IN_SERVICE_WINDOWS : RETIRED_WINDOWS), claimCodeHash: t.claimCodeHash,
      claimExpiresAt: t.claimExpiresAt, claimedAt: t.claimedAt, approvedAt: t.approvedAt, createdAt: t.history[0]!.at,
      updatedAt: t.history[t.history.length - 1]!.at, history: t.history,
    });
  }

  // teams: 25 of communities (3 with two), 8 of streets (3 with two), 2 disbanded in communities without one
  const used = new Set<number>();
  const team = (area: SeedArea, theme: TeamTheme, pool: number[], active: boolean) => {
    const created = office(r, T_START + Math.floor(r() * 420) * DAY);
    const members = active ? teamMembers(r, theme, pool, out, used) : [];
    const disbandedAt = active ? null : office(r, created + (200 + Math.floor(r() * 100)) * DAY);
    teams.push({
      areaKey: area.key, name: `${area.name}${theme.name}志愿服务队`, description: theme.description, active,
      disbandReason: active ? null : pick(r, DISBAND_REASONS), createdAt: iso(created), updatedAt: iso(disbandedAt ?? created),
      leader: members[0] ?? null, members,
    });
  };
  const order = shuffle(r, communities);
  order.slice(0, 22).forEach((c, i) => {
    const themes = shuffle(r, COMMUNITY_THEMES).slice(0, i < 3 ? 2 : 1);
    for (const theme of themes) team(c, theme, approvedIn.get(c.key)!, true);
  });
  streets.forEach((s, i) => {
    const pool = tree.children.get(s.key)!.flatMap((c) => approvedIn.get(c.key)!);
    for (const theme of shuffle(r, STREET_THEMES).slice(0, i < 3 ? 2 : 1)) team(s, theme, pool, true);
  });
  order.slice(22, 24).forEach((c) => team(c, pick(r, COMMUNITY_THEMES), [], false));
}

interface Tree { streets: SeedArea[]; children: Map<string, SeedArea[]>; streetOf: Map<string, string>; organizations: SeedOrganization[] }

function treeOf(data: DistrictData): Tree {
  const children = new Map<string, SeedArea[]>();
  const streetOf = new Map<string, string>();
  for (const a of data.areas) {
    if (a.parentKey !== null) children.set(a.parentKey, [...(children.get(a.parentKey) ?? []), a]);
    if (a.kind === AreaKind.STREET) streetOf.set(a.key, a.key);
    else if (a.parentKey !== null && streetOf.has(a.parentKey)) streetOf.set(a.key, streetOf.get(a.parentKey)!);
  }
  return { streets: data.areas.filter((a) => a.kind === AreaKind.STREET), children, streetOf, organizations: data.organizations };
}

/** The volunteers and teams of a generated district at `scale` copies; the same input always gives the same plan. */
export function planVolunteers(data: DistrictData, scale: number): { volunteers: VolunteerPlan[]; teams: TeamPlan[] } {
  const tree = treeOf(data);
  const volunteers: VolunteerPlan[] = [];
  const teams: TeamPlan[] = [];
  const codes = new Set<string>();
  for (let copy = 0; copy < scale; copy++) planCopy(mulberry32(0x701a + copy * 7919), copy, tree, volunteers, teams, codes);
  let account = 0;
  volunteers.forEach((v, i) => {
    // a bijection of the index on 8 digits (the multiplier is prime to 10^8): unique, and not in sequence
    v.phone = SEED_PHONE_PREFIX + String(((i + 1) * 37_019_927 + 12_345_678) % 100_000_000).padStart(8, '0');
    if (v.claimCodeHash === null) v.accountId = `${SEED_ACCOUNT_PREFIX}${String(++account).padStart(5, '0')}`;
  });
  return { volunteers, teams };
}
