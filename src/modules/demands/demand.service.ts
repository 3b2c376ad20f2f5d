import { hookHandlers, type Context } from '../../context.js';
import { badInput, fail, forbidden, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import { parsePoint } from '../../shared/location.js';
import { actorOf, isApprovedVolunteer, isBelow, Role, type Viewer } from '../../shared/viewer.js';
import { AreaKind, areaAtPoint, areaRetired, areaToPlaceIn, noAreaAtPoint, pointOutsideArea } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import { transact, transactOn, versionConflict } from '../../outbox/transact.js';
import { OrganizationEntity } from '../organizations/index.js';
import { DemandAction, DemandFulfilment, DemandStatus, DemandTakeAction } from './demand.enums.js';
import { DemandEntity } from './demand.entity.js';
import type { CancelDemandInput, DemandIdInput, PostDemandInput, UpdateDemandInput } from './demand.inputs.js';
import type { ReportDemandServedInput, TakeDemandInput, TakeReasonInput } from './demand-take.inputs.js';
import { judgeOrder } from './demand-take.confirm.js';
import { applyTakes, endTake, lockOrder, moveTakes, noteOf, peopleOf, reasonOf, reportServed, streetOf, takeOrder, type TakeChange } from './demand-take.service.js';
import type { DemandTake } from './demand-take.type.js';
import { DemandListEntity } from './demand-list.entity.js';
import { placeDemandOn } from './demand.place.js';
import { dateRange, fulfilmentKinds, kindsOf, localDate, neededWindows, notPast, orderedAtOf, quantityOf, radiusOf } from './demand.parse.js';
import { canCancel, canRecord, demandForChange, demandListVisible, demandVisible, factsOf } from './demand.rules.js';
import { DEMAND_EVENTS, demandEvent, recordDemandHistory, serviceEvent, takerScope } from './demand.record.js';
import { decideDemand, decideDemandList, type ServiceCommand } from './demand.transitions.js';
import type { Demand } from './demand.type.js';
import { todayOf } from '../../shared/today.js';

const TITLE_MAX = 200;
const TEXT_MAX = 5000;

/** What a take mutation answers: the order and the take as the caller may see them now. */
export interface TakeResult {
  demand: Demand | null;
  take: DemandTake | null;
}

export class DemandService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  async post(input: PostDemandInput): Promise<Outcome<Demand>> {
    requireSignedIn(this.viewer);
    const now = this.ctx.app.clock.now();
    const areaId = input.areaId == null ? null : idOf(input.areaId, ['Area'], 'input.areaId');
    const listId = input.demandListId == null ? null : idOf(input.demandListId, ['DemandList'], 'input.demandListId');
    const startDate = localDate(input.startDate, 'input.startDate');
    const endDate = localDate(input.endDate, 'input.endDate');
    dateRange(startDate, endDate, 'input.endDate');
    notPast(endDate, todayOf(this.ctx), 'input.endDate');
    const fields = {
      title: requiredText(input.title, 'input.title', TITLE_MAX),
      description: optionalText(input.description, 'input.description', TEXT_MAX) ?? '',
      fulfilment: input.fulfilment ?? DemandFulfilment.RESOURCE,
      ...fulfilmentKinds(input.fulfilment ?? DemandFulfilment.RESOURCE, input.kinds, input.serviceKinds, 'input'),
      quantity: quantityOf(input.quantity, 'input.quantity'),
      windows: neededWindows(input.windows, 'input'),
      startDate,
      endDate,
      ...parsePoint(input.location, 'input.location'),
      radiusMeters: radiusOf(input.radiusMeters ?? 1000, 'input.radiusMeters'),
      audience: input.audience,
      urgency: input.urgency,
      channel: input.channel,
      orderedAt: orderedAtOf(input.orderedAt, now, 'input.orderedAt'),
      orderedBy: optionalText(input.orderedBy, 'input.orderedBy', TITLE_MAX) ?? '',
    };
    // no area named: the grid (else community) whose boundary holds the location
    const atPoint = areaId === null ? await areaAtPoint(this.ctx, fields) : null;
    if (areaId === null && !atPoint) return fail(noAreaAtPoint('input.location'));
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const area = await areaToPlaceIn(em, areaId ?? atPoint!.rowId);
      if (!area) throw notFound('input.areaId', 'area');
      if (area.kind !== AreaKind.GRID && area.kind !== AreaKind.COMMUNITY) {
        throw badInput('input.areaId', `A demand belongs to a grid or a community, not to a ${area.kind}.`);
      }
      requireAllowed(this.viewer, canRecord(this.viewer, { areaPath: area.path }));
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      const outside = areaId === null ? null : pointOutsideArea(this.ctx, area, fields, 'input.location');
      if (outside) return fail(outside);
      let demandList: DemandListEntity | null = null;
      if (listId !== null) {
        demandList = await em.findOne(DemandListEntity, { id: listId });
        if (!demandList || !demandListVisible(this.viewer, demandList)) throw notFound('input.demandListId', 'demand list');
        if (demandList.area.id !== area.id) {
          return fail(userError('DEMAND_LIST_OF_OTHER_AREA', 'That demand list belongs to another grid.', 'input.demandListId'));
        }
        const decision = decideDemandList('collect', demandList.status);
        if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.demandListId'));
      }
      const d = em.create(DemandEntity, {
        ...fields, area, areaPath: area.path, demandList, recordedBy: this.viewer.accountId!, createdAt: at, updatedAt: at,
      });
      await em.flush();
      recordDemandHistory(em, this.viewer, d, { action: DemandAction.POST, from: null, to: DemandStatus.POSTED, at });
      return ok({ result: d.id, events: [demandEvent(EventType.DEMAND_POSTED, d, { channel: d.channel, demandListId: listId, fulfilment: d.fulfilment })] });
    });
    return this.reload(outcome);
  }

  async update(input: UpdateDemandInput): Promise<Outcome<Demand>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Demand'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const now = this.ctx.app.clock.now();
    const patch: Partial<DemandEntity> = {};
    if (input.title != null) patch.title = requiredText(input.title, 'input.title', TITLE_MAX);
    if (input.description != null) patch.description = optionalText(input.description, 'input.description', TEXT_MAX)!;
    if (input.kinds != null) patch.kinds = kindsOf(input.kinds, 'input.kinds');
    if (input.serviceKinds != null) patch.serviceKinds = fulfilmentKinds(DemandFulfilment.SERVICE, null, input.serviceKinds, 'input').serviceKinds;
    if (input.quantity != null) patch.quantity = quantityOf(input.quantity, 'input.quantity');
    if (input.windows != null) patch.windows = neededWindows(input.windows, 'input');
    if (input.startDate != null) patch.startDate = localDate(input.startDate, 'input.startDate');
    if (input.endDate != null) patch.endDate = localDate(input.endDate, 'input.endDate');
    if (input.location != null) Object.assign(patch, parsePoint(input.location, 'input.location'));
    if (input.radiusMeters != null) patch.radiusMeters = radiusOf(input.radiusMeters, 'input.radiusMeters');
    if (input.audience != null) patch.audience = input.audience;
    if (input.urgency != null) patch.urgency = input.urgency;
    if (input.channel != null) patch.channel = input.channel;
    if (input.orderedAt != null) patch.orderedAt = orderedAtOf(input.orderedAt, now, 'input.orderedAt');
    if (input.orderedBy != null) patch.orderedBy = optionalText(input.orderedBy, 'input.orderedBy', TITLE_MAX)!;
    if (patch.endDate) notPast(patch.endDate, todayOf(this.ctx), 'input.endDate');

    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const d = await demandForChange(em, this.viewer, id, 'input.id', canRecord);
      if (d.version !== version) return fail(versionConflict());
      const decision = decideDemand('update', { status: d.status, endDate: d.endDate, taken: false }, todayOf(this.ctx));
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      if (patch.kinds && d.fulfilment === DemandFulfilment.SERVICE) throw badInput('input.kinds', 'A SERVICE order names `serviceKinds`, not resource `kinds`.');
      if (patch.serviceKinds && d.fulfilment === DemandFulfilment.RESOURCE) throw badInput('input.serviceKinds', 'A RESOURCE demand names resource `kinds`, not `serviceKinds`.');
      dateRange(patch.startDate ?? d.startDate, patch.endDate ?? d.endDate, patch.endDate ? 'input.endDate' : 'input.startDate');
      const changed = (Object.keys(patch) as (keyof DemandEntity)[]).filter((key) => !same(patch[key], d[key]));
      if (changed.length === 0) return ok({ result: d.id, events: [] });
      em.assign(d, patch);
      d.updatedAt = at;
      recordDemandHistory(em, this.viewer, d, { action: DemandAction.UPDATE, from: d.status, to: d.status, at });
      return ok({ result: d.id, events: [demandEvent(EventType.DEMAND_UPDATED, d, { changed })] });
    });
    return this.reload(outcome);
  }

  /** Lean (demand.place.ts): placing starts the matching latency. */
  async place(input: DemandIdInput): Promise<Outcome<Demand>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Demand'], 'input.id');
    const outcome = await transactOn<string>(this.ctx, (client, at) => placeDemandOn(client, this.ctx, id, at));
    if (outcome.ok) {
      // an entity of it that an earlier mutation of this operation left in the EntityManager is stale now
      const held = this.ctx.em().getUnitOfWork().getById<DemandEntity>(DemandEntity.name, id);
      if (held) await this.ctx.em().refresh(held);
    }
    return this.reload(outcome);
  }

  async cancel(input: CancelDemandInput): Promise<Outcome<Demand>> {
    const reason = requiredText(input.reason, 'input.reason', 500);
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Demand'], 'input.id');
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      let d = await demandForChange(em, this.viewer, id, 'input.id', canCancel);
      // a service order's row is locked and read again: its takes change with it (a RESOURCE demand's matches
      // are locked by the hook below, in matching's order)
      const order = d.fulfilment === DemandFulfilment.SERVICE ? (await lockOrder(em, this.ctx, id))! : null;
      if (order) d = order.d;
      const takes = order?.takes ?? [];
      const decision = decideDemand('cancel', { status: d.status, endDate: d.endDate, taken: false, takenQuantity: d.takenQuantity }, todayOf(this.ctx));
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      d.status = decision.to;
      d.updatedAt = at;
      d.cancelReason = reason;
      recordDemandHistory(em, this.viewer, d, { action: DemandAction.CANCEL, from: decision.from, to: decision.to, reason, at });
      if (d.fulfilment === DemandFulfilment.SERVICE) {
        // its live takes end with it, revoked for the cancel's reason
        const ended = moveTakes(em, this.viewer, takes, 'cancel', DemandTakeAction.REVOKE, at, reason);
        for (const t of ended) t.endedAt = at;
        applyTakes(d, takes);
        await em.flush();
        const scope = await takerScope(em, d.id, ended.map((t) => t.id));
        return ok({ result: d.id, events: [serviceEvent(DEMAND_EVENTS.cancel, d, scope, { from: decision.from, to: decision.to })] });
      }
      const event = demandEvent(DEMAND_EVENTS.cancel, d, { from: decision.from, to: decision.to, reason });
      // matching: a cancelled demand's accepted matches cancelled (quantity released), proposals superseded
      const events = [event];
      for (const closed of hookHandlers(this.ctx.app, 'demandsClosed')) events.push(...(await closed(em, [d.id], 'CANCELLED', actorOf(this.viewer), at, reason)));
      return ok({ result: d.id, events });
    });
    return this.reload(outcome);
  }

  /**
   * A unit admin takes a demand for its unit, a volunteer for themself (or, for a service order, for a team
   * they lead). Takers may not see a demand before they take it, so it is found by reach, not visibility: a
   * unit reaches the placed demands of its own street, an approved volunteer those of their home community
   * (their record says, not their token), a team those of its area. Outside that reach it is NOT_FOUND. A
   * service order (SERVICE) gets a take of a quantity (demand-take.service.ts); a RESOURCE demand records who
   * took it and keeps its status.
   */
  async take(input: TakeDemandInput): Promise<Outcome<TakeResult>> {
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Demand'], 'input.id');
    const teamId = input.teamId == null ? null : idOf(input.teamId, ['VolunteerTeam'], 'input.teamId');
    const quantity = input.quantity == null ? null : quantityOf(input.quantity, 'input.quantity');
    const viewer = this.viewer;
    if (viewer.role !== Role.UNIT_ADMIN && !isApprovedVolunteer(viewer)) {
      throw forbidden('Only a unit admin, or an approved volunteer (of their home community), takes demands.');
    }
    const outcome = await transact<TakeChange>(this.ctx, async (em, at) => {
      const order = await lockOrder(em, this.ctx, id);
      if (order?.d.fulfilment === DemandFulfilment.SERVICE) return takeOrder(em, this.ctx, order, { quantity, teamId }, at);
      const unit = viewer.role === Role.UNIT_ADMIN ? await em.findOneOrFail(OrganizationEntity, { id: viewer.organizationId! }) : null;
      const reach = unit ? streetOf(unit.areaPath) : viewer.areaPath!;
      const d = order?.d ?? null;
      if (!d || !(isBelow(d.areaPath, reach) || demandVisible(viewer, factsOf(d)))) throw notFound('input.id', 'demand');
      if (quantity !== null || teamId !== null) {
        return fail(userError('DEMAND_NOT_SERVICE_ORDER', 'A RESOURCE demand is taken whole, by a unit or a volunteer: no quantity, no team.', quantity !== null ? 'input.quantity' : 'input.teamId'));
      }
      const taken = d.takenByOrganization != null || d.takenByAccount != null;
      const decision = decideDemand('take', { status: d.status, endDate: d.endDate, taken }, todayOf(this.ctx));
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      d.takenByOrganization = unit;
      d.takenByAccount = viewer.accountId;
      d.takenAt = at;
      d.updatedAt = at;
      recordDemandHistory(em, viewer, d, { action: DemandAction.TAKE, from: decision.from, to: decision.to, at });
      return ok({ result: { demandId: d.id, takeId: null }, events: [demandEvent(DEMAND_EVENTS.take, d, { organizationId: unit?.id ?? null })] });
    });
    return this.reloadTake(outcome);
  }

  /** The taker gives its take of a service order back, with a reason: its quantity is open again. */
  async release(input: TakeReasonInput): Promise<Outcome<TakeResult>> {
    const { takeId, reason } = this.takeReason(input);
    return this.reloadTake(await transact<TakeChange>(this.ctx, (em, at) => endTake(em, this.ctx, 'release', takeId, reason, at)));
  }

  /** The community revokes a take, with a reason: its quantity is open again. */
  async revokeTake(input: TakeReasonInput): Promise<Outcome<TakeResult>> {
    const { takeId, reason } = this.takeReason(input);
    return this.reloadTake(await transact<TakeChange>(this.ctx, (em, at) => endTake(em, this.ctx, 'revoke', takeId, reason, at)));
  }

  async reportServed(input: ReportDemandServedInput): Promise<Outcome<TakeResult>> {
    requireSignedIn(this.viewer);
    const takeId = idOf(input.takeId, ['DemandTake'], 'input.takeId');
    const note = noteOf(input.note);
    const people = peopleOf(input);
    return this.reloadTake(await transact<TakeChange>(this.ctx, (em, at) => reportServed(em, this.ctx, takeId, note, people, at)));
  }

  /** confirm, dispute, revoke a confirmation: the community's judgement of a served order. */
  async judge(command: ServiceCommand, input: { id: string; reason?: string | null }): Promise<Outcome<Demand>> {
    const reason = command === 'confirm' ? null : reasonOf(input.reason ?? '', 'input.reason');
    requireSignedIn(this.viewer);
    const id = idOf(input.id, ['Demand'], 'input.id');
    const outcome = await transact<TakeChange>(this.ctx, (em, at) => judgeOrder(em, this.ctx, command, id, reason, at));
    return this.reload(outcome.ok ? ok(outcome.value.demandId) : outcome);
  }

  private takeReason(input: TakeReasonInput) {
    const reason = reasonOf(input.reason, 'input.reason');
    requireSignedIn(this.viewer);
    return { takeId: idOf(input.takeId, ['DemandTake'], 'input.takeId'), reason };
  }

  private async reloadTake(outcome: Outcome<TakeChange>): Promise<Outcome<TakeResult>> {
    if (!outcome.ok) return outcome;
    const { demandId, takeId } = outcome.value;
    const [demand, take] = await Promise.all([
      this.ctx.loaders.demandById.clear(demandId).load(demandId),
      takeId === null ? null : this.ctx.loaders.demandTakeById.clear(takeId).load(takeId),
    ]);
    return ok({ demand, take });
  }

  private async reload(outcome: Outcome<string>): Promise<Outcome<Demand>> {
    if (!outcome.ok) return outcome;
    const demand = await this.ctx.loaders.demandById.clear(outcome.value).load(outcome.value);
    return ok(demand!);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
