/**
 * `/orchestrate retry <planId>` and `/orchestrate cancel <planId>`, end to end: the action's bundle run as a
 * runner runs it (run-bundle.ts), in checkouts of a real git remote served over smart HTTP (repo-on-remote.ts),
 * against the fake GitHub API held to GitHub's OpenAPI description. A "fresh runner" is another checkout of
 * the same remote, with a workspace of its own: the plan's files reach it only through its artifact (zipped
 * as upload-artifact stores it), its worker branches not at all. Local runtime, sandbox on, command agent;
 * each subtask appends its id to `runs-<id>.txt` in its worktree, which is committed with its work, so the
 * remote itself counts how often each subtask ran.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkoutLikeActions } from '../support/checkout.js';
import type { FakeGitHub } from '../support/fake-github.js';
import { issueComment } from './payloads.js';
import { repoOnRemote, type RepoOnRemote } from './repo-on-remote.js';
import {
  bundlePath,
  postEnv,
  RUN_ID,
  runAction,
  sandbox,
  type ActionRun,
  type RunOptions,
  type Sandbox,
} from './run-bundle.js';

const REPO = 'https://github.com/Codertocat/Hello-World';
const PLAN = [
  '"frontend:Build page (id: page)"',
  '"backend:Build API (id: api)"',
  '"testing:Write tests (id: tests) (depends_on: api)"',
].join('\n');
/**
 * The command agent: every invocation is counted in `runs-<id>.txt`; until someone puts `fix.txt` on the
 * branch, `api` does `apiUnfixed` first (fails, or takes its time).
 */
const agentWhere = (apiUnfixed: string) => ({
  agent: 'command',
  'agent-command': [
    'echo "$ORCH_TASK_ID" >> "runs-$ORCH_TASK_ID.txt"',
    `if [ "$ORCH_TASK_ID" = api ] && [ ! -f fix.txt ]; then ${apiUnfixed}; fi`,
    'printf "%s\\n" "$ORCH_TASK_DOMAIN" > "$ORCH_TASK_DOMAIN.txt"',
    'echo "done: $ORCH_TASK_DESCRIPTION"',
  ].join('; '),
});
/** `api` fails until fixed. */
const AGENT = agentWhere('echo "api needs fix.txt" >&2; exit 1');
/** `api` takes its time until fixed; `page` is done at once. */
const SLOW = agentWhere('sleep 120');

let setup: RepoOnRemote | undefined;
const extraBoxes: Sandbox[] = [];

beforeAll(() => {
  bundlePath();
}, 300_000);

afterEach(async () => {
  const s = setup;
  setup = undefined;
  for (const b of extraBoxes.splice(0)) rmSync(b.dir, { recursive: true, force: true });
  await s?.close();
  s?.github.assertNoViolations();
});

async function start(options: Parameters<typeof repoOnRemote>[0] = {}): Promise<RepoOnRemote> {
  setup = await repoOnRemote(options);
  return setup;
}

