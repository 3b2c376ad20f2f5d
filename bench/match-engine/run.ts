import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import {
  connectedComponents,
  greedyNearestFirst,
  solveAssignment,
  type InstancePair,
} from '../../src/modules/matching/engine/index.js';
import { geometricInstance, uniformInstance } from './generate.js';

/**
 * `node dist/bench/match-engine/run.js [--demands 10000] [--resources 10000] [--per-demand 20] [--seed 1]
 *  [--rounds 5]` — times the pure engine on a district-like (geometric) and a uniform random instance and
 * prints served quantity and objective beside the greedy nearest-first baseline.
 */
const { values } = parseArgs({
  options: {
    demands: { type: 'string', default: '10000' },
    resources: { type: 'string', default: '10000' },
    'per-demand': { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    'max-score': { type: 'string', default: '1000' },
  },
});
const options = {
  demands: Number(values.demands),
  resources: Number(values.resources),
  perDemand: Number(values['per-demand']),
  seed: Number(values.seed),
  maxScore: Number(values['max-score']),
};
const rounds = Number(values.rounds);

function time<T>(f: () => T): { value: T; ms: number[] } {
  const ms: number[] = [];
  let value!: T;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    value = f();
    ms.push(performance.now() - t0);
  }
  return { value, ms };
}
const fmt = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (v: number) => v.toFixed(0);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${at(median)} ms (min ${at(sorted[0]!)}, max ${at(sorted.at(-1)!)}, first ${at(ms[0]!)})`;
};

const geometric = geometricInstance(options);
const cases = [
  { name: 'geometric', instance: geometric.instance, distanceOf: (p: InstancePair) => geometric.distance.get(p)! },
  { name: 'uniform', instance: uniformInstance(options), distanceOf: undefined },
];
for (const { name, instance, distanceOf } of cases) {
  const components = connectedComponents(instance);
  const totalQuantity = instance.demands.reduce((s, d) => s + d.quantity, 0);
  const totalCapacity = instance.resources.reduce((s, r) => s + r.capacity, 0);
  const solved = time(() => solveAssignment(instance));
  const greedy = time(() => greedyNearestFirst(instance, distanceOf));
  const largest = Math.max(...components.map((c) => c.demands.length + c.resources.length));
  console.log(
    `${name}: ${instance.demands.length} demands (Σ ${totalQuantity}), ${instance.resources.length} resources ` +
      `(Σ ${totalCapacity}), ${instance.pairs.length} pairs, ${components.length} components (largest ${largest} nodes)`,
  );
  for (const [label, { value, ms }] of [['optimum', solved], ['greedy: ', greedy]] as const) {
    console.log(`  ${label} served ${value.servedQuantity}, objective ${value.objective}; ${fmt(ms)}`);
  }
}
