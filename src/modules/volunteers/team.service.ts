import { LockMode } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import { badInput, fail, notFound, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import type { Viewer } from '../../shared/viewer.js';
import { historyColumns } from '../../shared/entity.js';
import { AreaKind, areaRetired, areaToPlaceIn } from '../areas/index.js';
import { VolunteerEntity, VolunteerTeamEntity, VolunteerTeamHistoryEntity, VolunteerTeamMemberEntity } from './volunteer.entity.js';
import { VolunteerStatus, VolunteerTeamHistoryAction, VolunteerTeamStatus } from './volunteer.enums.js';
import { MAX_TEAM_IDS, type CreateVolunteerTeamInput, type DisbandVolunteerTeamInput, type UpdateVolunteerTeamInput } from './volunteer.inputs.js';
import { canManageTeam } from './volunteer.rules.js';
import { teamEvent } from './team.membership.js';
import type { VolunteerTeam } from './volunteer.type.js';

function volunteerIds(ids: string[] | null | undefined, field: string): string[] {
  const list = ids ?? [];
  if (list.length > MAX_TEAM_IDS) throw badInput(field, `"${field}" names at most ${MAX_TEAM_IDS} volunteers.`);
  return [...new Set(list.map((id, i) => idOf(id, ['Volunteer'], `${field}[${i}]`)))];
}

const nameTaken = (field: string) => userError('TEAM_NAME_TAKEN', 'An active team of that area already has that name.', field);

/**
 * TEAM_MEMBER_NOT_ELIGIBLE for the first id that is not an APPROVED volunteer whose home community is in the
 * team's area (unknown ids alike: a team's manager may see every eligible volunteer, so nothing leaks).
 */
async function ineligible(em: EntityManager, ids: string[], areaPath: string, field: (id: string) => string): Promise<UserError | null> {
  if (!ids.length) return null;
  const rows = await em.find(VolunteerEntity, { id: { $in: ids } }, { lockMode: LockMode.PESSIMISTIC_READ });
  const ok = new Set(rows.filter((v) => v.status === VolunteerStatus.APPROVED && v.areaPath.startsWith(areaPath)).map((v) => v.id));
  const bad = ids.find((id) => !ok.has(id));
  return bad === undefined
    ? null
    : userError('TEAM_MEMBER_NOT_ELIGIBLE', 'Team members and leaders are APPROVED volunteers whose home community is in the team\'s area.', field(bad));
}

function addHistory(em: EntityManager, viewer: Viewer, team: VolunteerTeamEntity, now: Date, action: VolunteerTeamHistoryAction, entry: { from?: VolunteerTeamStatus; to?: VolunteerTeamStatus; reason?: string | null; detail?: string | null } = {}) {
  em.create(VolunteerTeamHistoryEntity, { team, ...historyColumns(viewer, now, { action, ...entry }) });
}

async function guardName<T>(run: () => Promise<Outcome<T>>, field: string): Promise<Outcome<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && String(error.message).includes('volunteer_team_name_idx')) return fail(nameTaken(field));
    throw error;
  }
}

/** Volunteer teams (志愿服务队): formed, changed and disbanded by admins of their street or community. */
export class VolunteerTeamService {
  constructor(private readonly ctx: Context) {}

