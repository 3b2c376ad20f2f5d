import type { EntityManager } from '@mikro-orm/postgresql';
import { hookHandlers, type Context } from '../../context.js';
import { fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/global-id.js';
import { requireAllowed } from '../../shared/guards.js';
import { idOf, positiveVersion } from '../../shared/input.js';
import { todayOf } from '../../shared/today.js';
import { actorOf, Role } from '../../shared/viewer.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { AreaEntity } from './area.entity.js';
import { AreaAction, AreaKind, MAX_GRID_LEVEL } from './area.enums.js';
import type { AreaMove } from './area.hooks.js';
import type { MoveAreaInput } from './area.inputs.js';
import { recordArea } from './area.record.js';
import { placeBelow } from './area.rules.js';
import { codeTakenBelow } from './area.service.js';
import type { Area } from './area.type.js';

/*
 * moveArea (README, "Who may do what"; docs/architecture.md, "Areas can move"): only the district admin
 * moves an area, and only where its kind may stand (a community to another street, a grid to another
 * community or grid, a building to another grid or community; streets and the district stay where they
 * are). One transaction:
 *  1. the moved area and its new parent locked, every refusal judged (nothing written yet);
 *  2. `areaMoving`: the modules take their locks (matching: the matcher's full-run lock, so no solver reads
 *     the tree half moved, and the subtree's live matches in the order acceptMatch locks them);
 *  3. the subtree's rows in one statement: path prefix, depth, grid level, and the area's parent and version;
 *  4. `areaPathsMoved`: each module rewrites the area paths it copies (one statement per table);
 *  5. `areaMoved`: the consequences (matches left without an agreement in force), with their events;
 *  6. the area's history row and AREA_MOVED.
 * Events already in the log keep the scope they were written with. Moving an area to the parent it has is
 * no change: the area is returned as it is, with no history and no event.
 */

const MOVE_SUBTREE_SQL = `
  update area set
    path = ? || substr(path, ?),
    depth = depth + ?,
    grid_level = case when kind = '${AreaKind.GRID}' then grid_level + ? end,
    parent_id = case when id = ? then ?::bigint else parent_id end,
    version = case when id = ? then version + 1 else version end,
    updated_at = case when id = ? then ?::timestamptz else updated_at end
  where path like ?`;

function refused(code: string, message: string, field = 'input.newParentId') {
  return fail(userError(code, message, field));
}

export class AreaMoveService {
  constructor(private readonly ctx: Context) {}

  async move(input: MoveAreaInput): Promise<Outcome<Area>> {
    const viewer = this.ctx.viewer;
    requireAllowed(viewer, viewer.role === Role.DISTRICT_ADMIN, 'Only the district admin moves areas.');
    const id = idOf(input.id, ['Area'], 'input.id');
    const newParentId = idOf(input.newParentId, ['Area'], 'input.newParentId');
    const version = positiveVersion(input.version, 'input.version');
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      // both rows locked in id order: a concurrent move or update of either waits
      await em.execute(`select id from area where id in (?, ?) order by id for update`, [id, newParentId]);
      const area = await em.findOne(AreaEntity, { id }, { populate: ['parent'] });
      if (!area) throw notFound('input.id', 'area');
      const parent = await em.findOne(AreaEntity, { id: newParentId });
      if (!parent) throw notFound('input.newParentId', 'area');
      if (area.version !== version) return fail(versionConflict());
      if (area.retiredAt) return refused('AREA_RETIRED', 'A retired area cannot move.', 'input.id');
      if (parent.retiredAt) return refused('AREA_RETIRED', 'An area cannot move below a retired area.');
      const place = placeBelow(area.kind, parent);
      if (!place) return refused('AREA_PARENT_KIND', moveKindMessage(area.kind));
      if (parent.path.startsWith(area.path)) return refused('AREA_MOVE_CYCLE', 'An area cannot move below itself or an area below it.');
      if (area.parent?.id === parent.id) return ok({ result: area.id, events: [] });
      if (area.code != null && (await codeTakenBelow(em, parent.id, area.code, area.id))) {
        return refused('AREA_CODE_TAKEN', 'An area below the new parent already has this area\'s code.');
      }
      // boundaries are not checked: a bounded community cannot fit its new street's until the streets are redrawn,
      // which updateArea can do only after the move (the old street shrunk first, then the new one grown)
      const levelShift = place.gridLevel === null ? 0 : place.gridLevel - (area.gridLevel ?? 1);
      if (levelShift > 0 && (await deepestGridLevel(em, area.path)) + levelShift > MAX_GRID_LEVEL) {
        return refused('AREA_PARENT_KIND', `The grids below this one would nest deeper than level ${MAX_GRID_LEVEL}.`);
      }
      const fromParent = area.parent?.id ?? null;
      const move: AreaMove = { areaId: area.id, fromPath: area.path, toPath: `${parent.path}${area.id}/`, today: todayOf(this.ctx) };
      for (const moving of hookHandlers(this.ctx.app, 'areaMoving')) await moving(em, move);
      await em.execute(MOVE_SUBTREE_SQL, [
        move.toPath,
        move.fromPath.length + 1,
        parent.depth + 1 - area.depth,
        levelShift,
        area.id,
        parent.id,
        area.id,
        area.id,
        now.toISOString(),
        `${move.fromPath}%`,
      ]);
      for (const moved of hookHandlers(this.ctx.app, 'areaPathsMoved')) await moved(em, move);
      const actor = actorOf(viewer);
      const events: EventDraft[] = [];
      for (const moved of hookHandlers(this.ctx.app, 'areaMoved')) events.push(...(await moved(em, move, actor, now)));
      const fresh = await em.findOneOrFail(AreaEntity, { id: area.id }, { refresh: true });
      // scoped, as every event, to its subject's path when written: the new one (areas are public, so both
      // streets' staff receive it anyway)
      events.unshift(
        recordArea(em, fresh, AreaAction.MOVE, actor, now, {
          fromParentId: fromParent === null ? null : toGlobalId('Area', fromParent),
          toParentId: toGlobalId('Area', parent.id),
        }),
      );
      return ok({ result: area.id, events });
    });
    if (!outcome.ok) return outcome;
    const area = await this.ctx.loaders.areaById.clear(outcome.value).load(outcome.value);
    return ok(area!);
  }
}

/** The deepest grid level at or below `path`. */
async function deepestGridLevel(em: EntityManager, path: string): Promise<number> {
  const [row] = await em.execute<{ deepest: number | null }[]>(`select max(grid_level) as deepest from area where path like ?`, [`${path}%`]);
  return row?.deepest ?? 0;
}

function moveKindMessage(kind: AreaKind): string {
  switch (kind) {
    case AreaKind.COMMUNITY:
      return 'A community moves to another street.';
    case AreaKind.GRID:
      return 'A grid moves to a community, or to a grid one level up (grids nest to level 3).';
    case AreaKind.BUILDING:
      return 'A building moves to a grid or a community.';
    default:
      return 'Streets and the district do not move: a street\'s parent is the district.';
  }
}
