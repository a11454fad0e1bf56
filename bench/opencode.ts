/**
 * OpenCode through the engine, against the local fake model server answering at once (so what is measured is
 * OpenCode's and the orchestrator's own time), medians of repeated runs in the same process:
 * - the orchestrator's overhead per subtask: a one-subtask run as `opencode run` minus the same invocation
 *   run directly;
 * - what a subtask costs in a session of the worker's long-lived `opencode serve` against its own
 *   `opencode run`, in the default configuration (tmux, sandbox, a git repository: a worktree and a commit
 *   per subtask), six subtasks on one worker each way, interleaved;
 * - the orchestrator's overhead per subtask as users get it by default: a whole run of six subtasks on one
 *   worker (tmux, sandbox, a git repository, sessions; worker preparation, commits, integration and clean-up
 *   included, synthesis off) against the same six prompts as six direct `opencode run`s one after another.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveOpencodeBinary } from '../src/agent/opencode-binary.js';
import { OpencodeAgent } from '../src/agent/opencode.js';
import { orchestrate } from '../src/engine/orchestrate.js';
import { opencodeTestEnv, startFakeModelServer } from '../test/support/fake-model-server.js';
import { OPENCODE_ENV_NAMES } from '../test/support/opencode-run.js';
import { benchRepo } from './git-repo.js';
import { median, time, type Row } from './stats.js';

/** A subtask answered at once takes seconds: one that hangs fails the bench instead of stalling it. */
const BENCH_TIMEOUT_MS = 60_000;

export async function opencodeBench(): Promise<Row[]> {
  const base = mkdtempSync(join(tmpdir(), 'orch-bench-oc-'));
  const server = await startFakeModelServer();
  try {
    const env = opencodeTestEnv(server.url, join(base, 'oc'));
    const cwd = mkdtempSync(join(base, 'cwd-'));
    const binary = resolveOpencodeBinary(process.env);
    if (!binary) throw new Error('opencode binary not found (npm install)');
    const promptFile = join(base, 'prompt.md');
    writeFileSync(promptFile, 'Say ok. [[reply: ok]]');
    const agent = new OpencodeAgent({ model: 'fake/fake-model', binary });
    const invocation = agent.invocation({
      taskId: 't1',
      description: 'bench',
      domain: 'general',
      promptFile,
      workdir: cwd,
    });
    const direct = () =>
      new Promise<void>((resolve, reject) =>
        spawn('bash', ['-c', invocation.script], {
          env: { ...env, ...invocation.env, PWD: cwd },
          cwd,
          stdio: 'ignore',
        }).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`opencode exited ${code}`)))),
      );
    const envNames = OPENCODE_ENV_NAMES;
    const viaEngine = (tmux: boolean) => async () => {
      const r = await orchestrate('general:bench [[reply: ok]]', {
        env,
        envNames,
        cwd,
        workspace: join(base, 'ws'),
        model: 'fake/fake-model',
        tmux,
        synthesis: false,
        planner: 'keyword',
        timeoutMs: BENCH_TIMEOUT_MS,
        // What a one-subtask run adds to the very same `opencode run`; sessions are measured below.
        sessions: false,
      });
      if (r.status !== 'completed') throw new Error(`bench run ${r.status}: ${r.subtasks[0]?.error}`);
    };
    await direct(); // first use sets up OpenCode's data directory
    // Interleaved, so a slow spell of the shared machine hits all three alike.
    const samples = { direct: [] as number[], plain: [] as number[], tmux: [] as number[] };
    for (let i = 0; i < 7; i++) {
      samples.direct.push((await time(direct)).ms);
      samples.plain.push((await time(viaEngine(false))).ms);
      samples.tmux.push((await time(viaEngine(true))).ms);
    }
    const directMs = median(samples.direct);
    const plainMs = median(samples.plain);
    const tmuxMs = median(samples.tmux);
    const row = (label: string, ms: number): Row => ({
      figure: `orchestrator overhead per OpenCode subtask (${label})`,
      value: `${(ms - directMs).toFixed(0)} ms (${((ms / directMs - 1) * 100).toFixed(1)}%)`,
      baseline: `${(directMs / 1000).toFixed(2)} s direct opencode run`,
      target: '—',
      ok: undefined,
    });
    return [
      row('plain process groups', plainMs),
      row('tmux sessions', tmuxMs),
      ...(await sessionsAgainstRun({ env, envNames, base })),
      await defaultsAgainstDirect({ env, envNames, base, agent }),
    ];
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
}

const SUBTASKS = 6;

const stepPrompt = (i: number) =>
  `Step ${i + 1} (id: s${i + 1}) [[write: step-${i + 1}.txt]] [[reply: step ${i + 1} done]]`;

