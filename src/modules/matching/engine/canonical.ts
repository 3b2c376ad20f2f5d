import { InstanceError, type InstancePair } from './types.js';

/**
 * Validation and the canonical form every engine function works on: demands and resources sorted by id,
 * pairs sorted by (demand id, resource id). Ids compare by UTF-16 code units (`<`), never by locale, so the
 * order — and with it every tie-break — is a function of the instance as a set, not of its input order.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface CanonicalInstance {
  demandIds: string[];
  quantity: Float64Array;
  resourceIds: string[];
  capacity: Float64Array;
  /** Canonical demand index of each pair. */
  pairDemand: Int32Array;
  /** Canonical resource index of each pair. */
  pairResource: Int32Array;
  pairScore: Float64Array;
  /** The pair's own bound, or Infinity when it has none. */
  pairCapacity: Float64Array;
  /** Index of each canonical pair in the input's `pairs`. */
  pairOrigin: Int32Array;
  maxScore: number;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// `where` is built only on failure: these run once per field of ~10^5 pairs.
function count(value: unknown, list: string, index: number, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InstanceError(`${list}[${index}].${field} must be a non-negative integer, got ${describe(value)}`);
  }
  return value;
}

function id(value: unknown, list: string, index: number, field: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InstanceError(`${list}[${index}].${field} must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

function list(instance: Record<string, unknown>, key: string): unknown[] {
  const value = instance[key];
  if (!Array.isArray(value)) throw new InstanceError(`instance.${key} must be an array, got ${describe(value)}`);
  return value;
}

function sortedIndex(ids: string[]): number[] {
  return ids.map((_, i) => i).sort((a, b) => compareIds(ids[a], ids[b]));
}

/** Validates `instance` (any JSON value) and returns its canonical form; throws `InstanceError`. */
export function canonicalise(instance: unknown): CanonicalInstance {
  if (!isRecord(instance)) throw new InstanceError(`instance must be an object, got ${describe(instance)}`);
  const rawDemands = list(instance, 'demands');
  const rawResources = list(instance, 'resources');
  const rawPairs = list(instance, 'pairs');

  const inputDemandIds: string[] = [];
  const inputQuantity: number[] = [];
  const demandPosition = new Map<string, number>();
  rawDemands.forEach((d, i) => {
    if (!isRecord(d)) throw new InstanceError(`demands[${i}] must be an object, got ${describe(d)}`);
    const demandId = id(d.id, 'demands', i, 'id');
    const seen = demandPosition.get(demandId);
    if (seen !== undefined) {
      throw new InstanceError(`demands[${i}].id: duplicate demand id ${describe(demandId)} (also demands[${seen}])`);
    }
    demandPosition.set(demandId, i);
    inputDemandIds.push(demandId);
    inputQuantity.push(count(d.quantity, 'demands', i, 'quantity'));
  });

  const inputResourceIds: string[] = [];
  const inputCapacity: number[] = [];
  const resourcePosition = new Map<string, number>();
  rawResources.forEach((r, i) => {
    if (!isRecord(r)) throw new InstanceError(`resources[${i}] must be an object, got ${describe(r)}`);
    const resourceId = id(r.id, 'resources', i, 'id');
    const seen = resourcePosition.get(resourceId);
    if (seen !== undefined) {
      throw new InstanceError(
        `resources[${i}].id: duplicate resource id ${describe(resourceId)} (also resources[${seen}])`,
      );
    }
    resourcePosition.set(resourceId, i);
    inputResourceIds.push(resourceId);
    inputCapacity.push(count(r.capacity, 'resources', i, 'capacity'));
  });

  const demandOrder = sortedIndex(inputDemandIds);
  const resourceOrder = sortedIndex(inputResourceIds);
  const demandRank = new Int32Array(demandOrder.length);
  demandOrder.forEach((input, rank) => (demandRank[input] = rank));
  const resourceRank = new Int32Array(resourceOrder.length);
  resourceOrder.forEach((input, rank) => (resourceRank[input] = rank));
  const D = demandOrder.length;
  const R = resourceOrder.length;

  const P = rawPairs.length;
  const inputDemand = new Int32Array(P);
  const inputResource = new Int32Array(P);
  const inputScore = new Float64Array(P);
  const inputPairCapacity = new Float64Array(P);
  let maxScore = 0;
  let lastDemandId: string | undefined; // pairs usually come grouped by demand
  let lastDemand = -1;
  for (let i = 0; i < P; i++) {
    const p = rawPairs[i];
    if (!isRecord(p)) throw new InstanceError(`pairs[${i}] must be an object, got ${describe(p)}`);
    const demandId = id(p.demand, 'pairs', i, 'demand');
    const resourceId = id(p.resource, 'pairs', i, 'resource');
    if (demandId !== lastDemandId) {
      const d = demandPosition.get(demandId);
      if (d === undefined) throw new InstanceError(`pairs[${i}].demand: unknown demand ${describe(demandId)}`);
      lastDemandId = demandId;
      lastDemand = demandRank[d];
    }
    const r = resourcePosition.get(resourceId);
    if (r === undefined) throw new InstanceError(`pairs[${i}].resource: unknown resource ${describe(resourceId)}`);
    inputDemand[i] = lastDemand;
    inputResource[i] = resourceRank[r];
    const score = count(p.score, 'pairs', i, 'score');
    inputScore[i] = score;
    if (score > maxScore) maxScore = score;
    inputPairCapacity[i] = p.capacity === undefined ? Infinity : count(p.capacity, 'pairs', i, 'capacity');
  }

  // Pairs in (demand rank, resource rank) order: two stable counting sorts, O(P + D + R).
  const byResource = countingSort(inputResource, R, identity(P));
  const order = countingSort(inputDemand, D, byResource);
  for (let k = 1; k < P; k++) {
    const a = order[k - 1];
    const b = order[k];
    if (inputDemand[a] === inputDemand[b] && inputResource[a] === inputResource[b]) {
      const [i, j] = a < b ? [a, b] : [b, a];
      const pair = rawPairs[j] as InstancePair;
      throw new InstanceError(
        `pairs[${j}]: duplicate pair (demand ${describe(pair.demand)}, resource ${describe(pair.resource)}) ` +
          `(also pairs[${i}])`,
      );
    }
  }

  const quantity = Float64Array.from(demandOrder, (i) => inputQuantity[i]);
  const capacity = Float64Array.from(resourceOrder, (i) => inputCapacity[i]);
  // Sums of safe integers: exact while ≤ 2^53 − 1, and once past it they stay past it (rounding is monotone).
  let totalQuantity = 0;
  for (let d = 0; d < D; d++) totalQuantity += quantity[d];
  let totalCapacity = 0;
  for (let r = 0; r < R; r++) totalCapacity += capacity[r];
  if (totalQuantity > Number.MAX_SAFE_INTEGER || totalCapacity > Number.MAX_SAFE_INTEGER) {
    throw new InstanceError(
      'numbers too large for exact arithmetic: total quantity and total capacity must stay below 2^53',
    );
  }
  const flowBound = BigInt(Math.min(totalQuantity, totalCapacity));
  if (BigInt(maxScore) * flowBound > MAX_SAFE) {
    throw new InstanceError(
      'numbers too large for exact arithmetic: max score × min(total quantity, total capacity) must stay below 2^53',
    );
  }
  if (8n * (BigInt(maxScore) + 1n) * BigInt(D + R + 2) > MAX_SAFE) {
    throw new InstanceError(
      'numbers too large for exact arithmetic: 8 × (max score + 1) × (demands + resources + 2) must stay below 2^53',
    );
  }

  const pairOrigin = Int32Array.from(order);
  return {
    demandIds: demandOrder.map((i) => inputDemandIds[i]),
    quantity,
    resourceIds: resourceOrder.map((i) => inputResourceIds[i]),
    capacity,
    pairDemand: pairOrigin.map((i) => inputDemand[i]),
    pairResource: pairOrigin.map((i) => inputResource[i]),
    pairScore: Float64Array.from(pairOrigin, (i) => inputScore[i]),
    pairCapacity: Float64Array.from(pairOrigin, (i) => inputPairCapacity[i]),
    pairOrigin,
    maxScore,
  };
}

function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** Stable counting sort of `items` by `key[item]` in [0, buckets). */
function countingSort(key: Int32Array, buckets: number, items: Int32Array): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (const item of items) start[key[item] + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const out = new Int32Array(items.length);
  for (const item of items) out[start[key[item]]++] = item;
  return out;
}
