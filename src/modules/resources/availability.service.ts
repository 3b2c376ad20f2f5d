import type pg from 'pg';
import type { Context } from '../../context.js';
import { sqlOn } from '../../db/tx-query.js';
import { badInput, fail, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText } from '../../shared/input.js';
import { actsForOrganization, staffOfArea, type Viewer } from '../../shared/viewer.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transactOn } from '../../outbox/transact.js';
import { ResourceStatus } from './resource.enums.js';
import type { ReportAvailabilitiesInput, ReportAvailabilityInput } from './resource.inputs.js';
import { toObservation, type ObservationRow } from './resource.reads.js';
import { checkResourceChange, resourceEvent } from './resource.service.js';
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

/**
 * One statement records a count: it reads the resource's facts as they were before it, moves the latest
 * count only if the facts allow a count at all (the same rules `record` then checks to name the refusal;
 * judged on the facts read, as the entity used to be) and only if no newer or equally recent count is
 * recorded (judged on the newest row), and inserts the observation where it did. Never the version: live
 * counts do not conflict with edits of the resource.
 */
const RECORD = `
  with facts as (
    select id, status, area_path, organization_id, capacity from resource where id = $1
  ),
  updated as (
    update resource r set latest_free_count = $2, latest_observed_at = $3
    from facts f
    where r.id = f.id and f.capacity is not null and f.status <> '${ResourceStatus.WITHDRAWN}' and $2 <= f.capacity
      and (r.latest_observed_at is null or r.latest_observed_at < $3)
    returning r.id
  ),
  observation as (
    insert into availability_observation (resource_id, free_count, observed_at, source, reported_by, recorded_at)
    select id, $2, $3, $4, $5, $6 from updated
    returning id, resource_id, free_count, observed_at, source, recorded_at
  )
  select f.id, f.status, f.area_path, f.organization_id, f.capacity,
         o.id as observation_id, o.resource_id, o.free_count, o.observed_at, o.source, o.recorded_at
  from facts f left join observation o on true`;

interface RecordRow extends Omit<ObservationRow, 'id'> {
  id: string;
  status: ResourceStatus;
  area_path: string;
  organization_id: string;
  capacity: number | null;
  /** Null when no observation was recorded. */
  observation_id: string | null;
}

export class AvailabilityService {
  constructor(private readonly ctx: Context) {}

  async report(input: ReportAvailabilityInput): Promise<Outcome<AvailabilityObservation>> {
    requireSignedIn(this.ctx.viewer);
    const parsed = parse(input, 'input', this.ctx.app.clock.now());
    return transactOn<AvailabilityObservation>(this.ctx, async (client) => {
      const recorded = await this.record(client, parsed, 'input');
      if ('code' in recorded) return fail(recorded);
      return ok({ result: recorded.observation, events: [recorded.event] });
    });
  }

  /**
   * Each observation is recorded or refused on its own, in one transaction: a stale reading (or a resource
   * that takes no counts) becomes a user error naming `input.observations.<i>`, and the others are still
   * recorded. Input wrong on its own, an unknown id, or a resource the caller may not report for refuse the
   * whole batch (thrown; nothing recorded).
   */
  async reportMany(input: ReportAvailabilitiesInput): Promise<{ observations: AvailabilityObservation[]; userErrors: UserError[] }> {
    requireSignedIn(this.ctx.viewer);
    const count = input.observations.length;
    if (count === 0 || count > MAX_BATCH) throw badInput('input.observations', `Send from 1 to ${MAX_BATCH} observations, got ${count}.`);
    const now = this.ctx.app.clock.now();
    const parsed = input.observations.map((o, i) => parse(o, `input.observations.${i}`, now));
    const outcome = await transactOn(this.ctx, async (client) => {
      const observations: AvailabilityObservation[] = [];
      const userErrors: UserError[] = [];
      const events: EventDraft[] = [];
      for (const [i, item] of parsed.entries()) {
        const recorded = await this.record(client, item, `input.observations.${i}`);
        if ('code' in recorded) userErrors.push(recorded);
        else {
          observations.push(recorded.observation);
          events.push(recorded.event);
        }
      }
      return ok({ result: { observations, userErrors }, events });
    });
    if (!outcome.ok) throw new Error('unreachable: a batch never fails as a whole');
    return outcome.value;
  }

  /**
   * Records one count in the caller's transaction. Whatever the statement wrote is rolled back with it when
   * this throws (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT); for the refusals it returns, it wrote nothing.
   */
  private async record(client: pg.ClientBase, item: Parsed, field: string): Promise<{ observation: AvailabilityObservation; event: EventDraft } | UserError> {
    const viewer = this.ctx.viewer;
    // prepared: each pooled connection parses and plans it once
    const rows = await sqlOn(client)<RecordRow>(RECORD, [
      item.resourceId,
      item.freeCount,
      item.observedAt.toISOString(),
      item.source,
      viewer.accountId ?? 'anonymous',
      this.ctx.app.clock.now().toISOString(),
    ], { prepare: true });
    const row = checkResourceChange(viewer, rows[0] ?? null, (r) => ({ status: r.status, areaPath: r.area_path, organizationId: r.organization_id }), `${field}.resourceId`, canReport);
    if (row.capacity === null) {
      return userError('RESOURCE_NOT_COUNTED', 'This resource has no capacity, so it has no free count.', `${field}.resourceId`);
    }
    if (row.status === ResourceStatus.WITHDRAWN) {
      return userError('RESOURCE_WITHDRAWN', 'A withdrawn resource takes no more counts.', `${field}.resourceId`);
    }
    if (item.freeCount > row.capacity) {
      throw badInput(`${field}.freeCount`, `"freeCount" ${item.freeCount} is above the capacity of ${row.capacity}.`);
    }
    if (row.observation_id === null) {
      return userError('OBSERVATION_OUT_OF_ORDER', 'A newer or equally recent count is already recorded.', `${field}.observedAt`);
    }
    const r = { id: row.id, areaPath: row.area_path, status: row.status, organization: { id: row.organization_id } };
    const event = resourceEvent(EventType.AVAILABILITY_REPORTED, r, false, {
      observationId: row.observation_id,
      freeCount: item.freeCount,
      observedAt: item.observedAt.toISOString(),
    });
    return { observation: toObservation({ ...row, id: row.observation_id }), event };
  }
}
