import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criticalPath,
  findCycle,
  topologicalWaves,
  transitiveDependents,
  validateGraph,
} from '../../src/graph/dag.js';
import {
  CycleError,
  DuplicateIdError,
  SelfDependencyError,
  UnknownDependencyError,
} from '../../src/util/errors.js';

const n = (id: string, ...dependsOn: string[]) => ({ id, dependsOn });

describe('validateGraph', () => {
  it('names the culprit of each kind of invalid graph', () => {
    expect(() => validateGraph([n('a'), n('a')])).toThrow(DuplicateIdError);
    expect(() => validateGraph([n('a', 'a')])).toThrow(SelfDependencyError);
    expect(() => validateGraph([n('a', 'b')])).toThrow(new UnknownDependencyError('a', 'b'));
    expect(() => validateGraph([n('a', 'c'), n('b', 'a'), n('c', 'b')])).toThrow(
      'Dependency cycle: a -> c -> b -> a',
    );
  });

  it('prints the cycle path with its first id repeated', () => {
    expect(findCycle([n('x'), n('a', 'b'), n('b', 'a')])).toEqual(['a', 'b', 'a']);
    expect(findCycle([n('a'), n('b', 'a')])).toBeUndefined();
  });

  it('handles a 5,000-deep chain without overflowing the stack', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => (i === 0 ? n('t0') : n(`t${i}`, `t${i - 1}`)));
    expect(() => validateGraph(chain)).not.toThrow();
    expect(criticalPath(chain).length).toBe(5000);
  });
});

describe('waves and the critical path', () => {
  const graph = [n('db'), n('api', 'db'), n('ui', 'api'), n('docs'), n('e2e', 'ui', 'api')];

  it('groups tasks into waves that depend only on earlier waves, in input order', () => {
    expect(topologicalWaves(graph)).toEqual([['db', 'docs'], ['api'], ['ui'], ['e2e']]);
  });

  it('finds the longest chain, weighted when asked', () => {
    expect(criticalPath(graph)).toEqual({ path: ['db', 'api', 'ui', 'e2e'], length: 4 });
    expect(criticalPath([n('a'), n('b'), n('c', 'a')], (id) => (id === 'b' ? 10 : 1))).toEqual({
      path: ['b'],
      length: 10,
    });
  });

  it('lists transitive dependents', () => {
    expect([...transitiveDependents(graph, 'db')].sort()).toEqual(['api', 'e2e', 'ui']);
  });

  it('puts every task of a random DAG after all of its dependencies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 60 }),
        (edges) => {
          const nodes = edges.map((deps, i) =>
            n(`t${i}`, ...[...new Set(deps.filter((d) => d < i))].map((d) => `t${d}`)),
          );
          const position = new Map(
            topologicalWaves(nodes).flatMap((wave, w) => wave.map((id) => [id, w] as const)),
          );
          for (const node of nodes)
            for (const d of node.dependsOn) expect(position.get(d)!).toBeLessThan(position.get(node.id)!);
          expect(position.size).toBe(nodes.length);
        },
      ),
    );
  });

  it('reports a cycle in a graph with a back edge, whatever its shape', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.nat(), (size, pick) => {
        const nodes = Array.from({ length: size }, (_, i) => n(`t${i}`, ...(i > 0 ? [`t${i - 1}`] : [])));
        const from = pick % size;
        nodes[0] = n('t0', `t${Math.max(from, 1)}`);
        expect(() => validateGraph(nodes)).toThrow(CycleError);
      }),
    );
  });
});
