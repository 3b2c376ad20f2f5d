import { createHash, randomInt } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import { badInput, fail, forbidden, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed } from '../../shared/guards.js';
import { idOf } from '../../shared/input.js';
import { actsForOrganization, Role } from '../../shared/viewer.js';
import { OrganizationEntity } from '../organizations/index.js';
import { VolunteerEntity } from './volunteer.entity.js';
import { VolunteerHistoryAction, VolunteerStatus } from './volunteer.enums.js';
import { MAX_REPORTED_MEMBERS, type ClaimVolunteerRecordInput, type ReportUnitMembersInput } from './volunteer.inputs.js';
import { alreadyRegistered, gridOf, guardUnique, homeCommunityOf, parseDetails, phoneTaken, recordVolunteerHistory, reloadVolunteer, volunteerEvent } from './volunteer.record.js';
import type { ReportedMember, Volunteer } from './volunteer.type.js';

/** Letters and digits a person reads off a slip without confusing them (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;

/** A new one-time claim code, shown as XXXX-XXXX-XXXX: 31^12 ≈ 8·10^17 codes, drawn with the system's CSPRNG. */
export function newClaimCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}

/** What is stored of a code: the SHA-256 of its letters (case, spaces and dashes ignored), never the code. */
export function claimCodeHash(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');
}

const invalidCode = () => userError('VOLUNTEER_CLAIM_CODE_INVALID', 'No unclaimed record has that code; check it with your unit.', 'input.code');

/** Whole-unit reports (整建制报到) and their claims. */
export class VolunteerReportService {
  constructor(private readonly ctx: Context) {}

  /**
   * A unit's admin registers its members with one community in one call: each gets an APPLIED record
   * without an account (the unit as employer and reporter) and a one-time claim code, returned here only.
   * Every member is checked before anything is written; one problem and nothing is recorded.
   */
  async report(input: ReportUnitMembersInput): Promise<Outcome<ReportedMember[]>> {
    const viewer = this.ctx.viewer;
    const organizationId = idOf(input.organizationId, ['Organization'], 'input.organizationId');
    requireAllowed(viewer, actsForOrganization(viewer, organizationId), 'Only the unit\'s own admin reports its members.');
    const communityId = idOf(input.homeCommunityId, ['Area'], 'input.homeCommunityId');
    if (input.members.length < 1 || input.members.length > MAX_REPORTED_MEMBERS) {
      throw badInput('input.members', `A report names 1 to ${MAX_REPORTED_MEMBERS} members, not ${input.members.length}.`);
    }
    const members = input.members.map((m, i) => parseDetails(m, `input.members[${i}]`, (id, field) => idOf(id, ['Area'], field)));
    const seen = new Map<string, number>();
    members.forEach((m, i) => {
      if (seen.has(m.phone)) throw badInput(`input.members[${i}].phone`, `input.members[${i}] has the phone number of input.members[${seen.get(m.phone)}].`);
      seen.set(m.phone, i);
    });
    const codes = members.map(() => newClaimCode());
    const outcome = await guardUnique(
      () =>
        transact<{ id: string; code: string; expires: Date }[]>(this.ctx, async (em, now) => {
          const unit = await em.findOne(OrganizationEntity, { id: organizationId });
          if (!unit) throw notFound('input.organizationId', 'organization');
          const community = await homeCommunityOf(em, communityId, 'input.homeCommunityId');
          if (!community.ok) return community;
          const grids = new Map<string, Awaited<ReturnType<typeof gridOf>>>();
          for (const [i, m] of members.entries()) {
            if (m.gridId === null) continue;
            if (!grids.has(m.gridId)) grids.set(m.gridId, await gridOf(em, m.gridId, community.value, `input.members[${i}].gridId`));
            const grid = grids.get(m.gridId)!;
            if (!grid.ok) return fail(...grid.errors.map((e) => ({ ...e, field: `input.members[${i}].gridId` })));
          }
          const taken = await phoneTaken(em, members.map((m) => m.phone), (i) => `input.members[${i}].phone`);
          if (taken) return fail(taken);
          const expires = new Date(now.getTime() + this.ctx.app.config.volunteerClaimCodeDays * 86_400_000);
          const records = members.map((m, i) =>
            em.create(VolunteerEntity, {
              accountId: null,
              status: VolunteerStatus.APPLIED,
              realName: m.realName,
              phone: m.phone,
              area: community.value,
              areaPath: community.value.path,
              grid: m.gridId === null ? null : (grids.get(m.gridId) as { ok: true; value: never }).value,
              employer: unit,
              reportedBy: unit,
              isPartyMember: m.isPartyMember,
              isInService: m.isInService,
              skills: m.skills,
              skillsNote: m.skillsNote,
              windows: m.windows,
              claimCodeHash: claimCodeHash(codes[i]),
              claimExpiresAt: expires,
              createdAt: now,
              updatedAt: now,
            }),
          );
          await em.flush();
          for (const v of records) recordVolunteerHistory(em, viewer, v, now, VolunteerHistoryAction.REPORTED, { to: VolunteerStatus.APPLIED }, true);
          return ok({
            result: records.map((v, i) => ({ id: v.id, code: codes[i], expires })),
            events: records.map((v) => volunteerEvent(EventType.VOLUNTEER_REPORTED, v, { reportedById: unit.id })),
          });
        }),
      'input.members',
    );
    if (!outcome.ok) return outcome;
    const volunteers = await this.ctx.loaders.volunteerById.loadMany(outcome.value.map((r) => r.id));
    return ok(outcome.value.map((r, i) => ({ volunteer: volunteers[i] as Volunteer, claimCode: r.code, claimExpiresAt: r.expires })));
  }

