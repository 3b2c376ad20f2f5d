import highsImport, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  connectedComponents,
  greedyNearestFirst,
  InstanceError,
  solveAssignment,
  type AssignmentResult,
  type Instance,
} from '../../src/modules/matching/engine/index.js';
import { main, type MatchIo } from '../../src/tools/match.js';
import { mulberry32 } from '../../src/shared/random.js';

/** CPU-bound property checks: generous, so that a loaded 2-core machine passes them too. */
const PROPERTY_TIMEOUT_MS = 120_000;


function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function permuted(instance: Instance, random: () => number): Instance {
  return {
    demands: shuffled(instance.demands, random),
    resources: shuffled(instance.resources, random),
    pairs: shuffled(instance.pairs, random),
  };
}

const byIds = (a: { demand: string; resource: string }, b: { demand: string; resource: string }) =>
  a.demand < b.demand ? -1 : a.demand > b.demand ? 1 : a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0;

/** Feasibility and bookkeeping of a result: nothing exceeded, totals right, order and positivity. */
function expectValid(instance: Instance, result: AssignmentResult): void {
  const quantity = new Map(instance.demands.map((d) => [d.id, d.quantity]));
  const capacity = new Map(instance.resources.map((r) => [r.id, r.capacity]));
  const pairs = new Map(instance.pairs.map((p) => [`${p.demand}\u0000${p.resource}`, p]));
  let served = 0;
  let objective = 0;
  for (const a of result.assignments) {
    const pair = pairs.get(`${a.demand}\u0000${a.resource}`);
    expect(pair, `assignment ${a.demand}→${a.resource} has a pair`).toBeDefined();
    expect(Number.isSafeInteger(a.quantity) && a.quantity > 0).toBe(true);
    if (pair!.capacity !== undefined) expect(a.quantity).toBeLessThanOrEqual(pair!.capacity);
    quantity.set(a.demand, quantity.get(a.demand)! - a.quantity);
    capacity.set(a.resource, capacity.get(a.resource)! - a.quantity);
    served += a.quantity;
    objective += a.quantity * pair!.score;
  }
  for (const [id, left] of quantity) expect(left, `demand ${id} not over-served`).toBeGreaterThanOrEqual(0);
  for (const [id, left] of capacity) expect(left, `resource ${id} not over-used`).toBeGreaterThanOrEqual(0);
  expect(result.servedQuantity).toBe(served);
  expect(result.objective).toBe(objective);
  expect([...result.assignments].sort(byIds)).toEqual(result.assignments);
}

// `highs` declares its ES module build with CommonJS types; at run time the default import is the loader itself.
const loadHighs = highsImport as unknown as typeof highsImport.default;

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

/** The two-stage LP optimum (most quantity, then best score at that quantity), solved by HiGHS. */
function lpOptimum(instance: Instance): { servedQuantity: number; objective: number } {
  if (instance.pairs.length === 0) return { servedQuantity: 0, objective: 0 };
  // A linear expression, eight terms a line.
  const terms = (coefficient: (i: number) => number) => {
    const all = instance.pairs.map((_, i) => `+ ${coefficient(i)} x${i}`);
    const lines: string[] = [];
    for (let i = 0; i < all.length; i += 8) lines.push(all.slice(i, i + 8).join(' '));
    return lines.join('\n   ');
  };
  const rows: string[] = [];
  instance.demands.forEach((d, k) => {
    const xs = instance.pairs.flatMap((p, i) => (p.demand === d.id ? [`x${i}`] : []));
    if (xs.length > 0) rows.push(` d${k}: ${xs.join(' + ')} <= ${d.quantity}`);
  });
  instance.resources.forEach((r, k) => {
    const xs = instance.pairs.flatMap((p, i) => (p.resource === r.id ? [`x${i}`] : []));
    if (xs.length > 0) rows.push(` r${k}: ${xs.join(' + ')} <= ${r.capacity}`);
  });
  const bounds = instance.pairs.map((p, i) => (p.capacity === undefined ? ` x${i} >= 0` : ` 0 <= x${i} <= ${p.capacity}`));
  const solve = (objective: string, extra: string[]) => {
    const lp = ['Maximize', ` obj: ${objective}`, 'Subject To', ...rows, ...extra, 'Bounds', ...bounds, 'End'].join('\n');
    const result = highs.solve(lp, { output_flag: false });
    expect(result.Status).toBe('Optimal');
    const value = result.ObjectiveValue;
    expect(Math.abs(value - Math.round(value))).toBeLessThan(1e-6);
    return Math.round(value);
  };
  const servedQuantity = solve(terms(() => 1), []);
  const objective = solve(terms((i) => instance.pairs[i]!.score), [` flow: ${terms(() => 1)} = ${servedQuantity}`]);
  return { servedQuantity, objective };
}