const output = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;
const comment = (body: string, on?: number) => {
  const payload = issueComment({ body, ...(on !== undefined ? { onPullRequest: true } : {}) });
  if (on !== undefined) (payload.issue as { number: number }).number = on;
  return payload;
};
const planIdOf = (github: FakeGitHub): string | undefined =>
  /orchestrate-action:plan \{"planId":"([a-z0-9-]+)"/.exec(github.comments[0]?.body ?? '')?.[1];
const lines = (text: string | undefined) => (text ?? '').split('\n').filter(Boolean);

/**
 * Another runner for the same repository: a checkout of the remote made as actions/checkout makes one, a
 * workspace and a home of its own, and the same fake GitHub API. `control`: a runner that starts no worker
 * gets a tmux server of its own too, as on another machine (`cancel` stops a plan's workers on its own
 * machine, and must not reach the test's other runner). Workers need the machine's tmux server (see
 * run-bundle.ts).
 */
async function freshRunner(s: RepoOnRemote, control = false) {
  const box = sandbox();
  extraBoxes.push(box);
  rmSync(box.repo, { recursive: true, force: true });
  const runnerTemp = path.join(box.dir, 'runner-temp');
  const checkout = await checkoutLikeActions(s.remote, { dir: box.repo, runnerTemp });
  const tmux = path.join(box.dir, 'tmux');
  mkdirSync(tmux);
  const own = control ? { TMUX_TMPDIR: tmux } : {};
  return {
    box,
    checkout,
    run: (options: Omit<RunOptions, 'apiUrl'>): Promise<ActionRun> =>
      runAction(box, {
        ...options,
        apiUrl: s.github.url,
        env: { RUNNER_TEMP: runnerTemp, ...own, ...options.env },
      }),
  };
}

/** The plan's run files as upload-artifact stores them (the files at the zip's root), as an artifact of run `runId`. */
function publishArtifact(
  s: RepoOnRemote,
  resultsDir: string,
  planId: string,
  id: number,
  runId: number,
): void {
  const zip = path.join(s.box.dir, `artifact-${id}.zip`);
  execFileSync('zip', ['-qr', zip, '.'], { cwd: resultsDir });
  (s.github.options.artifacts ??= []).push({
    id,
    name: `orchestrate-${planId}`,
    workflowRunId: runId,
    zip: readFileSync(zip),
  });
}

/** A plan run by the action on issue 1 in which `api` fails (and `tests`, after it, is skipped). */
async function runFailingPlan(s: RepoOnRemote): Promise<{ first: ActionRun; planId: string }> {
  const first = await s.run({
    event: 'issue_comment',
    payload: comment(`/orchestrate\n${PLAN}`),
    inputs: AGENT,
  });
  expect(first.code, output(first)).toBe(1);
  return { first, planId: first.outputs['plan-id']! };
}

/** How often each subtask started, from the plan's event log. */
function starts(resultsDir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines(readFileSync(path.join(resultsDir, 'event_log.jsonl'), 'utf8'))) {
    const event = JSON.parse(line) as { type: string; taskId?: string };
    if (event.type === 'task.started' && event.taskId) counts[event.taskId] = (counts[event.taskId] ?? 0) + 1;
  }
  return counts;
}

