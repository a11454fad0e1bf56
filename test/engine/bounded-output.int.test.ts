/**
 * A worker that prints far more than anyone should keep: its output goes once, whole, to the worker's log;
 * the result keeps a bounded part with a marker saying where the rest is, and the run's other files stay
 * small. Real CLI, real tmux and processes.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_RESULT_CHARS } from '../../src/engine/confinement.js';
import { runCli, tempDir } from '../support/cli.js';

const ws = tempDir('orch-bounded-');
afterAll(() => ws.remove());
const plain = join(ws.path, 'plain');
mkdirSync(plain);

function sizeOf(dir: string, skip: (name: string) => boolean): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(path, skip);
    else if (!skip(entry.name)) total += statSync(path).size;
  }
  return total;
}

describe('a worker printing 48 MB', () => {
  it.each([[[] as string[]], [['--no-tmux']]])(
    'keeps one full copy in the log and a marked, bounded result (%j)',
    async (extra) => {
      const megabytes = 48;
      const r = await runCli(
        [
          'run',
          'backend:Print a lot',
          ...extra,
          '--agent',
          'command',
          '--agent-command',
          `head -c ${megabytes * 1024 * 1024} /dev/zero | tr '\\0' 'a'; echo; echo the-end`,
          '--workspace',
          ws.path,
          '--json',
        ],
        // Outside any repository: never this project's checkout, whose branches the run would add to.
        { cwd: plain },
      );
      expect(r.code, r.stderr).toBe(0);
      const result = JSON.parse(r.stdout) as {
        runDir: string;
        subtasks: Array<{ status: string; result: string }>;
      };
      const subtask = result.subtasks[0]!;
      expect(subtask.status).toBe('completed');
      const log = join(result.runDir, 'omo-worker-backend.log');
      expect(subtask.result.length).toBeLessThan(MAX_RESULT_CHARS + 500);
      expect(subtask.result).toContain(`the full output is in ${log}`);
      expect(subtask.result.trimEnd().endsWith('the-end')).toBe(true);
      // The log has every byte (and the end of the output, which memory kept as well).
      expect(statSync(log).size).toBeGreaterThan(megabytes * 1024 * 1024);
      expect(readFileSync(log, 'utf8').slice(-200)).toContain('the-end');
      // Every other file of the run, five copies of the result included, stays small.
      expect(sizeOf(result.runDir, (name) => name.endsWith('.log'))).toBeLessThan(1024 * 1024);
    },
    180_000,
  );
});