interface RandomOptions {
  maxNodes: number;
  maxScore: number;
}

/** Small instances rich in the awkward cases: ties, zeros, demands larger than any resource, loners, pair bounds. */
function randomInstance(seed: number, { maxNodes, maxScore }: RandomOptions): Instance {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const D = int(0, maxNodes);
  const R = int(0, maxNodes);
  const density = random() * 0.6;
  const scoreRange = random() < 0.5 ? int(0, 3) : maxScore; // narrow ranges give many ties
  const instance: Instance = { demands: [], resources: [], pairs: [] };
  for (let r = 0; r < R; r++) instance.resources.push({ id: `r${r}`, capacity: random() < 0.15 ? 0 : int(1, 8) });
  for (let d = 0; d < D; d++) {
    const roll = random();
    instance.demands.push({ id: `d${d}`, quantity: roll < 0.1 ? 0 : roll < 0.25 ? int(9, 30) : int(1, 6) });
    for (let r = 0; r < R; r++) {
      if (random() >= density) continue;
      const pair: Instance['pairs'][number] = { demand: `d${d}`, resource: `r${r}`, score: int(0, scoreRange) };
      if (random() < 0.2) pair.capacity = int(0, 5);
      instance.pairs.push(pair);
    }
  }
  return permuted(instance, random);
}

