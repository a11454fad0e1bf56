/**
 * The engine's figures in the configuration users get by default (tmux on, the sandbox on where it works,
 * inside a git repository), each beside the fast path (no tmux, no sandbox, no repository) and against a
 * baseline measured in the same run:
 *  - added wall time per dependency hop on a chain of 21 tasks in 21 domains whose tasks change nothing: the
 *    median time from one task's completion to the next one's (the hop and the next task's own run), minus
 *    one direct `bash -c true` spawn; and the whole chain's wall time against 21 direct spawns, which adds
 *    preparing 21 workers (worktrees, sessions) and cleaning up;
 *  - the same hop when each task commits one changed file;
 *  - speedup of 3 independent 2-second tasks against --concurrency 1, in a git repository;
 *  - worker preparation on a generated 20,000-file repository: N workers' preparation against N times one
 *    `git worktree add` of that repository.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orchestrate } from '../src/engine/orchestrate.js';
import type { OrchestrateOptions } from '../src/engine/options.js';
import { median, time, type Row } from './stats.js';

let base = '';

function gitRepo(name: string, files = 1): string {
  const repo = join(base, name);
  mkdirSync(repo, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  for (let i = 0; i < files; i++) {
    const dir = join(repo, `src/d${Math.floor(i / 200)}`);
    if (i % 200 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `f${i}.txt`), `file ${i}\n`);
  }
  git('add', '-A');
  git('-c', 'user.name=b', '-c', 'user.email=b@b', 'commit', '-q', '-m', 'init');
  return repo;
}

function spawnNoop(): Promise<void> {
  return new Promise((resolve) =>
    spawn('bash', ['-c', 'true'], { stdio: 'ignore', detached: true }).on('close', () => resolve()),
  );
}

const chainInput = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `d${i}:noop ${i} (id: n${i})${i > 0 ? ` (depends_on: n${i - 1})` : ''}`,
  ).join(' | ');

async function run(input: string, options: OrchestrateOptions): Promise<number[]> {
  const completions: number[] = [];
  const r = await orchestrate(input, {
    workspace: join(base, 'ws'),
    runtime: 'local',
    agent: 'command',
    env: { ...process.env, ORCH_DEPTH: '0' },
    ...options,
    onEvent: (e) => {
      if (e.type === 'task.completed') completions.push(performance.now());
      options.onEvent?.(e);
    },
  });
  if (r.status !== 'completed')
    throw new Error(`bench run ${r.status}: ${r.subtasks.find((s) => s.error)?.error}`);
  return completions;
}

interface Config {
  label: string;
  options: OrchestrateOptions;
}

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));

interface ChainFigures {
  hop: number;
  whole: number;
  spawn: number;
}

/**
 * Runs the 21-domain chain `samples` times, each followed by one direct spawn (interleaved, so both see the
 * same machine): the median hop (one completion to the next), the median whole chain, the median spawn.
 * `once` runs the chain and answers its completion times.
 */
async function sampleChain(samples: number, once: () => Promise<number[]>): Promise<ChainFigures> {
  const hops: number[] = [];
  const wholes: number[] = [];
  const spawns: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const done = await once();
    wholes.push(performance.now() - t0);
    hops.push(median(done.slice(1).map((t, k) => t - done[k]!)));
    spawns.push((await time(spawnNoop)).ms);
  }
  return { hop: median(hops), whole: median(wholes), spawn: median(spawns) };
}

/**
 * The chain as users run it: the committed CLI bundle as a whole process, the hop read from the run's event
 * log (one `task.completed` to the next, millisecond timestamps). The in-process figures run the engine's
 * sources under tsx, whose larger heap makes every spawn dearer than in the bundle.
 */
