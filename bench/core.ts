/**
 * The core's figures , each against a baseline measured in the same run:
 *  - added wall time per dependency hop: a chain of 20 no-op tasks in 20 domains through the orchestrator,
 *    minus the same 20 no-op commands spawned one after another directly, divided by 20;
 *  - speedup of 3 independent 2-second tasks run at once versus --concurrency 1;
 *  - time to plan and validate a 5,000-task random DAG.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlan, orchestrate } from '../src/engine/orchestrate.js';
import { tmuxAvailable } from '../src/runtime/tmux.js';
import { medianOf, type Row } from './stats.js';

// Made when the suite runs, not when bench/index.ts imports this file for another suite (they were left behind).
let quiet: { workspace: string; cwd: string; env: NodeJS.ProcessEnv };

function spawnNoop(): Promise<void> {
  return new Promise((resolve) =>
    spawn('bash', ['-c', 'true'], { stdio: 'ignore', detached: true }).on('close', () => resolve()),
  );
}

async function chain(tmux: boolean): Promise<void> {
  const input = Array.from(
    { length: 20 },
    (_, i) => `d${i}:noop ${i} (id: n${i})${i > 0 ? ` (depends_on: n${i - 1})` : ''}`,
  );
  const result = await orchestrate(input.join(' | '), {
    ...quiet,
    tmux,
    runtime: 'local',
    agent: 'command',
    agentCommand: 'true',
  });
  if (result.status !== 'completed') throw new Error(`chain run ${result.status}`);
}

export async function coreBench(): Promise<Row[]> {
  const workspace = mkdtempSync(join(tmpdir(), 'orch-bench-'));
  // Not a git repository: these figures are the orchestrator's own; worktrees are measured on their own.
  const cwd = mkdtempSync(join(tmpdir(), 'orch-bench-cwd-'));
  quiet = { workspace, cwd, env: { ...process.env, ORCH_DEPTH: '0' } };
  const rows: Row[] = [];
  const runs = 5;

  const base = await medianOf(runs, async () => {
    for (let i = 0; i < 20; i++) await spawnNoop();
  });
  for (const tmux of tmuxAvailable() ? [false, true] : [false]) {
    const chained = await medianOf(runs, () => chain(tmux));
    const perHop = (chained - base) / 20;
    rows.push({
      figure: `added wall time per dependency hop (chain of 20, ${tmux ? 'tmux sessions' : 'plain process groups'})`,
      value: `${perHop.toFixed(1)} ms`,
      baseline: `${(base / 20).toFixed(1)} ms per direct spawn`,
      target: '≤ 10 ms',
      ok: perHop <= 10,
    });
  }

  const three = 'frontend:Build page | backend:Build API | testing:Write tests';
  const opts = { ...quiet, runtime: 'local' as const, agent: 'command' as const, agentCommand: 'sleep 2' };
  const parallel = await medianOf(3, () => orchestrate(three, opts));
  const serial = await medianOf(3, () => orchestrate(three, { ...opts, concurrency: 1 }));
  const speedup = serial / parallel;
  rows.push({
    figure: 'speedup, 3 independent 2-second tasks at once vs --concurrency 1',
    value: `${speedup.toFixed(2)}x (${(parallel / 1000).toFixed(2)} s)`,
    baseline: `${(serial / 1000).toFixed(2)} s with --concurrency 1`,
    target: '≥ 2.9x (limit 3x)',
    ok: speedup >= 2.9,
  });

  const input = randomDag(5000, 42);
  const planMs = await medianOf(runs, () => createPlan(input, { maxSubtasks: 5000 }));
  rows.push({
    figure: 'plan and validate a 5,000-task random DAG',
    value: `${planMs.toFixed(0)} ms`,
    baseline: '—',
    target: '< 1 s',
    ok: planMs < 1000,
  });
  rmSync(workspace, { recursive: true, force: true });
  rmSync(cwd, { recursive: true, force: true });
  return rows;
}

/** A random DAG in the `(id:) (depends_on:)` form: each task depends on up to 3 earlier ones. */
function randomDag(n: number, seed: number): string[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const domains = [
    'frontend',
    'backend',
    'testing',
    'database',
    'devops',
    'security',
    'ml',
    'mobile',
    'documentation',
  ];
  return Array.from({ length: n }, (_, i) => {
    const deps = new Set<number>();
    const k = i === 0 ? 0 : Math.floor(rand() * 4);
    for (let j = 0; j < k; j++) deps.add(Math.floor(rand() * i));
    const domain = domains[Math.floor(rand() * domains.length)]!;
    const dependsOn = deps.size > 0 ? ` (depends_on: ${[...deps].map((d) => `n${d}`).join(', ')})` : '';
    return `${domain}:Task number ${i} (id: n${i})${dependsOn}`;
  });
}