describe('solveAssignment on hand-made instances', () => {
  it('breaks ties the same way whatever the input order', () => {
    const instance: Instance = {
      demands: [
        { id: 'd2', quantity: 1 },
        { id: 'd1', quantity: 1 },
        { id: 'd3', quantity: 2 },
      ],
      resources: [
        { id: 'r2', capacity: 2 },
        { id: 'r1', capacity: 1 },
      ],
      pairs: [
        { demand: 'd1', resource: 'r1', score: 5 },
        { demand: 'd2', resource: 'r1', score: 5 },
        { demand: 'd3', resource: 'r1', score: 5 },
        { demand: 'd1', resource: 'r2', score: 5 },
        { demand: 'd2', resource: 'r2', score: 5 },
        { demand: 'd3', resource: 'r2', score: 5 },
      ],
    };
    const result = solveAssignment(instance);
    expectValid(instance, result);
    expect(result.servedQuantity).toBe(3);
    expect(result.objective).toBe(15);
    const random = mulberry32(7);
    for (let i = 0; i < 20; i++) expect(solveAssignment(permuted(instance, random))).toEqual(result);
  });

  it('assigns nothing through zero quantities, zero capacities or zero pair capacities', () => {
    const instance: Instance = {
      demands: [
        { id: 'd0', quantity: 0 },
        { id: 'd1', quantity: 3 },
        { id: 'd2', quantity: 3 },
      ],
      resources: [
        { id: 'r0', capacity: 0 },
        { id: 'r1', capacity: 5 },
      ],
      pairs: [
        { demand: 'd0', resource: 'r1', score: 9 },
        { demand: 'd1', resource: 'r0', score: 9 },
        { demand: 'd1', resource: 'r1', score: 1, capacity: 0 },
        { demand: 'd2', resource: 'r1', score: 2, capacity: 2 },
      ],
    };
    const result = solveAssignment(instance);
    expectValid(instance, result);
    expect(result).toEqual({ assignments: [{ demand: 'd2', resource: 'r1', quantity: 2 }], servedQuantity: 2, objective: 4 });
  });

  it('splits a demand larger than any resource over several, best first', () => {
    const instance: Instance = {
      demands: [{ id: 'd', quantity: 10 }],
      resources: [
        { id: 'r1', capacity: 3 },
        { id: 'r2', capacity: 4 },
        { id: 'r3', capacity: 6 },
      ],
      pairs: [
        { demand: 'd', resource: 'r1', score: 7 },
        { demand: 'd', resource: 'r2', score: 9 },
        { demand: 'd', resource: 'r3', score: 1 },
      ],
    };
    const result = solveAssignment(instance);
    expectValid(instance, result);
    expect(result.assignments).toEqual([
      { demand: 'd', resource: 'r1', quantity: 3 },
      { demand: 'd', resource: 'r2', quantity: 4 },
      { demand: 'd', resource: 'r3', quantity: 3 },
    ]);
    expect(result.objective).toBe(3 * 7 + 4 * 9 + 3);
  });

  it('leaves demands without candidates unserved', () => {
    const instance: Instance = {
      demands: [
        { id: 'alone', quantity: 4 },
        { id: 'd', quantity: 1 },
      ],
      resources: [
        { id: 'idle', capacity: 4 },
        { id: 'r', capacity: 1 },
      ],
      pairs: [{ demand: 'd', resource: 'r', score: 0 }],
    };
    expect(solveAssignment(instance)).toEqual({
      assignments: [{ demand: 'd', resource: 'r', quantity: 1 }],
      servedQuantity: 1,
      objective: 0,
    });
    expect(solveAssignment({ demands: [], resources: [], pairs: [] })).toEqual({ assignments: [], servedQuantity: 0, objective: 0 });
  });

  it('splits disconnected components, and solving each alone gives the full solution', () => {
    const instance: Instance = {
      demands: [
        { id: 'b1', quantity: 2 },
        { id: 'a1', quantity: 1 },
        { id: 'a2', quantity: 2 },
        { id: 'z', quantity: 1 },
      ],
      resources: [
        { id: 'rb', capacity: 1 },
        { id: 'ra1', capacity: 2 },
        { id: 'ra2', capacity: 0 },
        { id: 'lonely', capacity: 3 },
      ],
      pairs: [
        { demand: 'b1', resource: 'rb', score: 3 },
        { demand: 'a2', resource: 'ra1', score: 2 },
        { demand: 'a1', resource: 'ra1', score: 1 },
        { demand: 'a1', resource: 'ra2', score: 8 },
      ],
    };
    const components = connectedComponents(instance);
    expect(components).toEqual([
      {
        demands: [
          { id: 'a1', quantity: 1 },
          { id: 'a2', quantity: 2 },
        ],
        resources: [
          { id: 'ra1', capacity: 2 },
          { id: 'ra2', capacity: 0 },
        ],
        pairs: [
          { demand: 'a1', resource: 'ra1', score: 1 },
          { demand: 'a1', resource: 'ra2', score: 8 },
          { demand: 'a2', resource: 'ra1', score: 2 },
        ],
      },
      { demands: [{ id: 'b1', quantity: 2 }], resources: [{ id: 'rb', capacity: 1 }], pairs: [{ demand: 'b1', resource: 'rb', score: 3 }] },
      { demands: [{ id: 'z', quantity: 1 }], resources: [], pairs: [] },
      { demands: [], resources: [{ id: 'lonely', capacity: 3 }], pairs: [] },
    ]);
    const full = solveAssignment(instance);
    expect(full.assignments).toEqual([
      { demand: 'a2', resource: 'ra1', quantity: 2 },
      { demand: 'b1', resource: 'rb', quantity: 1 },
    ]);
    const parts = components.map(solveAssignment);
    expect(parts.flatMap((p) => p.assignments).sort(byIds)).toEqual(full.assignments);
    expect(parts.reduce((s, p) => s + p.objective, 0)).toBe(full.objective);
  });

  it('serves more than greedy where greedy takes the wrong resource first', () => {
    const instance: Instance = {
      demands: [
        { id: 'd1', quantity: 1 },
        { id: 'd2', quantity: 1 },
      ],
      resources: [
        { id: 'r1', capacity: 1 },
        { id: 'r2', capacity: 1 },
      ],
      pairs: [
        { demand: 'd1', resource: 'r1', score: 10 },
        { demand: 'd1', resource: 'r2', score: 1 },
        { demand: 'd2', resource: 'r1', score: 5 },
      ],
    };
    const greedy = greedyNearestFirst(instance);
    expectValid(instance, greedy);
    expect(greedy).toEqual({ assignments: [{ demand: 'd1', resource: 'r1', quantity: 1 }], servedQuantity: 1, objective: 10 });
    const optimum = solveAssignment(instance);
    expect(optimum).toEqual({
      assignments: [
        { demand: 'd1', resource: 'r2', quantity: 1 },
        { demand: 'd2', resource: 'r1', quantity: 1 },
      ],
      servedQuantity: 2,
      objective: 6,
    });
    // Nearest first: d1 is nearer r2, so with distances greedy happens to find the optimum here.
    const distance = (p: { demand: string; resource: string }) => (p.demand === 'd1' && p.resource === 'r2' ? 1 : 2);
    expect(greedyNearestFirst(instance, distance).servedQuantity).toBe(2);
  });

  it('puts quantity before score when the two conflict', () => {
    const instance: Instance = {
      demands: [
        { id: 'd1', quantity: 1 },
        { id: 'd2', quantity: 1 },
      ],
      resources: [
        { id: 'r1', capacity: 1 },
        { id: 'r2', capacity: 1 },
      ],
      pairs: [
        { demand: 'd1', resource: 'r1', score: 100 },
        { demand: 'd1', resource: 'r2', score: 0 },
        { demand: 'd2', resource: 'r1', score: 1 },
      ],
    };
    // Best score alone would be d1→r1 (100, one unit); the lexicographic optimum serves both units.
    expect(solveAssignment(instance)).toEqual({
      assignments: [
        { demand: 'd1', resource: 'r2', quantity: 1 },
        { demand: 'd2', resource: 'r1', quantity: 1 },
      ],
      servedQuantity: 2,
      objective: 1,
    });
  });

  it('is exact near 2^53', () => {
    const S = 2 ** 40;
    const instance: Instance = {
      demands: [
        { id: 'd1', quantity: 4095 },
        { id: 'd2', quantity: 4096 },
      ],
      resources: [
        { id: 'r1', capacity: 4096 },
        { id: 'r2', capacity: 4095 },
      ],
      pairs: [
        { demand: 'd1', resource: 'r1', score: S + 3 },
        { demand: 'd1', resource: 'r2', score: S },
        { demand: 'd2', resource: 'r1', score: S },
        { demand: 'd2', resource: 'r2', score: S },
      ],
    };
    // One degree of freedom t = x(d1, r1) ∈ [0, 4095]; the objective grows by 3 per unit of t.
    const result = solveAssignment(instance);
    expectValid(instance, result);
    expect(result.servedQuantity).toBe(8191);
    expect(result.assignments).toEqual([
      { demand: 'd1', resource: 'r1', quantity: 4095 },
      { demand: 'd2', resource: 'r1', quantity: 1 },
      { demand: 'd2', resource: 'r2', quantity: 4095 },
    ]);
    const exact = BigInt(S) * 8191n + 3n * 4095n;
    expect(exact).toBeLessThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(BigInt(result.objective)).toBe(exact);

    // One more unit of quantity would let the objective pass 2^53: refused rather than rounded.
    const over: Instance = {
      ...instance,
      demands: [instance.demands[0]!, { id: 'd2', quantity: 4098 }],
      resources: [instance.resources[0]!, { id: 'r2', capacity: 4097 }],
    };
    expect(() => solveAssignment(over)).toThrow(/too large for exact arithmetic/);
  });

  it('accepts scores up to the potential bound and refuses one more', () => {
    const edge = (score: number): Instance => ({
      demands: [{ id: 'd', quantity: 1 }],
      resources: [{ id: 'r', capacity: 1 }],
      pairs: [{ demand: 'd', resource: 'r', score }],
    });
    // 8 × (score + 1) × (1 + 1 + 2) ≤ 2^53 − 1
    expect(solveAssignment(edge(2 ** 48 - 2)).objective).toBe(2 ** 48 - 2);
    expect(() => solveAssignment(edge(2 ** 48 - 1))).toThrow(InstanceError);
  });
});

