/**
 * `runtime: actions` end to end: the action's bundle as the coordinator (run-bundle.ts), on a checkout of a
 * real git remote over smart HTTP, dispatching the example worker workflow through the fake GitHub API,
 * whose fleet (test/support/fake-github-actions.ts) runs each dispatched run as a fresh runner would: the
 * same bundle in worker mode, in a process group and a clone of its own, the subtask in a real Docker
 * container from the worker image. The CLI as coordinator: actions-runtime-cli.int.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitFile, pushRefs } from '../../src/git/remote-refs.js';
import { FAST, MODEL_KEY, fleetPerTest } from './actions-fleet.js';
import { containersOf, removeContainersOf } from './docker-here.js';
import { issueComment } from './payloads.js';
import type { RepoOnRemote } from './repo-on-remote.js';
import { postEnv } from './run-bundle.js';

const DIAMOND =
  'database:Set up schema (id: a) | backend:Build API (id: b) (depends_on: a) | ' +
  'frontend:Build UI (id: c) (depends_on: a) | testing:Write tests (id: d) (depends_on: b, c)';
/**
 * Each subtask writes a file named after itself, what it sees of the others' files, the dependency context
 * of its prompt, and whether the model key (the one secret the worker workflow names) reached it.
 */
const RECORDS = [
  'printf "%s\\n" "$ORCH_TASK_ID" > "$ORCH_TASK_ID.txt"',
  'ls *.txt | tr "\\n" " " > "seen-$ORCH_TASK_ID"',
  'sed -n "/Context from previous steps/,/## Boundaries/p" "$ORCH_PROMPT_FILE" > "context-$ORCH_TASK_ID.md"',
  'printf "%s" "${ANTHROPIC_API_KEY:-none} ${GITHUB_TOKEN:-none} ${ACTIONS_RUNTIME_TOKEN:-none}" > "env-$ORCH_TASK_ID"',
  'echo "result of $ORCH_TASK_ID"',
].join('; ');

const start = fleetPerTest();

const output = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;
const COORDINATOR = { runtime: 'actions', agent: 'command', 'agent-command': RECORDS };

