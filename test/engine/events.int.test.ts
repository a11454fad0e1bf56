/**
 * Every event a run emits is one of the union's types (src/engine/types.ts), with the fields that type
 * promises, on the paths a run takes: completion, failure, skipped dependents, cancellation, logs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { orchestrate } from '../../src/engine/orchestrate.js';
import { EVENT_TYPES, type OrchestratorEvent } from '../../src/engine/types.js';
import { tempDir } from '../support/cli.js';

const ws = tempDir('orch-events-');
afterAll(() => ws.remove());

const REQUIRED: Record<OrchestratorEvent['type'], string[]> = {
  'plan.created': ['taskDescription', 'subtasks', 'workers'],
  'worker.spawned': ['worker', 'domain', 'runtime'],
  'task.started': ['taskId', 'worker', 'description'],
  'task.dispatched': ['taskId', 'worker', 'runId', 'url'],
  'task.completed': ['taskId', 'worker', 'status'],
  'task.failed': ['taskId', 'worker', 'status'],
  'task.skipped': ['taskId', 'worker', 'status'],
  'task.cancelled': ['taskId', 'worker', 'status'],
  'worker.stopped': ['worker', 'domain'],
  'plan.completed': ['status', 'durationMs'],
  log: ['message'],
};

describe('events', () => {
  it('are all of the union, with their fields, in memory and in the event log alike', async () => {
    const seen: OrchestratorEvent[] = [];
    const controller = new AbortController();
    const result = await orchestrate(
      [
        'Set up db (id: db)',
        'Create API (id: api) (depends_on: db)',
        'Write docs (id: docs)',
        'Hang (id: hang)',
      ],
      {
        workspace: ws.path,
        cwd: ws.path,
        runtime: 'local',
        agent: 'command',
        agentCommand: 'case $ORCH_TASK_ID in db) exit 3 ;; hang) sleep 30 ;; *) echo ok ;; esac',
        signal: controller.signal,
        onEvent: (e) => {
          seen.push(e);
          // Once db has failed and docs completed (in either order), hang is the one left to cancel.
          const ended = (type: string, id: string) =>
            seen.some((s) => s.type === type && 'taskId' in s && s.taskId === id);
          if (ended('task.failed', 'db') && ended('task.completed', 'docs'))
            controller.abort(new Error('enough'));
        },
      },
    );
    expect(result.status).toBe('cancelled');
    const types = new Set(seen.map((e) => e.type));
    for (const t of [
      'plan.created',
      'task.failed',
      'task.skipped',
      'task.cancelled',
      'task.completed',
      'plan.completed',
    ])
      expect(types).toContain(t);
    for (const event of seen) {
      expect(EVENT_TYPES).toContain(event.type);
      for (const field of ['ts', 'type', 'planId', ...REQUIRED[event.type]])
        expect(event, event.type).toHaveProperty(field);
    }
    const logged = readFileSync(join(result.runDir, 'event_log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as OrchestratorEvent);
    expect(logged).toEqual(seen);
  });
});