describe('instance validation', () => {
  const base = (): Instance => ({
    demands: [{ id: 'd', quantity: 1 }],
    resources: [{ id: 'r', capacity: 1 }],
    pairs: [{ demand: 'd', resource: 'r', score: 1 }],
  });
  const cases: [string, (i: Instance) => unknown, RegExp][] = [
    ['unknown demand', (i) => i.pairs.push({ demand: 'x', resource: 'r', score: 1 }), /pairs\[1\]\.demand: unknown demand "x"/],
    ['unknown resource', (i) => (i.pairs[0]!.resource = 'y'), /pairs\[0\]\.resource: unknown resource "y"/],
    ['negative quantity', (i) => (i.demands[0]!.quantity = -1), /demands\[0\]\.quantity must be a non-negative integer, got -1/],
    ['fractional capacity', (i) => (i.resources[0]!.capacity = 1.5), /resources\[0\]\.capacity must be a non-negative integer, got 1.5/],
    ['negative score', (i) => (i.pairs[0]!.score = -2), /pairs\[0\]\.score must be a non-negative integer/],
    ['string score', (i) => ((i.pairs[0] as unknown as { score: string }).score = '3'), /pairs\[0\]\.score must be a non-negative integer, got "3"/],
    ['negative pair capacity', (i) => (i.pairs[0]!.capacity = -1), /pairs\[0\]\.capacity must be a non-negative integer/],
    ['duplicate demand', (i) => i.demands.push({ id: 'd', quantity: 2 }), /demands\[1\]\.id: duplicate demand id "d" \(also demands\[0\]\)/],
    ['duplicate resource', (i) => i.resources.push({ id: 'r', capacity: 2 }), /duplicate resource id "r"/],
    ['duplicate pair', (i) => i.pairs.push({ demand: 'd', resource: 'r', score: 3 }), /pairs\[1\]: duplicate pair \(demand "d", resource "r"\) \(also pairs\[0\]\)/],
    ['missing id', (i) => ((i.demands[0] as unknown as { id?: string }).id = undefined), /demands\[0\]\.id must be a non-empty string, got nothing/],
    ['unsafe integer', (i) => (i.demands[0]!.quantity = 2 ** 53), /demands\[0\]\.quantity must be a non-negative integer/],
    ['pairs not a list', (i) => ((i as unknown as { pairs: unknown }).pairs = {}), /instance\.pairs must be an array/],
  ];
  for (const [name, spoil, message] of cases) {
    it(`rejects ${name}`, () => {
      const instance = base();
      spoil(instance);
      for (const f of [solveAssignment, connectedComponents, greedyNearestFirst] as ((i: Instance) => unknown)[]) {
        expect(() => f(instance)).toThrow(InstanceError);
        expect(() => f(instance)).toThrow(message);
      }
    });
  }
  it('rejects what is not an instance', () => {
    expect(() => solveAssignment(null as unknown as Instance)).toThrow(/instance must be an object, got null/);
    expect(() => solveAssignment([] as unknown as Instance)).toThrow(InstanceError);
  });
});

