/** Loads with a DataLoader-shaped `loadMany`, in order; an error of one key is thrown, a missing key is null. */
export async function loadNodes<N>(loadMany: (ids: string[]) => Promise<ArrayLike<N | null | Error>>, ids: string[]): Promise<(N | null)[]> {
  return Array.from(await loadMany(ids), (n) => {
    if (n instanceof Error) throw n;
    return n;
  });
}
