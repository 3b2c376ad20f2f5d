import type { Node } from './relay.js';

/** Loads with a DataLoader-shaped `loadMany`, in order; an error of one key is thrown, a missing key is null. */
export async function loadNodes(loadMany: (ids: string[]) => Promise<ArrayLike<Node | null | Error>>, ids: string[]): Promise<(Node | null)[]> {
  return Array.from(await loadMany(ids), (n) => {
    if (n instanceof Error) throw n;
    return n;
  });
}
