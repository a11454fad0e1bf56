import { describe, expect, it } from 'vitest';
import { applyEvent, emptyView, viewFromResult, type RunView } from '../../src/action/progress.js';
import {
  COMMENT_MARKER,
  limitComment,
  renderPlanStatus,
  renderStatusComment,
  renderStatusTable,
} from '../../src/action/render.js';
import type { OrchestratorEvent, RunResult } from '../../src/engine/types.js';
import { escapeCell, formatDuration } from '../../src/util/format.js';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const event = (
  type: OrchestratorEvent['type'],
  ms: number,
  extra: Record<string, unknown> = {},
): OrchestratorEvent =>
  // Loose on purpose: these tests feed the view partial and unknown events too.
  ({ ts: at(ms), type, planId: 'p1', ...extra }) as unknown as OrchestratorEvent;

const created = event('plan.created', 0, {
  subtasks: [
    { id: 't1', description: 'Build login UI', domain: 'frontend', dependsOn: [] },
    { id: 't2', description: 'Create JWT API', domain: 'backend', dependsOn: [] },
    { id: 't3', description: 'Write tests | e2e', domain: 'testing', dependsOn: ['t1', 't2'] },
  ],
});

function fold(events: OrchestratorEvent[]): RunView {
  return events.reduce(applyEvent, emptyView());
}

describe('applyEvent', () => {
  it('follows subtasks from planned to done', () => {
    const view = fold([
      created,
      event('task.started', 1_000, { taskId: 't1', worker: 'omo-worker-frontend' }),
      event('task.started', 1_000, { taskId: 't2', worker: 'omo-worker-backend' }),
      event('task.completed', 4_000, { taskId: 't1' }),
      event('task.failed', 9_000, { taskId: 't2', status: 'timed_out', error: 'timed out after 8s' }),
      event('task.skipped', 9_000, { taskId: 't3' }),
      event('plan.completed', 9_500, { status: 'failed' }),
    ]);
    expect(view.planId).toBe('p1');
    expect(view.status).toBe('failed');
    expect(view.subtasks.map((s) => [s.id, s.status, s.durationMs])).toEqual([
      ['t1', 'completed', 3_000],
      ['t2', 'timed_out', 8_000],
      ['t3', 'skipped', undefined],
    ]);
    expect(view.subtasks[1]?.error).toBe('timed out after 8s');
    expect(view.subtasks[2]?.worker).toBe('omo-worker-testing');
  });

  it('leaves the view as it is for unknown tasks and other events', () => {
    const view = fold([created]);
    expect(applyEvent(view, event('task.started', 1, { taskId: 'nope' }))).toBe(view);
    expect(applyEvent(view, event('log', 1, { message: 'x' }))).toBe(view);
  });
});

