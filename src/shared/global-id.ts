/**
 * Opaque Relay global IDs: base64url (no padding) of `${type}:${id}`, where type is a GraphQL type name
 * and id a bigint identity as a decimal string. Decoding is strict so that exactly one string encodes
 * each (type, id) and a malformed id never reaches SQL.
 */

const MAX_GLOBAL_ID_LENGTH = 200;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const POSITIVE_DECIMAL = /^[1-9][0-9]*$/;
const MAX_BIGINT = '9223372036854775807';

export interface DecodedGlobalId {
  type: string;
  id: string;
}

/** True for a positive decimal integer string with no leading zeros that fits PostgreSQL bigint. */
export function isDatabaseId(id: string): boolean {
  if (!POSITIVE_DECIMAL.test(id)) return false;
  // same length decimal strings compare like numbers
  return id.length < MAX_BIGINT.length || (id.length === MAX_BIGINT.length && id <= MAX_BIGINT);
}

/**
 * Throws a RangeError when `type` is not a GraphQL name or `id` is not a positive bigint-sized integer:
 * those are programming errors, and an ID built from them could never be decoded again.
 */
export function toGlobalId(type: string, id: string | number | bigint): string {
  const idText = typeof id === 'number' ? (Number.isSafeInteger(id) ? String(id) : '') : String(id);
  if (!GRAPHQL_NAME.test(type)) throw new RangeError(`toGlobalId: invalid type name ${JSON.stringify(type)}`);
  if (!isDatabaseId(idText)) throw new RangeError(`toGlobalId: invalid id ${JSON.stringify(String(id))}`);
  return Buffer.from(`${type}:${idText}`, 'utf8').toString('base64url');
}

/** Null for anything that toGlobalId could not have produced; never throws. */
export function fromGlobalId(globalId: string): DecodedGlobalId | null {
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > MAX_GLOBAL_ID_LENGTH) return null;
  if (!BASE64URL.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  // Buffer decoding is lenient (stray bits, invalid UTF-8 become U+FFFD): insist on the canonical form
  if (Buffer.from(decoded, 'utf8').toString('base64url') !== globalId) return null;
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const type = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  if (!GRAPHQL_NAME.test(type) || !isDatabaseId(id)) return null;
  return { type, id };
}

/** The database id when `globalId` is well formed and of one of `expectedTypes`; otherwise null. */
export function parseGlobalId(globalId: string, expectedTypes: readonly string[]): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded !== null && expectedTypes.includes(decoded.type) ? decoded.id : null;
}
