/**
 * The action's bundle, run as a runner runs it (see run-bundle.ts), against the fake GitHub API, with the
 * local runtime and the command agent: real processes, real run files, real HTTP.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';
import { issueComment, reviewComment, schedule, workflowDispatch } from './payloads.js';
import { bundlePath, postEnv, RUN_ID, runAction, sandbox, type Sandbox } from './run-bundle.js';

const ECHO = 'echo "done: $ORCH_TASK_DESCRIPTION"';
const command = { agent: 'command', 'agent-command': ECHO };
const REQUEST = 'Build login UI, Create JWT API, Write tests';
/** The comment id of the issue_comment example payload. */
const COMMENT_ID = (issueComment({ body: '' }).comment as { id: number }).id;

const hasZip = spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;

let fake: FakeGitHub | undefined;
const boxes: Sandbox[] = [];

function box(files?: Record<string, string>): Sandbox {
  const b = sandbox(files);
  boxes.push(b);
  return b;
}

async function github(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  fake = await FakeGitHub.start({ permissions: { Codertocat: 'write', reader: 'read' }, ...options });
  return fake;
}

const runsIn = (b: Sandbox) =>
  existsSync(path.join(b.workspace, 'runs')) ? readdirSync(path.join(b.workspace, 'runs')) : [];

beforeAll(() => {
  bundlePath(); // build once up front when dist/ is missing
}, 300_000);

afterEach(async () => {
  const gh = fake;
  fake = undefined;
  await gh?.close();
  // Every call the action made, and every answer of the fake, must fit GitHub's OpenAPI description.
  gh?.assertNoViolations();
});

afterAll(() => {
  for (const b of boxes) rmSync(b.dir, { recursive: true, force: true });
});