describe('/orchestrate retry', () => {
  it('on a fresh runner, from the pull request: only what failed runs again, on the same branch and pull request', async () => {
    const s = await start();
    const { first, planId } = await runFailingPlan(s);
    const branch = `orchestrate/1-${planId}`;
    expect(first.outputs).toMatchObject({ status: 'failed', branch });
    const pr = s.github.createdPullRequests[0]!;
    expect(pr.head.ref).toBe(branch);
    const statusComment = s.github.comments[0]!;
    expect(statusComment.body).toContain('Orchestrate: failed');
    expect(statusComment.body).toContain(`\`/orchestrate retry ${planId}\` runs again what did not complete`);
    expect(lines(s.remote.readFile(branch, 'runs-page.txt'))).toEqual(['page']);

    // The maintainer fixes what made `api` fail, on the plan's branch; the first runner is gone.
    const fix = s.remote.commit(branch, { 'fix.txt': 'fixed\n' }, 'Give the API what it needs');
    publishArtifact(s, first.outputs['results-dir']!, planId, 71, RUN_ID);
    const runner = await freshRunner(s);
    const pushesBefore = s.remote.pushes.length;

    const retry = await runner.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate retry ${planId}`, pr.number),
      inputs: AGENT,
      env: { GITHUB_RUN_ID: '4343' },
    });
    expect(retry.code, output(retry)).toBe(0);
    expect(retry.outputs).toMatchObject({
      'plan-id': planId,
      status: 'completed',
      branch,
      'pull-request-url': pr.html_url,
    });
    expect(s.github.callsTo('GET', /\/actions\/artifacts\/71\/zip$/)).toHaveLength(1);

    // The work: on the same branch, a fast-forward from the fix; `page` did not run again, `api` ran twice
    // (its failed attempt was committed the first time), `tests` once, after it.
    expect(s.remote.pushes.slice(pushesBefore)).toEqual([
      { accepted: true, updates: [{ ref: `refs/heads/${branch}`, old: fix, new: s.remote.sha(branch) }] },
    ]);
    expect(s.remote.files(branch)).toEqual([
      'README.md',
      'backend.txt',
      'fix.txt',
      'frontend.txt',
      'runs-api.txt',
      'runs-page.txt',
      'runs-tests.txt',
      'shared.txt',
      'testing.txt',
    ]);
    expect(lines(s.remote.readFile(branch, 'runs-page.txt'))).toEqual(['page']);
    expect(lines(s.remote.readFile(branch, 'runs-api.txt'))).toEqual(['api', 'api']);
    expect(lines(s.remote.readFile(branch, 'runs-tests.txt'))).toEqual(['tests']);
    // The event log goes on from the artifact's: every start of both runs, each subtask's once more only if it ran.
    expect(starts(retry.outputs['results-dir']!)).toEqual({ page: 1, api: 2, tests: 1 });

    // The same pull request, no second one, its body brought up to date.
    expect(s.github.createdPullRequests).toHaveLength(1);
    expect(s.github.callsTo('POST', /\/pulls$/)).toHaveLength(1);
    expect(pr.updates.at(-1)?.body).toMatch(
      /\| api: Build API \| backend \| `omo-worker-backend` \| ✅ completed \|/,
    );
    expect(pr.body).toContain('Closes #1');
    expect(pr.body).toContain(`plan \`${planId}\` (completed: 3/3 completed)`);

    // The same status comment, edited in place: completed, who asked, the new run in its marker; and a short
    // reply on the pull request saying what runs again.
    const [status, reply, ...rest] = s.github.comments;
    expect(rest).toEqual([]);
    expect(status!.id).toBe(statusComment.id);
    expect(status!.body).toContain('Orchestrate: completed');
    expect(status!.body).toContain('3/3 completed');
    expect(status!.body).toContain(`"planId":"${planId}","runId":4343`);
    expect(status!.body).toContain(
      `🔁 Retry asked by @Codertocat ([comment](${REPO}/issues/${pr.number}#issuecomment-`,
    );
    expect(status!.body).toContain(
      'running again `api` (failed), `tests` (skipped); keeping `page` (completed).',
    );
    expect(status!.body).toContain(`the head branch of [#${pr.number}](${pr.html_url})`);
    expect(reply!.issueNumber).toBe(pr.number);
    expect(reply!.body).toContain(
      `🔁 Retrying plan \`${planId}\` (from the workflow artifact \`orchestrate-${planId}\`): running again ` +
        '`api` (failed), `tests` (skipped); keeping `page` (completed).',
    );
    expect(reply!.body).toContain(`its [status comment](${statusComment.html_url}) follows the run`);
  }, 240_000);

  it('answers a plan it cannot find, or one that completed, without running anything', async () => {
    const s = await start();
    const done = await s.run({
      event: 'issue_comment',
      payload: comment('/orchestrate frontend:Build page'),
      inputs: AGENT,
    });
    expect(done.code, output(done)).toBe(0);
    const planId = done.outputs['plan-id']!;
    const pushes = s.remote.pushes.length;
    const eventLog = readFileSync(path.join(done.outputs['results-dir']!, 'event_log.jsonl'), 'utf8');

    const again = await s.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate retry ${planId}`),
      inputs: AGENT,
    });
    expect(again.code, output(again)).toBe(0);
    expect(s.github.comments.at(-1)?.body).toContain(
      `Plan \`${planId}\` completed: all 1 of its subtasks are done, so there is nothing to run again.`,
    );
    expect(again.outputs['plan-id']).toBeUndefined();

    const unknown = await s.run({
      event: 'issue_comment',
      payload: comment('/orchestrate retry deadbeef'),
      inputs: AGENT,
    });
    expect(unknown.code, output(unknown)).toBe(0);
    expect(s.github.callsTo('GET', /\/actions\/artifacts$/).at(-1)?.query).toMatchObject({
      name: 'orchestrate-deadbeef',
    });
    expect(s.github.comments.at(-1)?.body).toContain('Plan `deadbeef` not found');
    expect(s.github.comments.at(-1)?.body).toContain('Nothing was run.');

    // Nothing ran: no push, no new event, no other run dir, no pull request beyond the first run's.
    expect(s.remote.pushes.length).toBe(pushes);
    expect(readFileSync(path.join(done.outputs['results-dir']!, 'event_log.jsonl'), 'utf8')).toBe(eventLog);
    expect(s.github.createdPullRequests).toHaveLength(1);
  }, 120_000);
});

describe('who may retry or cancel', () => {
  it('only users with write access, as for a run: a reader is refused, nothing runs, nothing is cancelled', async () => {
    const s = await start({
      github: {
        permissions: { Codertocat: 'write', reader: 'read' },
        // The plan's run still "in progress" for GitHub: an admitted cancel would cancel it.
        workflowRuns: [{ id: RUN_ID, workflow_id: 7, status: 'in_progress' }],
      },
    });
    const { first, planId } = await runFailingPlan(s);
    const results = first.outputs['results-dir']!;
    const eventLog = readFileSync(path.join(results, 'event_log.jsonl'), 'utf8');
    const statusBody = s.github.comments[0]!.body;
    const pushes = s.remote.pushes.length;

    for (const command of ['retry', 'cancel']) {
      const refused = await s.run({
        event: 'issue_comment',
        payload: issueComment({ body: `/orchestrate ${command} ${planId}`, login: 'reader' }),
        inputs: AGENT,
        env: { GITHUB_RUN_ID: '4545' },
      });
      expect(refused.code, output(refused)).toBe(0);
      expect(s.github.comments.at(-1)?.body, command).toContain(
        'Not running this request: @reader has read access to this repository; write access is needed',
      );
    }
    expect(s.github.cancelled).toEqual([]);
    expect(s.remote.pushes.length).toBe(pushes);
    expect(readFileSync(path.join(results, 'event_log.jsonl'), 'utf8')).toBe(eventLog);
    expect(s.github.comments[0]!.body).toBe(statusBody);
    expect(s.github.callsTo('GET', /\/actions\/artifacts$/)).toEqual([]);
  }, 120_000);
});

