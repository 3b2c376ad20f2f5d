import type { Context } from '../../context.js';
import { fail, notFound, ok, userError, type Outcome } from '../../shared/errors.js';
import { requireAllowed, requireSignedIn } from '../../shared/guards.js';
import { idOf, optionalText, phone, positiveVersion, requiredText } from '../../shared/input.js';
import { parsePoint } from '../../shared/location.js';
import { actsForOrganization, administersArea } from '../../shared/viewer.js';
import { AreaKind, areaRetired, areaToPlaceIn } from '../areas/index.js';
import { EventType } from '../../outbox/event-types.js';
import type { EventDraft } from '../../outbox/outbox.js';
import { transact, versionConflict } from '../../outbox/transact.js';
import type { RegisterOrganizationInput, UpdateOrganizationInput } from './organization.inputs.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationKind } from './organization.enums.js';
import type { Organization } from './organization.type.js';

/** The event of a change to a unit; also written by lean write paths (the ledger import) from the same facts. */
export function organizationEvent(type: EventType, org: Pick<OrganizationEntity, 'id' | 'areaPath'>, data: Record<string, unknown> = {}): EventDraft {
  return { type, subjectType: 'Organization', subjectId: org.id, areaPath: org.areaPath, organizationId: org.id, isPublic: true, data };
}

/** Where a department (职能部门) may be stationed: the district or a street, never a community, grid or building. */
export const DEPARTMENT_AREA_KINDS: readonly AreaKind[] = [AreaKind.DISTRICT, AreaKind.STREET];

/** A department stationed below a street: ORGANIZATION_DEPARTMENT_AREA on `field`; null when the kind and area fit. */
export function departmentAreaError(kind: OrganizationKind, areaKind: AreaKind, field: string) {
  if (kind !== OrganizationKind.DEPARTMENT || DEPARTMENT_AREA_KINDS.includes(areaKind)) return null;
  return userError('ORGANIZATION_DEPARTMENT_AREA', `A department is stationed at the district or a street, not at a ${areaKind.toLowerCase()}.`, field);
}

const nameTaken = () => userError('ORGANIZATION_NAME_TAKEN', 'Another organization already has this name.', 'input.name');

export class OrganizationService {
  constructor(private readonly ctx: Context) {}

  async register(input: RegisterOrganizationInput): Promise<Outcome<Organization>> {
    requireSignedIn(this.ctx.viewer);
    const areaId = idOf(input.areaId, ['Area'], 'input.areaId');
    const fields = {
      kind: input.kind,
      name: requiredText(input.name, 'input.name', 200),
      address: optionalText(input.address, 'input.address', 300) ?? '',
      description: optionalText(input.description, 'input.description', 5000) ?? '',
      contactName: optionalText(input.contactName, 'input.contactName', 100),
      contactPhone: phone(input.contactPhone, 'input.contactPhone'),
      ...(input.location ? parsePoint(input.location, 'input.location') : {}),
    };
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const area = await areaToPlaceIn(em, areaId);
      if (!area) throw notFound('input.areaId', 'area');
      requireAllowed(this.ctx.viewer, administersArea(this.ctx.viewer, area.path));
      if (area.retiredAt) return fail(areaRetired('input.areaId'));
      const misplaced = departmentAreaError(fields.kind, area.kind, 'input.areaId');
      if (misplaced) return fail(misplaced);
      if (await em.count(OrganizationEntity, { name: fields.name })) return fail(nameTaken());
      const org = em.create(OrganizationEntity, { ...fields, area, areaPath: area.path, createdAt: now, updatedAt: now });
      await em.flush();
      return ok({ result: org.id, events: [organizationEvent(EventType.ORGANIZATION_REGISTERED, org, { name: org.name })] });
    });
    return this.reload(outcome);
  }

  async update(input: UpdateOrganizationInput): Promise<Outcome<Organization>> {
    requireSignedIn(this.ctx.viewer);
    const id = idOf(input.id, ['Organization'], 'input.id');
    const version = positiveVersion(input.version, 'input.version');
    const name = input.name == null ? null : requiredText(input.name, 'input.name', 200);
    const point = input.location ? parsePoint(input.location, 'input.location') : null;
    const outcome = await transact<string>(this.ctx, async (em, now) => {
      const org = await em.findOne(OrganizationEntity, { id }, { populate: ['area'] });
      if (!org) throw notFound('input.id', 'organization');
      const viewer = this.ctx.viewer;
      requireAllowed(viewer, actsForOrganization(viewer, org.id) || administersArea(viewer, org.areaPath));
      if (org.version !== version) return fail(versionConflict());
      if (name !== null && name !== org.name && (await em.count(OrganizationEntity, { name }))) return fail(nameTaken());
      // a unit below a street does not become a department
      const misplaced = input.kind == null ? null : departmentAreaError(input.kind, org.area.kind, 'input.kind');
      if (misplaced) return fail(misplaced);
      const changed: string[] = [];
      type Editable = 'name' | 'kind' | 'address' | 'description' | 'contactName' | 'contactPhone' | 'lat' | 'lng';
      const set = <K extends Editable>(key: K, value: OrganizationEntity[K] | null | undefined) => {
        if (value === null || value === undefined || value === org[key]) return;
        org[key] = value;
        changed.push(key);
      };
      set('name', name);
      set('kind', input.kind);
      set('address', optionalText(input.address, 'input.address', 300));
      set('description', optionalText(input.description, 'input.description', 5000));
      set('contactName', optionalText(input.contactName, 'input.contactName', 100));
      set('contactPhone', phone(input.contactPhone, 'input.contactPhone'));
      if (point) {
        set('lat', point.lat);
        set('lng', point.lng);
      }
      if (changed.length) org.updatedAt = now;
      const events = changed.length ? [organizationEvent(EventType.ORGANIZATION_UPDATED, org, { changed })] : [];
      return ok({ result: org.id, events });
    });
    return this.reload(outcome);
  }

  private async reload(outcome: Outcome<string>): Promise<Outcome<Organization>> {
    if (!outcome.ok) return outcome;
    const org = await this.ctx.loaders.organizationById.clear(outcome.value).load(outcome.value);
    return ok(org!);
  }
}
