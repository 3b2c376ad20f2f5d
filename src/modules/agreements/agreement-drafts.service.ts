import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { actorOf } from '../../shared/viewer.js';
import { AreaKind, areaRetired, areaToPlaceIn } from '../areas/index.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import { OrganizationEntity } from '../organizations/index.js';
import { loadForChange, partiesOf } from './agreement.rules.js';
import { decide } from './agreement.transitions.js';
import { record } from './agreement.record.js';
import { changeAgreement, notAllowed, reloadAgreement, requireSettled } from './agreement.change.js';
import { AgreementItemEntity, SharingAgreementEntity } from './agreement.entity.js';
import { AgreementAction, AgreementStatus } from './agreement.enums.js';
import type { AgreementInput, CreateAgreementDraftInput, UpdateAgreementDraftInput } from './agreement.inputs.js';
import { checkItems, parseItems, replaceItems, type ParsedItem } from './agreement.items.js';
import { isCalendarDate } from '../../shared/calendar-date.js';
import { localToday } from '../../shared/today.js';
import type { SharingAgreement } from './agreement.type.js';

function dateOf(value: string, field: string): string {
  if (!isCalendarDate(value)) throw badInput(field, `"${field}" must be a calendar date, YYYY-MM-DD, got "${value}".`);
  return value;
}

function checkOrder(startDate: string, endDate: string, field: string): void {
  if (endDate < startDate) throw badInput(field, `The end date ${endDate} is before the start date ${startDate}.`);
}

const periodEnded = () => userError('AGREEMENT_PERIOD_ENDED', 'The end date has already passed.', 'input.endDate');

// jsonb keeps its own key order: compare windows field by field
const itemKey = (items: { resourceId: string; committedQuantity: number | null; windows: WeeklyWindow[] }[]) =>
  JSON.stringify(items.map((i) => [i.resourceId, i.committedQuantity, i.windows.map((w) => [w.days, w.dayType, w.start, w.end])]));

/** Drafting: create, update and discard DRAFT agreements. Either party's admin. */
export class AgreementDraftService {
  constructor(private readonly ctx: Context) {}

