import { canonicalise, type CanonicalInstance } from './canonical.js';
import { partition } from './components.js';
import { maxFlowValue } from './max-flow.js';
import { minCostFlow } from './network-simplex.js';
import type { Assignment, AssignmentResult, Instance } from './types.js';

/**
 * Solves the assignment exactly. Objective, lexicographic: first the most total quantity served, then the
 * highest Σ score × quantity among the assignments that serve that much.
 *
 * Network per component: s → demand (capacity = quantity), demand → resource (capacity = min(quantity,
 * capacity, pair capacity), cost = maxScore − score), resource → t (capacity = capacity). Two phases, no big-M:
 * 1. Dinic's max flow gives F*, the most quantity that can be served;
 * 2. network simplex finds the min-cost flow of value exactly F* (supply F* at s, −F* at t). Every unit of
 *    s–t flow crosses exactly one demand → resource arc, so its cost is maxScore · F* − Σ score · x: least cost
 *    = highest score at that quantity.
 * Both are integral, so the optimum is an integer assignment.
 *
 * Determinism: the instance is canonicalised (ids sorted, pairs by (demand id, resource id)), split into the
 * connected components of its usable pairs (those whose capacity bound is positive), and each component is
 * solved on its own by deterministic code. The result is therefore a function of the instance as a set — not
 * of input order — and solving any connected component alone gives the same assignments as a full solve.
 * Among several optimal assignments the one returned is the one this procedure reaches from the canonical order.
 */
export function solveAssignment(instance: Instance): AssignmentResult {
  return solveCanonical(canonicalise(instance));
}

export function solveCanonical(c: CanonicalInstance): AssignmentResult {
  const P = c.pairDemand.length;
  const bound = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    bound[p] = Math.min(c.quantity[c.pairDemand[p]], c.capacity[c.pairResource[p]], c.pairCapacity[p]);
  }
  const parts = partition(c, (p) => bound[p] > 0);
  const flow = new Float64Array(P);
  const localIndex = new Int32Array(Math.max(c.demandIds.length, c.resourceIds.length));

  for (let k = 0; k < parts.count; k++) {
    const pairs = parts.pairs[k];
    const demands = parts.demands[k];
    const resources = parts.resources[k];
    if (demands.length === 1 || resources.length === 1) {
      solveStar(c, pairs, bound, demands.length === 1, flow);
      continue;
    }
    const nd = demands.length;
    const nr = resources.length;
    const np = pairs.length;
    const nodeCount = 2 + nd + nr;
    const arcCount = np + nd + nr;
    const source = new Int32Array(arcCount);
    const target = new Int32Array(arcCount);
    const capacity = new Float64Array(arcCount);
    const cost = new Float64Array(arcCount);
    let maxScore = 0;
    for (const p of pairs) if (c.pairScore[p] > maxScore) maxScore = c.pairScore[p];

    for (let i = 0; i < nd; i++) localIndex[demands[i]] = i;
    for (let i = 0; i < np; i++) source[i] = 2 + localIndex[c.pairDemand[pairs[i]]];
    for (let i = 0; i < nr; i++) localIndex[resources[i]] = i;
    for (let i = 0; i < np; i++) {
      const p = pairs[i];
      target[i] = 2 + nd + localIndex[c.pairResource[p]];
      capacity[i] = bound[p];
      cost[i] = maxScore - c.pairScore[p];
    }
    for (let i = 0; i < nd; i++) {
      const e = np + i;
      source[e] = 0;
      target[e] = 2 + i;
      capacity[e] = c.quantity[demands[i]];
    }
    for (let i = 0; i < nr; i++) {
      const e = np + nd + i;
      source[e] = 2 + nd + i;
      target[e] = 1;
      capacity[e] = c.capacity[resources[i]];
    }

    const most = maxFlowValue(nodeCount, source, target, capacity, 0, 1);
    const supply = new Float64Array(nodeCount);
    supply[0] = most;
    supply[1] = -most;
    const x = minCostFlow({ nodeCount, source, target, capacity, cost, supply });
    for (let i = 0; i < np; i++) flow[pairs[i]] = x[i];
  }

  const assignments: Assignment[] = [];
  let servedQuantity = 0;
  let objective = 0;
  for (let p = 0; p < P; p++) {
    const q = flow[p];
    if (q > 0) {
      const demand = c.demandIds[c.pairDemand[p]];
      assignments.push({ demand, resource: c.resourceIds[c.pairResource[p]], quantity: q });
      servedQuantity += q;
      objective += c.pairScore[p] * q;
    }
  }
  return { assignments, servedQuantity, objective };
}

/**
 * A component with one demand (or one resource) is a star: the centre's quantity is the only shared bound, so
 * taking pairs by score (ties by canonical order) until it runs out is optimal on both criteria.
 */
function solveStar(
  c: CanonicalInstance,
  pairs: Int32Array,
  bound: Float64Array,
  demandCentre: boolean,
  flow: Float64Array,
): void {
  const first = pairs[0];
  let left = demandCentre ? c.quantity[c.pairDemand[first]] : c.capacity[c.pairResource[first]];
  const order = Array.from(pairs).sort((a, b) => c.pairScore[b] - c.pairScore[a] || a - b);
  for (const p of order) {
    if (left === 0) break;
    const q = Math.min(left, bound[p]);
    flow[p] = q;
    left -= q;
  }
}