  async create(input: CreateVolunteerTeamInput): Promise<Outcome<VolunteerTeam>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const name = requiredText(input.name, 'input.name', 100);
    const description = optionalText(input.description, 'input.description', 2000) ?? '';
    const leaderId = idOf(input.leaderId, ['Volunteer'], 'input.leaderId');
    const memberIds = volunteerIds(input.memberIds, 'input.memberIds');
    const outcome = await guardName(
      () =>
        transact<string>(this.ctx, async (em, now) => {
          const area = await areaToPlaceIn(em, areaId);
          if (!area) throw notFound('input.areaId', 'area');
          requireAllowed(viewer, canManageTeam(viewer, area.path), 'Teams are formed by admins of their street or community.');
          if (area.kind !== AreaKind.STREET && area.kind !== AreaKind.COMMUNITY) {
            return fail(userError('TEAM_AREA_KIND', `A team belongs to a street or a community, not a ${area.kind}.`, 'input.areaId'));
          }
          if (area.retiredAt) return fail(areaRetired('input.areaId'));
          const members = [...new Set([leaderId, ...memberIds])];
          const bad = await ineligible(em, members, area.path, (id) => (id === leaderId ? 'input.leaderId' : `input.memberIds[${memberIds.indexOf(id)}]`));
          if (bad) return fail(bad);
          if (await em.findOne(VolunteerTeamEntity, { area, name, status: VolunteerTeamStatus.ACTIVE })) return fail(nameTaken('input.name'));
          const team = em.create(VolunteerTeamEntity, { area, areaPath: area.path, name, description, leader: em.getReference(VolunteerEntity, leaderId), createdAt: now, updatedAt: now });
          await em.flush();
          for (const volunteerId of members) em.create(VolunteerTeamMemberEntity, { teamId: team.id, volunteerId, joinedAt: now });
          addHistory(em, viewer, team, now, VolunteerTeamHistoryAction.CREATED, { to: VolunteerTeamStatus.ACTIVE, detail: `${members.length} members` });
          return ok({ result: team.id, events: [teamEvent(EventType.VOLUNTEER_TEAM_CREATED, team, { members: members.length })] });
        }),
      'input.name',
    );
    return this.reload(outcome);
  }

  async update(input: UpdateVolunteerTeamInput): Promise<Outcome<VolunteerTeam>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const id = idOf(input.id, ['VolunteerTeam'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    if (input.name === null) throw badInput('input.name', '"input.name" cannot be cleared; omit it to keep the name.');
    const name = input.name === undefined ? undefined : requiredText(input.name, 'input.name', 100);
    const description = input.description == null ? undefined : (optionalText(input.description, 'input.description', 2000) ?? '');
    const leaderId = input.leaderId == null ? undefined : idOf(input.leaderId, ['Volunteer'], 'input.leaderId');
    const adding = volunteerIds(input.addMemberIds, 'input.addMemberIds');
    const removing = volunteerIds(input.removeMemberIds, 'input.removeMemberIds');
    const both = adding.find((a) => removing.includes(a));
    if (both) throw badInput('input.removeMemberIds', 'A volunteer is both added and removed.');
    const outcome = await guardName(
      () =>
        transact<string>(this.ctx, async (em, now) => {
          const team = await em.findOne(VolunteerTeamEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!team) throw notFound('input.id', 'team');
          requireAllowed(viewer, canManageTeam(viewer, team.areaPath), 'Teams are changed by admins of their street or community.');
          if (team.version !== version) return fail(userError('VERSION_CONFLICT', 'The team changed since you read it; read it again.', 'input.version'));
          if (team.status !== VolunteerTeamStatus.ACTIVE) return fail(userError('TEAM_DISBANDED', 'A disbanded team does not change.', 'input.id'));
          const changed: string[] = [];
          if (name !== undefined && name !== team.name) {
            if (await em.findOne(VolunteerTeamEntity, { area: team.area, name, status: VolunteerTeamStatus.ACTIVE, id: { $ne: team.id } })) return fail(nameTaken('input.name'));
            team.name = name;
            changed.push('name');
          }
          if (description !== undefined && description !== team.description) {
            team.description = description;
            changed.push('description');
          }
          const newLeader = leaderId !== undefined && leaderId !== (team.leader?.id ?? null) ? leaderId : null;
          const current = new Set((await em.find(VolunteerTeamMemberEntity, { teamId: team.id })).map((m) => m.volunteerId));
          const toAdd = [...new Set([...adding, ...(newLeader ? [newLeader] : [])])].filter((v) => !current.has(v));
          const toRemove = removing.filter((v) => current.has(v));
          const leaderAfter = newLeader ?? team.leader?.id ?? null;
          if (leaderAfter !== null && toRemove.includes(leaderAfter)) {
            return fail(userError('TEAM_LEADER_REMOVED', 'The leader stays a member; name a new leader to remove them.', 'input.removeMemberIds'));
          }
          const bad = await ineligible(em, toAdd, team.areaPath, (v) => (v === newLeader ? 'input.leaderId' : `input.addMemberIds[${adding.indexOf(v)}]`));
          if (bad) return fail(bad);
          if (newLeader) {
            team.leader = em.getReference(VolunteerEntity, newLeader);
            changed.push('leader');
          }
          for (const volunteerId of toAdd) em.create(VolunteerTeamMemberEntity, { teamId: team.id, volunteerId, joinedAt: now });
          if (toRemove.length) await em.nativeDelete(VolunteerTeamMemberEntity, { teamId: team.id, volunteerId: { $in: toRemove } });
          if (toAdd.length || toRemove.length) changed.push('members');
          if (!changed.length) return ok({ result: team.id, events: [] });
          team.version += 1;
          team.updatedAt = now;
          const detail = [changed.join(', '), toAdd.length ? `+${toAdd.length}` : '', toRemove.length ? `-${toRemove.length}` : ''].filter(Boolean).join(' ');
          addHistory(em, viewer, team, now, VolunteerTeamHistoryAction.UPDATED, { detail });
          return ok({ result: team.id, events: [teamEvent(EventType.VOLUNTEER_TEAM_UPDATED, team, { changed, added: toAdd.length, removed: toRemove.length })] });
        }),
      'input.name',
    );
    return this.reload(outcome);
  }

  async disband(input: DisbandVolunteerTeamInput): Promise<Outcome<VolunteerTeam>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const id = idOf(input.id, ['VolunteerTeam'], 'input.id');
    const reason = requiredText(input.reason, 'input.reason', 500);
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const team = await em.findOne(VolunteerTeamEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!team) throw notFound('input.id', 'team');
      requireAllowed(viewer, canManageTeam(viewer, team.areaPath), 'Teams are disbanded by admins of their street or community.');
      if (team.status !== VolunteerTeamStatus.ACTIVE) return fail(userError('TEAM_DISBANDED', 'The team is already disbanded.', 'input.id'));
      Object.assign(team, { status: VolunteerTeamStatus.DISBANDED, disbandReason: reason, disbandedAt: now, updatedAt: now, version: team.version + 1 });
      addHistory(em, viewer, team, now, VolunteerTeamHistoryAction.DISBANDED, { from: VolunteerTeamStatus.ACTIVE, to: VolunteerTeamStatus.DISBANDED, reason });
      return ok({ result: team.id, events: [teamEvent(EventType.VOLUNTEER_TEAM_DISBANDED, team, { reason })] });
    });
    return this.reload(outcome);
  }

  private async reload(outcome: Outcome<string>): Promise<Outcome<VolunteerTeam>> {
    if (!outcome.ok) return outcome;
    const team = await this.ctx.loaders.teamById.clear(outcome.value).load(outcome.value);
    return ok(team!);
  }
}