describe('solveAssignment against an exact LP (HiGHS, two stages)', () => {
  const check = (seed: number, options: RandomOptions) => {
    const instance = randomInstance(seed, options);
    const result = solveAssignment(instance);
    expectValid(instance, result);
    expect({ servedQuantity: result.servedQuantity, objective: result.objective }, `seed ${seed}`).toEqual(lpOptimum(instance));
    const random = mulberry32(seed ^ 0x5eed);
    expect(solveAssignment(permuted(instance, random)), `seed ${seed} permuted`).toEqual(result);
    return { instance, result };
  };

  it('matches on 400 small instances, and is deterministic under permutation', () => {
    const seen = {
      greedyBehind: 0,
      tiedScores: 0,
      zeroCapacity: 0,
      demandOverAnyResource: 0,
      noCandidates: 0,
      severalComponents: 0,
    };
    for (let seed = 1; seed <= 400; seed++) {
      const { instance, result } = check(seed, { maxNodes: 10, maxScore: 100 });
      const greedy = greedyNearestFirst(instance);
      expectValid(instance, greedy);
      expect(greedy.servedQuantity).toBeLessThanOrEqual(result.servedQuantity);
      // Count the awkward cases, so that the generator is known to produce them.
      const scores = instance.pairs.map((p) => p.score);
      const largest = Math.max(0, ...instance.resources.map((r) => r.capacity));
      if (greedy.servedQuantity < result.servedQuantity) seen.greedyBehind++;
      if (new Set(scores).size < scores.length) seen.tiedScores++;
      if (instance.resources.some((r) => r.capacity === 0)) seen.zeroCapacity++;
      const hasPairs = (d: { id: string }) => instance.pairs.some((p) => p.demand === d.id);
      if (instance.demands.some((d) => d.quantity > largest && hasPairs(d))) seen.demandOverAnyResource++;
      if (instance.demands.some((d) => !hasPairs(d))) seen.noCandidates++;
      if (connectedComponents(instance).filter((c) => c.pairs.length > 0).length > 1) seen.severalComponents++;
    }
    for (const [what, times] of Object.entries(seen)) expect(times, what).toBeGreaterThanOrEqual(20);
  }, PROPERTY_TIMEOUT_MS);

  it('matches on 60 larger instances with wide scores; components solve alone to the same assignments', () => {
    for (let seed = 1001; seed <= 1060; seed++) {
      const { instance, result } = check(seed, { maxNodes: 40, maxScore: 1_000_000 });
      const parts = connectedComponents(instance).map(solveAssignment);
      expect(parts.flatMap((p) => p.assignments).sort(byIds)).toEqual(result.assignments);
    }
  }, PROPERTY_TIMEOUT_MS);
});

