/**
 * The CLI as the coordinator of `runtime: actions`: `orchestrate run` and `orchestrate retry` on a checkout of
 * a real git remote, dispatching the example worker workflow through the fake GitHub API, whose fleet
 * (test/support/fake-github-actions.ts) runs each subtask with the committed bundle in worker mode on a runner
 * of its own, in a Docker container of the worker image.
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/engine/types.js';
import { opencodeTestEnv, startFakeModelServer } from '../support/fake-model-server.js';
import { FAST, fleetPerTest } from './actions-fleet.js';
import { containersOf, dockerEnv } from './docker-here.js';
import type { RepoOnRemote } from './repo-on-remote.js';
import { bundlePath } from './run-bundle.js';

const exec = promisify(execFile);
const start = fleetPerTest();

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's bundle in the checkout, as a user's shell in a runner's job would run it. */
async function orchestrate(s: RepoOnRemote, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const cli = path.join(path.dirname(bundlePath()), 'cli', 'index.js');
  try {
    const { stdout, stderr } = await exec(process.execPath, [cli, ...args], {
      cwd: s.checkout.dir,
      env: {
        ...s.box.env,
        ...dockerEnv(),
        ...env,
        GITHUB_TOKEN: 'ghs_coordinator',
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_API_URL: s.github.url,
        ORCH_WORKSPACE: s.box.workspace,
        ...FAST,
      },
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      stdout: e.stdout ?? '',
      stderr: `${String(error)}\n${e.stderr ?? ''}`,
    };
  }
}

/** The run result the CLI printed with --json, or a failure that shows what it wrote instead. */
function resultOf(run: CliRun): RunResult {
  expect(run.stdout, run.stderr).toMatch(/^\{/);
  return JSON.parse(run.stdout) as RunResult;
}

describe('the CLI as coordinator, with OpenCode in the workers', () => {
  it('runs a real OpenCode per subtask on runners of their own, the dependent getting its dependency’s result', async () => {
    const model = await startFakeModelServer();
    model.script((request, ctx) => {
      if (ctx.kind === 'title') return undefined;
      const system = request.messages.find((m) => m.role === 'system')?.content;
      if (typeof system === 'string' && system.includes('synthesizer'))
        return { text: 'SYNTHESIZED on the coordinator' };
      const own = /## Your subtask\n([\s\S]*?)(\n\n|$)/.exec(ctx.prompt)?.[1] ?? ctx.prompt;
      return ctx.markers(request, { ...ctx, prompt: own });
    });
    try {
      const oc = opencodeTestEnv(model.url, path.join(tmpdir(), `orch-actions-oc-${process.pid}`));
      const s = await start({
        machineEnv: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...dockerEnv(), ...oc },
      });
      const run = await orchestrate(
        s,
        [
          'run',
          'frontend:Build the page (id: page) [[write: page.html | <h1>hi</h1>]] [[reply: page written]]',
          'documentation:Document the page (id: docs) (depends_on: page) [[reply: documented]]',
          '--runtime',
          'actions',
          '--model',
          'fake/fake-model',
          '--network',
          'host',
          '--json',
        ],
        oc,
      );
      const result = resultOf(run);
      const why = `${JSON.stringify(result.subtasks, null, 1)}\n${run.stderr}\n${s.github.fleet!.runs.map((r) => r.log).join('\n')}`;
      expect(result.status, why).toBe('completed');
      expect(result.runtime).toBe('actions');
      const fleet = s.github.fleet!;
      await fleet.settled();
      expect(fleet.runs.map((r) => r.inputs['task-id'])).toEqual(['page', 'docs']);
      // The file OpenCode wrote on the first runner reached the coordinator's integration branch.
      const planId = result.planId;
      expect(s.remote.readFile(`orchestrate/${planId}/frontend`, 'page.html')).toBe('<h1>hi</h1>');
      const docsPrompt = model.requests.agent().find((r) => r.prompt?.includes('subtask docs'))!.prompt!;
      expect(docsPrompt).toMatch(/Subtask page: Build the page[^\n]*\nResult:\npage written/);
      // The synthesis ran on the coordinator, in a container of its own made only for it.
      expect(result.summary.startsWith('SYNTHESIZED on the coordinator')).toBe(true);
      expect(await containersOf(planId)).toEqual([]);
    } finally {
      await model.close();
    }
  });
});

describe('the CLI as coordinator, with a command agent in the workers', () => {
  it('retries only the failed subtask on a new run, which builds on the branch and result its dependency left', async () => {
    const s = await start();
    const failB =
      '[ "$ORCH_TASK_ID" = b ] && { echo "no API yet" >&2; exit 3; }; ' +
      'echo "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"; echo "result of $ORCH_TASK_ID"';
    const first = await orchestrate(s, [
      'run',
      'database:Set up schema (id: a) | backend:Build API (id: b) (depends_on: a)',
      '--runtime',
      'actions',
      '--agent',
      'command',
      '--agent-command',
      failB,
      '--no-synthesis',
      '--json',
    ]);
    expect(first.code, first.stderr).toBe(1);
    const failed = resultOf(first);
    const planId = failed.planId;
    expect(failed.subtasks.find((t) => t.id === 'b')?.status).toBe('failed');
    const fleet = s.github.fleet!;
    await fleet.settled();
    expect(fleet.runs.map((r) => [r.inputs['task-id'], r.conclusion])).toEqual([
      ['a', 'success'],
      ['b', 'failure'],
    ]);
    const resultB = `refs/orchestrate/${planId}/results/b`;
    expect(JSON.parse(s.remote.readFile(resultB, 'result.json')!)).toMatchObject({ status: 'failed' });

    // The fix arrives as another command; the plan's settings in git say so to the new run.
    const fixed =
      'echo "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"; ls *.txt | tr "\\n" " " > "seen-$ORCH_TASK_ID"; ' +
      'sed -n "/Context from previous steps/,/## Boundaries/p" "$ORCH_PROMPT_FILE" > "context-$ORCH_TASK_ID.md"; ' +
      'echo "result of $ORCH_TASK_ID"';
    const retry = await orchestrate(s, ['retry', planId, '--agent-command', fixed, '--json']);
    const retried = resultOf(retry);
    expect(retried.status, `${JSON.stringify(retried.subtasks)}\n${retry.stderr}`).toBe('completed');
    expect(retry.code).toBe(0);
    await fleet.settled();
    // Only b ran again, on a run of its own; a kept its result and its run.
    expect(fleet.runs.map((r) => [r.inputs['task-id'], r.conclusion])).toEqual([
      ['a', 'success'],
      ['b', 'failure'],
      ['b', 'success'],
    ]);
    const backend = `orchestrate/${planId}/backend`;
    expect(s.remote.readFile(backend, 'seen-b')).toContain('a.txt');
    expect(s.remote.readFile(backend, 'context-b.md')).toContain(
      'Subtask a: Set up schema\nResult:\nresult of a',
    );
    // The new result names the new run and keeps the failed attempt as its parent.
    expect(JSON.parse(s.remote.readFile(resultB, 'result.json')!)).toMatchObject({
      status: 'completed',
      runId: fleet.runs[2]!.id,
    });
    expect(s.remote.log(resultB).map((c) => c.subject)).toEqual([
      `orchestrate result ${planId} b: completed`,
      `orchestrate result ${planId} b: failed`,
    ]);
    expect(await containersOf(planId)).toEqual([]);
  });

  it('keeps at most --concurrency runs going at once', async () => {
    const s = await start();
    const run = await orchestrate(s, [
      'run',
      'database:one (id: p) | backend:two (id: q) | frontend:three (id: r)',
      '--runtime',
      'actions',
      '--agent',
      'command',
      '--agent-command',
      'sleep 1; echo "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"; echo ok',
      '--concurrency',
      '1',
      '--no-synthesis',
      '--json',
    ]);
    expect(resultOf(run).status, run.stderr).toBe('completed');
    const fleet = s.github.fleet!;
    await fleet.settled();
    const runs = [...fleet.runs].sort((x, y) => x.times.dispatched - y.times.dispatched);
    expect(runs.map((r) => r.conclusion)).toEqual(['success', 'success', 'success']);
    // Three independent subtasks, yet each run was dispatched only after the one before had ended.
    for (let i = 1; i < runs.length; i++)
      expect(runs[i]!.times.dispatched).toBeGreaterThanOrEqual(runs[i - 1]!.times.completed!);
  });
});