describe('comment flow', () => {
  it('reacts, posts a live status comment, finishes it with the summary, and reports', async () => {
    const gh = await github();
    const b = box();
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: command,
      apiUrl: gh.url,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);

    // 👀 first, then the permission check.
    expect(gh.calls[0]).toMatchObject({
      method: 'POST',
      path: `/repos/Codertocat/Hello-World/issues/comments/${COMMENT_ID}/reactions`,
    });
    expect(gh.reactions).toEqual([{ commentId: COMMENT_ID, kind: 'issue', content: 'eyes' }]);
    expect(gh.callsTo('GET', /\/collaborators\/Codertocat\/permission$/)).toHaveLength(1);

    // One status comment, created with the run link, edited in place, ending with the summary.
    expect(gh.comments).toHaveLength(1);
    const comment = gh.comments[0]!;
    expect(comment.issueNumber).toBe(1);
    expect(comment.history[0]).toContain(
      `[workflow run](https://github.com/Codertocat/Hello-World/actions/runs/${RUN_ID})`,
    );
    expect(comment.history.length).toBeGreaterThanOrEqual(2);
    expect(gh.callsTo('PATCH', /\/issues\/comments\/\d+$/).length).toBe(comment.history.length - 1);
    expect(comment.body).toContain('Orchestrate: completed');
    expect(comment.body).toMatch(
      /\| t1: Build login UI \| frontend \| `omo-worker-frontend` \| ✅ completed \|/,
    );
    expect(comment.body).toContain('done: Create JWT API');

    // Outputs, run files, job summary.
    const planId = run.outputs['plan-id']!;
    expect(planId).toMatch(/^\S+$/);
    expect(run.outputs.status).toBe('completed');
    expect(run.outputs['comment-url']).toBe(comment.html_url);
    expect(run.outputs.summary).toContain('done: Write tests');
    expect(run.outputs['results-dir']).toBe(path.join(b.workspace, 'runs', planId));
    expect(readdirSync(run.outputs['results-dir']!)).toEqual(
      expect.arrayContaining(['plan.json', 'event_log.jsonl', 'summary.md']),
    );
    expect(run.summary).toContain(`Plan ${planId}: completed`);
    expect(run.summary).toContain('done: Build login UI');
    expect(run.stdout).toContain('Artifact service not available');

    // The post step finds nothing left behind and never fails.
    expect(JSON.parse(run.state.planIds ?? '[]')).toEqual([planId]);
    const post = await runAction(b, { event: 'issue_comment', payload: {}, env: postEnv(run.state) });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(`Nothing left behind by ${planId}`);
  });

  it('refuses a read-only user with a reply and no run', async () => {
    const gh = await github();
    const b = box();
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}`, login: 'reader' }),
      inputs: command,
      apiUrl: gh.url,
    });
    expect(run.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain(
      '@reader has read access to this repository; write access is needed',
    );
    expect(runsIn(b)).toEqual([]);
    expect(run.outputs['plan-id']).toBeUndefined();
  });

  it('refuses bots unless listed in allowed-bots', async () => {
    const gh = await github();
    const b = box();
    const payload = issueComment({ body: '/orchestrate Write docs', login: 'helper[bot]', type: 'Bot' });
    const refused = await runAction(b, { event: 'issue_comment', payload, inputs: command, apiUrl: gh.url });
    expect(refused.code).toBe(0);
    expect(gh.comments[0]!.body).toContain("Bots may not trigger runs unless listed in 'allowed-bots'");
    expect(gh.callsTo('GET', /permission$/)).toHaveLength(0);
    expect(runsIn(b)).toEqual([]);

    const allowed = await runAction(b, {
      event: 'issue_comment',
      payload,
      inputs: { ...command, 'allowed-bots': 'helper[bot]' },
      apiUrl: gh.url,
    });
    expect(allowed.code, allowed.stdout + allowed.stderr).toBe(0);
    expect(runsIn(b)).toHaveLength(1);
  });

  it('ignores other comments and edits without a single API call', async () => {
    const gh = await github();
    const b = box();
    for (const payload of [
      issueComment({ body: 'LGTM, thanks!' }),
      issueComment({ body: '/orchestrate Build it', action: 'edited' }),
      reviewComment({ body: 'nit: rename this' }),
    ]) {
      const run = await runAction(b, {
        event: 'issue_comment',
        payload,
        inputs: { ...command, concurrency: 'abc' }, // not even a bad input is reported for them
        apiUrl: gh.url,
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Nothing to do');
    }
    expect(gh.calls).toEqual([]);
    expect(runsIn(b)).toEqual([]);
  });

  it('reports an invalid request in the status comment and fails the step', async () => {
    const gh = await github();
    const run = await runAction(box(), {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate "Build UI (id: ui) (depends_on: ui)"' }),
      inputs: command,
      apiUrl: gh.url,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*depends on itself/);
    expect(gh.comments[0]!.body).toMatch(/Orchestrate: failed[\s\S]*depends on itself/);
  });
});

describe('batch and task inputs', () => {
  it('runs each plan file matching the plan-file glob on workflow_dispatch', async () => {
    const b = box({
      'plans/auth.md': '# Auth\n- Build login UI\n- Create JWT API\n',
      'plans/docs.md': '# Docs\n- Write the README guide\n',
      'notes/other.md': '- Not a plan of this batch\n',
    });
    const run = await runAction(b, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { ...command, 'plan-file': 'plans/*.md' },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const planIds = run.outputs['plan-id']!.split('\n');
    expect(planIds).toHaveLength(2);
    expect(runsIn(b).sort()).toEqual([...planIds].sort());
    expect(run.outputs.status).toBe('completed');
    expect(run.outputs.summary).toContain('done: Build login UI');
    expect(run.outputs.summary).toContain('done: Write the README guide');
    expect(run.summary).toContain('Plan file: `plans/auth.md`');
    expect(run.summary).toContain('Plan file: `plans/docs.md`');
  });

  it('says so when the glob matches nothing', async () => {
    const run = await runAction(box(), {
      event: 'schedule',
      payload: schedule(),
      inputs: { ...command, 'plan-file': 'plans/*.md' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::No plan file matches 'plans/*.md'");
  });

  it('fails the step naming the subtasks that did not complete', async () => {
    const run = await runAction(box(), {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: {
        tasks: 'frontend:Build page | backend:please fail',
        agent: 'command',
        'agent-command': 'case "$ORCH_TASK_DESCRIPTION" in *fail*) echo broken >&2; exit 3;; esac; echo ok',
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.status).toBe('failed');
    expect(run.stdout).toMatch(/::error::1 subtask\(s\) did not complete: t2 \(failed\)/);
    expect(run.summary).toContain('❌ failed');
  });

  it('refuses a bad input value naming it', async () => {
    const run = await runAction(box(), {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { tasks: 'a', concurrency: 'abc' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::Invalid input 'concurrency': 'abc'. Expected a whole number from 1 to 64.",
    );
  });
});

describe('cancellation', () => {
  it('stops the run on SIGTERM, reports it cancelled, and leaves no worker process behind', async () => {
    // A sleep whose own command line is unique (GNU sleep takes fractions), so a survivor would show in pgrep.
    const marker = `sleep 29.${process.pid}${Date.now() % 100_000}`;
    const b = box();
    const run = await runAction(b, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: {
        tasks: 'frontend:Build page | backend:Create API',
        agent: 'command',
        'agent-command': marker,
      },
      signal: { name: 'SIGTERM', afterMs: 2_500 },
    });
    expect(run.stdout).toContain('Received SIGTERM: cancelling the run');
    expect(run.outputs.status).toBe('cancelled');
    expect(run.code).toBe(1);
    expect(run.summary).toContain('cancelled');
    expect(run.durationMs).toBeLessThan(20_000);
    const left = spawnSync('pgrep', ['-f', `^${marker}`], { encoding: 'utf8' }).stdout.trim();
    expect(left, 'worker processes left behind').toBe('');
  });
});

describe('/plan-status and --kill-all', () => {
  it('answers with the status table from the run files, and says when a plan is not found', async () => {
    const b = box();
    const first = await runAction(b, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { ...command, tasks: REQUEST },
    });
    const planId = first.outputs['plan-id']!;
    const gh = await github();
    const found = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: `/plan-status ${planId}` }),
      apiUrl: gh.url,
    });
    expect(found.code, found.stdout + found.stderr).toBe(0);
    expect(gh.comments[0]!.body).toContain(`Plan \`${planId}\`: completed`);
    expect(gh.comments[0]!.body).toContain(
      '| 0 | t1: Build login UI | frontend | ✅ completed | done: Build login UI |',
    );
    expect(found.outputs['comment-url']).toBe(gh.comments[0]!.html_url);

    const missing = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: '/plan-status deadbeef' }),
      apiUrl: gh.url,
    });
    expect(missing.code).toBe(0);
    expect(gh.callsTo('GET', /\/actions\/artifacts$/)[0]?.query).toMatchObject({
      name: 'orchestrate-deadbeef',
    });
    expect(gh.comments[1]!.body).toContain('Plan `deadbeef` not found');
  });

  it.skipIf(!hasZip)("falls back on the run's artifact when the files are not on this runner", async () => {
    const elsewhere = box();
    const first = await runAction(elsewhere, {
      event: 'workflow_dispatch',
      payload: workflowDispatch(),
      inputs: { ...command, tasks: REQUEST },
    });
    const planId = first.outputs['plan-id']!;
    // The artifact as upload-artifact stores it: the run dir's files at the zip's root.
    const zipFile = path.join(elsewhere.dir, 'artifact.zip');
    execFileSync('zip', ['-qr', zipFile, '.'], { cwd: first.outputs['results-dir'] });
    const gh = await github({
      artifacts: [{ id: 55, name: `orchestrate-${planId}`, workflowRunId: 99, zip: readFileSync(zipFile) }],
    });
    const run = await runAction(box(), {
      event: 'issue_comment',
      payload: issueComment({ body: `/plan-status ${planId}` }),
      apiUrl: gh.url,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(gh.callsTo('GET', /\/actions\/artifacts\/55\/zip$/)).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain(`Plan \`${planId}\`: completed`);
    expect(gh.comments[0]!.body).toContain(`_Source: the workflow artifact \`orchestrate-${planId}\`._`);
  });

  it('cancels the other in-progress and queued runs of this workflow only', async () => {
    const gh = await github({
      workflowRuns: [
        { id: RUN_ID, workflow_id: 7, status: 'in_progress' },
        { id: 100, workflow_id: 7, status: 'in_progress' },
        { id: 101, workflow_id: 7, status: 'queued' },
        { id: 102, workflow_id: 8, status: 'in_progress' },
        { id: 103, workflow_id: 7, status: 'completed' },
      ],
    });
    const b = box();
    // killAll stops every omo-worker-* tmux session it sees: give it a private tmux server, never the machine's.
    const tmux = path.join(b.dir, 'tmux');
    mkdirSync(tmux);
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate --kill-all' }),
      apiUrl: gh.url,
      env: { TMUX_TMPDIR: tmux },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(gh.cancelled.sort()).toEqual([100, 101]);
    expect(gh.comments[0]!.body).toContain('Cancelled 2 run(s) of this workflow');
    expect(gh.comments[0]!.body).toContain('No worker was running on this runner.');
  });
});