function cliChain(cwd: string, samples: number): Promise<ChainFigures> {
  const workspace = join(base, 'ws-cli');
  return sampleChain(samples, async () => {
    const out = execFileSync(
      process.execPath,
      [CLI, 'run', chainInput(21), '--agent', 'command', '--agent-command', 'true', '--json'],
      {
        cwd,
        env: { ...process.env, ORCH_WORKSPACE: workspace, ORCH_DEPTH: '0' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const { runDir, status } = JSON.parse(out) as { runDir: string; status: string };
    if (status !== 'completed') throw new Error(`bench CLI run ${status}`);
    return readFileSync(join(runDir, 'event_log.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('"task.completed"'))
      .map((l) => Date.parse((JSON.parse(l) as { ts: string }).ts));
  });
}

/** One configuration's chain, the engine in this process. */
function chain(config: Config, agentCommand: string, samples: number): Promise<ChainFigures> {
  return sampleChain(samples, () => run(chainInput(21), { ...config.options, agentCommand }));
}

export async function engineBench(): Promise<Row[]> {
  base = mkdtempSync(join(tmpdir(), 'orch-bench-engine-'));
  const rows: Row[] = [];
  try {
    const repo = gitRepo('repo');
    const plainDir = join(base, 'plain');
    mkdirSync(plainDir);
    const defaults: Config = { label: 'defaults: tmux, sandbox, git repository', options: { cwd: repo } };
    const fast: Config = {
      label: 'fast path: no tmux, no sandbox, no repository',
      options: { cwd: plainDir, tmux: false, sandbox: 'off' },
    };
    const bundled = await cliChain(repo, 5);
    rows.push({
      figure: 'hop on a 21-domain chain, tasks change nothing (defaults, the CLI bundle as users run it)',
      value: `${(bundled.hop - bundled.spawn).toFixed(1)} ms added (${bundled.hop.toFixed(1)} ms from one completion to the next)`,
      baseline: `${bundled.spawn.toFixed(1)} ms per direct bash spawn`,
      target: '≤ 25 ms',
      ok: bundled.hop - bundled.spawn <= 25,
    });
    rows.push({
      figure: 'the whole 21-domain chain as one `orchestrate run` process (defaults, the CLI bundle)',
      value: `${(bundled.whole / 1000).toFixed(2)} s`,
      baseline: `${((21 * bundled.spawn) / 1000).toFixed(2)} s for 21 direct bash spawns`,
      target: 'reported',
      ok: undefined,
    });
    // Where the defaults' hop goes: the same without the sandbox (bubblewrap's namespaces and mounts per command).
    const unsandboxed: Config = {
      label: 'tmux and git repository, sandbox off',
      options: { cwd: repo, sandbox: 'off' },
    };
    for (const config of [defaults, unsandboxed, fast]) {
      const { hop, whole, spawn } = await chain(config, 'true', 5);
      const isDefault = config === defaults;
      rows.push({
        figure: `hop on a 21-domain chain, tasks change nothing (${config.label}, in process)`,
        value: `${(hop - spawn).toFixed(1)} ms added (${hop.toFixed(1)} ms from one completion to the next)`,
        baseline: `${spawn.toFixed(1)} ms per direct bash spawn`,
        target: isDefault ? '≤ 25 ms' : '—',
        ok: isDefault ? hop - spawn <= 25 : undefined,
      });
      rows.push({
        figure: `the whole 21-domain chain, workers prepared and cleaned up included (${config.label})`,
        value: `${(whole / 1000).toFixed(2)} s (${((whole - 21 * spawn) / 21).toFixed(1)} ms a task over spawning)`,
        baseline: `${((21 * spawn) / 1000).toFixed(2)} s for 21 direct bash spawns`,
        target: 'reported',
        ok: undefined,
      });
    }
    const commits = await chain(defaults, 'echo "$ORCH_TASK_ID" > "$ORCH_TASK_DOMAIN.txt"', 3);
    rows.push({
      figure: `hop whose task commits one changed file (${defaults.label})`,
      value: `${(commits.hop - commits.spawn).toFixed(1)} ms added (${commits.hop.toFixed(1)} ms from one completion to the next)`,
      baseline: `${commits.spawn.toFixed(1)} ms per direct bash spawn`,
      target: 'reported',
      ok: undefined,
    });

    const three = 'frontend:Build page | backend:Build API | testing:Write tests';
    const parallel: number[] = [];
    const serial: number[] = [];
    for (let i = 0; i < 3; i++) {
      parallel.push((await time(() => run(three, { cwd: repo, agentCommand: 'sleep 2' }))).ms);
      serial.push((await time(() => run(three, { cwd: repo, agentCommand: 'sleep 2', concurrency: 1 }))).ms);
    }
    const speedup = median(serial) / median(parallel);
    rows.push({
      figure: `speedup, 3 independent 2-second tasks vs --concurrency 1 (${defaults.label})`,
      value: `${speedup.toFixed(2)}x (${(median(parallel) / 1000).toFixed(2)} s)`,
      baseline: `${(median(serial) / 1000).toFixed(2)} s with --concurrency 1`,
      target: '≥ 2.8x',
      ok: speedup >= 2.8,
    });

    rows.push(await preparation());
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return rows;
}

/** N workers prepared on a 20,000-file repository, against N sequential `git worktree add` of it. */
async function preparation(): Promise<Row> {
  const big = gitRepo('big', 20_000);
  const n = 4;
  const adds: number[] = [];
  for (let i = 0; i < n; i++) {
    const path = join(base, `wt-${i}`);
    adds.push(
      (
        await time(async () => {
          execFileSync('git', ['worktree', 'add', '-q', '-b', `bench-${i}`, path, 'HEAD'], {
            cwd: big,
            stdio: 'ignore',
          });
        })
      ).ms,
    );
    execFileSync('git', ['worktree', 'remove', '--force', path], { cwd: big, stdio: 'ignore' });
  }
  const oneAdd = median(adds);
  const input = Array.from({ length: n }, (_, i) => `p${i}:noop ${i}`).join(' | ');
  let prepared = 0;
  const started = performance.now();
  await run(input, {
    cwd: big,
    agentCommand: 'true',
    onEvent: (e) => {
      if (e.type === 'worker.spawned') prepared = performance.now() - started;
    },
  });
  const ratio = prepared / (n * oneAdd);
  return {
    figure: `preparing ${n} workers on a 20,000-file repository (defaults)`,
    value: `${ratio.toFixed(2)}x (${(prepared / 1000).toFixed(2)} s)`,
    baseline: `${n} × ${(oneAdd / 1000).toFixed(2)} s for one git worktree add`,
    target: '≤ 1.3x',
    ok: ratio <= 1.3,
  };
}
