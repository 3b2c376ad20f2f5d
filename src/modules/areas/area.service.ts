import type { EntityManager } from '@mikro-orm/core';
import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import { parsePoint } from '../../shared/location.js';
import { actorOf } from '../../shared/viewer.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import type { AreaBoundaryInput, CreateAreaInput, UpdateAreaInput } from './area.inputs.js';
import { boxOf, parseBoundary, type Boundary, type BoundaryBox } from './area.boundary.js';
import { AreaEntity } from './area.entity.js';
import { boundaryConflict } from './area.geo.js';
import { AreaAction, AreaKind } from './area.enums.js';
import { recordArea } from './area.record.js';
import { areaRetired, areaToPlaceIn } from './area-retire.service.js';
import { mayAdministerChildOf, placeBelow } from './area.rules.js';
import type { Area } from './area.type.js';

const codeTaken = () => userError('AREA_CODE_TAKEN', 'Another area of the same parent already has this code.', 'input.code');

/** Is `code` already another child's of `parentId`? */
export async function codeTakenBelow(em: EntityManager, parentId: string, code: string, except?: string): Promise<boolean> {
  return (await em.count(AreaEntity, { parent: parentId, code, ...(except ? { id: { $ne: except } } : {}) })) > 0;
}

export class AreaService {
  constructor(private readonly ctx: Context) {}

  async create(input: CreateAreaInput): Promise<Outcome<Area>> {
    requireSignedIn(this.ctx.viewer);
    if (input.kind === AreaKind.DISTRICT) return this.createDistrict(input);
    if (input.parentId == null) throw badInput('input.parentId', 'Every area but the district has a parent.');
    const parentId = idOf(input.parentId, ['Area'], 'input.parentId');
    const name = requiredText(input.name, 'input.name', 200);
    const code = optionalText(input.code, 'input.code', 50);
    const centroid = parsePoint(input.centroid, 'input.centroid');
    if (input.gridLevel != null && input.kind !== AreaKind.GRID) throw badInput('input.gridLevel', 'Only a grid has a grid level.');
    const boundary = boundaryOf(input.boundary);
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const parent = await areaToPlaceIn(em, parentId);
      if (!parent) throw notFound('input.parentId', 'area');
      requireAllowed(this.ctx.viewer, mayAdministerChildOf(this.ctx.viewer, parent.path));
      if (parent.retiredAt) return fail(areaRetired('input.parentId'));
      const place = placeBelow(input.kind, parent);
      if (!place || (input.gridLevel != null && input.gridLevel !== place.gridLevel)) {
        return fail(userError('AREA_PARENT_KIND', parentKindMessage(input.kind), 'input.parentId'));
      }
      if (code !== null && (await codeTakenBelow(em, parent.id, code))) return fail(codeTaken());
      const conflict = boundary && (await boundaryConflict(em, { parentId: parent.id, selfId: null }, boundary.geometry, boundary.box, this.tolerance));
      if (conflict) return fail(conflict);
      // the path holds the area's own id, so the id is drawn first (the column is generated always)
      const [{ id }] = await em.getConnection().execute<{ id: string }[]>(
        `select nextval(pg_get_serial_sequence('area', 'id'))::text as id`, [], 'all', em.getTransactionContext(),
      );
      await insertArea(em, { id, kind: input.kind, parentId: parent.id, path: `${parent.path}${id}/`, depth: parent.depth + 1, name, code, centroid, gridLevel: place.gridLevel, boundary, now });
      const area = await em.findOneOrFail(AreaEntity, { id });
      const event = recordArea(em, area, AreaAction.CREATE, actorOf(this.ctx.viewer), now, {
        kind: area.kind,
        name: area.name,
        ...(area.gridLevel ? { gridLevel: area.gridLevel } : {}),
        ...(area.boundary ? { boundary: true } : {}),
      });
      return ok({ result: area.id, events: [event] });
    });
    return this.reload(outcome);
  }

  /**
   * The district itself, the root of the tree: only while there is none (a hub started empty, SEED_ON_EMPTY=false),
   * by the district admin. A transaction-level advisory lock serialises two attempts, so the second finds the first's.
   * (No unique index: the test kit builds several disjoint trees in one database.)
   */
  private async createDistrict(input: CreateAreaInput): Promise<Outcome<Area>> {
    requireAllowed(this.ctx.viewer, mayAdministerChildOf(this.ctx.viewer, null));
    if (input.parentId != null) return fail(userError('AREA_PARENT_KIND', parentKindMessage(AreaKind.DISTRICT), 'input.parentId'));
    if (input.gridLevel != null) throw badInput('input.gridLevel', 'Only a grid has a grid level.');
    const name = requiredText(input.name, 'input.name', 200);
    const code = optionalText(input.code, 'input.code', 50);
    const centroid = parsePoint(input.centroid, 'input.centroid');
    const boundary = boundaryOf(input.boundary);
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      // two admins entering the district at once: the second waits here, then finds the first's
      await em.getConnection().execute(`select pg_advisory_xact_lock(hashtextextended('sharehub:area:district', 0))`, [], 'run', em.getTransactionContext());
      const [{ id, taken }] = await em.getConnection().execute<{ id: string; taken: boolean }[]>(
        `select nextval(pg_get_serial_sequence('area', 'id'))::text as id, exists (select 1 from area where parent_id is null) as taken`,
        [], 'all', em.getTransactionContext(),
      );
      if (taken) return fail(userError('AREA_PARENT_KIND', 'The hub already has its district; enter streets below it.', 'input.kind'));
      await insertArea(em, { id, kind: AreaKind.DISTRICT, parentId: null, path: `/${id}/`, depth: 0, name, code, centroid, gridLevel: null, boundary, now });
      const area = await em.findOneOrFail(AreaEntity, { id });
      const event = recordArea(em, area, AreaAction.CREATE, actorOf(this.ctx.viewer), now, { kind: area.kind, name: area.name, ...(area.boundary ? { boundary: true } : {}) });
      return ok({ result: area.id, events: [event] });
    });
    return this.reload(outcome);
  }

  async update(input: UpdateAreaInput): Promise<Outcome<Area>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Area'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const name = input.name == null ? null : requiredText(input.name, 'input.name', 200);
    const code = optionalText(input.code, 'input.code', 50);
    const centroid = input.centroid ? parsePoint(input.centroid, 'input.centroid') : null;
    if (input.removeBoundary && input.boundary) throw badInput('input.removeBoundary', 'Give a new boundary or remove it, not both.');
    const boundary = boundaryOf(input.boundary);
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const area = await em.findOne(AreaEntity, { id }, { populate: ['parent'] });
      if (!area) throw notFound('input.id', 'area');
      requireAllowed(this.ctx.viewer, mayAdministerChildOf(this.ctx.viewer, area.parent?.path ?? null));
      if (area.version !== version) return fail(versionConflict());
      if (code !== null && code !== area.code && area.parent && (await codeTakenBelow(em, area.parent.id, code, area.id))) {
        return fail(codeTaken());
      }
      const changed: string[] = [];
      const set = <K extends 'name' | 'code' | 'lat' | 'lng'>(key: K, value: AreaEntity[K] | null) => {
        if (value === null || value === area[key]) return;
        area[key] = value;
        changed.push(key);
      };
      set('name', name);
      set('code', code);
      if (centroid) {
        set('lat', centroid.lat);
        set('lng', centroid.lng);
      }
      if (boundary) {
        const conflict = await boundaryConflict(em, { parentId: area.parent?.id ?? null, selfId: area.id }, boundary.geometry, boundary.box, this.tolerance);
        if (conflict) return fail(conflict);
        if (JSON.stringify(boundary.geometry) !== JSON.stringify(area.boundary)) setBoundary(area, boundary.geometry, boundary.box, changed);
      } else if (input.removeBoundary && area.boundary) {
        setBoundary(area, null, null, changed);
      }
      if (!changed.length) return ok({ result: area.id, events: [] });
      area.updatedAt = now;
      return ok({ result: area.id, events: [recordArea(em, area, AreaAction.UPDATE, actorOf(this.ctx.viewer), now, { changed })] });
    });
    return this.reload(outcome);
  }

  /** AREA_BOUNDARY_TOLERANCE_M. */
  private get tolerance(): number {
    return this.ctx.app.config.areaBoundaryToleranceM;
  }

  private async reload(outcome: Outcome<string>): Promise<Outcome<Area>> {
    if (!outcome.ok) return outcome;
    const area = await this.ctx.loaders.areaById.clear(outcome.value).load(outcome.value);
    return ok(area!);
  }
}

