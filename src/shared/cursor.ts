/**
 * Opaque keyset-pagination cursors: base64url (no padding) of `c1:` followed by a JSON array of the
 * sort-key values. The version prefix lets the format change later while old cursors still decode (or
 * are cleanly refused). Parts are JSON scalars: bigint ids and timestamps travel as strings.
 */

export type CursorPart = string | number | boolean | null;

const VERSION_PREFIX = 'c1:';
const MAX_CURSOR_LENGTH = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isCursorPart(value: unknown): value is CursorPart {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

/**
 * Throws a TypeError when a part is not a JSON scalar (undefined, NaN, bigint, Date, objects) and a
 * RangeError when the cursor would exceed the length decodeCursor accepts: both are programming errors.
 */
export function encodeCursor(parts: readonly unknown[]): string {
  parts.forEach((part, i) => {
    if (!isCursorPart(part)) throw new TypeError(`encodeCursor: part ${i} is not a string, finite number, boolean or null`);
  });
  const cursor = Buffer.from(VERSION_PREFIX + JSON.stringify(parts), 'utf8').toString('base64url');
  if (cursor.length > MAX_CURSOR_LENGTH) throw new RangeError(`encodeCursor: cursor longer than ${MAX_CURSOR_LENGTH}`);
  return cursor;
}

/** Null for anything encodeCursor could not have produced; never throws. */
export function decodeCursor(cursor: string): CursorPart[] | null {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) return null;
  if (!BASE64URL.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // reject lenient decodes (stray bits, invalid UTF-8) so each cursor has exactly one spelling
  if (Buffer.from(text, 'utf8').toString('base64url') !== cursor) return null;
  if (!text.startsWith(VERSION_PREFIX)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(VERSION_PREFIX.length));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every(isCursorPart)) return null;
  return parsed;
}