/** A default run of six subtasks on one worker against the same six prompts run directly, one after another. */
async function defaultsAgainstDirect(context: {
  env: Record<string, string>;
  envNames: string[];
  base: string;
  agent: OpencodeAgent;
}): Promise<Row> {
  const repo = benchRepo(join(context.base, 'repo-defaults'));
  const scratch = mkdtempSync(join(context.base, 'direct-'));
  const prompts = Array.from({ length: SUBTASKS }, (_, i) => {
    const file = join(scratch, `prompt-${i + 1}.md`);
    writeFileSync(file, stepPrompt(i));
    return file;
  });
  const directAll = async () => {
    for (const [i, promptFile] of prompts.entries()) {
      const invocation = context.agent.invocation({
        taskId: `s${i + 1}`,
        description: 'bench',
        domain: 'general',
        promptFile,
        workdir: scratch,
      });
      await new Promise<void>((resolve, reject) =>
        spawn('bash', ['-c', invocation.script], {
          env: { ...context.env, ...invocation.env, PWD: scratch },
          cwd: scratch,
          stdio: 'ignore',
        }).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`opencode exited ${code}`)))),
      );
    }
  };
  const input = Array.from({ length: SUBTASKS }, (_, i) => `general:${stepPrompt(i)}`);
  const viaEngine = async () => {
    const r = await orchestrate(input, {
      env: context.env,
      envNames: context.envNames,
      cwd: repo,
      workspace: join(context.base, 'ws-defaults'),
      model: 'fake/fake-model',
      synthesis: false,
      planner: 'keyword',
      timeoutMs: BENCH_TIMEOUT_MS,
    });
    if (r.status !== 'completed')
      throw new Error(`bench run ${r.status}: ${r.subtasks.find((s) => s.error)?.error}`);
  };
  const direct: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < 3; i++) {
    direct.push((await time(directAll)).ms);
    engine.push((await time(viaEngine)).ms);
  }
  const overhead = median(engine) / median(direct) - 1;
  return {
    figure: `orchestrator overhead per OpenCode subtask, defaults (tmux, sandbox, git repository, sessions), a run of ${SUBTASKS} subtasks on one worker`,
    value: `${((median(engine) - median(direct)) / SUBTASKS).toFixed(0)} ms a subtask (${(overhead * 100).toFixed(1)}%; the run took ${(median(engine) / 1000).toFixed(2)} s)`,
    baseline: `${(median(direct) / 1000).toFixed(2)} s for the same ${SUBTASKS} prompts as direct \`opencode run\`s`,
    target: '< 5%',
    ok: overhead < 0.05,
  };
}

/** Per-subtask cost of a session on the worker's server against an `opencode run` of its own. */
async function sessionsAgainstRun(context: {
  env: Record<string, string>;
  envNames: string[];
  base: string;
}): Promise<Row[]> {
  const repo = benchRepo(join(context.base, 'repo'));
  // One worker, six subtasks in a row, each writing a file (a tool call, a commit) and answering.
  const input = Array.from({ length: SUBTASKS }, (_, i) => `general:${stepPrompt(i)}`);
  const durations = async (sessions: boolean) => {
    const r = await orchestrate(input, {
      env: context.env,
      envNames: context.envNames,
      cwd: repo,
      workspace: join(context.base, 'ws'),
      model: 'fake/fake-model',
      synthesis: false,
      planner: 'keyword',
      timeoutMs: BENCH_TIMEOUT_MS,
      sessions,
    });
    if (r.status !== 'completed')
      throw new Error(`bench run ${r.status}: ${r.subtasks.find((s) => s.error)?.error}`);
    const via = r.subtasks[0]?.details?.via;
    if ((via === 'opencode serve') !== sessions)
      throw new Error(`sessions ${sessions} ran via ${String(via)}`);
    return r.subtasks.map((s) => s.durationMs ?? 0);
  };
  const serve = { first: [] as number[], later: [] as number[] };
  const run: number[] = [];
  for (let i = 0; i < 3; i++) {
    const withServer = await durations(true);
    serve.first.push(withServer[0]!);
    serve.later.push(...withServer.slice(1));
    run.push(...(await durations(false)));
  }
  const runMs = median(run);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const baseline = `${seconds(runMs)} per subtask as its own \`opencode run\``;
  return [
    {
      figure: "OpenCode subtask in a session of the worker's `opencode serve` (tmux, sandbox, git)",
      value: `${seconds(median(serve.later))} (${(median(serve.later) / runMs).toFixed(2)}x)`,
      baseline,
      target: 'faster than run',
      ok: median(serve.later) < runMs,
    },
    {
      figure: "the worker's first subtask, its server's start included",
      value: `${seconds(median(serve.first))} (${(median(serve.first) / runMs).toFixed(2)}x)`,
      baseline,
      target: '—',
      ok: undefined,
    },
  ];
}
