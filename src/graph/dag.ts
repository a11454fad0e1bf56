/**
 * The dependency graph as pure functions over `{id, dependsOn}` nodes: validation (with the cycle's path),
 * topological waves and the critical path. No I/O, no mutation of the input.
 */
import { CycleError, DuplicateIdError, SelfDependencyError, UnknownDependencyError } from '../util/errors.js';

export interface GraphNode {
  id: string;
  dependsOn: readonly string[];
}

/** Throws the first problem found, in input order: duplicate id, self dependency, unknown id, then a cycle. */
export function validateGraph(nodes: readonly GraphNode[]): void {
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) throw new DuplicateIdError(node.id);
    ids.add(node.id);
  }
  for (const node of nodes) {
    for (const dep of node.dependsOn) {
      if (dep === node.id) throw new SelfDependencyError(node.id);
      if (!ids.has(dep)) throw new UnknownDependencyError(node.id, dep);
    }
  }
  const cycle = findCycle(nodes);
  if (cycle) throw new CycleError(cycle);
}

/**
 * Returns a cycle as a path whose first id is repeated at the end (`['a', 'b', 'a']`), or undefined.
 * Iterative DFS (white/grey/black) so a 5,000-deep chain cannot overflow the stack.
 */
export function findCycle(nodes: readonly GraphNode[]): string[] | undefined {
  const deps = new Map(nodes.map((n) => [n.id, n.dependsOn] as const));
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = finished
  for (const root of nodes) {
    if (state.has(root.id)) continue;
    const path: string[] = [];
    const stack: Array<{ id: string; next: number }> = [{ id: root.id, next: 0 }];
    state.set(root.id, 1);
    path.push(root.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = deps.get(frame.id) ?? [];
      if (frame.next < edges.length) {
        const dep = edges[frame.next++]!;
        if (!deps.has(dep)) continue;
        const s = state.get(dep);
        if (s === 1) {
          // The path runs dependent -> dependency; print it the same way, closing the loop.
          return [...path.slice(path.indexOf(dep)), dep];
        }
        if (s === undefined) {
          state.set(dep, 1);
          path.push(dep);
          stack.push({ id: dep, next: 0 });
        }
      } else {
        state.set(frame.id, 2);
        path.pop();
        stack.pop();
      }
    }
  }
  return undefined;
}

/** Kahn's algorithm by levels: wave 0 has no dependencies, wave k depends only on earlier waves. Input order is kept within a wave. */
export function topologicalWaves(nodes: readonly GraphNode[]): string[][] {
  const indegree = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const n of nodes) {
    indegree.set(n.id, n.dependsOn.length);
    for (const d of n.dependsOn) {
      const list = dependents.get(d);
      if (list) list.push(n.id);
      else dependents.set(d, [n.id]);
    }
  }
  const order = new Map(nodes.map((n, i) => [n.id, i] as const));
  let wave = nodes.filter((n) => n.dependsOn.length === 0).map((n) => n.id);
  const waves: string[][] = [];
  let seen = 0;
  while (wave.length > 0) {
    waves.push(wave);
    seen += wave.length;
    const next: string[] = [];
    for (const id of wave) {
      for (const child of dependents.get(id) ?? []) {
        const left = indegree.get(child)! - 1;
        indegree.set(child, left);
        if (left === 0) next.push(child);
      }
    }
    next.sort((a, b) => order.get(a)! - order.get(b)!);
    wave = next;
  }
  if (seen !== nodes.length) throw new CycleError(findCycle(nodes) ?? []);
  return waves;
}

/** A topological order (waves flattened). */
export function topologicalOrder(nodes: readonly GraphNode[]): string[] {
  return topologicalWaves(nodes).flat();
}

/**
 * The longest chain of dependencies, weighted by `weight(id)` (default 1 per task): the lower bound on a
 * run's wall time with unlimited workers. Returns the chain from first to last task and its total weight.
 */
export function criticalPath(
  nodes: readonly GraphNode[],
  weight: (id: string) => number = () => 1,
): { path: string[]; length: number } {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const best = new Map<string, { length: number; prev?: string }>();
  for (const id of topologicalOrder(nodes)) {
    const node = byId.get(id)!;
    let length = 0;
    let prev: string | undefined;
    for (const d of node.dependsOn) {
      const b = best.get(d)!;
      if (b.length > length) {
        length = b.length;
        prev = d;
      }
    }
    best.set(id, { length: length + weight(id), prev });
  }
  let end: string | undefined;
  let max = -Infinity;
  for (const n of nodes) {
    const b = best.get(n.id)!;
    if (b.length > max) {
      max = b.length;
      end = n.id;
    }
  }
  const path: string[] = [];
  for (let id = end; id !== undefined; id = best.get(id)!.prev) path.unshift(id);
  return { path, length: path.length === 0 ? 0 : max };
}

/** Every task that depends on `id`, directly or not. */
export function transitiveDependents(nodes: readonly GraphNode[], id: string): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const n of nodes)
    for (const d of n.dependsOn) (dependents.get(d) ?? dependents.set(d, []).get(d)!).push(n.id);
  const out = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    for (const child of dependents.get(stack.pop()!) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}
