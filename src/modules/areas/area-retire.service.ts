import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hookHandlers, type Context } from '../../context.js';
import { sqlOf } from '../../db/tx-query.js';
import { SqlParams } from '../../read/params.js';
import { fail, notFound, ok, userError, type Outcome, type UserError } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion } from '../../shared/input.js';
import { localToday } from '../../shared/today.js';
import { actorOf } from '../../shared/viewer.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import { AreaEntity } from './area.entity.js';
import { AreaAction, AreaUseKind } from './area.enums.js';
import type { AreaUseSql } from './area.hooks.js';
import type { RetireAreaInput } from './area.inputs.js';
import type { AreaUse } from './area.payloads.js';
import { recordArea } from './area.record.js';
import { mayAdministerChildOf } from './area.rules.js';
import type { Area } from './area.type.js';

/** An area that is retired takes nothing new: the userError every service placing a new thing in one returns. */
export const areaRetired = (field: string) => userError('AREA_RETIRED', 'That area is retired; it takes nothing new.', field);

/**
 * The area a new thing is to be placed in, read in the caller's transaction FOR SHARE: a retirement of it
 * running meanwhile (which locks it FOR UPDATE) is waited for and then seen in `retiredAt`, and none can
 * start before the caller commits. Null when there is no such area.
 */
export function areaToPlaceIn(em: EntityManager, id: string): Promise<AreaEntity | null> {
  return em.findOne(AreaEntity, { id }, { lockMode: LockMode.PESSIMISTIC_READ });
}

const KIND_ORDER = Object.values(AreaUseKind);

const DESCRIBED: Record<AreaUseKind, string> = {
  CHILD_AREA: 'live areas below it',
  ORGANIZATION: 'units stationed there',
  RESOURCE: 'resources not withdrawn',
  AGREEMENT: 'agreements neither terminated nor expired',
  DEMAND: 'live demands',
  DEMAND_LIST: 'demand lists not closed',
  PROJECT: 'projects not finished',
  VOLUNTEER: 'volunteers registered there',
  VOLUNTEER_TEAM: 'active volunteer teams',
};

/**
 * What keeps the area at `path` in use, at it and below it: one statement of count subqueries, the live
 * areas below counted here and every other kind by the module owning its table (the `areaInUseSql` hook).
 * Kinds with a count of zero are left out.
 */
async function areaUses(ctx: Context, em: EntityManager, path: string, now: Date): Promise<AreaUse[]> {
  const p = new SqlParams();
  const from = p.add(path);
  const to = p.add(`${path}~`); // '~' sorts after the digits and '/' of every path below
  const below = (alias: string) => `${alias}.area_path >= ${from} and ${alias}.area_path < ${to}`;
  const today = localToday(now, ctx.app.config.timeZone);
  const counts: AreaUseSql[] = [
    { kind: AreaUseKind.CHILD_AREA, count: `(select count(*) from area c where c.path > ${from} and c.path < ${to} and c.retired_at is null)` },
    ...hookHandlers(ctx.app, 'areaInUseSql').flatMap((counted) => counted(p, below, today)),
  ];
  const [row] = await sqlOf(em)<Record<string, string>>(`select ${counts.map((c, i) => `${c.count} as c${i}`).join(', ')}`, p.values);
  return counts
    .map((c, i) => ({ kind: c.kind, count: Number(row![`c${i}`]) }))
    .filter((use) => use.count > 0)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

function inUseError(uses: AreaUse[]): UserError {
  const what = uses.map((use) => `${use.count} ${DESCRIBED[use.kind]}`).join(', ');
  return userError('AREA_IN_USE', `The area is still in use: ${what}. Move, close or retire those first.`, 'input.id');
}

export interface RetireOutcome {
  outcome: Outcome<Area>;
  /** With AREA_IN_USE: what keeps the area in use; empty otherwise. */
  inUse: AreaUse[];
}

export class AreaRetireService {
  constructor(private readonly ctx: Context) {}

  /**
   * Retires an area nothing uses any more. The area's row is locked first (FOR UPDATE, which also waits for
   * any transaction inserting a row that references it), so what is counted afterwards cannot grow before
   * the retirement commits.
   */
  async retire(input: RetireAreaInput): Promise<RetireOutcome> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Area'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const reason = optionalText(input.reason, 'input.reason', 500) || null;
    let inUse: AreaUse[] = [];
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const area = await em.findOne(AreaEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!area) throw notFound('input.id', 'area');
      const parent = area.parent ? await em.findOneOrFail(AreaEntity, { id: area.parent.id }) : null;
      requireAllowed(this.ctx.viewer, mayAdministerChildOf(this.ctx.viewer, parent?.path ?? null));
      if (area.retiredAt) return fail(areaRetired('input.id'));
      if (!parent) return fail(userError('AREA_IS_DISTRICT', 'The district is the root of the tree; it cannot be retired.', 'input.id'));
      if (area.version !== version) return fail(versionConflict());
      inUse = await areaUses(this.ctx, em, area.path, now);
      if (inUse.length) return fail(inUseError(inUse));
      area.retiredAt = now;
      area.updatedAt = now;
      const event = recordArea(em, area, AreaAction.RETIRE, actorOf(this.ctx.viewer), now, reason ? { reason } : {}, reason);
      return ok({ result: area.id, events: [event] });
    });
    if (!outcome.ok) return { outcome, inUse };
    const area = await this.ctx.loaders.areaById.clear(outcome.value).load(outcome.value);
    return { outcome: ok(area!), inUse: [] };
  }
}
