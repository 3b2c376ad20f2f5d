import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { badInput, fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, positiveVersion, requiredText } from '../../shared/input.js';
import { parsePoint } from '../../shared/location.js';
import { parseExceptions, parseWindows } from '../../shared/schedule/schedule.graphql.js';
import { actsForOrganization, administersArea, type Viewer } from '../../shared/viewer.js';
import { areaAtPoint, areaRetired, areaToPlaceIn, pointOutsideArea } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import { OrganizationEntity } from '../organizations/index.js';
import { AccessMode, Audience, ResourceKind, ResourceStatus } from './resource.enums.js';
import type { CreateResourceInput, ResourceStatusInput, UpdateResourceInput } from './resource.inputs.js';
import { ResourceEntity } from './resource.entity.js';
import { canManageResource, resourceVisible } from './resource.rules.js';
import type { Resource } from './resource.type.js';

const OPEN_ACCESS_KINDS = new Set([ResourceKind.TOILET, ResourceKind.WATER_POINT]);

/** What an event of a resource is scoped by: the entity, or the same facts read by a lean write path. */
export type ResourceEventFacts = Pick<ResourceEntity, 'id' | 'areaPath' | 'status'> & { organization: { id: string } };

export function resourceEvent(type: EventType, r: ResourceEventFacts, wasPublic: boolean, data: Record<string, unknown> = {}): EventDraft {
  return {
    type,
    subjectType: 'Resource',
    subjectId: r.id,
    areaPath: r.areaPath,
    organizationId: r.organization.id,
    isPublic: wasPublic || r.status === ResourceStatus.PUBLISHED,
    data,
  };
}

function capacityOf(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw badInput(field, `"${field}" must be a whole number ≥ 0, got ${value}.`);
  return value;
}

function audiencesOf(values: Audience[], field: string): Audience[] {
  if (values.length === 0) throw badInput(field, `"${field}" must name at least one audience.`);
  return [...new Set(values)];
}

/**
 * Loads a resource for a change by the viewer: NOT_FOUND when it does not exist or the viewer may not
 * see it, FORBIDDEN when the viewer sees it but may not manage it.
 */
export async function resourceForChange(em: EntityManager, viewer: Viewer, id: string, field: string, allow = canManageResource) {
  const r = await em.findOne(ResourceEntity, { id }, { populate: ['organization'] });
  return checkResourceChange(viewer, r, (e) => ({ status: e.status, areaPath: e.areaPath, organizationId: e.organization.id }), field, allow);
}

/**
 * `resourceForChange`'s checks on a resource already read, as an entity or as a row of a lean write: NOT_FOUND
 * when there is none or the viewer may not see it, FORBIDDEN when `allow` refuses; the resource otherwise.
 */
export function checkResourceChange<R>(
  viewer: Viewer,
  r: R | null,
  factsOf: (r: R) => { status: ResourceStatus; areaPath: string; organizationId: string },
  field: string,
  allow: (viewer: Viewer, facts: { status: ResourceStatus; areaPath: string; organizationRowId: string; organizationId: string }) => boolean,
): R {
  const facts = r && factsOf(r);
  const full = facts && { ...facts, organizationRowId: facts.organizationId };
  if (!r || !full || !resourceVisible(viewer, full)) throw notFound(field, 'resource');
  requireAllowed(viewer, allow(viewer, full));
  return r;
}

const TRANSITIONS: Record<'publish' | 'pause' | 'withdraw', { from: ResourceStatus[]; to: ResourceStatus; event: EventType; code: string }> = {
  publish: { from: [ResourceStatus.DRAFT, ResourceStatus.PAUSED], to: ResourceStatus.PUBLISHED, event: EventType.RESOURCE_PUBLISHED, code: 'RESOURCE_NOT_PUBLISHABLE' },
  pause: { from: [ResourceStatus.PUBLISHED], to: ResourceStatus.PAUSED, event: EventType.RESOURCE_PAUSED, code: 'RESOURCE_NOT_PAUSABLE' },
  withdraw: {
    from: [ResourceStatus.DRAFT, ResourceStatus.PUBLISHED, ResourceStatus.PAUSED],
    to: ResourceStatus.WITHDRAWN,
    event: EventType.RESOURCE_WITHDRAWN,
    code: 'RESOURCE_ALREADY_WITHDRAWN',
  },
};

export class ResourceService {
  constructor(private readonly ctx: Context) {}