describe('runtime: actions', () => {
  it('runs a diamond across four domains, each subtask on a runner of its own, and delivers all the work', async () => {
    const s = await start();
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${DIAMOND}` }),
      inputs: COORDINATOR,
      env: FAST,
      timeoutMs: 240_000,
    });
    expect(run.code, output(run)).toBe(0);
    const planId = run.outputs['plan-id']!;
    const fleet = s.github.fleet!;
    await fleet.settled();

    // Four runs, one per subtask, each its own process and its own clone, each a success.
    expect(fleet.runs.map((r) => r.inputs['task-id']).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(fleet.runs.every((r) => r.inputs['plan-id'] === planId)).toBe(true);
    expect(fleet.runs.map((r) => r.conclusion)).toEqual(['success', 'success', 'success', 'success']);
    expect(new Set(fleet.runs.map((r) => r.pid)).size).toBe(4);
    expect(new Set(fleet.runs.map((r) => r.workspace)).size).toBe(4);
    expect(fleet.runs.map((r) => r.displayTitle)).toContain(`orchestrate ${planId} d`);
    // The dependency order held: b and c were dispatched after a ended, d after both.
    const byTask = Object.fromEntries(fleet.runs.map((r) => [r.inputs['task-id'], r]));
    expect(Date.parse(byTask.b!.createdAt)).toBeGreaterThanOrEqual(Date.parse(byTask.a!.updatedAt) - 1000);

    // The pull request's branch holds every subtask's work.
    const branch = `orchestrate/1-${planId}`;
    expect(run.outputs.branch).toBe(branch);
    const files = s.remote.files(branch);
    for (const id of ['a', 'b', 'c', 'd']) expect(files).toContain(`${id}.txt`);
    expect(s.github.createdPullRequests).toHaveLength(1);
    expect(s.github.createdPullRequests[0]!.head.ref).toBe(branch);

    // Each dependent saw its dependencies' files and got their results.
    expect(s.remote.readFile(branch, 'seen-b')).toContain('a.txt');
    expect(s.remote.readFile(branch, 'seen-d')).toMatch(/a\.txt b\.txt c\.txt d\.txt/);
    const contextD = s.remote.readFile(branch, 'context-d.md') ?? '';
    expect(contextD).toContain('Subtask b: Build API\nResult:\nresult of b');
    expect(contextD).toContain('Subtask c: Build UI\nResult:\nresult of c');
    expect(s.remote.readFile(branch, 'context-a.md')).toBe('');

    // The model key, and nothing else of the runner's, reached the workers.
    expect(s.remote.readFile(branch, 'env-a')).toBe(`${MODEL_KEY} none none`);

    // Branches and results are on the remote; the plan is a ref, not a branch.
    expect(s.remote.sha(`refs/orchestrate/${planId}/plan`)).toBeDefined();
    const result = JSON.parse(s.remote.readFile(`refs/orchestrate/${planId}/results/d`, 'result.json')!);
    expect(result).toMatchObject({
      id: 'd',
      status: 'completed',
      result: 'result of d',
      runId: byTask.d!.id,
    });
    expect(s.remote.branches()).toEqual(
      expect.arrayContaining([`orchestrate/${planId}/database`, `orchestrate/${planId}/testing`]),
    );

    // The status comment links each subtask's run.
    const comment = s.github.comments.at(-1)?.body ?? '';
    expect(comment).toContain(
      `[\`omo-worker-testing\`](https://github.com/Codertocat/Hello-World/actions/runs/${byTask.d!.id})`,
    );

    // Waiting cost little: most reads of a running run were answered 304.
    const reads = s.github.callsTo('GET', /\/actions\/runs\/\d+$/);
    expect(reads.some((c) => c.status === 304)).toBe(true);
    expect(s.github.callsTo('POST', /\/dispatches$/).map((c) => c.status)).toEqual([200, 200, 200, 200]);
    // No container is left behind.
    expect(await containersOf(planId)).toEqual([]);
  });

  it('fails only the subtask whose run failed, with its run, skips its dependents and carries on with the rest', async () => {
    const s = await start();
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({
        body: '/orchestrate database:Set up schema (id: a) | backend:Build API (id: b) (depends_on: a) | frontend:Build UI (id: c)',
      }),
      inputs: {
        ...COORDINATOR,
        'agent-command':
          '[ "$ORCH_TASK_ID" = a ] && { echo "no database here" >&2; exit 3; }; echo ok > "$ORCH_TASK_ID.txt"; echo "done $ORCH_TASK_ID"',
      },
      env: FAST,
      timeoutMs: 240_000,
    });
    expect(run.code, output(run)).toBe(1);
    const fleet = s.github.fleet!;
    await fleet.settled();
    const byTask = Object.fromEntries(fleet.runs.map((r) => [r.inputs['task-id'], r]));
    // b was never dispatched; a's run failed, c's succeeded.
    expect(Object.keys(byTask).sort()).toEqual(['a', 'c']);
    expect(byTask.a!.conclusion).toBe('failure');
    expect(byTask.c!.conclusion).toBe('success');
    const status = JSON.parse(readFileSync(`${run.outputs['results-dir']}/result.json`, 'utf8')) as {
      subtasks: Array<{ id: string; status: string; error: string | null }>;
    };
    const of = (id: string) => status.subtasks.find((t) => t.id === id)!;
    expect(of('a').status).toBe('failed');
    expect(of('a').error).toContain(`https://github.com/Codertocat/Hello-World/actions/runs/${byTask.a!.id}`);
    expect(of('b')).toMatchObject({ status: 'skipped', error: 'dependency a failed' });
    expect(of('c').status).toBe('completed');
    // The completed work is still delivered.
    expect(s.remote.files(run.outputs.branch!)).toContain('c.txt');
    expect(s.github.comments.at(-1)?.body).toContain(`/actions/runs/${byTask.a!.id}`);
  });

  it('cancels a run that no runner takes within the start timeout, and fails its subtask with the reason', async () => {
    const s = await start({ holdQueued: (inputs) => inputs['task-id'] === 'b' });
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate backend:Build API (id: b) | frontend:Build UI (id: c)' }),
      inputs: { ...COORDINATOR, 'worker-start-timeout': '2s' },
      env: FAST,
      timeoutMs: 240_000,
    });
    expect(run.code, output(run)).toBe(1);
    const fleet = s.github.fleet!;
    await fleet.settled();
    const held = fleet.runs.find((r) => r.inputs['task-id'] === 'b')!;
    expect(held.conclusion).toBe('cancelled');
    expect(
      s.github.callsTo('POST', new RegExp(`/actions/runs/${held.id}/cancel$`)).map((c) => c.status),
    ).toEqual([202]);
    const comment = s.github.comments.at(-1)?.body ?? '';
    expect(comment).toContain(
      'the worker run did not start within 2.0s (still queued; is a runner available?)',
    );
    expect(comment).toContain(`/actions/runs/${held.id}`);
    expect(fleet.runs.find((r) => r.inputs['task-id'] === 'c')!.conclusion).toBe('success');
  });

  it('cancels the dispatched runs when the coordinator is cancelled, and nothing is left running', async () => {
    const s = await start();
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate backend:Build API (id: b) | frontend:Build UI (id: c)' }),
      inputs: { ...COORDINATOR, 'agent-command': 'sleep 120' },
      env: FAST,
      // The runner cancels a job with SIGINT: by then both runs are dispatched and their agents running.
      signal: { name: 'SIGINT', afterMs: 9_000 },
      timeoutMs: 240_000,
    });
    const planId = run.outputs['plan-id']!;
    try {
      expect(run.outputs.status, output(run)).toBe('cancelled');
      const fleet = s.github.fleet!;
      await fleet.settled();
      expect(fleet.runs).toHaveLength(2);
      expect(fleet.runs.map((r) => r.conclusion)).toEqual(['cancelled', 'cancelled']);
      for (const r of fleet.runs)
        expect(s.github.callsTo('POST', new RegExp(`/actions/runs/${r.id}/cancel$`))).toHaveLength(1);
      expect(await containersOf(planId)).toEqual([]);
    } finally {
      removeContainersOf(planId);
    }
  });

  it('leaves runs the post step cancels when the coordinator is killed', async () => {
    const s = await start();
    const inputs = { ...COORDINATOR, 'agent-command': 'sleep 120' };
    const payload = issueComment({
      body: '/orchestrate backend:Build API (id: b) | frontend:Build UI (id: c)',
    });
    const killed = await s.run({
      event: 'issue_comment',
      payload,
      inputs,
      env: FAST,
      signal: { name: 'SIGKILL', afterMs: 9_000 },
      timeoutMs: 240_000,
    });
    expect(killed.code).toBeNull();
    const fleet = s.github.fleet!;
    expect(fleet.runs.map((r) => r.status)).toEqual(['in_progress', 'in_progress']);
    const planId = fleet.runs[0]!.inputs['plan-id']!;
    try {
      const post = await s.run({ event: 'issue_comment', payload, inputs, env: postEnv(killed.state) });
      expect(post.code, output(post)).toBe(0);
      expect(post.stdout).toMatch(/Cancelled the worker runs left going: \d+, \d+\./);
      await fleet.settled();
      expect(fleet.runs.map((r) => r.conclusion)).toEqual(['cancelled', 'cancelled']);
      expect(await containersOf(planId)).toEqual([]);
    } finally {
      removeContainersOf(planId);
    }
  });
});