describe('GitHub API trouble', () => {
  it('retries server errors and rate limits, then carries on as if nothing happened', async () => {
    const gh = await github();
    gh.fail({ method: 'GET', path: /permission$/, kind: 'rate-limit', times: 1 });
    gh.fail({ method: 'POST', path: /\/issues\/1\/comments$/, kind: 'server', status: 502, times: 2 });
    const run = await runAction(box(), {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate Write docs' }),
      inputs: command,
      apiUrl: gh.url,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(gh.callsTo('GET', /permission$/).map((c) => c.status)).toEqual([403, 200]);
    expect(gh.callsTo('POST', /\/issues\/1\/comments$/).map((c) => c.status)).toEqual([502, 502, 201]);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toContain('Orchestrate: completed');
    expect(run.outputs['comment-url']).toBe(gh.comments[0]!.html_url);
  });

  it('refuses to run when the permission cannot be checked', async () => {
    const gh = await github();
    gh.fail({ kind: 'server' });
    const b = box();
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: command,
      apiUrl: gh.url,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::notice::Not running: Could not check the permission of @Codertocat');
    expect(runsIn(b)).toEqual([]);
  });

  it('spaces status comment edits by the throttle interval, always writing the final state', async () => {
    const gh = await github();
    const interval = 1_500;
    const run = await runAction(box(), {
      event: 'issue_comment',
      payload: issueComment({
        body: '/orchestrate frontend:one | backend:two | testing:three | database:four | devops:five',
      }),
      inputs: { agent: 'command', 'agent-command': 'sleep 0.6; echo ok', concurrency: '1' },
      apiUrl: gh.url,
      env: { ORCH_STATUS_MIN_INTERVAL_MS: String(interval) },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const patches = gh.callsTo('PATCH', /\/issues\/comments\/\d+$/);
    const times = patches.map((c) => c.time);
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
    // Ten task events over about 3 s; without the throttle each would be an edit.
    expect(patches.length).toBeGreaterThanOrEqual(2);
    expect(patches.length).toBeLessThanOrEqual(Math.ceil(run.durationMs / interval) + 1);
    expect(patches.length).toBeLessThan(10);
    // Every edit but the final flush waits out the interval (small slack for timers).
    expect(gaps.slice(0, -1).every((gap) => gap >= interval - 50)).toBe(true);
    expect(gh.comments[0]!.body).toContain('5/5 completed');
  });
});
