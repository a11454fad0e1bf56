import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEvent, emptyView, viewFromResult } from '../../src/action/progress.js';
import { renderStatusTable, renderUsage } from '../../src/action/render.js';
import { subtaskUsage, totalUsage } from '../../src/action/usage.js';
import { OpencodeAgent } from '../../src/agent/opencode.js';
import type { SubtaskResult } from '../../src/engine/types.js';
import { formatCostUsd, formatTokens } from '../../src/util/format.js';

// Recorded from OpenCode 1.18.33 by test/fixtures/opencode/record.ts: two steps of 3000 in / 200 out each,
// priced $1000 / $2000 per million tokens by the fake model server.
const recorded = readFileSync(new URL('../fixtures/opencode/tokens-cost.jsonl', import.meta.url), 'utf8');

function subtask(id: string, usage?: SubtaskResult['usage']): SubtaskResult {
  return {
    id,
    description: `Task ${id}`,
    domain: 'general',
    worker: 'omo-worker-general',
    dependsOn: [],
    status: 'completed',
    startedAt: null,
    finishedAt: null,
    durationMs: 1_000,
    result: 'ok',
    error: null,
    ...(usage ? { usage } : {}),
  };
}

describe('subtaskUsage', () => {
  it('reads what the opencode agent reports, from a recorded run', () => {
    const verdict = new OpencodeAgent().interpret({ exitCode: 0, stdout: recorded, stderr: '' });
    const usage = subtaskUsage(subtask('t1', verdict.usage));
    expect(usage.tokens).toBe(6400);
    expect(usage.costUsd).toBeCloseTo(6.8, 6);
  });

  it('reaches the live view with the subtask’s end event', () => {
    const ts = '2026-01-01T00:00:00.000Z';
    const created = applyEvent(emptyView(), {
      ts,
      type: 'plan.created',
      planId: 'p1',
      taskDescription: 'x',
      subtasks: [{ id: 't1', description: 'x', domain: 'general', dependsOn: [] }],
      workers: ['omo-worker-general'],
    });
    const done = applyEvent(created, {
      ts,
      type: 'task.completed',
      planId: 'p1',
      taskId: 't1',
      worker: 'omo-worker-general',
      status: 'completed',
      usage: { tokens: 640, costUsd: 0.5 },
    });
    expect(done.subtasks[0]).toMatchObject({ status: 'completed', tokens: 640, costUsd: 0.5 });
  });

  it('is empty when the agent reports nothing (the command agent)', () => {
    expect(subtaskUsage(subtask('t1'))).toEqual({});
  });

  it('sums what was reported, keeping a total undefined when no subtask reported it', () => {
    expect(totalUsage([{ tokens: 10, costUsd: 0.5 }, {}, { tokens: 5 }])).toEqual({
      reporting: 2,
      tokens: 15,
      costUsd: 0.5,
    });
    expect(totalUsage([{}, {}])).toEqual({ reporting: 0 });
  });
});

describe('usage in the tables', () => {
  const result = {
    planId: 'p1',
    status: 'completed' as const,
    subtasks: [
      subtask('t1', { tokens: 12_345, costUsd: 0.04213 }),
      subtask('t2', { tokens: 1_000_000, costUsd: 2.5 }),
      subtask('t3'),
    ],
  };

  it('adds tokens and cost columns once a subtask reported them, and a line of totals', () => {
    const view = viewFromResult(result);
    const table = renderStatusTable(view, 0);
    expect(table.split('\n')[0]).toBe('| Subtask | Domain | Worker | Status | Duration | Tokens | Cost |');
    expect(table).toContain('| 12,345 | $0.0421 |');
    expect(table).toContain('| 1,000,000 | $2.50 |');
    expect(table).toContain('| t3: Task t3 | general | `omo-worker-general` | ✅ completed | 1.0s | — | — |');
    expect(renderUsage(view)).toBe('**Usage:** 1,012,345 tokens · $2.54 (2 of 3 subtasks reported usage)');
  });

  it('shows neither when no subtask reported usage', () => {
    const view = viewFromResult({ ...result, subtasks: [subtask('t1')] });
    expect(renderStatusTable(view, 0).split('\n')[0]).toBe(
      '| Subtask | Domain | Worker | Status | Duration |',
    );
    expect(renderUsage(view)).toBe('');
  });

  it('formats tokens and dollars the same on every machine', () => {
    expect([0, 999, 1_000, 1_234_567].map(formatTokens)).toEqual(['0', '999', '1,000', '1,234,567']);
    expect([0, 0.00004, 0.5, 1, 12.345].map(formatCostUsd)).toEqual([
      '$0',
      '<$0.0001',
      '$0.5000',
      '$1.00',
      '$12.35',
    ]);
  });
});
