import type { Context } from '../../context.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact } from '../../outbox/transact.js';
import { badInput, fail, forbidden, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import { parseWindows } from '../../shared/schedule/schedule.graphql.js';
import { administersArea, Role, type Viewer } from '../../shared/viewer.js';
import { OrganizationEntity } from '../organizations/index.js';
import type { AreaEntity } from '../areas/index.js';
import { VolunteerEntity } from './volunteer.entity.js';
import { VolunteerHistoryAction, VolunteerStatus } from './volunteer.enums.js';
import type { ApplyAsVolunteerInput, LeaveVolunteeringInput, UpdateVolunteerInput, VolunteerIdInput, VolunteerReasonInput } from './volunteer.inputs.js';
import {
  alreadyRegistered,
  factsOf,
  gridOf,
  guardUnique,
  homeCommunityOf,
  ownRecord,
  parseDetails,
  phoneTaken,
  realName,
  recordVolunteerHistory,
  reloadVolunteer,
  requiredPhone,
  skillsNote,
  skillsOf,
  volunteerEvent,
  volunteerForChange,
} from './volunteer.record.js';
import { canDecideVolunteer, canUpdateVolunteer, isSelf } from './volunteer.rules.js';
import { leaveTeams } from './team.membership.js';
import type { Volunteer } from './volunteer.type.js';
import { mayReapply, transition, type VolunteerMove } from './volunteer.transitions.js';

const gridId = (id: string, field: string) => idOf(id, ['Area'], field);

const DECISIONS: Record<Exclude<VolunteerMove, 'leave'>, { action: VolunteerHistoryAction; event: EventType }> = {
  approve: { action: VolunteerHistoryAction.APPROVED, event: EventType.VOLUNTEER_APPROVED },
  reject: { action: VolunteerHistoryAction.REJECTED, event: EventType.VOLUNTEER_REJECTED },
  suspend: { action: VolunteerHistoryAction.SUSPENDED, event: EventType.VOLUNTEER_SUSPENDED },
  reinstate: { action: VolunteerHistoryAction.REINSTATED, event: EventType.VOLUNTEER_REINSTATED },
};

/** A person's own registration (apply, leave), the home community's decisions, and changes of details. */
export class VolunteerService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  /**
   * A VOLUNTEER token registers its person with a home community: a new APPLIED record keyed by the token's
   * `sub`, or their REJECTED or LEFT record reopened as APPLIED with the new details.
   */
  async apply(input: ApplyAsVolunteerInput): Promise<Outcome<Volunteer>> {
    const viewer = this.viewer;
    requireAllowed(viewer, viewer.role === Role.VOLUNTEER && viewer.accountId !== null, 'Only a VOLUNTEER token applies; its `sub` keys the record.');
    const communityId = idOf(input.homeCommunityId, ['Area'], 'input.homeCommunityId');
    const employerId = input.employerId == null ? null : idOf(input.employerId, ['Organization'], 'input.employerId');
    const details = parseDetails(input, 'input', gridId);
    const outcome = await guardUnique(
      () =>
        transact<string>(this.ctx, async (em, now) => {
          const existing = await ownRecord(em, viewer);
          if (existing && !mayReapply(existing.status)) return fail(alreadyRegistered());
          const community = await homeCommunityOf(em, communityId, 'input.homeCommunityId');
          if (!community.ok) return community;
          const grid = details.gridId === null ? null : await gridOf(em, details.gridId, community.value, 'input.gridId');
          if (grid && !grid.ok) return grid;
          const employer = employerId === null ? null : await em.findOne(OrganizationEntity, { id: employerId });
          if (employerId !== null && !employer) throw notFound('input.employerId', 'organization');
          const taken = await phoneTaken(em, [details.phone], () => 'input.phone', existing?.id ?? null);
          if (taken) return fail(taken);
          const fields = {
            realName: details.realName,
            phone: details.phone,
            area: community.value,
            areaPath: community.value.path,
            grid: grid?.value ?? null,
            employer,
            isPartyMember: details.isPartyMember,
            isInService: details.isInService,
            skills: details.skills,
            skillsNote: details.skillsNote,
            windows: details.windows,
          };
          if (existing) {
            const from = existing.status;
            Object.assign(existing, fields, { status: VolunteerStatus.APPLIED, statusReason: null });
            recordVolunteerHistory(em, viewer, existing, now, VolunteerHistoryAction.REAPPLIED, { from, to: VolunteerStatus.APPLIED });
            return ok({ result: existing.id, events: [volunteerEvent(EventType.VOLUNTEER_APPLIED, existing, { again: true })] });
          }
          const v = em.create(VolunteerEntity, { ...fields, accountId: viewer.accountId, status: VolunteerStatus.APPLIED, createdAt: now, updatedAt: now });
          await em.flush();
          recordVolunteerHistory(em, viewer, v, now, VolunteerHistoryAction.APPLIED, { to: VolunteerStatus.APPLIED }, true);
          return ok({ result: v.id, events: [volunteerEvent(EventType.VOLUNTEER_APPLIED, v, { again: false })] });
        }),
      'input.phone',
    );
    return reloadVolunteer(this.ctx, outcome);
  }

  approve(input: VolunteerIdInput): Promise<Outcome<Volunteer>> {
    return this.decide(input.id, 'approve', null);
  }

  reject(input: VolunteerReasonInput): Promise<Outcome<Volunteer>> {
    return this.decide(input.id, 'reject', requiredText(input.reason, 'input.reason', 500));
  }

  suspend(input: VolunteerReasonInput): Promise<Outcome<Volunteer>> {
    return this.decide(input.id, 'suspend', requiredText(input.reason, 'input.reason', 500));
  }

  reinstate(input: VolunteerIdInput): Promise<Outcome<Volunteer>> {
    return this.decide(input.id, 'reinstate', null);
  }

  /** The home community's admins (and above) approve, reject, suspend and reinstate. */
  private async decide(globalId: string, move: Exclude<VolunteerMove, 'leave'>, reason: string | null): Promise<Outcome<Volunteer>> {
    requireSignedIn(this.viewer);
    const id = idOf(globalId, ['Volunteer'], 'input.id');
    const { action, event } = DECISIONS[move];
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const v = await volunteerForChange(em, this.viewer, id, 'input.id', canDecideVolunteer);
      const result = transition(v.status, move);
      if (!result.ok) return fail(userError(result.code, result.message, 'input.id'));
      const from = v.status;
      v.status = result.to;
      v.statusReason = reason;
      if (result.to === VolunteerStatus.APPROVED) v.approvedAt ??= now;
      recordVolunteerHistory(em, this.viewer, v, now, action, { from, to: result.to, reason });
      return ok({ result: v.id, events: [volunteerEvent(event, v, { from, to: result.to, ...(reason === null ? {} : { reason }) })] });
    });
    return reloadVolunteer(this.ctx, outcome);
  }

  /** The person leaves volunteering: their record becomes LEFT, and they leave their teams (and lead none). */
  async leave(input: LeaveVolunteeringInput): Promise<Outcome<Volunteer>> {
    const viewer = this.viewer;
    requireAllowed(viewer, viewer.role === Role.VOLUNTEER && viewer.accountId !== null, 'Only the volunteer themself leaves, with their VOLUNTEER token.');
    const reason = optionalText(input.reason, 'input.reason', 500) || null;
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const v = await ownRecord(em, viewer);
      if (!v) return fail(userError('VOLUNTEER_NOT_REGISTERED', 'Your account has no volunteer record.', null));
      const result = transition(v.status, 'leave');
      if (!result.ok) return fail(userError(result.code, result.message, null));
      const from = v.status;
      v.status = VolunteerStatus.LEFT;
      v.statusReason = reason;
      recordVolunteerHistory(em, viewer, v, now, VolunteerHistoryAction.LEFT, { from, to: VolunteerStatus.LEFT, reason });
      const events: EventDraft[] = [volunteerEvent(EventType.VOLUNTEER_LEFT, v, { from, to: VolunteerStatus.LEFT })];
      events.push(...(await leaveTeams(em, viewer, v.id, null, now)));
      return ok({ result: v.id, events });
    });
    return reloadVolunteer(this.ctx, outcome);
  }

  /**
   * Changes details: the volunteer themself, or admins of the home community and above. Moving home: by the
   * person, the record goes back to APPLIED in the new community (a suspended volunteer cannot move away);
   * by an admin, who must administer the new community too, it keeps its status. Either way the person
   * leaves the teams of areas that do not hold the new community.
   */
  async update(input: UpdateVolunteerInput): Promise<Outcome<Volunteer>> {
    const viewer = this.viewer;
    requireSignedIn(viewer);
    const id = idOf(input.id, ['Volunteer'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const nonNull = (field: keyof UpdateVolunteerInput) => {
      if (input[field] === null) throw badInput(`input.${field}`, `"input.${field}" cannot be cleared; omit it to keep its value.`);
    };
    (['realName', 'phone', 'homeCommunityId', 'isPartyMember', 'isInService', 'skills', 'windows'] as const).forEach(nonNull);
    const name = input.realName == null ? undefined : realName(input.realName, 'input.realName');
    const phoneNumber = input.phone == null ? undefined : requiredPhone(input.phone, 'input.phone');
    const communityId = input.homeCommunityId == null ? undefined : idOf(input.homeCommunityId, ['Area'], 'input.homeCommunityId');
    const grid = input.gridId === undefined ? undefined : input.gridId === null ? null : idOf(input.gridId, ['Area'], 'input.gridId');
    const employerId = input.employerId === undefined ? undefined : input.employerId === null ? null : idOf(input.employerId, ['Organization'], 'input.employerId');
    const skills = input.skills == null ? undefined : skillsOf(input.skills, 'input.skills');
    const note = input.skillsNote === undefined ? undefined : skillsNote(input.skillsNote, 'input.skillsNote');
    const windows = input.windows == null ? undefined : parseWindows(input.windows, 'input');
    const outcome = await guardUnique(
      () =>
        transact<string>(this.ctx, async (em, now) => {
          const v = await volunteerForChange(em, viewer, id, 'input.id', canUpdateVolunteer);
          if (v.version !== version) return fail(userError('VERSION_CONFLICT', 'The volunteer changed since you read it; read it again.', 'input.version'));
          if (v.status === VolunteerStatus.LEFT || v.status === VolunteerStatus.REJECTED) {
            return fail(userError('VOLUNTEER_NOT_EDITABLE', `A ${v.status} record is not changed; the person applies again instead.`, 'input.id'));
          }
          const self = isSelf(viewer, factsOf(v));
          const changed: string[] = [];
          const events: EventDraft[] = [];
          let from: VolunteerStatus | null = null;
          let community: AreaEntity = v.area;
          if (communityId !== undefined && communityId !== v.area.id) {
            const home = await homeCommunityOf(em, communityId, 'input.homeCommunityId');
            if (!home.ok) return home;
            if (self) {
              if (v.status === VolunteerStatus.SUSPENDED) {
                return fail(userError('VOLUNTEER_NOT_EDITABLE', 'A suspended volunteer cannot move to another community; ask the home community.', 'input.homeCommunityId'));
              }
              if (v.status !== VolunteerStatus.APPLIED) from = v.status;
            } else if (!administersArea(viewer, home.value.path)) {
              throw forbidden('Moving a volunteer to another community needs an admin of both communities.');
            }
            community = home.value;
            Object.assign(v, { area: community, areaPath: community.path });
            if (grid === undefined) v.grid = null;
            changed.push('homeCommunityId');
          }
          if (grid !== undefined && grid !== (v.grid?.id ?? null)) {
            if (grid === null) v.grid = null;
            else {
              const g = await gridOf(em, grid, community, 'input.gridId');
              if (!g.ok) return g;
              v.grid = g.value;
            }
            changed.push('gridId');
          }
          if (employerId !== undefined && employerId !== (v.employer?.id ?? null)) {
            const employer = employerId === null ? null : await em.findOne(OrganizationEntity, { id: employerId });
            if (employerId !== null && !employer) throw notFound('input.employerId', 'organization');
            v.employer = employer;
            changed.push('employerId');
          }
          if (phoneNumber !== undefined && phoneNumber !== v.phone) {
            const taken = await phoneTaken(em, [phoneNumber], () => 'input.phone', v.id);
            if (taken) return fail(taken);
            v.phone = phoneNumber;
            changed.push('phone');
          }
          const plain: [string, unknown][] = [
            ['realName', name],
            ['isPartyMember', input.isPartyMember ?? undefined],
            ['isInService', input.isInService ?? undefined],
            ['skills', skills],
            ['skillsNote', note],
            ['windows', windows],
          ];
          for (const [field, value] of plain) {
            const record = v as unknown as Record<string, unknown>;
            if (value === undefined || JSON.stringify(value) === JSON.stringify(record[field] ?? null)) continue;
            record[field] = value;
            changed.push(field);
          }
          if (!changed.length) return ok({ result: v.id, events: [] });
          if (from !== null) {
            v.status = VolunteerStatus.APPLIED;
            v.statusReason = null;
          }
          const detail = changed.join(', ');
          recordVolunteerHistory(em, viewer, v, now, VolunteerHistoryAction.UPDATED, { from, to: from === null ? null : VolunteerStatus.APPLIED, detail });
          events.push(volunteerEvent(EventType.VOLUNTEER_UPDATED, v, { changed, ...(from === null ? {} : { from, to: VolunteerStatus.APPLIED }) }));
          // back to APPLIED: no team keeps them; moved by staff: the teams of areas holding the new home keep them
          if (changed.includes('homeCommunityId')) events.push(...(await leaveTeams(em, viewer, v.id, from === null ? community.path : null, now)));
          return ok({ result: v.id, events });
        }),
      'input.phone',
    );
    return reloadVolunteer(this.ctx, outcome);
  }
}

