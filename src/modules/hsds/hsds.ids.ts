import { v5 as uuidv5, validate as isUuid } from 'uuid';
import { toGlobalId } from '../../shared/global-id.js';

/*
 * HSDS ids (README, "Open export: HSDS 3.0"): UUIDv5 of the hub's Relay global id under one fixed namespace,
 * so the same unit or resource has the same id in every export. The objects HSDS splits one resource into
 * (service, location, service at location, address, schedule rows) take the resource's global id with a
 * suffix: `<globalId>#location`, `#service_at_location`, `#address`, `#schedule/<window>/<part>`.
 */

/** The namespace of every HSDS id the hub writes: uuidv5('sharehub:hsds', uuid's URL namespace). Never change it. */
export const HSDS_NAMESPACE = '098f1e46-2be6-5c4c-b63b-9ed5a1cd76b5';

/** The HSDS id of a hub object's global id, with an optional suffix for the parts of one object. */
export function hsdsId(globalId: string, part?: string): string {
  return uuidv5(part ? `${globalId}#${part}` : globalId, HSDS_NAMESPACE);
}

export const organizationHsdsId = (rowId: string): string => hsdsId(toGlobalId('Organization', rowId));
export const serviceHsdsId = (rowId: string): string => hsdsId(toGlobalId('Resource', rowId));

export { isUuid };

/**
 * UUIDv5 cannot be reversed: the ids seen are remembered (uuid → row id, a pure function, right for every
 * database), and on a miss the caller reads the candidate row ids once more (`refill`). Existence and
 * visibility are checked by the read that follows, never by this map.
 */
export class HsdsIdIndex {
  private readonly rows = new Map<string, string>();

  constructor(private readonly idOf: (rowId: string) => string) {}

  async rowIdOf(uuid: string, refill: () => Promise<string[]>): Promise<string | null> {
    const known = this.rows.get(uuid);
    if (known !== undefined) return known;
    for (const rowId of await refill()) this.rows.set(this.idOf(rowId), rowId);
    return this.rows.get(uuid) ?? null;
  }
}
