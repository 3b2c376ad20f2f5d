import { createHash } from 'node:crypto';

const names = new Map<string, string>();

/**
 * A stable name for a generated statement, so that pg prepares it once per connection and PostgreSQL
 * plans it once, instead of parsing every request's SQL again. Same text, same name.
 */
export function preparedName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    if (names.size > 10_000) names.clear();
    names.set(text, name);
  }
  return name;
}