  /**
   * A new claim code for a reported record not yet claimed (the old code stops working): by the admin of the
   * unit that reported it, when a code was lost or expired.
   */
  async reissue(globalId: string): Promise<Outcome<ReportedMember>> {
    const viewer = this.ctx.viewer;
    const id = idOf(globalId, ['Volunteer'], 'input.id');
    const code = newClaimCode();
    const outcome = await transact<Date>(this.ctx, async (em, now) => {
      const v = await em.findOne(VolunteerEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const reporter = v?.reportedBy?.id ?? null;
      if (!v || reporter === null || !actsForOrganization(viewer, reporter)) {
        // the record may be visible to this unit as its employer, but only the reporter holds its codes
        if (v && v.employer && actsForOrganization(viewer, v.employer.id)) throw forbidden('Only the unit that reported the member reissues its code.');
        throw notFound('input.id', 'volunteer');
      }
      if (v.accountId != null) return fail(userError('VOLUNTEER_ALREADY_CLAIMED', 'The member already claimed the record; no code is needed.', 'input.id'));
      const expires = new Date(now.getTime() + this.ctx.app.config.volunteerClaimCodeDays * 86_400_000);
      Object.assign(v, { claimCodeHash: claimCodeHash(code), claimExpiresAt: expires });
      recordVolunteerHistory(em, viewer, v, now, VolunteerHistoryAction.UPDATED, { detail: 'claimCode' });
      return ok({ result: expires, events: [volunteerEvent(EventType.VOLUNTEER_UPDATED, v, { changed: ['claimCode'] })] });
    });
    if (!outcome.ok) return outcome;
    const volunteer = await this.ctx.loaders.volunteerById.load(id);
    return ok({ volunteer: volunteer!, claimCode: code, claimExpiresAt: outcome.value });
  }

  /** A reported member binds their record to their VOLUNTEER token's account with the one-time code. */
  async claim(input: ClaimVolunteerRecordInput): Promise<Outcome<Volunteer>> {
    const viewer = this.ctx.viewer;
    if (viewer.role !== Role.VOLUNTEER || viewer.accountId === null) throw forbidden('Only a VOLUNTEER token claims a record; its `sub` becomes the record\'s account.');
    const code = input.code.toUpperCase().replace(/[\s-]/g, '');
    if (code.length === 0 || code.length > 64) throw badInput('input.code', '"input.code" must be the code your unit handed you.');
    const outcome = await guardUnique(
      () =>
        transact<string>(this.ctx, async (em, now) => {
          if (await em.findOne(VolunteerEntity, { accountId: viewer.accountId! })) return fail(alreadyRegistered());
          const v = await em.findOne(VolunteerEntity, { claimCodeHash: claimCodeHash(code) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!v || v.accountId != null) return fail(invalidCode());
          if (v.claimExpiresAt! <= now) {
            return fail(userError('VOLUNTEER_CLAIM_CODE_EXPIRED', 'That code has expired; ask your unit to report you again or apply yourself.', 'input.code'));
          }
          Object.assign(v, { accountId: viewer.accountId, claimedAt: now, claimCodeHash: null, claimExpiresAt: null });
          recordVolunteerHistory(em, viewer, v, now, VolunteerHistoryAction.CLAIMED);
          return ok({ result: v.id, events: [volunteerEvent(EventType.VOLUNTEER_CLAIMED, v)] });
        }),
      'input.code',
    );
    return reloadVolunteer(this.ctx, outcome);
  }
}
