import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import { parsePoint } from '../../shared/location.js';
import { actsForOrganization, isResident, Role, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import { transact, versionConflict, type Change } from '../../outbox/transact.js';
import { AreaEntity, AreaKind, areaRetired, areaToPlaceIn, pointOutsideArea } from '../areas/index.js';
import { OrganizationEntity } from '../organizations/index.js';
import { CaseAction, CaseLevel, CaseSource, CaseStatus, SummonsAction, SummonsRole, SummonsStatus } from './case.enums.js';
import { CaseEntity, CaseNoteEntity } from './case.entity.js';
import type { AddCaseNoteInput, CaseIdInput, CaseReasonInput, MergeCaseInput, ReportCaseInput, ResolveCaseInput } from './case.inputs.js';
import { caseForChange, factsOf, isLive, lockCase, summonedOrganizationIds, type LockedCase } from './case.access.js';
import { caseEvent, recordCaseHistory, recordSummonsHistory } from './case.record.js';
import { caseVisible, handlesCase, isBelow, STAFF_REPORTING_ROLES } from './case.rules.js';
import { residentReportRefused } from './case.residents.js';
import { decideCase, decideSummons, levelAbove } from './case.transitions.js';
import { actorOnCase } from './case.resolver.js';
import type { Case, CaseNote } from './case.type.js';
import { CaseNote as CaseNoteType } from './case.type.js';

const TITLE_MAX = 200;
const TEXT_MAX = 5000;
export const REASON_MAX = 500;
const RESULT_MAX = 2000;
const NOTE_MAX = 2000;
const TICKET_MAX = 64;
const PHOTOS_MAX = 9;
const URL_MAX = 2000;

export const reasonOf = (value: string) => requiredText(value, 'input.reason', REASON_MAX);

export const versionOf = (value: number | null | undefined) => (value == null ? null : positiveVersion(value, 'input.version'));

/** The photo URLs as given: http or https, at most 9. */
function photoUrlsOf(urls: readonly string[] | null | undefined): string[] {
  const list = (urls ?? []).map((u) => u.trim());
  if (list.length > PHOTOS_MAX) throw badInput('input.photoUrls', `At most ${PHOTOS_MAX} photos, got ${list.length}.`);
  list.forEach((u, i) => {
    let url: URL | null = null;
    try {
      url = new URL(u);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || u.length > URL_MAX) {
      throw badInput(`input.photoUrls[${i}]`, `"${u.slice(0, 80)}" is not an http or https URL.`);
    }
  });
  return list;
}

/** The street and district of an area path ('/1/7/42/' → '/1/7/' and '/1/'), as paths and row ids. */
const pathUpTo = (path: string, depth: number) => {
  const ids = path.split('/').filter(Boolean).slice(0, depth + 1);
  return { path: `/${ids.join('/')}/`, id: ids[ids.length - 1] };
};

const LEVEL_DEPTH: Record<CaseLevel, number> = { [CaseLevel.DISTRICT]: 0, [CaseLevel.STREET]: 1, [CaseLevel.COMMUNITY]: 2 };

/** The level a case reported in `area` starts at, and the area that handles it. */
async function handlingOf(em: EntityManager, area: AreaEntity): Promise<{ level: CaseLevel; handlingArea: AreaEntity }> {
  if (area.kind === AreaKind.DISTRICT) return { level: CaseLevel.DISTRICT, handlingArea: area };
  if (area.kind === AreaKind.STREET) return { level: CaseLevel.STREET, handlingArea: area };
  if (area.kind === AreaKind.COMMUNITY) return { level: CaseLevel.COMMUNITY, handlingArea: area };
  // a grid or building: the community above it
  const ancestors = await em.find(AreaEntity, { id: { $in: area.path.split('/').filter(Boolean) }, kind: AreaKind.COMMUNITY });
  if (ancestors.length === 0) throw badInput('input.areaId', `This ${area.kind} lies in no community.`);
  return { level: CaseLevel.COMMUNITY, handlingArea: ancestors[0] };
}

/** What a summons mutation answers: the summons and its case. */
export interface SummonsChange {
  caseId: string;
  summonsId: string;
}

type CaseDecision = 'accept' | 'reject' | 'close' | 'reopen' | 'escalate';

const DECISIONS: Record<CaseDecision, { action: CaseAction; event: EventType }> = {
  accept: { action: CaseAction.ACCEPT, event: EventType.CASE_ACCEPTED },
  reject: { action: CaseAction.REJECT, event: EventType.CASE_REJECTED },
  close: { action: CaseAction.CLOSE, event: EventType.CASE_CLOSED },
  reopen: { action: CaseAction.REOPEN, event: EventType.CASE_REOPENED },
  escalate: { action: CaseAction.ESCALATE, event: EventType.CASE_ESCALATED },
};

export class CaseService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  async report(input: ReportCaseInput): Promise<Outcome<Case>> {
    requireSignedIn(this.viewer);
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const demandId = input.demandId == null ? null : idOf(input.demandId, ['Demand'], 'input.demandId');
    const fields = {
      title: requiredText(input.title, 'input.title', TITLE_MAX),
      description: requiredText(input.description, 'input.description', TEXT_MAX),
      category: input.category,
      source: input.source,
      urgency: input.urgency,
      ticketNumber: optionalText(input.ticketNumber, 'input.ticketNumber', TICKET_MAX) || null,
      photoUrls: photoUrlsOf(input.photoUrls),
      ...(input.location == null ? { lat: null, lng: null } : parsePoint(input.location, 'input.location')),
    };
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const area = await areaToPlaceIn(em, areaId);
      if (!area) throw notFound('input.areaId', 'area');
      const resident = isResident(this.viewer);
      requireAllowed(
        this.viewer,
        resident || (this.viewer.role !== null && STAFF_REPORTING_ROLES.includes(this.viewer.role) && staffOfArea(this.viewer, area.path)),
        'Only staff of the area (its grid workers and admins, and those above) or a resident report a case there.',
      );
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      if (resident) {
        const refused = await residentReportRefused(em, this.ctx, area, fields.source, at);
        if (refused) return fail(refused);
      }
      if (fields.source === CaseSource.HOTLINE_12345 && fields.ticketNumber === null) {
        return fail(userError('CASE_TICKET_NUMBER_REQUIRED', 'A case from the 12345 hotline needs its ticket number.', 'input.ticketNumber'));
      }
      if (fields.source !== CaseSource.HOTLINE_12345 && fields.ticketNumber !== null) {
        return fail(userError('CASE_TICKET_NUMBER_NOT_ALLOWED', 'Only a case from the 12345 hotline has a ticket number.', 'input.ticketNumber'));
      }
      if (fields.source === CaseSource.DEMAND && demandId === null) {
        return fail(userError('CASE_DEMAND_REQUIRED', 'A case raised from a demand names the demand.', 'input.demandId'));
      }
      if (fields.source !== CaseSource.DEMAND && demandId !== null) {
        return fail(userError('CASE_DEMAND_NOT_ALLOWED', 'Only a case of source DEMAND names a demand.', 'input.demandId'));
      }
      const { level, handlingArea } = await handlingOf(em, area);
      if (demandId !== null) {
        const demand = await this.ctx.loaders.demandById.load(demandId);
        if (!demand) throw notFound('input.demandId', 'demand');
        if (!isBelow(demand.areaPath, handlingArea.path)) {
          return fail(userError('CASE_DEMAND_OF_OTHER_AREA', 'That demand lies outside the area that would handle the case.', 'input.demandId'));
        }
      }
      if (fields.lat !== null && fields.lng !== null) {
        const outside = pointOutsideArea(this.ctx, area, { lat: fields.lat, lng: fields.lng }, 'input.location');
        if (outside) return fail(outside);
      }
      const c = em.create(CaseEntity, {
        ...fields,
        area,
        areaPath: area.path,
        level,
        handlingArea,
        handlingPath: handlingArea.path,
        demand: demandId,
        reporterAccountId: this.viewer.accountId!,
        reporterRole: this.viewer.role!,
        reportedAt: at,
        createdAt: at,
        updatedAt: at,
      });
      await em.flush();
      recordCaseHistory(em, this.viewer, c, { action: CaseAction.REPORT, from: null, to: CaseStatus.REPORTED, at });
      return ok({ result: c.id, events: [caseEvent(EventType.CASE_REPORTED, c, [], { level, category: c.category, source: c.source })] });
    });
    return this.reload(outcome);
  }

  /**
   * The handling level's decisions on a case: accept and close (no reason), reject, reopen and escalate
   * (with one).
   */
  async decide(command: CaseDecision, input: CaseIdInput | CaseReasonInput): Promise<Outcome<Case>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const version = versionOf(input.version);
    const reason = 'reason' in input ? reasonOf(input.reason) : null;
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const locked = await caseForChange(em, this.viewer, id, 'input.id', 'handle');
      const { c, summonses } = locked;
      if (version !== null && c.version !== version) return fail(versionConflict());
      const summoned = summonses.some((s) => s.status !== SummonsStatus.DECLINE_ACCEPTED);
      const decision = decideCase(command, c.status, summoned);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      const { action, event } = DECISIONS[command];
      let data: Record<string, unknown> = { from: decision.from, to: decision.to };
      let levels: { fromLevel: CaseLevel; toLevel: CaseLevel } | null = null;
      if (command === 'escalate') {
        const toLevel = levelAbove(c.level);
        if (toLevel === null) return fail(userError('CASE_AT_TOP_LEVEL', 'The district handles it already: there is no level above.', 'input.id'));
        const handling = pathUpTo(c.areaPath, LEVEL_DEPTH[toLevel]);
        levels = { fromLevel: c.level, toLevel };
        c.level = toLevel;
        c.handlingArea = em.getReference(AreaEntity, handling.id);
        c.handlingPath = handling.path;
        data = { fromLevel: levels.fromLevel, toLevel, reason };
      }
      if (command === 'accept') c.acceptedAt = at;
      if (command === 'close') c.closedAt = at;
      if (command === 'reject') data = { reason };
      if (command === 'close') data = {};
      if (command === 'reopen') {
        data = { reason, to: decision.to };
        c.resolvedAt = null;
        c.closedAt = null;
        c.result = null;
        for (const s of summonses.filter((x) => x.status === SummonsStatus.DONE)) {
          const back = decideSummons('reopen', s.status);
          if (!back.ok) continue;
          s.status = back.to;
          s.doneAt = null;
          s.updatedAt = at;
          recordSummonsHistory(em, this.viewer, s, { action: SummonsAction.REOPEN, from: back.from, to: back.to, reason, at });
        }
      }
      if (reason !== null) c.reason = reason;
      c.status = decision.to;
      c.updatedAt = at;
      recordCaseHistory(em, this.viewer, c, { action, from: decision.from, to: decision.to, ...levels, reason, at });
      return ok({ result: c.id, events: [caseEvent(event, c, summonedOrganizationIds(summonses), data)] });
    });
    return this.reload(outcome);
  }

  /** Folds a duplicate into another case of the same handling area. */
  async merge(input: MergeCaseInput): Promise<Outcome<Case>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const intoId = idOf(input.intoId, ['Case'], 'input.intoId');
    const version = versionOf(input.version);
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      // both rows locked in id order: two merges of the same pair never wait on each other crosswise
      let into: LockedCase | null = null;
      if (intoId !== id && BigInt(intoId) < BigInt(id)) into = await lockCase(em, intoId);
      const { c, summonses } = await caseForChange(em, this.viewer, id, 'input.id', 'handle');
      if (version !== null && c.version !== version) return fail(versionConflict());
      const decision = decideCase('merge', c.status);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      if (intoId === id) return fail(userError('CASE_MERGE_SELF', 'A case cannot be merged into itself.', 'input.intoId'));
      if (into === null) into = await lockCase(em, intoId);
      if (!into || !caseVisible(this.viewer, factsOf(into))) throw notFound('input.intoId', 'case');
      if (into.c.status === CaseStatus.REJECTED || into.c.status === CaseStatus.MERGED) {
        return fail(userError('CASE_MERGE_TARGET_NOT_OPEN', `A ${into.c.status} case takes no duplicates.`, 'input.intoId'));
      }
      if (into.c.handlingPath !== c.handlingPath) {
        return fail(userError('CASE_MERGE_OTHER_SCOPE', 'The other case is handled by another area: merge only cases of the same handling area.', 'input.intoId'));
      }
      c.status = decision.to;
      c.mergedInto = into.c;
      c.updatedAt = at;
      recordCaseHistory(em, this.viewer, c, { action: CaseAction.MERGE, from: decision.from, to: decision.to, at });
      return ok({ result: c.id, events: [caseEvent(EventType.CASE_MERGED, c, summonedOrganizationIds(summonses), { intoId: input.intoId })] });
    });
    return this.reload(outcome);
  }

  /**
   * Resolves a case: by the lead's admin once it reported in, when organisations are summoned; by the
   * handling level itself when nobody is.
   */
  async resolve(input: ResolveCaseInput): Promise<Outcome<Case>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Case'], 'input.id');
    const version = versionOf(input.version);
    const result = requiredText(input.result, 'input.result', RESULT_MAX);
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const { c, summonses } = await caseForChange(em, this.viewer, id, 'input.id', 'see');
      // the organisations at work on it: live summonses, and done ones (a resolved case)
      const active = summonses.filter((s) => isLive(s) || s.status === SummonsStatus.DONE);
      const lead = active.find((s) => s.role === SummonsRole.LEAD) ?? null;
      if (active.length > 0) {
        if (lead === null || !actsForOrganization(this.viewer, lead.organization.id)) {
          requireAllowed(this.viewer, lead === null && handlesCase(this.viewer, c), "Only the lead organisation's admin resolves a case organisations are summoned to.");
        }
      } else {
        requireAllowed(this.viewer, handlesCase(this.viewer, c), "Only an admin of the case's handling level resolves a case nobody is summoned to.");
      }
      if (version !== null && c.version !== version) return fail(versionConflict());
      const decision = decideCase('resolve', c.status);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      if (active.length > 0 && lead === null) {
        return fail(userError('CASE_LEAD_REQUIRED', 'Organisations are summoned but none leads: whistle again naming a lead, who resolves it.', 'input.id'));
      }
      if (lead !== null && lead.status !== SummonsStatus.REPORTED_IN) {
        return fail(userError('SUMMONS_NOT_REPORTED_IN', `The lead's summons is ${lead.status}: it reports in before it resolves the case.`, 'input.id'));
      }
      for (const s of summonses.filter((x) => x.status === SummonsStatus.REPORTED_IN)) {
        const done = decideSummons('done', s.status);
        if (!done.ok) continue;
        s.status = done.to;
        s.doneAt = at;
        s.updatedAt = at;
        recordSummonsHistory(em, this.viewer, s, { action: SummonsAction.DONE, from: done.from, to: done.to, at });
      }
      c.status = decision.to;
      c.resolvedAt = at;
      c.result = result;
      c.updatedAt = at;
      recordCaseHistory(em, this.viewer, c, { action: CaseAction.RESOLVE, from: decision.from, to: decision.to, reason: result, at });
      return ok({ result: c.id, events: [caseEvent(EventType.CASE_RESOLVED, c, summonedOrganizationIds(summonses), { from: decision.from, to: decision.to })] });
    });
    return this.reload(outcome);
  }

  async addNote(input: AddCaseNoteInput): Promise<Outcome<{ note: CaseNote; case: Case }>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.caseId, ['Case'], 'input.caseId');
    const text = requiredText(input.text, 'input.text', NOTE_MAX);
    const outcome = await transact<CaseNoteEntity>(this.ctx, async (em, at) => {
      const { c, summonses } = await caseForChange(em, this.viewer, id, 'input.caseId', 'party');
      const decision = decideCase('note', c.status);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.caseId'));
      const organization =
        this.viewer.role === Role.UNIT_ADMIN && this.viewer.organizationId !== null ? em.getReference(OrganizationEntity, this.viewer.organizationId) : null;
      const actor = { id: this.viewer.accountId!, role: this.viewer.role! };
      const note = em.create(CaseNoteEntity, { case: c, organization, text, actorId: actor.id, actorRole: actor.role, at });
      c.updatedAt = at;
      await em.flush();
      return ok({ result: note, events: [caseEvent(EventType.CASE_NOTE_ADDED, c, summonedOrganizationIds(summonses), { noteId: note.id })] });
    });
    if (!outcome.ok) return outcome;
    const n = outcome.value;
    const c = await this.ctx.loaders.caseById.clear(id).load(id);
    const note = Object.assign(Object.create(CaseNoteType.prototype) as CaseNote, {
      rowId: n.id,
      organizationRowId: n.organization?.id ?? null,
      text: n.text,
      actor: actorOnCase(this.viewer, c!.areaPath, { id: n.actorId, role: n.actorRole }),
      at: n.at,
    });
    return ok({ note, case: c! });
  }

  async reload(outcome: Outcome<string>): Promise<Outcome<Case>> {
    if (!outcome.ok) return outcome;
    const c = await this.ctx.loaders.caseById.clear(outcome.value).load(outcome.value);
    return ok(c!);
  }
}

export type { Change };
