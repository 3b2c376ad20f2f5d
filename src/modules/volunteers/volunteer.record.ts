import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireAllowed } from '../../shared/guards.js';
import { optionalText, phone, requiredText } from '../../shared/input.js';
import { parseWindows } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import type { Viewer } from '../../shared/viewer.js';
import { historyColumns } from '../../shared/entity.js';
import type { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { AreaEntity, AreaKind, areaRetired, areaToPlaceIn } from '../areas/index.js';
import { VolunteerEntity, VolunteerHistoryEntity } from './volunteer.entity.js';
import { LIVE_VOLUNTEER_STATUSES, type VolunteerHistoryAction, type VolunteerSkill, type VolunteerStatus } from './volunteer.enums.js';
import type { VolunteerDetailsInput } from './volunteer.inputs.js';
import { volunteerVisible, type VolunteerFacts } from './volunteer.rules.js';
import type { Volunteer } from './volunteer.type.js';

/*
 * What every write of a volunteer's record shares: checking details, finding the home community and grid,
 * locking the record, its history entry and its event (never with a name or a phone in it).
 */

export function factsOf(v: VolunteerEntity): VolunteerFacts {
  return { areaPath: v.areaPath, accountId: v.accountId ?? null, employerId: v.employer?.id ?? null, reportedById: v.reportedBy?.id ?? null };
}

/** Scoped to the home community and the employer unit (or the reporting unit); never public. */
export function volunteerEvent(type: EventType, v: VolunteerEntity, data: Record<string, unknown> = {}): EventDraft {
  return {
    type,
    subjectType: 'Volunteer',
    subjectId: v.id,
    areaPath: v.areaPath,
    organizationId: v.employer?.id ?? v.reportedBy?.id ?? null,
    isPublic: false,
    data,
  };
}

type HistoryDetails = { from?: VolunteerStatus | null; to?: VolunteerStatus | null; reason?: string | null; detail?: string | null };

/** Writes a history entry; for an existing record also marks it changed (version up by one). */
export function recordVolunteerHistory(em: EntityManager, viewer: Viewer, v: VolunteerEntity, now: Date, action: VolunteerHistoryAction, entry: HistoryDetails = {}, isNew = false): void {
  if (!isNew) {
    v.updatedAt = now;
    v.version += 1;
  }
  em.create(VolunteerHistoryEntity, { volunteer: v, ...historyColumns(viewer, now, { action, ...entry }) });
}

/**
 * Loads a record for a change by the viewer and locks it until the transaction ends: NOT_FOUND when it does
 * not exist or the viewer may not see it, FORBIDDEN when the viewer sees it but `allow` says no.
 */
export async function volunteerForChange(
  em: EntityManager,
  viewer: Viewer,
  id: string,
  field: string,
  allow: (viewer: Viewer, facts: VolunteerFacts) => boolean,
): Promise<VolunteerEntity> {
  const v = await em.findOne(VolunteerEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!v || !volunteerVisible(viewer, factsOf(v))) throw notFound(field, 'volunteer');
  requireAllowed(viewer, allow(viewer, factsOf(v)));
  return v;
}

/** The caller's own record, locked, or null: a VOLUNTEER's `sub` keys at most one. */
export function ownRecord(em: EntityManager, viewer: Viewer): Promise<VolunteerEntity | null> {
  return em.findOne(VolunteerEntity, { accountId: viewer.accountId! }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

export interface Details {
  realName: string;
  phone: string;
  gridId: string | null;
  isPartyMember: boolean;
  isInService: boolean;
  skills: VolunteerSkill[];
  skillsNote: string | null;
  windows: WeeklyWindow[];
}

export function realName(value: string, field: string): string {
  return requiredText(value, field, 50);
}

export function requiredPhone(value: string, field: string): string {
  const parsed = phone(value, field);
  if (!parsed) throw badInput(field, `"${field}" must not be blank.`);
  return parsed;
}

export function skillsOf(skills: VolunteerSkill[], field: string): VolunteerSkill[] {
  if (new Set(skills).size !== skills.length) throw badInput(field, `"${field}" names a skill twice.`);
  return [...skills].sort();
}

export const skillsNote = (value: string | null | undefined, field: string) => optionalText(value, field, 200) || null;

/** Checks one person's details as given (no stored state), throwing BAD_USER_INPUT under `parent`. */
export function parseDetails(input: VolunteerDetailsInput, parent: string, gridId: (id: string, field: string) => string): Details {
  return {
    realName: realName(input.realName, `${parent}.realName`),
    phone: requiredPhone(input.phone, `${parent}.phone`),
    gridId: input.gridId == null ? null : gridId(input.gridId, `${parent}.gridId`),
    isPartyMember: input.isPartyMember,
    isInService: input.isInService ?? true,
    skills: skillsOf(input.skills ?? [], `${parent}.skills`),
    skillsNote: skillsNote(input.skillsNote, `${parent}.skillsNote`),
    windows: parseWindows(input.windows ?? [], parent),
  };
}

/** The home community named, read FOR SHARE (a retirement waits for us): NOT_FOUND, or a userError when it is no community or retired. */
export async function homeCommunityOf(em: EntityManager, id: string, field: string): Promise<Outcome<AreaEntity>> {
  const area = await areaToPlaceIn(em, id);
  if (!area) throw notFound(field, 'area');
  if (area.kind !== AreaKind.COMMUNITY) {
    return fail(userError('VOLUNTEER_HOME_NOT_COMMUNITY', `Volunteers register with a community (社区); that area is a ${area.kind}.`, field));
  }
  if (area.retiredAt) return fail(areaRetired(field));
  return ok(area);
}

/** A grid of the home community, or a userError when it is not one (or retired). */
export async function gridOf(em: EntityManager, id: string, community: AreaEntity, field: string): Promise<Outcome<AreaEntity>> {
  const grid = await areaToPlaceIn(em, id);
  if (!grid) throw notFound(field, 'area');
  if (grid.kind !== AreaKind.GRID || !grid.path.startsWith(community.path)) {
    return fail(userError('VOLUNTEER_GRID_OUTSIDE_HOME', 'The grid must be a grid (网格) of the home community.', field));
  }
  if (grid.retiredAt) return fail(areaRetired(field));
  return ok(grid);
}

/** VOLUNTEER_PHONE_TAKEN when another live record (not `exceptId`) holds one of `phones`: the first such, with its field. */
export async function phoneTaken(em: EntityManager, phones: string[], field: (index: number) => string, exceptId: string | null = null): Promise<UserError | null> {
  const rows = await em.execute<{ phone: string }[]>(
    `select phone from volunteer where phone = any(array[?]::text[]) and status = any(array[?]::text[]) and id <> ?`,
    [phones, LIVE_VOLUNTEER_STATUSES, exceptId ?? '0'],
  );
  if (!rows.length) return null;
  const taken = new Set(rows.map((r) => r.phone));
  const index = phones.findIndex((p) => taken.has(p));
  return userError('VOLUNTEER_PHONE_TAKEN', 'That phone number is already registered with a live volunteer record.', field(index));
}

/**
 * Runs a volunteer write, turning the unique indexes' refusals of a concurrent writer into the userErrors a
 * check before would have given: a phone number that became taken, an account that got a record meanwhile.
 */
export async function guardUnique<T>(run: () => Promise<Outcome<T>>, phoneField: string): Promise<Outcome<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const text = String(error.message);
      if (text.includes('volunteer_live_phone_idx')) return fail(userError('VOLUNTEER_PHONE_TAKEN', 'That phone number is already registered with a live volunteer record.', phoneField));
      if (text.includes('volunteer_account_idx')) return fail(alreadyRegistered());
    }
    throw error;
  }
}

export const alreadyRegistered = () =>
  userError('VOLUNTEER_ALREADY_REGISTERED', 'Your account already has a volunteer record (see `viewer.volunteer`); one account, one record.', null);

/** The record a write changed, read again as the caller sees it. */
export async function reloadVolunteer(ctx: Context, outcome: Outcome<string>): Promise<Outcome<Volunteer>> {
  if (!outcome.ok) return outcome;
  const v = await ctx.loaders.volunteerById.clear(outcome.value).load(outcome.value);
  return ok(v!);
}