describe('a worker run', () => {
  const dispatch = async (s: RepoOnRemote, inputs: Record<string, string>) => {
    const response = await fetch(
      `${s.github.url}/repos/Codertocat/Hello-World/actions/workflows/orchestrate-worker.yml/dispatches`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer forged' },
        body: JSON.stringify({ ref: 'main', inputs, return_run_details: true }),
      },
    );
    expect(response.status).toBe(200);
    await s.github.fleet!.settled();
    return s.github.fleet!.runs.at(-1)!;
  };

  it('runs nothing for a plan it cannot find, a subtask not in the plan, or ids that are not ids', async () => {
    const s = await start();
    // A plan that exists, published as a coordinator publishes it.
    const state = {
      plan: {
        planId: 'cafe01',
        taskDescription: 'x',
        subtasks: [{ id: 't1', description: 'x', domain: 'general', dependsOn: [], skills: [] }],
        workers: [{ name: 'omo-worker-general', domain: 'general', subtasks: ['t1'] }],
      },
      settings: { agent: 'command', agentCommand: 'touch ran.txt; echo ran' },
      base: s.remote.sha('main'),
    };
    const commit = await commitFile(
      s.checkout.dir,
      'run-state.json',
      JSON.stringify(state),
      [state.base!],
      'plan',
    );
    await pushRefs(s.checkout.dir, 'origin', [`${commit}:refs/orchestrate/cafe01/plan`]);
    const before = s.remote.pushes.length;

    const unknownPlan = await dispatch(s, { 'plan-id': 'deadbeef', 'task-id': 't1' });
    expect(unknownPlan.conclusion).toBe('failure');
    expect(unknownPlan.log).toContain(
      "No plan 'deadbeef' in the repository (no refs/orchestrate/deadbeef/plan): nothing was run.",
    );
    const unknownTask = await dispatch(s, { 'plan-id': 'cafe01', 'task-id': 't9' });
    expect(unknownTask.conclusion).toBe('failure');
    expect(unknownTask.log).toContain("Plan 'cafe01' has no subtask 't9': nothing was run.");
    const badId = await dispatch(s, { 'plan-id': '../../etc', 'task-id': 't1' });
    expect(badId.log).toContain("Invalid plan id '../../etc'");
    const badTask = await dispatch(s, { 'plan-id': 'cafe01', 'task-id': '--upload-pack=x' });
    expect(badTask.log).toContain("Invalid task id '--upload-pack=x'");

    for (const r of [unknownPlan, unknownTask, badId, badTask]) {
      expect(r.log).not.toContain('Worker omo-worker');
      expect(r.log).not.toContain('docker: create container');
    }
    expect(s.remote.pushes.length).toBe(before);
    expect(s.remote.branches()).toEqual(['main']);
    expect(await containersOf('cafe01')).toEqual([]);
  });
});
