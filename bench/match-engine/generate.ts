import type { Instance, InstancePair } from '../../src/modules/matching/engine/index.js';
import { mulberry32 } from '../../src/shared/random.js';


export interface GeometricOptions {
  demands: number;
  resources: number;
  /** Candidates per demand: its nearest resources. */
  perDemand: number;
  seed: number;
  maxQuantity?: number;
  maxCapacity?: number;
  maxScore?: number;
}

export interface GeometricInstance {
  instance: Instance;
  /** Distance of each pair object, for the nearest-first baseline. */
  distance: Map<InstancePair, number>;
}

/**
 * A district-like instance: demands and resources scattered over a unit square, each demand a candidate of its
 * `perDemand` nearest resources, score falling with distance plus a random urgency part.
 */
export function geometricInstance(o: GeometricOptions): GeometricInstance {
  const random = mulberry32(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const maxQuantity = o.maxQuantity ?? 5;
  const maxCapacity = o.maxCapacity ?? 8;
  const maxScore = o.maxScore ?? 1000;
  const rx = new Float64Array(o.resources);
  const ry = new Float64Array(o.resources);
  for (let r = 0; r < o.resources; r++) {
    rx[r] = random();
    ry[r] = random();
  }
  // Grid buckets for nearest-neighbour search.
  const side = Math.max(1, Math.floor(Math.sqrt(o.resources / 4)));
  const cells: number[][] = Array.from({ length: side * side }, () => []);
  const cellOf = (v: number) => Math.min(side - 1, Math.floor(v * side));
  for (let r = 0; r < o.resources; r++) cells[cellOf(rx[r]) * side + cellOf(ry[r])]!.push(r);

  const pad = (n: number) => String(n).padStart(6, '0');
  const instance: Instance = {
    demands: [],
    resources: Array.from({ length: o.resources }, (_, r) => ({ id: `r${pad(r)}`, capacity: int(0, maxCapacity) })),
    pairs: [],
  };
  const distance = new Map<InstancePair, number>();
  const k = Math.min(o.perDemand, o.resources);
  for (let d = 0; d < o.demands; d++) {
    const x = random();
    const y = random();
    instance.demands.push({ id: `d${pad(d)}`, quantity: int(1, maxQuantity) });
    const cx = cellOf(x);
    const cy = cellOf(y);
    let found: { r: number; dist: number }[] = [];
    for (let ring = 0; ; ring++) {
      found = [];
      for (let i = Math.max(0, cx - ring); i <= Math.min(side - 1, cx + ring); i++) {
        for (let j = Math.max(0, cy - ring); j <= Math.min(side - 1, cy + ring); j++) {
          for (const r of cells[i * side + j]!) found.push({ r, dist: Math.hypot(rx[r] - x, ry[r] - y) });
        }
      }
      // Complete once the k-th nearest lies within the ring's guaranteed radius.
      if (found.length >= k) {
        found.sort((a, b) => a.dist - b.dist);
        if (found[k - 1]!.dist <= ring / side || ring >= side) break;
      }
    }
    const reach = found[k - 1]!.dist || 1;
    for (const { r, dist } of found.slice(0, k)) {
      const pair: InstancePair = {
        demand: `d${pad(d)}`,
        resource: `r${pad(r)}`,
        score: Math.round((maxScore * 0.8 * (reach - dist)) / reach) + int(0, Math.round(maxScore * 0.2)),
      };
      instance.pairs.push(pair);
      distance.set(pair, dist);
    }
  }
  return { instance, distance };
}

/** Pairs drawn uniformly at random (no geography): one giant component, the hard case for the solver. */
export function uniformInstance(o: GeometricOptions): Instance {
  const random = mulberry32(o.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const maxQuantity = o.maxQuantity ?? 5;
  const maxCapacity = o.maxCapacity ?? 8;
  const maxScore = o.maxScore ?? 1000;
  const pad = (n: number) => String(n).padStart(6, '0');
  const instance: Instance = {
    demands: Array.from({ length: o.demands }, (_, d) => ({ id: `d${pad(d)}`, quantity: int(1, maxQuantity) })),
    resources: Array.from({ length: o.resources }, (_, r) => ({ id: `r${pad(r)}`, capacity: int(0, maxCapacity) })),
    pairs: [],
  };
  const k = Math.min(o.perDemand, o.resources);
  for (let d = 0; d < o.demands; d++) {
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(random() * o.resources));
    for (const r of chosen) {
      instance.pairs.push({ demand: `d${pad(d)}`, resource: `r${pad(r)}`, score: int(0, maxScore) });
    }
  }
  return instance;
}
