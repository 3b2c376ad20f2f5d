/**
 * Maximum flow value by Dinic's algorithm (BFS levels, then blocking flows by an iterative DFS with current-arc
 * pointers; no recursion, so long residual paths cannot overflow the stack). O(V² E) in general, far less on
 * these layered bipartite networks (s → demands → resources → t). Capacities are integers held in doubles,
 * exact while every partial sum stays below 2^53 (the caller checks the instance's bounds).
 */
export function maxFlowValue(
  nodeCount: number,
  source: Int32Array,
  target: Int32Array,
  capacity: Float64Array,
  s: number,
  t: number,
): number {
  const arcCount = source.length;
  // Residual arcs: 2i forward, 2i + 1 backward. Adjacency in CSR form, arcs kept in input order.
  const head = new Int32Array(2 * arcCount);
  const residual = new Float64Array(2 * arcCount);
  const start = new Int32Array(nodeCount + 1);
  for (let i = 0; i < arcCount; i++) {
    start[source[i] + 1]++;
    start[target[i] + 1]++;
  }
  for (let u = 0; u < nodeCount; u++) start[u + 1] += start[u];
  const fill = start.slice(0, nodeCount);
  const adjacency = new Int32Array(2 * arcCount);
  for (let i = 0; i < arcCount; i++) {
    const a = source[i];
    const b = target[i];
    head[2 * i] = b;
    head[2 * i + 1] = a;
    residual[2 * i] = capacity[i];
    adjacency[fill[a]++] = 2 * i;
    adjacency[fill[b]++] = 2 * i + 1;
  }

  const level = new Int32Array(nodeCount);
  const queue = new Int32Array(nodeCount);
  const current = new Int32Array(nodeCount);
  const path = new Int32Array(nodeCount);

  const buildLevels = (): boolean => {
    level.fill(-1);
    level[s] = 0;
    let read = 0;
    let write = 0;
    queue[write++] = s;
    while (read < write) {
      const u = queue[read++];
      const next = level[u] + 1;
      for (let k = start[u], end = start[u + 1]; k < end; k++) {
        const e = adjacency[k];
        const v = head[e];
        if (residual[e] > 0 && level[v] < 0) {
          level[v] = next;
          queue[write++] = v;
        }
      }
    }
    return level[t] >= 0;
  };

  let flow = 0;
  while (buildLevels()) {
    current.set(start.subarray(0, nodeCount));
    let top = 0; // arcs on the current path
    let u = s;
    for (;;) {
      if (u === t) {
        let bottleneck = Infinity;
        for (let i = 0; i < top; i++) bottleneck = Math.min(bottleneck, residual[path[i]]);
        for (let i = 0; i < top; i++) {
          const e = path[i];
          residual[e] -= bottleneck;
          residual[e ^ 1] += bottleneck;
        }
        flow += bottleneck;
        // Retreat to the tail of the first saturated arc.
        let k = 0;
        while (residual[path[k]] > 0) k++;
        top = k;
        u = head[path[k] ^ 1];
        continue;
      }
      let advanced = false;
      const end = start[u + 1];
      const want = level[u] + 1;
      for (let k = current[u]; k < end; k++) {
        const e = adjacency[k];
        const v = head[e];
        if (residual[e] > 0 && level[v] === want) {
          current[u] = k;
          path[top++] = e;
          u = v;
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        current[u] = end;
        if (u === s) break;
        level[u] = -1; // dead end for this phase
        const e = path[--top];
        u = head[e ^ 1];
        current[u]++;
      }
    }
  }
  return flow;
}