/** A boundary input validated and converted to WGS-84 (BAD_USER_INPUT under input.boundary), with its box. */
function boundaryOf(input: AreaBoundaryInput | null | undefined): { geometry: Boundary; box: BoundaryBox } | null {
  if (!input) return null;
  const geometry = parseBoundary(input, 'input.boundary');
  return { geometry, box: boxOf(geometry) };
}

function setBoundary(area: AreaEntity, geometry: Boundary | null, box: BoundaryBox | null, changed: string[]): void {
  area.boundary = geometry;
  area.minLat = box?.minLat ?? null;
  area.minLng = box?.minLng ?? null;
  area.maxLat = box?.maxLat ?? null;
  area.maxLng = box?.maxLng ?? null;
  changed.push('boundary');
}

/** Writes a new area row (its id drawn before, since the path holds it). */
async function insertArea(
  em: EntityManager,
  a: { id: string; kind: AreaKind; parentId: string | null; path: string; depth: number; name: string; code: string | null; centroid: { lat: number; lng: number }; gridLevel: number | null; boundary: { geometry: Boundary; box: BoundaryBox } | null; now: Date },
): Promise<void> {
  await em.getConnection().execute(
    `insert into area (id, kind, parent_id, path, depth, name, code, lat, lng, grid_level, created_at, updated_at,
                       boundary, min_lat, min_lng, max_lat, max_lng)
     overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)`,
    [
      a.id, a.kind, a.parentId, a.path, a.depth, a.name, a.code, a.centroid.lat, a.centroid.lng, a.gridLevel, a.now, a.now,
      a.boundary ? JSON.stringify(a.boundary.geometry) : null,
      a.boundary?.box.minLat ?? null, a.boundary?.box.minLng ?? null, a.boundary?.box.maxLat ?? null, a.boundary?.box.maxLng ?? null,
    ],
    'run',
    em.getTransactionContext(),
  );
}

function parentKindMessage(kind: AreaKind): string {
  switch (kind) {
    case AreaKind.STREET:
      return 'A street\'s parent must be the district.';
    case AreaKind.COMMUNITY:
      return 'A community\'s parent must be a street.';
    case AreaKind.GRID:
      return 'A grid\'s parent must be a community, or a grid one level up (grids nest to level 3).';
    case AreaKind.BUILDING:
      return 'A building\'s parent must be a grid or a community.';
    default:
      return 'There is only one district, and it has no parent.';
  }
}
