/**
 * `runtime: actions` end to end: the action's bundle as the coordinator (run-bundle.ts), on a checkout of a
 * real git remote over smart HTTP, dispatching the example worker workflow through the fake GitHub API,
 * whose fleet (test/support/fake-github-actions.ts) runs each dispatched run as a fresh runner would: the
 * same bundle in worker mode, in a process group and a clone of its own, the subtask in a real Docker
 * container from the worker image.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FleetOptions } from '../support/fake-github-actions.js';
import type { GitRemote } from '../support/git-remote.js';
import { issueComment } from './payloads.js';
import { repoOnRemote, type RepoOnRemote } from './repo-on-remote.js';
import { bundlePath } from './run-bundle.js';
import { containersOf, dockerEnv } from './docker-here.js';

const ROOT = new URL('../../', import.meta.url);
const WORKER_WORKFLOW = readFileSync(
  new URL('.github/workflows/examples/orchestrate-worker.yml', ROOT),
  'utf8',
);
const ACTION_YML = readFileSync(new URL('action.yml', ROOT), 'utf8');
const MODEL_KEY = 'sk-test-model-key';

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

let setup: RepoOnRemote | undefined;

async function start(fleet: Partial<FleetOptions> = {}): Promise<RepoOnRemote> {
  setup = await repoOnRemote({
    github: (remote: GitRemote) => ({
      fleet: {
        workflows: { 'orchestrate-worker.yml': WORKER_WORKFLOW },
        bundle: bundlePath(),
        actionYml: ACTION_YML,
        remote,
        dir: remote.dir,
        machineEnv: { PATH: process.env.PATH, LANG: 'C.UTF-8', ...dockerEnv() },
        secrets: { ANTHROPIC_API_KEY: MODEL_KEY },
        ...fleet,
      },
    }),
  });
  return setup;
}

beforeAll(() => {
  bundlePath();
}, 300_000);

afterEach(async () => {
  const s = setup;
  setup = undefined;
  await s?.close();
  s?.github.assertNoViolations();
});

const output = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;
const COORDINATOR = { runtime: 'actions', agent: 'command', 'agent-command': RECORDS };
const FAST = { ORCH_ACTIONS_POLL_MS: '150' };

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
});
