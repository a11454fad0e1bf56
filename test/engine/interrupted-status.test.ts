/**
 * The status of a run whose orchestrator died (src/engine/status.ts). The status file follows the event log
 * by one turn of the event loop; a subtask that ended just before the death is in its worker result file and
 * in the event log, and must not read `cancelled` (a resume would keep it completed, the status must agree).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStatus, interruptRunStatus, readRunStatus, STATUS_FILE } from '../../src/engine/status.js';
import type { SubtaskResult } from '../../src/engine/types.js';

const root = mkdtempSync(join(tmpdir(), 'orch-interrupted-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function subtask(id: string, status: SubtaskResult['status'], result: string | null = null): SubtaskResult {
  return {
    id,
    description: `Make ${id}`,
    domain: id === 'a' ? 'frontend' : 'backend',
    worker: '',
    dependsOn: [],
    status,
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    result,
    error: null,
  };
}

/** A workspace run dir with no live orchestrator: the status file still says a and b run. */
function deadRun(name: string): string {
  const runDir = join(root, name, 'runs', 'plan-1');
  mkdirSync(runDir, { recursive: true });
  const plan = { planId: 'plan-1', taskDescription: 'a and b' };
  const stale = buildStatus(plan, 'executing', [subtask('a', 'running'), subtask('b', 'running')]);
  writeFileSync(join(runDir, STATUS_FILE), JSON.stringify(stale));
  // a's end reached its worker file (written before the event log), b's never did.
  const worker = (s: SubtaskResult) => ({
    worker: '',
    domain: s.domain,
    status: 'pending',
    mode: 'parallel',
    subtasks: [s],
  });
  writeFileSync(
    join(runDir, 'worker-frontend_result.json'),
    JSON.stringify(worker(subtask('a', 'completed', 'did a'))),
  );
  writeFileSync(join(runDir, 'worker-backend_result.json'), JSON.stringify(worker(subtask('b', 'running'))));
  return runDir;
}

describe('the status of an interrupted run', () => {
  it('keeps a subtask whose end its worker file recorded, and cancels what never ended', () => {
    const status = readRunStatus(deadRun('read'))!;
    expect(status.plan.status).toBe('interrupted');
    expect(status.subtasks.map((s) => [s.index, s.id, s.status, s.result])).toEqual([
      [0, 'a', 'completed', 'did a'],
      [1, 'b', 'cancelled', undefined],
    ]);
    expect(status.subtasks[1]!.error).toMatch(/^interrupted: /);
  });

  it('writes the same into the status file when the reaper marks the run', () => {
    const runDir = deadRun('reaped');
    expect(interruptRunStatus(runDir, 'its orchestrator died')).toBe(true);
    const written = JSON.parse(readFileSync(join(runDir, STATUS_FILE), 'utf8'));
    expect(written.subtasks.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      ['a', 'completed'],
      ['b', 'cancelled'],
    ]);
    expect(interruptRunStatus(runDir, 'again')).toBe(false);
  });
});
