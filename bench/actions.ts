/**
 * The `actions` runtime's figures, against the local runtime measured in the same run:
 *  - the coordinator's own cost per dependency hop: on a chain of 4 subtasks in 4 domains, the time from one
 *    subtask's completion to the next one's, minus what the next one's runner spent (the simulated runner's
 *    checkout, the bundle's main step with its docker worker, the post step: GitHub's runners bill that, not the
 *    coordinator). It is the dispatch, the wait for GitHub to say the run ended (the poll interval: 200 ms here,
 *    5 s by default), and reading the result and the branch back;
 *  - the same for the local runtime: the hop minus the subtask's own command (plain process groups);
 *  - GitHub API requests per subtask, all of them and those that count against the rate limit (not 304).
 *
 * The fleet is the test suite's (test/support/fake-github-actions.ts): each dispatch runs dist/index.js in
 * worker mode on a runner of its own, its subtask in a container of the worker image. Run `npm run build`
 * first when src/ changed.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { orchestrate } from '../src/engine/orchestrate.js';
import type { OrchestrateOptions } from '../src/engine/options.js';
import { checkoutLikeActions } from '../test/support/checkout.js';
import { FakeGitHub } from '../test/support/fake-github.js';
import { GitRemote } from '../test/support/git-remote.js';
import { median, type Row } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const CHAIN = 4;
const POLL_MS = 200;
const chain = Array.from(
  { length: CHAIN },
  (_, i) => `d${i}:step ${i} (id: s${i})${i > 0 ? ` (depends_on: s${i - 1})` : ''}`,
).join(' | ');

export async function actionsBench(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'orch-bench-actions-'));
  const remote = await GitRemote.start();
  const docker = {
    DOCKER_HOST: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
    ORCH_WORKER_IMAGE: process.env.ORCH_WORKER_IMAGE || 'orchestrate-action-worker:latest',
  };
  const github = await FakeGitHub.start({
    fleet: {
      workflows: {
        'orchestrate-worker.yml': readFileSync(
          join(ROOT, '.github/workflows/examples/orchestrate-worker.yml'),
          'utf8',
        ),
      },
      bundle: join(ROOT, 'dist/index.js'),
      actionYml: readFileSync(join(ROOT, 'action.yml'), 'utf8'),
      remote,
      dir: remote.dir,
      machineEnv: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...docker },
    },
  });
  try {
    const base: OrchestrateOptions = {
      workspace: join(dir, 'ws'),
      agent: 'command',
      agentCommand: 'echo "done $ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"; echo ok',
      synthesis: false,
      env: { ...process.env, ORCH_DEPTH: '0' },
    };

    // The coordinator: the engine on a checkout of the remote, as the action runs it.
    const checkout = await checkoutLikeActions(remote, {
      dir: join(dir, 'coordinator'),
      runnerTemp: join(dir, 'temp'),
    });
    const before = github.calls.length;
    const done = await completions(chain, {
      ...base,
      cwd: checkout.dir,
      runtime: 'actions',
      actions: {
        token: 'bench-token',
        apiUrl: github.url,
        repository: `${remote.owner}/${remote.repo}`,
        pollIntervalMs: POLL_MS,
      },
    });
    const calls = github.calls.slice(before);
    const runs = github.fleet!.runs;
    const runnerMs = (id: string) => {
      const run = runs.find((r) => r.inputs['task-id'] === id)!;
      return run.times.completed! - run.times.dispatched;
    };
    const actionsHops = hops(done, (i) => runnerMs(`s${i}`));
    const workerMs = median(runs.map((r) => r.times.completed! - r.times.dispatched));

    // The local runtime, same chain, same machine, a repository of its own.
    const local = await checkoutLikeActions(remote, {
      dir: join(dir, 'local'),
      runnerTemp: join(dir, 'temp2'),
    });
    const localDone = await completions(chain, { ...base, cwd: local.dir, runtime: 'local', tmux: false });
    const localHops = hops(
      localDone.map((d) => ({ ...d })),
      (i) => localDone[i]!.commandMs,
    );

    const counted = calls.filter((c) => c.status !== 304).length;
    const actionsHop = median(actionsHops);
    const localHop = median(localHops);
    // A local hop can round to 0 ms: the ratio is then against 1 ms, and says so.
    const ratio = `${(actionsHop / Math.max(localHop, 1)).toFixed(0)}×${localHop < 1 ? ' (against 1 ms)' : ''}`;
    return [
      {
        figure: `coordinator overhead per hop, actions runtime (chain of ${CHAIN}, poll ${POLL_MS} ms; runner time taken out)`,
        value: `${Math.round(actionsHop)} ms (${ratio} the local runtime's)`,
        baseline: `${Math.round(localHop)} ms per hop, local runtime (command time taken out)`,
        target: '—',
        ok: undefined,
      },
      {
        figure:
          'a simulated runner per subtask: checkout, bundle in worker mode with its docker worker, post step',
        value: `${(workerMs / 1000).toFixed(1)} s`,
        baseline: '—',
        target: '—',
        ok: undefined,
      },
      {
        figure: 'GitHub API requests per subtask (all / counted against the rate limit, i.e. not 304)',
        value: `${(calls.length / CHAIN).toFixed(1)} / ${(counted / CHAIN).toFixed(1)}`,
        baseline: `${calls.filter((c) => c.status === 304).length} of ${calls.length} were 304`,
        target: '—',
        ok: undefined,
      },
    ];
  } finally {
    await github.close();
    await remote.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Completion {
  at: number;
  /** The subtask's own time as the engine measured it (start to end). */
  commandMs: number;
}

async function completions(input: string, options: OrchestrateOptions): Promise<Completion[]> {
  const done: Completion[] = [];
  const result = await orchestrate(input, {
    ...options,
    onEvent: (e) => {
      if (e.type === 'task.completed') done.push({ at: Date.now(), commandMs: e.durationMs ?? 0 });
    },
  });
  if (result.status !== 'completed')
    throw new Error(`bench run ${result.status}: ${result.subtasks.find((s) => s.error)?.error}`);
  return done;
}

/** Each hop's wall time (completion to completion) minus what the subtask itself took. */
function hops(done: Completion[], own: (index: number) => number): number[] {
  return done.slice(1).map((d, i) => d.at - done[i]!.at - own(i + 1));
}
