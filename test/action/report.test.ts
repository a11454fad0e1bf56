import { describe, expect, it } from 'vitest';
import { event } from '../support/events.js';
import { isOutage } from '../../src/action/github.js';
import { incompleteSubtasks, overallStatus } from '../../src/action/report.js';
import { describeEvent, type RunReport } from '../../src/action/run-request.js';
import { statusMinIntervalMs } from '../../src/action/status-comment.js';
import type { RunResult } from '../../src/engine/types.js';

const report = (planId: string, statuses: string[], status?: RunResult['status']): RunReport => ({
  label: 'request',
  artifactUploaded: false,
  result: {
    planId,
    status: status ?? (statuses.every((s) => s === 'completed') ? 'completed' : 'failed'),
    subtasks: statuses.map((status, i) => ({ id: `t${i + 1}`, status })),
  } as unknown as RunResult,
});

describe('report', () => {
  it('sums up several runs: completed only if all completed', () => {
    expect(overallStatus(['completed', 'completed'])).toBe('completed');
    expect(overallStatus(['completed', 'cancelled'])).toBe('cancelled');
    expect(overallStatus(['cancelled', 'failed'])).toBe('failed');
    expect(overallStatus([])).toBe('failed');
  });

  it('counts a run asked for prompt files that wrote them as done, not failed', () => {
    expect(overallStatus(['prompts_written'])).toBe('prompts_written');
    expect(overallStatus(['prompts_written', 'completed'])).toBe('prompts_written');
    expect(overallStatus(['prompts_written', 'failed'])).toBe('failed');
    expect(incompleteSubtasks([report('p1', ['pending', 'pending'], 'prompts_written')])).toEqual([]);
    // A run that fell back on prompt files did not run: its pending subtasks fail the step.
    expect(incompleteSubtasks([report('p1', ['pending'], 'failed')])).toEqual(['t1 (pending)']);
  });

  it('names the subtasks that did not complete, with the plan id in a batch', () => {
    expect(incompleteSubtasks([report('p1', ['completed', 'failed', 'skipped'])])).toEqual([
      't2 (failed)',
      't3 (skipped)',
    ]);
    expect(incompleteSubtasks([report('p1', ['timed_out']), report('p2', ['completed'])])).toEqual([
      'p1/t1 (timed out)',
    ]);
  });

  it('logs one line per event worth it', () => {
    const at = { ts: '2026-01-01T00:00:00Z' };
    const w = 'omo-worker-x';
    expect(
      describeEvent(
        event('task.completed', { taskId: 't1', worker: w, status: 'completed', durationMs: 1_200 }, at),
      ),
    ).toBe('✅ t1 completed in 1.2s');
    expect(
      describeEvent(
        event('task.failed', { taskId: 't2', worker: w, status: 'timed_out', error: 'late' }, at),
      ),
    ).toBe('❌ t2 timed_out: late');
    expect(describeEvent(event('log', { message: 'x' }, at))).toBeUndefined();
  });
});

describe('isOutage', () => {
  const error = (status: number | undefined, message = 'x', headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { headers } });

  it('counts server, network and rate-limit failures as GitHub being unavailable', () => {
    expect(isOutage(error(500))).toBe(true);
    expect(isOutage(error(undefined))).toBe(true);
    expect(isOutage(error(403, 'API rate limit exceeded'))).toBe(true);
    expect(isOutage(error(429, 'x', { 'x-ratelimit-remaining': '0' }))).toBe(true);
  });

  it('does not count a refused request (missing permission, not found, invalid)', () => {
    expect(isOutage(error(403, 'Resource not accessible by integration'))).toBe(false);
    expect(isOutage(error(404))).toBe(false);
    expect(isOutage(error(422))).toBe(false);
  });
});

describe('statusMinIntervalMs', () => {
  it('defaults to 5 s and takes ORCH_STATUS_MIN_INTERVAL_MS', () => {
    expect(statusMinIntervalMs({})).toBe(5_000);
    expect(statusMinIntervalMs({ ORCH_STATUS_MIN_INTERVAL_MS: '250' })).toBe(250);
    expect(statusMinIntervalMs({ ORCH_STATUS_MIN_INTERVAL_MS: 'soon' })).toBe(5_000);
  });
});
