import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, fail, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText } from '../../shared/input.js';
import { actsForOrganization, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../events/event.enums.js';
import type { EventDraft } from '../events/outbox.js';
import { transact } from '../events/transact.js';
import { AvailabilityObservationEntity } from './availability-observation.entity.js';
import { ResourceStatus } from './resource.enums.js';
import type { ReportAvailabilitiesInput, ReportAvailabilityInput } from './resource.inputs.js';
import { resourceEvent, resourceForChange } from './resource.service.js';
import type { AvailabilityObservation } from './resource.type.js';

const MAX_BATCH = 500;
/** Clocks of car-park systems drift; an observation further ahead than this is refused as bad input. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** The unit itself, and any staff of the resource's area, grid workers included, may report counts. */
const canReport = (viewer: Viewer, r: { organizationId: string; areaPath: string }) =>
  actsForOrganization(viewer, r.organizationId) || staffOfArea(viewer, r.areaPath);

interface Parsed {
  resourceId: string;
  freeCount: number;
  observedAt: Date;
  source: string;
}

function parse(input: ReportAvailabilityInput, field: string, now: Date): Parsed {
  const freeCount = input.freeCount;
  if (!Number.isInteger(freeCount) || freeCount < 0) throw badInput(`${field}.freeCount`, `"freeCount" must be a whole number ≥ 0, got ${freeCount}.`);
  const observedAt = input.observedAt ?? now;
  if (observedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw badInput(`${field}.observedAt`, '"observedAt" lies in the future.');
  }
  return {
    resourceId: idOf(input.resourceId, ['Resource'], `${field}.resourceId`),
    freeCount,
    observedAt,
    source: optionalText(input.source, `${field}.source`, 100) ?? '',
  };
}

export class AvailabilityService {
  constructor(private readonly ctx: Context) {}

  async report(input: ReportAvailabilityInput): Promise<Outcome<AvailabilityObservation>> {
    requireSignedIn(this.ctx.viewer);
    const parsed = parse(input, 'input', this.ctx.app.clock.now());
    const outcome = await transact<string>(this.ctx, async (em) => {
      const recorded = await this.record(em, parsed, 'input');
      if ('code' in recorded) return fail(recorded);
      return ok({ result: recorded.id, events: [recorded.event] });
    });
    if (!outcome.ok) return outcome;
    return ok((await this.ctx.loaders.observationById.load(outcome.value))!);
  }

  /** Each observation is recorded or refused on its own; bad input or rights anywhere refuse the batch. */
  async reportMany(input: ReportAvailabilitiesInput): Promise<{ observations: AvailabilityObservation[]; userErrors: UserError[] }> {
    requireSignedIn(this.ctx.viewer);
    const count = input.observations.length;
    if (count === 0 || count > MAX_BATCH) throw badInput('input.observations', `Send from 1 to ${MAX_BATCH} observations, got ${count}.`);
    const now = this.ctx.app.clock.now();
    const parsed = input.observations.map((o, i) => parse(o, `input.observations[${i}]`, now));
    const outcome = await transact(this.ctx, async (em) => {
      const ids: string[] = [];
      const errors: UserError[] = [];
      const events: EventDraft[] = [];
      for (const [i, item] of parsed.entries()) {
        const recorded = await this.record(em, item, `input.observations[${i}]`);
        if ('code' in recorded) errors.push(recorded);
        else {
          ids.push(recorded.id);
          events.push(recorded.event);
        }
      }
      return ok({ result: { ids, errors }, events });
    });
    if (!outcome.ok) throw new Error('unreachable: a batch never fails as a whole');
    const observations = await this.ctx.loaders.observationById.loadMany(outcome.value.ids);
    return { observations: observations as AvailabilityObservation[], userErrors: outcome.value.errors };
  }

  private async record(em: EntityManager, item: Parsed, field: string): Promise<{ id: string; event: EventDraft } | UserError> {
    const r = await resourceForChange(em, this.ctx.viewer, item.resourceId, `${field}.resourceId`, canReport);
    if (r.capacity === null || r.capacity === undefined) {
      return userError('RESOURCE_NOT_COUNTED', 'This resource has no capacity, so it has no free count.', `${field}.resourceId`);
    }
    if (r.status === ResourceStatus.WITHDRAWN) {
      return userError('RESOURCE_WITHDRAWN', 'A withdrawn resource takes no more counts.', `${field}.resourceId`);
    }
    if (item.freeCount > r.capacity) {
      throw badInput(`${field}.freeCount`, `"freeCount" ${item.freeCount} is above the capacity of ${r.capacity}.`);
    }
    // a conditional update, not the entity's version: live counts never conflict with edits of the resource
    const res = await em.getConnection().execute<{ affectedRows: number }>(
      `update resource set latest_free_count = ?, latest_observed_at = ?
       where id = ? and (latest_observed_at is null or latest_observed_at < ?)`,
      [item.freeCount, item.observedAt.toISOString(), r.id, item.observedAt.toISOString()],
      'run',
      em.getTransactionContext(),
    );
    if (res.affectedRows === 0) {
      return userError('OBSERVATION_OUT_OF_ORDER', 'A newer or equally recent count is already recorded.', `${field}.observedAt`);
    }
    const observation = em.create(AvailabilityObservationEntity, {
      resource: r,
      freeCount: item.freeCount,
      observedAt: item.observedAt,
      source: item.source,
      reportedBy: this.ctx.viewer.accountId ?? 'anonymous',
      recordedAt: this.ctx.app.clock.now(),
    });
    await em.flush();
    const event = resourceEvent(EventType.AVAILABILITY_REPORTED, r, false, {
      observationId: observation.id,
      freeCount: item.freeCount,
      observedAt: item.observedAt.toISOString(),
    });
    return { id: observation.id, event };
  }
}
