import { canonicalise } from './canonical.js';
import type { Assignment, AssignmentResult, Instance, InstancePair } from './types.js';

/**
 * Baseline for benchmarks, not used to propose matches: demands in id order, each takes as much as it can from
 * its pairs in preference order before the next demand is looked at. Preference: nearest first when
 * `distanceOf` is given (ties: higher score, then resource id), else highest score first (ties: resource id).
 * A pair gives min(what the demand still needs, what the resource has left, the pair's own capacity).
 * It never revisits a choice, so it can serve less quantity and less score than `solveAssignment`.
 */
export function greedyNearestFirst(instance: Instance, distanceOf?: (pair: InstancePair) => number): AssignmentResult {
  const c = canonicalise(instance);
  const left = Float64Array.from(c.capacity);
  const P = c.pairDemand.length;
  const distance = new Float64Array(P);
  if (distanceOf) for (let p = 0; p < P; p++) distance[p] = distanceOf(instance.pairs[c.pairOrigin[p]]!);

  const assignments: Assignment[] = [];
  let servedQuantity = 0;
  let objective = 0;
  // Canonical pairs are grouped by demand, in demand id order.
  for (let from = 0; from < P; ) {
    let to = from;
    while (to < P && c.pairDemand[to] === c.pairDemand[from]) to++;
    const d = c.pairDemand[from];
    const candidates: number[] = [];
    for (let p = from; p < to; p++) candidates.push(p);
    candidates.sort((a, b) => distance[a] - distance[b] || c.pairScore[b] - c.pairScore[a] || a - b);
    let need = c.quantity[d];
    const taken: Assignment[] = [];
    for (const p of candidates) {
      if (need === 0) break;
      const r = c.pairResource[p];
      const q = Math.min(need, left[r], c.pairCapacity[p]);
      if (q <= 0) continue;
      need -= q;
      left[r] -= q;
      taken.push({ demand: c.demandIds[d], resource: c.resourceIds[r], quantity: q });
      servedQuantity += q;
      objective += c.pairScore[p] * q;
    }
    taken.sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
    assignments.push(...taken);
    from = to;
  }
  return { assignments, servedQuantity, objective };
}