describe('/orchestrate cancel', () => {
  it('cancels the workflow run of a running plan: it ends cancelled, says so, keeps its work; a retry finishes it', async () => {
    const CONTROL = 5151;
    const s = await start({
      github: { workflowRuns: [{ id: CONTROL, workflow_id: 7, status: 'in_progress' }] },
    });
    const running = s.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate\n${PLAN}`),
      inputs: SLOW,
      timeoutMs: 120_000,
      // The main step of workflow run RUN_ID: cancelling the run signals it as GitHub's runner does.
      onSpawn: (pid) => s.github.attachStep(RUN_ID, pid),
    });
    await waitFor(
      () =>
        /✅ completed/.test(s.github.comments[0]?.body ?? '') &&
        /api: Build API.*running/.test(s.github.comments[0]?.body ?? ''),
      60_000,
    );
    const planId = planIdOf(s.github)!;
    expect(planId).toBeTruthy();

    // From another runner (the control job does not wait behind the run).
    const control = await freshRunner(s, true);
    const cancel = await control.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate cancel ${planId}`),
      env: { GITHUB_RUN_ID: String(CONTROL) },
    });
    expect(cancel.code, output(cancel)).toBe(0);
    expect(s.github.cancelled).toEqual([RUN_ID]);
    const reply = s.github.comments.at(-1)!;
    expect(reply.body).toContain(
      `Asked GitHub to cancel the [workflow run ${RUN_ID}](${REPO}/actions/runs/${RUN_ID}), which runs plan \`${planId}\`.`,
    );
    expect(cancel.outputs['comment-url']).toBe(reply.html_url);

    // The run ends on its own within the runner's SIGINT grace, cancelled, and says so.
    expect(await s.github.cancelEnds.get(RUN_ID)).toBe('after-sigint');
    const run = await running;
    expect(run.outputs.status).toBe('cancelled');
    expect(run.stdout).toContain('Received SIGINT: cancelling the run and stopping its workers.');
    const status = s.github.comments[0]!.body;
    expect(status).toContain('Orchestrate: cancelled');
    expect(status).toContain(
      `The run was cancelled. \`/orchestrate retry ${planId}\` runs again what did not complete`,
    );
    expect(status).toMatch(/\| api: Build API \| backend \| `omo-worker-backend` \| 🚫 cancelled \|/);
    const results = run.outputs['results-dir']!;
    expect(JSON.parse(readFileSync(path.join(results, 'status.json'), 'utf8')).plan.status).toBe('cancelled');
    // Its completed work is on the plan's own branch; no pull request for a cancelled run.
    const branch = `orchestrate/1-${planId}`;
    expect(lines(s.remote.readFile(branch, 'runs-page.txt'))).toEqual(['page']);
    expect(s.remote.readFile(branch, 'frontend.txt')).toBe('frontend\n');
    expect(s.github.createdPullRequests).toEqual([]);
    expect(status).toContain(
      `Pushed [\`${branch}\`](${REPO}/tree/${branch}); the run was cancelled, so no pull request was opened.`,
    );

    // The post step, as GitHub runs it after a cancelled step: nothing left behind, never a failure.
    const post = await s.run({ event: 'issue_comment', payload: {}, env: postEnv(run.state) });
    expect(post.code, output(post)).toBe(0);

    // A retry on yet another runner finishes the plan from the cancelled run's branch: `page` is not run again.
    s.remote.commit(branch, { 'fix.txt': 'fixed\n' }, 'No more waiting');
    publishArtifact(s, results, planId, 72, RUN_ID);
    const retry = await (
      await freshRunner(s)
    ).run({
      event: 'issue_comment',
      payload: comment(`/orchestrate retry ${planId}`),
      inputs: SLOW,
      env: { GITHUB_RUN_ID: '4444' },
    });
    expect(retry.code, output(retry)).toBe(0);
    expect(retry.outputs.status).toBe('completed');
    expect(lines(s.remote.readFile(branch, 'runs-page.txt'))).toEqual(['page']);
    expect(s.remote.files(branch)).toEqual(
      expect.arrayContaining(['backend.txt', 'testing.txt', 'frontend.txt']),
    );
    expect(s.github.createdPullRequests).toHaveLength(1);
    expect(s.github.comments[0]!.body).toContain('Orchestrate: completed');
  }, 300_000);

  it('a step killed before it could report: the post step finishes the status comment; a retry on that runner finishes the plan', async () => {
    const s = await start();
    let pid = 0;
    const running = s.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate\n${PLAN}`),
      inputs: SLOW,
      timeoutMs: 120_000,
      onSpawn: (p) => (pid = p),
    });
    const body = () => s.github.comments[0]?.body ?? '';
    await waitFor(() => /✅ completed/.test(body()) && /api: Build API.*running/.test(body()), 60_000);
    const planId = planIdOf(s.github)!;
    // Past the runner's grace: the step is killed outright, its workers left running.
    process.kill(pid, 'SIGKILL');
    const killed = await running;
    expect(killed.code).toBeNull();
    expect(body()).toContain('Orchestrate: executing');

    const post = await s.run({ event: 'issue_comment', payload: {}, env: postEnv(killed.state) });
    expect(post.code, output(post)).toBe(0);
    expect(post.stdout).toContain(`Plan ${planId} ended interrupted without a report from the main step.`);
    expect(body()).toContain('Orchestrate: interrupted');
    expect(body()).toContain('The workflow run stopped before this run could finish its report');
    expect(body()).toContain(`\`/orchestrate retry ${planId}\` runs again what did not complete.`);
    expect(body()).toMatch(/\| page: Build page \| frontend \| `omo-worker-frontend` \| ✅ completed \|/);
    expect(body()).toMatch(/\| api: Build API \| backend \| `omo-worker-backend` \| 🚫 cancelled \|/);

    // The same runner still has the plan's files and worker branches: nothing was pushed, so the retry starts
    // from them, and `page` keeps its work without running again.
    const retry = await s.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate retry ${planId}`),
      inputs: { ...SLOW, 'agent-command': SLOW['agent-command'].replace('sleep 120', 'true') },
    });
    expect(retry.code, output(retry)).toBe(0);
    expect(retry.outputs.status).toBe('completed');
    const branch = `orchestrate/1-${planId}`;
    expect(lines(s.remote.readFile(branch, 'runs-page.txt'))).toEqual(['page']);
    expect(s.remote.files(branch)).toEqual(
      expect.arrayContaining(['frontend.txt', 'backend.txt', 'testing.txt']),
    );
    expect(body()).toContain('Orchestrate: completed');
  }, 300_000);

  it('answers a plan it cannot find, and one whose run has ended, cancelling nothing', async () => {
    const s = await start({
      github: { workflowRuns: [{ id: RUN_ID, workflow_id: 7, status: 'completed', conclusion: 'success' }] },
    });
    const done = await s.run({
      event: 'issue_comment',
      payload: comment('/orchestrate frontend:Build page'),
      inputs: AGENT,
    });
    expect(done.code, output(done)).toBe(0);
    const planId = done.outputs['plan-id']!;
    const control = await freshRunner(s, true);

    const ended = await control.run({
      event: 'issue_comment',
      payload: comment(`/orchestrate cancel ${planId}`),
      env: { GITHUB_RUN_ID: '5252' },
    });
    expect(ended.code, output(ended)).toBe(0);
    expect(s.github.comments.at(-1)?.body).toContain(
      `Plan \`${planId}\` is not running: its [workflow run ${RUN_ID}](${REPO}/actions/runs/${RUN_ID}) has ended (success).`,
    );

    const unknown = await control.run({
      event: 'issue_comment',
      payload: comment('/orchestrate cancel deadbeef'),
      env: { GITHUB_RUN_ID: '5252' },
    });
    expect(unknown.code, output(unknown)).toBe(0);
    expect(s.github.comments.at(-1)?.body).toContain('Plan `deadbeef` not found');
    expect(s.github.comments.at(-1)?.body).toContain('Nothing was cancelled.');
    // The repository's recent comments were searched too, newest first.
    expect(s.github.callsTo('GET', /\/issues\/comments$/).at(-1)?.query).toMatchObject({
      sort: 'updated',
      direction: 'desc',
    });
    expect(s.github.cancelled).toEqual([]);
  }, 120_000);
});

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}
