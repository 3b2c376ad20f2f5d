import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound, userError, type UserError } from '../../shared/errors.js';
import { idOf } from '../../shared/input.js';
import { parseWindows } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import type { Viewer } from '../../shared/viewer.js';
import { AccessMode, ResourceEntity, ResourceStatus, resourceVisible } from '../resources/index.js';
import { AgreementItemEntity, type SharingAgreementEntity } from './agreement.entity.js';
import type { AgreementItemInput } from './agreement.inputs.js';

const MAX_ITEMS = 200;

export interface ParsedItem {
  resourceId: string;
  committedQuantity: number | null;
  windows: WeeklyWindow[];
}

/** Checks items as far as the input alone shows: ids, repeats, quantities, windows. Throws BAD_USER_INPUT naming the field. */
export function parseItems(input: AgreementItemInput[], field: string): ParsedItem[] {
  if (input.length > MAX_ITEMS) throw badInput(field, `At most ${MAX_ITEMS} items, got ${input.length}.`);
  const seen = new Set<string>();
  return input.map((item, i) => {
    const at = `${field}[${i}]`;
    const resourceId = idOf(item.resourceId, ['Resource'], `${at}.resourceId`);
    if (seen.has(resourceId)) throw badInput(`${at}.resourceId`, 'This resource is already listed in an earlier item.');
    seen.add(resourceId);
    const quantity = item.committedQuantity ?? null;
    if (quantity !== null && (!Number.isInteger(quantity) || quantity <= 0)) {
      throw badInput(`${at}.committedQuantity`, `"committedQuantity" must be a whole number more than 0, got ${quantity}.`);
    }
    if (!item.windows?.length) throw badInput(`${at}.windows`, 'Give at least one weekly window the resource is offered in.');
    return { resourceId, committedQuantity: quantity, windows: parseWindows(item.windows, at) };
  });
}

/** What an item needs of its resource, now: the unit's, not withdrawn, a quantity that fits its access mode and capacity. */
export function itemProblems(
  resource: { organizationId: string; status: ResourceStatus; accessMode: AccessMode; capacity: number | null | undefined },
  item: { committedQuantity?: number | null },
  organizationId: string,
  field: string,
): UserError[] {
  const quantity = item.committedQuantity ?? null;
  if (resource.organizationId !== organizationId) {
    return [userError('RESOURCE_NOT_OF_UNIT', 'The resource belongs to another unit than the agreement\'s.', `${field}.resourceId`)];
  }
  if (resource.status === ResourceStatus.WITHDRAWN) {
    return [userError('RESOURCE_WITHDRAWN', 'The resource was withdrawn; it cannot be shared.', `${field}.resourceId`)];
  }
  if (resource.accessMode === AccessMode.OPEN_ACCESS) {
    return quantity === null
      ? []
      : [userError('QUANTITY_FOR_OPEN_ACCESS', 'An OPEN_ACCESS resource is never allocated: omit committedQuantity.', `${field}.committedQuantity`)];
  }
  if (quantity === null) {
    return [userError('COMMITTED_QUANTITY_REQUIRED', 'An ALLOCATED resource needs a committed quantity.', `${field}.committedQuantity`)];
  }
  const capacity = resource.capacity ?? 0;
  if (quantity > capacity) {
    return [userError('COMMITTED_QUANTITY_ABOVE_CAPACITY', `At most the capacity, ${capacity}, can be committed.`, `${field}.committedQuantity`)];
  }
  return [];
}

/**
 * Checks parsed items against their resources as stored: NOT_FOUND (thrown) for a resource that does
 * not exist or that the viewer may not see; the other problems as user errors.
 */
export async function checkItems(
  em: EntityManager,
  viewer: Viewer,
  organizationId: string,
  items: ParsedItem[],
  field: string,
): Promise<UserError[]> {
  if (items.length === 0) return [];
  const found = await em.find(ResourceEntity, { id: { $in: items.map((i) => i.resourceId) } });
  const byId = new Map(found.map((r) => [r.id, r]));
  return items.flatMap((item, i) => {
    const r = byId.get(item.resourceId);
    const facts = r && { status: r.status, areaPath: r.areaPath, organizationRowId: r.organization.id };
    if (!r || !facts || !resourceVisible(viewer, facts)) throw notFound(`${field}[${i}].resourceId`, 'resource');
    const stored = { organizationId: r.organization.id, status: r.status, accessMode: r.accessMode, capacity: r.capacity };
    return itemProblems(stored, item, organizationId, `${field}[${i}]`);
  });
}

/** Checks the stored items of an agreement against their resources as they are now (before proposing); errors name `input.id`. */
export async function checkStoredItems(em: EntityManager, a: SharingAgreementEntity): Promise<UserError[]> {
  const items = await em.find(AgreementItemEntity, { agreement: a.id }, { populate: ['resource'], orderBy: { position: 'asc' } });
  return items.flatMap((item, i) => {
    const r = item.resource;
    const stored = { organizationId: r.organization.id, status: r.status, accessMode: r.accessMode, capacity: r.capacity };
    // the input names only the agreement: say which item in the message
    return itemProblems(stored, item, a.organization.id, `items[${i}]`).map((e) => ({ ...e, field: 'input.id', message: `Item ${i + 1}: ${e.message}` }));
  });
}

export async function countItems(em: EntityManager, a: SharingAgreementEntity): Promise<number> {
  return em.count(AgreementItemEntity, { agreement: a.id });
}

/** Replaces an agreement's items (a draft's, inside its transaction). */
export async function replaceItems(em: EntityManager, a: SharingAgreementEntity, items: ParsedItem[]): Promise<void> {
  await em.nativeDelete(AgreementItemEntity, { agreement: a.id });
  items.forEach((item, position) =>
    em.create(AgreementItemEntity, {
      agreement: a,
      position,
      resource: em.getReference(ResourceEntity, item.resourceId),
      committedQuantity: item.committedQuantity,
      windows: item.windows,
    }),
  );
}