describe('match CLI', () => {
  const run = async (argv: string[], files: Record<string, string>) => {
    let stdout = '';
    let stderr = '';
    const io: MatchIo = {
      readFile: async (path) => {
        if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        return files[path]!;
      },
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    };
    const status = await main(argv, io);
    return { status, stdout, stderr };
  };
  const instance: Instance = {
    demands: [{ id: 'd', quantity: 3 }],
    resources: [{ id: 'r', capacity: 2 }],
    pairs: [{ demand: 'd', resource: 'r', score: 4 }],
  };

  it('prints the result as JSON', async () => {
    const out = await run(['--instance', 'i.json'], { 'i.json': JSON.stringify(instance) });
    expect(out).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(out.stdout)).toEqual({ assignments: [{ demand: 'd', resource: 'r', quantity: 2 }], servedQuantity: 2, objective: 8 });
    expect(out.stdout.endsWith('\n')).toBe(true);
    const greedy = await run(['--instance', 'i.json', '--greedy', '--pretty'], { 'i.json': JSON.stringify(instance) });
    expect(greedy.status).toBe(0);
    expect(JSON.parse(greedy.stdout).servedQuantity).toBe(2);
  });

  const bad: [string, string[], Record<string, string>, number, RegExp][] = [
    ['an unreadable file', ['--instance', 'missing.json'], {}, 1, /^match: cannot read missing\.json: ENOENT/],
    ['bad JSON', ['--instance', 'i.json'], { 'i.json': '{"demands": [' }, 1, /^match: i\.json is not valid JSON: /],
    [
      'unknown ids',
      ['--instance', 'i.json'],
      { 'i.json': JSON.stringify({ ...instance, pairs: [{ demand: 'x', resource: 'r', score: 1 }] }) },
      1,
      /^match: i\.json: invalid instance: pairs\[0\]\.demand: unknown demand "x"/,
    ],
    [
      'negative numbers',
      ['--instance', 'i.json'],
      { 'i.json': JSON.stringify({ ...instance, resources: [{ id: 'r', capacity: -3 }] }) },
      1,
      /resources\[0\]\.capacity must be a non-negative integer, got -3/,
    ],
    ['no instance argument', [], {}, 2, /^match: --instance FILE is required/],
    ['an unknown option', ['--instance', 'i.json', '--fast'], {}, 2, /^match: Unknown option '--fast'/],
  ];
  for (const [name, argv, files, status, message] of bad) {
    it(`exits ${status} on ${name} with one line on stderr`, async () => {
      const out = await run(argv, files);
      expect(out.status).toBe(status);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }
});
