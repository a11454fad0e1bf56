/**
 * The engine's figures in the configuration users get by default (tmux on, the sandbox on where it works,
 * inside a git repository), each beside the fast path (no tmux, no sandbox, no repository) and against a
 * baseline measured in the same run:
 *  - added wall time per dependency hop on a chain of 21 tasks in 21 domains whose tasks change nothing: the
 *    median time from one task's completion to the next one's (the hop and the next task's own run), minus
 *    one direct `bash -c true` spawn. Measured with the workers prepared ahead, as they are for real agent
 *    tasks: the chain's first task waits until the run has prepared all 21 (a real agent's first task runs
 *    for minutes, its no-op stand-in for milliseconds). The cold figure, where the chain's no-op tasks race
 *    the preparation of the other 20 workers for the machine's cores, is reported beside it;
 *  - the whole chain's wall time against 21 direct spawns, which adds preparing 21 workers (worktrees,
 *    sessions) and cleaning up;
 *  - the same hop when each task commits one changed file;
 *  - speedup of 3 independent 2-second tasks against --concurrency 1, in a git repository;
 *  - worker preparation on a generated 20,000-file repository: N workers' preparation against N times one
 *    `git worktree add` of that repository. */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orchestrate } from '../src/engine/orchestrate.js';
import type { OrchestrateOptions } from '../src/engine/options.js';
import { benchRepo } from './git-repo.js';
import { median, time, type Row } from './stats.js';

let base = '';

function gitRepo(name: string, files = 0): string {
  return benchRepo(join(base, name), files);
}

function spawnNoop(): Promise<void> {
  return new Promise((resolve) =>
    spawn('bash', ['-c', 'true'], { stdio: 'ignore', detached: true }).on('close', () => resolve()),
  );
}

const CHAIN = 21;

/**
 * Put before a chain task's command: the first task waits until the run has prepared every worker (their
 * `worker.spawned` events are in the run's event log, beside the prompts), so that the hops that follow are
 * hops, not hops racing the preparation of the workers still to come.
 */
