import { canonicalise, type CanonicalInstance } from './canonical.js';
import type { Instance, InstancePair } from './types.js';

/**
 * A partition of a canonical instance into connected components of the bipartite graph whose edges are the
 * pairs `include` accepts. Components are numbered by their first pair in canonical order (so by smallest
 * demand id); inside one, demands, resources and pairs keep canonical order.
 */
export interface Partition {
  count: number;
  /** Per component, its pairs (canonical indices), demands and resources, each in canonical order. */
  pairs: Int32Array[];
  demands: Int32Array[];
  resources: Int32Array[];
}

export function partition(c: CanonicalInstance, include: (pair: number) => boolean): Partition {
  const D = c.demandIds.length;
  const R = c.resourceIds.length;
  const P = c.pairDemand.length;
  // Union–find over demands [0, D) and resources [D, D + R).
  const up = new Int32Array(D + R);
  for (let i = 0; i < up.length; i++) up[i] = i;
  const find = (x: number): number => {
    while (up[x] !== x) {
      up[x] = up[up[x]];
      x = up[x];
    }
    return x;
  };
  for (let p = 0; p < P; p++) {
    if (!include(p)) continue;
    const a = find(c.pairDemand[p]);
    const b = find(D + c.pairResource[p]);
    if (a !== b) {
      if (a < b) up[b] = a;
      else up[a] = b;
    }
  }
  const label = new Int32Array(D + R).fill(-1);
  const pairComponent = new Int32Array(P).fill(-1);
  let count = 0;
  for (let p = 0; p < P; p++) {
    if (!include(p)) continue;
    const root = find(c.pairDemand[p]);
    if (label[root] < 0) label[root] = count++;
    pairComponent[p] = label[root];
  }
  const nodeComponent = new Int32Array(D + R);
  for (let x = 0; x < D + R; x++) nodeComponent[x] = label[find(x)];

  const group = (componentOf: Int32Array, from: number, to: number): Int32Array[] => {
    const sizes = new Int32Array(count);
    for (let i = from; i < to; i++) if (componentOf[i] >= 0) sizes[componentOf[i]]++;
    const out = Array.from(sizes, (size) => new Int32Array(size));
    const fill = new Int32Array(count);
    for (let i = from; i < to; i++) {
      const k = componentOf[i];
      if (k >= 0) out[k][fill[k]++] = i - from;
    }
    return out;
  };
  return {
    count,
    pairs: group(pairComponent, 0, P),
    demands: group(nodeComponent, 0, D),
    resources: group(nodeComponent, D, D + R),
  };
}

/**
 * Splits an instance into the connected components of its candidate graph: demands and resources linked by
 * pairs (any pair, whatever its score or capacity, so that a later capacity change stays inside its component).
 * Every demand and resource belongs to exactly one component; one without pairs forms a component of its own.
 * Order: components with pairs by their smallest demand id, then lone demands by id, then lone resources by id;
 * inside a component demands and resources are sorted by id and pairs by (demand id, resource id).
 * Solving each component alone gives exactly the assignments `solveAssignment` gives for the whole.
 */
export function connectedComponents(instance: Instance): Instance[] {
  const c = canonicalise(instance);
  const parts = partition(c, () => true);
  const out: Instance[] = [];
  const pairOf = (p: number): InstancePair => {
    const pair: InstancePair = {
      demand: c.demandIds[c.pairDemand[p]],
      resource: c.resourceIds[c.pairResource[p]],
      score: c.pairScore[p],
    };
    if (c.pairCapacity[p] !== Infinity) pair.capacity = c.pairCapacity[p];
    return pair;
  };
  for (let k = 0; k < parts.count; k++) {
    out.push({
      demands: Array.from(parts.demands[k], (d) => ({ id: c.demandIds[d], quantity: c.quantity[d] })),
      resources: Array.from(parts.resources[k], (r) => ({ id: c.resourceIds[r], capacity: c.capacity[r] })),
      pairs: Array.from(parts.pairs[k], pairOf),
    });
  }
  const linkedDemand = new Uint8Array(c.demandIds.length);
  const linkedResource = new Uint8Array(c.resourceIds.length);
  for (let p = 0; p < c.pairDemand.length; p++) {
    linkedDemand[c.pairDemand[p]] = 1;
    linkedResource[c.pairResource[p]] = 1;
  }
  c.demandIds.forEach((id, d) => {
    if (!linkedDemand[d]) out.push({ demands: [{ id, quantity: c.quantity[d] }], resources: [], pairs: [] });
  });
  c.resourceIds.forEach((id, r) => {
    if (!linkedResource[r]) out.push({ demands: [], resources: [{ id, capacity: c.capacity[r] }], pairs: [] });
  });
  return out;
}