  async create(input: CreateAgreementDraftInput): Promise<Outcome<SharingAgreement>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const organizationId = idOf(input.organizationId, ['Organization'], 'input.organizationId');
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const title = requiredText(input.title, 'input.title', 200);
    const terms = optionalText(input.terms, 'input.terms', 10_000) ?? '';
    const startDate = dateOf(input.startDate, 'input.startDate');
    const endDate = dateOf(input.endDate, 'input.endDate');
    checkOrder(startDate, endDate, 'input.endDate');
    const items = parseItems(input.items ?? [], 'input.items');

    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const organization = await em.findOne(OrganizationEntity, { id: organizationId });
      if (!organization) throw notFound('input.organizationId', 'organization');
      const area = await areaToPlaceIn(em, areaId);
      if (!area) throw notFound('input.areaId', 'area');
      const parties = partiesOf(viewer, { organizationId, areaPath: area.path });
      requireAllowed(viewer, parties.length > 0, 'Only the unit\'s admin or an admin of the area (or above) drafts its agreements.');
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      if (area.kind !== AreaKind.STREET && area.kind !== AreaKind.COMMUNITY) {
        return fail(userError('AREA_NOT_STREET_OR_COMMUNITY', `Agreements are made with a street or a community, not a ${area.kind}.`, 'input.areaId'));
      }
      if (endDate < localToday(now, this.ctx.app.config.timeZone)) return fail(periodEnded());
      const problems = await checkItems(em, viewer, organizationId, items, 'input.items');
      if (problems.length) return fail(...problems);
      const actor = actorOf(viewer);
      const a = em.create(SharingAgreementEntity, {
        organization, area, areaPath: area.path, title, terms, startDate, endDate, createdBy: actor.id, createdAt: now, updatedAt: now,
      });
      await em.flush();
      await replaceItems(em, a, items);
      const event = record(em, a, { action: AgreementAction.CREATE, from: null, to: AgreementStatus.DRAFT, party: parties[0] }, actor, now);
      return ok({ result: a.id, events: [event] });
    });
    return reloadAgreement(this.ctx, outcome);
  }

  async update(input: UpdateAgreementDraftInput): Promise<Outcome<SharingAgreement>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const id = idOf(input.id, ['SharingAgreement'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const patch: Partial<Pick<SharingAgreementEntity, 'title' | 'terms' | 'startDate' | 'endDate'>> = {};
    if (input.title != null) patch.title = requiredText(input.title, 'input.title', 200);
    if (input.terms != null) patch.terms = optionalText(input.terms, 'input.terms', 10_000)!;
    if (input.startDate != null) patch.startDate = dateOf(input.startDate, 'input.startDate');
    if (input.endDate != null) patch.endDate = dateOf(input.endDate, 'input.endDate');
    if (patch.startDate && patch.endDate) checkOrder(patch.startDate, patch.endDate, 'input.endDate');
    const items: ParsedItem[] | null = input.items == null ? null : parseItems(input.items, 'input.items');

    const outcome = await changeAgreement<string>(this.ctx, id, async (em, now, today) => {
      const loaded = await loadForChange(em, viewer, id, 'input.id', today);
      const { a } = loaded;
      requireAllowed(viewer, loaded.parties.length > 0);
      if (a.version !== version) return fail(versionConflict());
      const decision = decide('update', loaded.effective);
      if (!decision.allowed) return fail(notAllowed('update', loaded.effective, decision.code));
      requireSettled(loaded, today);
      // the stored dates count too: an end before the stored start is as wrong as one before a given start
      checkOrder(patch.startDate ?? a.startDate, patch.endDate ?? a.endDate, patch.endDate ? 'input.endDate' : 'input.startDate');
      if ((patch.endDate ?? a.endDate) < today) return fail(periodEnded());
      const changed: string[] = (Object.keys(patch) as (keyof typeof patch)[]).filter((key) => patch[key] !== a[key]);
      if (items) {
        const problems = await checkItems(em, viewer, a.organization.id, items, 'input.items');
        if (problems.length) return fail(...problems);
        const stored = await em.find(AgreementItemEntity, { agreement: a.id }, { orderBy: { position: 'asc' } });
        const before = stored.map((i) => ({ resourceId: i.resource.id, committedQuantity: i.committedQuantity ?? null, windows: i.windows }));
        if (itemKey(before) !== itemKey(items)) changed.push('items');
      }
      if (changed.length === 0) return ok({ result: a.id, events: [] });
      em.assign(a, patch);
      if (items && changed.includes('items')) await replaceItems(em, a, items);
      a.updatedAt = now;
      const entry = { action: AgreementAction.UPDATE, from: AgreementStatus.DRAFT, to: AgreementStatus.DRAFT, party: loaded.parties[0], data: { changed } };
      return ok({ result: a.id, events: [record(em, a, entry, actorOf(viewer), now)] });
    });
    return reloadAgreement(this.ctx, outcome);
  }

  /** Discards a draft: it is kept with its history, but no one sees it any more. Returns its global id. */
  async discard(input: AgreementInput): Promise<Outcome<string>> {
    const viewer = this.ctx.viewer;
    requireSignedIn(viewer);
    const id = idOf(input.id, ['SharingAgreement'], 'input.id');
    const outcome = await changeAgreement<string>(this.ctx, id, async (em, now, today) => {
      const loaded = await loadForChange(em, viewer, id, 'input.id', today);
      requireAllowed(viewer, loaded.parties.length > 0);
      const decision = decide('discard', loaded.effective);
      if (!decision.allowed) return fail(notAllowed('discard', loaded.effective, decision.code));
      requireSettled(loaded, today);
      loaded.a.discardedAt = now;
      loaded.a.updatedAt = now;
      const entry = { action: AgreementAction.DISCARD, from: AgreementStatus.DRAFT, to: null, party: loaded.parties[0] };
      return ok({ result: loaded.a.id, events: [record(em, loaded.a, entry, actorOf(viewer), now)] });
    });
    return outcome.ok ? ok(toGlobalId('SharingAgreement', outcome.value)) : outcome;
  }
}
