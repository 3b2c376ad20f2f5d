import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText } from '../../shared/input.js';
import { AreaKind, areaRetired, areaToPlaceIn } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import { transact } from '../../outbox/transact.js';
import { DemandListAction, DemandListStatus } from './demand.enums.js';
import type { DemandListStatusInput, OpenDemandListInput } from './demand.inputs.js';
import { DemandListEntity } from './demand-list.entity.js';
import { dateRange, localDate } from './demand.parse.js';
import { canPlace, canRecord, demandListForChange } from './demand.rules.js';
import { demandListEvent, recordDemandListHistory } from './demand.record.js';
import { decideDemandList, type DemandListCommand } from './demand.transitions.js';
import type { DemandList } from './demand.type.js';

type Move = Exclude<DemandListCommand, 'collect'>;

/** Grid staff submit their list; the community (and above) publishes and closes it. */
const MOVES: Record<Move, { allow: typeof canRecord; action: DemandListAction; event: EventType; stamp: 'submittedAt' | 'publishedAt' | 'closedAt' }> = {
  submit: { allow: canRecord, action: DemandListAction.SUBMIT, event: EventType.DEMAND_LIST_SUBMITTED, stamp: 'submittedAt' },
  publish: { allow: canPlace, action: DemandListAction.PUBLISH, event: EventType.DEMAND_LIST_PUBLISHED, stamp: 'publishedAt' },
  close: { allow: canPlace, action: DemandListAction.CLOSE, event: EventType.DEMAND_LIST_CLOSED, stamp: 'closedAt' },
};

export class DemandListService {
  constructor(private readonly ctx: Context) {}

  /**
   * Opens a COLLECTING list for a grid and a period. A grid has at most one list (not CLOSED) for any
   * day: a period overlapping another open list's is DEMAND_LIST_PERIOD_TAKEN.
   */
  async open(input: OpenDemandListInput): Promise<Outcome<DemandList>> {
    requireSignedIn(this.ctx.viewer);
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const periodStart = localDate(input.periodStart, 'input.periodStart');
    const periodEnd = localDate(input.periodEnd, 'input.periodEnd');
    dateRange(periodStart, periodEnd, 'input.periodEnd');
    const title = input.title == null ? null : optionalText(input.title, 'input.title', 200);
    if (title === '') throw badInput('input.title', '"input.title" must not be blank.');
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const area = await areaToPlaceIn(em, areaId);
      if (!area) throw notFound('input.areaId', 'area');
      if (area.kind !== AreaKind.GRID) throw badInput('input.areaId', `A demand list is a grid's, not a ${area.kind}'s.`);
      requireAllowed(this.ctx.viewer, canRecord(this.ctx.viewer, { areaPath: area.path }));
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      const clash = await em.findOne(DemandListEntity, {
        area,
        status: { $ne: DemandListStatus.CLOSED },
        periodStart: { $lte: periodEnd },
        periodEnd: { $gte: periodStart },
      });
      if (clash) {
        return fail(userError(
          'DEMAND_LIST_PERIOD_TAKEN',
          `The grid already has a ${clash.status} list for ${clash.periodStart} to ${clash.periodEnd}.`,
          'input.periodStart',
        ));
      }
      const list = em.create(DemandListEntity, {
        area, areaPath: area.path, title: title ?? `${area.name}需求清单（${periodStart}至${periodEnd}）`, periodStart, periodEnd,
        openedBy: this.ctx.viewer.accountId!, createdAt: at, updatedAt: at,
      });
      await em.flush();
      recordDemandListHistory(em, this.ctx.viewer, list, { action: DemandListAction.OPEN, from: null, to: DemandListStatus.COLLECTING, at });
      return ok({ result: list.id, events: [demandListEvent(EventType.DEMAND_LIST_OPENED, list, { periodStart, periodEnd })] });
    });
    return this.reload(outcome);
  }

  async move(command: Move, input: DemandListStatusInput): Promise<Outcome<DemandList>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['DemandList'], 'input.id');
    const reason = optionalText(input.reason, 'input.reason', 500) || null;
    const move = MOVES[command];
    const outcome = await transact<string>(this.ctx, async (em, at) => {
      const list = await demandListForChange(em, this.ctx.viewer, id, 'input.id', move.allow);
      const decision = decideDemandList(command, list.status);
      if (!decision.ok) return fail(userError(decision.code, decision.message, 'input.id'));
      list.status = decision.to;
      list[move.stamp] = at;
      list.updatedAt = at;
      recordDemandListHistory(em, this.ctx.viewer, list, { action: move.action, from: decision.from, to: decision.to, reason, at });
      return ok({ result: list.id, events: [demandListEvent(move.event, list, { from: decision.from, to: decision.to, reason })] });
    });
    return this.reload(outcome);
  }

  private async reload(outcome: Outcome<string>): Promise<Outcome<DemandList>> {
    if (!outcome.ok) return outcome;
    const list = await this.ctx.loaders.demandListById.clear(outcome.value).load(outcome.value);
    return ok(list!);
  }
}