  async create(input: CreateResourceInput): Promise<Outcome<Resource>> {
    requireSignedIn(this.ctx.viewer);
    const organizationId = idOf(input.organizationId, ['Organization'], 'input.organizationId');
    const areaId = input.areaId == null ? null : idOf(input.areaId, ['Area'], 'input.areaId');
    const accessMode = input.accessMode ?? (OPEN_ACCESS_KINDS.has(input.kind) ? AccessMode.OPEN_ACCESS : AccessMode.ALLOCATED);
    const capacity = capacityOf(input.capacity, 'input.capacity');
    if (accessMode === AccessMode.ALLOCATED && capacity === null) {
      throw badInput('input.capacity', 'An ALLOCATED resource needs a capacity.');
    }
    const fields = {
      kind: input.kind,
      title: requiredText(input.title, 'input.title', 200),
      description: optionalText(input.description, 'input.description', 5000) ?? '',
      address: optionalText(input.address, 'input.address', 300) ?? '',
      ...parsePoint(input.location, 'input.location'),
      capacity,
      capacityUnit: optionalText(input.capacityUnit, 'input.capacityUnit', 20),
      accessMode,
      audiences: audiencesOf(input.audiences ?? [Audience.ALL_RESIDENTS], 'input.audiences'),
      windows: parseWindows(input.windows ?? [], 'input'),
      exceptions: parseExceptions(input.exceptions ?? [], 'input'),
    };
    // no area named: the grid (else community) whose boundary holds the location, else the unit's own area
    const atPoint = areaId === null ? await areaAtPoint(this.ctx, fields) : null;
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const organization = await em.findOne(OrganizationEntity, { id: organizationId });
      if (!organization) throw notFound('input.organizationId', 'organization');
      const viewer = this.ctx.viewer;
      requireAllowed(viewer, canManageResource(viewer, { organizationId, areaPath: organization.areaPath }));
      const area = await areaToPlaceIn(em, areaId ?? atPoint?.rowId ?? organization.area.id);
      if (!area) throw notFound('input.areaId', 'area');
      requireAllowed(viewer, actsForOrganization(viewer, organizationId) || administersArea(viewer, area.path));
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      const outside = areaId === null ? null : pointOutsideArea(this.ctx, area, fields, 'input.location');
      if (outside) return fail(outside);
      const r = em.create(ResourceEntity, { ...fields, organization, area, areaPath: area.path, createdAt: now, updatedAt: now });
      await em.flush();
      return ok({ result: r.id, events: [resourceEvent(EventType.RESOURCE_CREATED, r, false, { kind: r.kind })] });
    });
    return this.reload(outcome);
  }

  async update(input: UpdateResourceInput): Promise<Outcome<Resource>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Resource'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const areaId = input.areaId == null ? null : idOf(input.areaId, ['Area'], 'input.areaId');
    const patch: Partial<ResourceEntity> = {};
    if (input.title != null) patch.title = requiredText(input.title, 'input.title', 200);
    if (input.description != null) patch.description = optionalText(input.description, 'input.description', 5000)!;
    if (input.address != null) patch.address = optionalText(input.address, 'input.address', 300)!;
    if (input.location != null) Object.assign(patch, parsePoint(input.location, 'input.location'));
    if (input.capacity != null) patch.capacity = capacityOf(input.capacity, 'input.capacity');
    if (input.capacityUnit != null) patch.capacityUnit = optionalText(input.capacityUnit, 'input.capacityUnit', 20);
    if (input.audiences != null) patch.audiences = audiencesOf(input.audiences, 'input.audiences');
    if (input.windows != null) patch.windows = parseWindows(input.windows, 'input');
    if (input.exceptions != null) patch.exceptions = parseExceptions(input.exceptions, 'input');

    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const r = await resourceForChange(em, this.ctx.viewer, id, 'input.id');
      if (r.version !== version) return fail(versionConflict());
      if (r.status === ResourceStatus.WITHDRAWN) {
        return fail(userError('RESOURCE_WITHDRAWN', 'A withdrawn resource cannot be changed.', 'input.id'));
      }
      if (patch.windows?.length === 0 && r.status === ResourceStatus.PUBLISHED) {
        return fail(userError('RESOURCE_HAS_NO_WINDOWS', 'A published resource needs weekly windows; pause it first.', 'input.windows'));
      }
      if (patch.capacity !== undefined && patch.capacity !== null && patch.capacity < r.acceptedQuantity) {
        return fail(userError('CAPACITY_BELOW_ALLOCATED', `${r.acceptedQuantity} places are already allocated; capacity cannot go below that.`, 'input.capacity'));
      }
      if (areaId !== null) {
        const area = await areaToPlaceIn(em, areaId);
        if (!area) throw notFound('input.areaId', 'area');
        requireAllowed(this.ctx.viewer, canManageResource(this.ctx.viewer, { organizationId: r.organization.id, areaPath: area.path }));
        if (area.retiredAt && area.id !== r.area.id) return fail(areaRetired('input.areaId'));
        patch.area = area;
        patch.areaPath = area.path;
      }
      const changed = Object.keys(patch).filter((key) => JSON.stringify(patch[key as keyof ResourceEntity]) !== JSON.stringify(r[key as keyof ResourceEntity]));
      em.assign(r, patch);
      if (changed.length) r.updatedAt = now;
      const events = changed.length ? [resourceEvent(EventType.RESOURCE_UPDATED, r, false, { changed })] : [];
      return ok({ result: r.id, events });
    });
    return this.reload(outcome);
  }

  async changeStatus(action: keyof typeof TRANSITIONS, input: ResourceStatusInput): Promise<Outcome<Resource>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Resource'], 'input.id');
    const reason = optionalText(input.reason, 'input.reason', 500);
    const rule = TRANSITIONS[action];
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const r = await resourceForChange(em, this.ctx.viewer, id, 'input.id');
      if (!rule.from.includes(r.status)) {
        return fail(userError(rule.code, `A ${r.status} resource cannot be moved to ${rule.to}.`, 'input.id'));
      }
      if (rule.to === ResourceStatus.PUBLISHED && r.windows.length === 0) {
        return fail(userError('RESOURCE_HAS_NO_WINDOWS', 'Give the resource weekly windows before publishing it.', 'input.id'));
      }
      const from = r.status;
      r.status = rule.to;
      r.updatedAt = now;
      if (rule.to === ResourceStatus.PUBLISHED) r.publishedAt ??= now;
      const wasPublic = from === ResourceStatus.PUBLISHED;
      return ok({ result: r.id, events: [resourceEvent(rule.event, r, wasPublic, { from, to: rule.to, reason })] });
    });
    return this.reload(outcome);
  }

  private async reload(outcome: Outcome<string>): Promise<Outcome<Resource>> {
    if (!outcome.ok) return outcome;
    const resource = await this.ctx.loaders.resourceById.clear(outcome.value).load(outcome.value);
    return ok(resource!);
  }
}