const AFTER_PREPARATION = `if [ "$ORCH_TASK_ID" = n0 ]; then
  log="$(dirname "$(dirname "$ORCH_PROMPT_FILE")")/event_log.jsonl"
  until [ "$(grep -c '"worker.spawned"' "$log")" -ge ${CHAIN} ]; do sleep 0.02; done
fi
`;

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
function cliChain(cwd: string, samples: number, agentCommand: string): Promise<ChainFigures> {
  const workspace = join(base, 'ws-cli');
  return sampleChain(samples, async () => {
    const out = execFileSync(
      process.execPath,
      [CLI, 'run', chainInput(CHAIN), '--agent', 'command', '--agent-command', agentCommand, '--json'],
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
  return sampleChain(samples, () => run(chainInput(CHAIN), { ...config.options, agentCommand }));
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
    const prepared = await cliChain(repo, 5, `${AFTER_PREPARATION}true`);
    rows.push({
      figure: `hop on a ${CHAIN}-domain chain, tasks change nothing, workers prepared ahead (defaults, the CLI bundle as users run it)`,
      value: `${(prepared.hop - prepared.spawn).toFixed(1)} ms added (${prepared.hop.toFixed(1)} ms from one completion to the next)`,
      baseline: `${prepared.spawn.toFixed(1)} ms per direct bash spawn`,
      target: '≤ 25 ms',
      ok: prepared.hop - prepared.spawn <= 25,
    });
    const cold = await cliChain(repo, 5, 'true');
    rows.push({
      figure: `the same hop, cold: the chain's no-op tasks race the preparation of the ${CHAIN} workers (defaults, the CLI bundle)`,
      value: `${(cold.hop - cold.spawn).toFixed(1)} ms added (${cold.hop.toFixed(1)} ms from one completion to the next)`,
      baseline: `${cold.spawn.toFixed(1)} ms per direct bash spawn`,
      target: 'reported',
      ok: undefined,
    });
    rows.push({
      figure: `the whole ${CHAIN}-domain chain as one \`orchestrate run\` process, cold (defaults, the CLI bundle)`,
      value: `${(cold.whole / 1000).toFixed(2)} s`,
      baseline: `${((CHAIN * cold.spawn) / 1000).toFixed(2)} s for ${CHAIN} direct bash spawns`,
      target: 'reported',
      ok: undefined,
    });
    // Where the defaults' hop goes: the same without the sandbox (bubblewrap's namespaces and mounts per
    // command), and the fast path.
    const unsandboxed: Config = {
      label: 'tmux and git repository, sandbox off',
      options: { cwd: repo, sandbox: 'off' },
    };
    for (const config of [defaults, unsandboxed, fast]) {
      const { hop, spawn } = await chain(config, `${AFTER_PREPARATION}true`, 5);
      const isDefault = config === defaults;
      rows.push({
        figure: `hop on a ${CHAIN}-domain chain, tasks change nothing, workers prepared ahead (${config.label}, in process)`,
        value: `${(hop - spawn).toFixed(1)} ms added (${hop.toFixed(1)} ms from one completion to the next)`,
        baseline: `${spawn.toFixed(1)} ms per direct bash spawn`,
        target: isDefault ? '≤ 25 ms' : '—',
        ok: isDefault ? hop - spawn <= 25 : undefined,
      });
    }
    const commits = await chain(
      defaults,
      `${AFTER_PREPARATION}echo "$ORCH_TASK_ID" > "$ORCH_TASK_DOMAIN.txt"`,
      3,
    );
    rows.push({
      figure: `hop whose task commits one changed file, workers prepared ahead (${defaults.label})`,
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

/**
 * N workers prepared on a 20,000-file repository, against N times one `git worktree add` of it. Both write
 * the repository's files to disk, and this machine's disk is throttled after a burst (a virtual block device):
 * the two are measured in alternation, each after a `sync`, so that neither pays for the other's writes or
 * gets the burst alone.
 */
async function preparation(): Promise<Row> {
  const big = gitRepo('big', 20_000);
  const n = 4;
  const input = Array.from({ length: n }, (_, i) => `p${i}:noop ${i}`).join(' | ');
  const oneAdd = async (i: number) => {
    const path = join(base, `wt-${i}`);
    execFileSync('sync');
    const { ms } = await time(async () => {
      execFileSync('git', ['worktree', 'add', '-q', '-b', `bench-${i}`, path, 'HEAD'], {
        cwd: big,
        stdio: 'ignore',
      });
    });
    execFileSync('git', ['worktree', 'remove', '--force', path], { cwd: big, stdio: 'ignore' });
    return ms;
  };
  const prepare = async () => {
    execFileSync('sync');
    let prepared = 0;
    const started = performance.now();
    await run(input, {
      cwd: big,
      agentCommand: 'true',
      onEvent: (e) => {
        if (e.type === 'worker.spawned') prepared = performance.now() - started;
      },
    });
    return prepared;
  };
  const adds: number[] = [];
  const preps: number[] = [];
  for (let round = 0; round < 3; round++) {
    // Who goes first alternates: after a pause, the first writer gets the disk's burst.
    if (round % 2 === 0) {
      adds.push(await oneAdd(round));
      preps.push(await prepare());
    } else {
      preps.push(await prepare());
      adds.push(await oneAdd(round));
    }
  }
  const add = median(adds);
  const prepared = median(preps);
  const ratio = prepared / (n * add);
  return {
    figure: `preparing ${n} workers on a 20,000-file repository (defaults)`,
    value: `${ratio.toFixed(2)}x (${(prepared / 1000).toFixed(2)} s)`,
    baseline: `${n} × ${(add / 1000).toFixed(2)} s for one git worktree add`,
    target: '≤ 1.3x',
    ok: ratio <= 1.3,
  };
}
