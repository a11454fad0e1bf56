/** The status comment's plan graph must be Mermaid that GitHub's renderer parses, whatever the subtasks say. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLD_GRAPH_ABOVE, planGraph, renderPlanGraph } from '../../src/action/plan-graph.js';
import type { SubtaskStatus } from '../../src/engine/types.js';
import { parseMermaid } from '../support/mermaid.js';

const STATUSES: SubtaskStatus[] = [
  'pending',
  'running',
  'completed',
  'failed',
  'timed_out',
  'skipped',
  'cancelled',
];

describe('planGraph', () => {
  it('draws one node per subtask, an edge per dependency, coloured by status', async () => {
    const graph = planGraph([
      {
        id: 'db',
        description: 'Set up the "users" table',
        domain: 'database',
        status: 'completed',
        dependsOn: [],
      },
      {
        id: 'api',
        description: 'Create API <v2> [JWT] (auth) #1',
        domain: 'backend',
        status: 'failed',
        dependsOn: ['db'],
      },
      { id: 'ui', description: 'Build UI', domain: 'frontend', status: 'skipped', dependsOn: ['api', 'db'] },
    ]);
    expect(await parseMermaid(graph)).toMatch(/flowchart/);
    expect(graph).toContain('n0 --> n1');
    expect(graph).toContain('n1 --> n2');
    expect(graph).toContain('n0 --> n2');
    expect(graph).toMatch(/n1\[".*"\]:::failed/);
    expect(graph).toMatch(/classDef failed fill:/);
    expect(graph).not.toContain('classDef running');
  });

  it('parses for any descriptions, ids and statuses', async () => {
    const subtask = fc.record({
      description: fc.string({ maxLength: 80 }).filter((s) => s.trim() !== ''),
      domain: fc.constantFrom('frontend', 'backend', 'my-domain'),
      status: fc.constantFrom(...STATUSES),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(subtask, { minLength: 1, maxLength: 8 }), async (list) => {
        const subtasks = list.map((s, i) => ({ ...s, id: `t${i + 1}`, dependsOn: i > 0 ? [`t${i}`] : [] }));
        await parseMermaid(planGraph(subtasks));
      }),
      { numRuns: 60 },
    );
  });

  it('folds a large plan into a details block', () => {
    const many = Array.from({ length: FOLD_GRAPH_ABOVE + 1 }, (_, i) => ({
      id: `t${i}`,
      description: 'x',
      domain: 'general',
      status: 'pending' as const,
      dependsOn: [],
    }));
    expect(renderPlanGraph(many)).toMatch(
      /^<details><summary>Plan graph \(13 subtasks\)<\/summary>\n\n```mermaid\n/,
    );
    expect(renderPlanGraph(many.slice(0, 3))).toMatch(/^```mermaid\n/);
  });
});
