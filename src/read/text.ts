/**
 * The index keys a text search needs, as `sharehub_grams` (the migration) writes them for titles and
 * addresses: a one-character word is looked up by itself, a longer one by all of its character pairs.
 * The index narrows; a substring test on the row decides.
 */
export function textGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().split(/\s+/).filter(Boolean)) {
    const chars = [...word];
    if (chars.length === 1) grams.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return [...grams];
}