describe('render', () => {
  it('formats durations', () => {
    expect([850, 12_400, 125_000, 3_720_000].map(formatDuration)).toEqual([
      '850ms',
      '12.4s',
      '2m 05s',
      '1h 02m',
    ]);
  });

  it('escapes table cells', () => {
    expect(escapeCell('a | b\n<script>')).toBe('a \\| b &lt;script&gt;');
    expect(escapeCell('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('renders the table with emoji, workers and durations (running ones as elapsed)', () => {
    const view = fold([
      created,
      event('task.started', 1_000, { taskId: 't1', worker: 'omo-worker-frontend' }),
    ]);
    expect(renderStatusTable(view, T0 + 13_000)).toBe(
      [
        '| Subtask | Domain | Worker | Status | Duration |',
        '| --- | --- | --- | --- | --- |',
        '| t1: Build login UI | frontend | `omo-worker-frontend` | 🔄 running | 12.0s… |',
        '| t2: Create JWT API | backend | `omo-worker-backend` | ⏳ pending | — |',
        '| t3: Write tests \\| e2e | testing | `omo-worker-testing` | ⏳ pending | — |',
      ].join('\n'),
    );
    expect(renderStatusTable(emptyView(), 0)).toBe('_Planning…_');
  });

  it('renders the comment: marker, title, counts, run link, table, then the summary', () => {
    const view = fold([created, event('task.started', 1_000, { taskId: 't1' })]);
    const body = renderStatusComment({
      view,
      now: T0 + 2_000,
      runUrl: 'https://github.com/o/r/actions/runs/9',
    });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('### 🔄 Orchestrate: executing');
    expect(body).toContain(
      'Plan `p1` · 0/3 completed · 1 running · 2 pending · [workflow run](https://github.com/o/r/actions/runs/9)',
    );
    const final = renderStatusComment({
      view: { ...view, status: 'completed' },
      now: 0,
      summary: '# Done\nAll good',
      notes: ['a\nb'],
    });
    expect(final).toMatch(/> a\n> b\n\n---\n\n# Done\nAll good$/);
  });

  it('keeps comments under the size limit, saying where the rest is', () => {
    const long = limitComment('x'.repeat(70_000));
    expect(long.length).toBeLessThanOrEqual(65_000);
    expect(long).toMatch(/truncated/);
  });

  it('renders the final view from a RunResult', () => {
    const result = {
      planId: 'p2',
      status: 'completed',
      subtasks: [
        {
          id: 't1',
          description: 'Only task',
          domain: 'general',
          worker: 'omo-worker-general',
          status: 'completed',
          startedAt: at(0),
          finishedAt: at(1_500),
          durationMs: 1_500,
          result: 'ok',
          error: null,
        },
      ],
    } as unknown as RunResult;
    expect(renderStatusTable(viewFromResult(result), 0)).toContain(
      '| t1: Only task | general | `omo-worker-general` | ✅ completed | 1.5s |',
    );
  });

  it('renders /plan-status answers', () => {
    const text = renderPlanStatus(
      {
        plan: { id: 'p3', status: 'completed', taskDescription: 'a, b' },
        subtasks: [
          { index: 0, id: 't1', status: 'completed', description: 'a', domain: 'general', result: 'done: a' },
        ],
      },
      'the run files',
    );
    expect(text).toContain('### ✅ Plan `p3`: completed');
    expect(text).toContain('| 0 | t1: a | general | ✅ completed | done: a |');
    expect(text).toContain('_Source: the run files._');
    const prompts = renderPlanStatus(
      {
        plan: { id: 'p4', status: 'prompts_written', taskDescription: 'a' },
        subtasks: [{ index: 0, id: 't1', status: 'pending', description: 'a', domain: 'general' }],
      },
      'the run files',
    );
    expect(prompts).toContain('### 📝 Plan `p4`: prompts_written');
    expect(prompts).toContain('| 0 | t1: a | general | ⏳ pending |  |');
  });
});

describe('a subtask on a runner of its own (runtime: actions)', () => {
  const url = 'https://github.com/Codertocat/Hello-World/actions/runs/900001';
  it('links its worker to its run as soon as it is dispatched, and keeps the link at the end', () => {
    const view = fold([
      created,
      event('task.started', 1_000, { taskId: 't1', worker: 'omo-worker-frontend' }),
      event('task.dispatched', 1_100, { taskId: 't1', worker: 'omo-worker-frontend', runId: 900001, url }),
    ]);
    expect(view.subtasks[0]!.runUrl).toBe(url);
    expect(renderStatusTable(view, T0 + 2_000)).toContain(
      `| [\`omo-worker-frontend\`](${url}) | 🔄 running |`,
    );
    expect(renderStatusTable(view, T0 + 2_000)).toContain('| `omo-worker-backend` |');
    const final = viewFromResult({
      planId: 'p1',
      status: 'completed',
      subtasks: [
        {
          id: 't1',
          description: 'Build login UI',
          domain: 'frontend',
          worker: 'omo-worker-frontend',
          dependsOn: [],
          status: 'completed',
          startedAt: at(1_000),
          finishedAt: at(9_000),
          durationMs: 8_000,
          result: 'ok',
          error: null,
          details: { runId: 900001, runUrl: url },
        },
      ],
    });
    expect(final.subtasks[0]!.runUrl).toBe(url);
  });
});
