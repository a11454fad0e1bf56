/**
 * The workers' work delivered by the action's bundle, run as a runner runs it (run-bundle.ts): pushed over
 * real HTTP to a real git remote from a checkout made as actions/checkout makes one, and proposed through the
 * fake GitHub API (checked against GitHub's OpenAPI description). Local runtime, sandbox on, command agent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FakeGitHubOptions } from '../support/fake-github.js';
import type { GitRemote, GitRemoteOptions } from '../support/git-remote.js';
import { opencodeTestEnv, startFakeModelServer } from '../support/fake-model-server.js';
import { issueComment, pullRequest, reviewComment } from './payloads.js';
import { repoOnRemote, type RepoOnRemote } from './repo-on-remote.js';
import { bundlePath, RUN_ID } from './run-bundle.js';

const REQUEST = 'frontend:Build page | backend:Build API';
/** Each worker writes a file named after its domain. */
const WRITES = {
  agent: 'command',
  'agent-command':
    'printf "%s\\n" "$ORCH_TASK_DOMAIN" > "$ORCH_TASK_DOMAIN.txt"; echo "done: $ORCH_TASK_DESCRIPTION"',
};
const REPO = 'https://github.com/Codertocat/Hello-World';
const RUN_URL = `${REPO}/actions/runs/${RUN_ID}`;

let setup: RepoOnRemote | undefined;

async function start(
  options: {
    remote?: GitRemoteOptions;
    github?: FakeGitHubOptions | ((r: GitRemote) => FakeGitHubOptions);
  } = {},
): Promise<RepoOnRemote> {
  setup = await repoOnRemote(options);
  return setup;
}

beforeAll(() => {
  bundlePath();
}, 300_000);

afterEach(async () => {
  const s = setup;
  setup = undefined;
  await s?.close();
  // Every call the action made, and every answer of the fake, must fit GitHub's OpenAPI description.
  s?.github.assertNoViolations();
});

const output = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;
const lastComment = (s: RepoOnRemote) => s.github.comments.at(-1)?.body ?? '';
const runs = (s: RepoOnRemote) => {
  const dir = path.join(s.box.workspace, 'runs');
  return existsSync(dir) ? readdirSync(dir) : [];
};

describe('a command on an issue', () => {
  it('pushes orchestrate/<issue>-<planId> with every worker’s files and opens a draft pull request that closes the issue', async () => {
    const s = await start();
    const mainBefore = s.remote.sha('main');
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    const planId = run.outputs['plan-id']!;
    const branch = `orchestrate/1-${planId}`;

    // On the remote: the new branch with both workers' files, main untouched.
    expect(s.remote.branches()).toEqual(['main', branch]);
    expect(s.remote.files(branch)).toEqual(['README.md', 'backend.txt', 'frontend.txt', 'shared.txt']);
    expect(s.remote.readFile(branch, 'frontend.txt')).toBe('frontend\n');
    expect(s.remote.sha('main')).toBe(mainBefore);
    expect(s.remote.log(branch).map((c) => c.sha)).toContain(mainBefore);

    // One draft pull request, from that branch against the branch the run started from.
    expect(s.github.createdPullRequests).toHaveLength(1);
    const pr = s.github.createdPullRequests[0]!;
    expect(pr).toMatchObject({
      title: REQUEST,
      draft: true,
      head: { ref: branch, sha: s.remote.sha(branch) },
      base: { ref: 'main' },
    });
    expect(pr.body).toContain('Closes #1');
    expect(pr.body).toContain(`plan \`${planId}\``);
    expect(pr.body).toContain(`[workflow run](${RUN_URL})`);
    expect(pr.body).toContain(`[status comment](${s.github.comments[0]!.html_url})`);
    expect(pr.body).toMatch(/\| t1: Build page \| frontend \| `omo-worker-frontend` \| ✅ completed \|/);
    expect(pr.body).toContain('## Summary');
    expect(pr.body).toContain('done: Build API');

    // The status comment says what happened and links the branch, the pull request and the run.
    const comment = lastComment(s);
    expect(comment).toContain(
      `Pushed [\`${branch}\`](${REPO}/tree/${branch}) and opened draft pull request [#${pr.number}](${pr.html_url}).`,
    );
    expect(comment).toContain(`branch [\`${branch}\`](${REPO}/tree/${branch})`);
    expect(comment).toContain(`pull request [#${pr.number}](${pr.html_url})`);
    expect(comment).toContain(`[workflow run](${RUN_URL})`);

    // Outputs; the command agent reports no usage.
    expect(run.outputs).toMatchObject({
      status: 'completed',
      branch,
      'pull-request-url': pr.html_url,
      tokens: '',
      'cost-usd': '',
    });
    expect(run.summary).toContain('**Delivery**');
    expect(run.summary).toContain(`opened draft pull request [#${pr.number}]`);

    // The checkout itself is where actions/checkout left it.
    expect((await s.checkout.git('rev-parse', 'HEAD')).trim()).toBe(mainBefore);
    expect((await s.checkout.git('status', '--porcelain')).trim()).toBe('');
  });

  it('opens a ready pull request when GitHub refuses drafts (422), and says so', async () => {
    const s = await start({ github: { draftPullRequests: false } });
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    const creates = s.github.callsTo('POST', /\/pulls$/);
    expect(creates.map((c) => [c.status, (c.body as { draft?: boolean }).draft])).toEqual([
      [422, true],
      [201, false],
    ]);
    const pr = s.github.createdPullRequests[0]!;
    expect(pr.draft).toBe(false);
    expect(lastComment(s)).toContain(
      `opened pull request [#${pr.number}](${pr.html_url}) ready for review: GitHub refused a draft ` +
        '(Draft pull requests are not supported in this repository).',
    );
    expect(run.outputs['pull-request-url']).toBe(pr.html_url);
  });

  it('keeps the pushed branch and gives a compare link when Actions may not open pull requests (403)', async () => {
    const s = await start({ github: { actionsCanCreatePullRequests: false } });
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    const branch = `orchestrate/1-${run.outputs['plan-id']}`;
    expect(s.remote.files(branch)).toContain('backend.txt');
    expect(s.github.callsTo('POST', /\/pulls$/).map((c) => c.status)).toEqual([403]);
    expect(s.github.createdPullRequests).toEqual([]);
    const compare =
      `${REPO}/compare/main...${branch}?expand=1&title=frontend%3ABuild+page+%7C+backend%3ABuild+API` +
      '&body=Closes+%231';
    const comment = lastComment(s);
    expect(comment).toContain(
      'but GitHub did not let this workflow open a pull request (GitHub Actions is not permitted to create ' +
        'or approve pull requests)',
    );
    expect(comment).toContain(`[Open a pull request](${compare})`);
    expect(run.outputs).toMatchObject({ branch, 'pull-request-url': '' });
    expect(run.stdout).toContain('::warning::could not open a pull request');
  });

  it('pushes nothing and opens nothing when no file changed, and says so', async () => {
    const s = await start();
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: { agent: 'command', 'agent-command': 'echo looked around' },
    });
    expect(run.code, output(run)).toBe(0);
    expect(s.remote.branches()).toEqual(['main']);
    expect(s.remote.pushes).toEqual([]);
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
    expect(lastComment(s)).toContain('No file changed: no branch was pushed and no pull request opened.');
    expect(run.outputs).toMatchObject({ status: 'completed', branch: '', 'pull-request-url': '' });
  });

  it('reports a conflict by file and worker, with the conflicting worker’s branch pushed beside', async () => {
    const s = await start();
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: {
        agent: 'command',
        // Branches merge in the order their work finished: backend finishes later, so it is the one that conflicts.
        'agent-command':
          'if [ "$ORCH_TASK_DOMAIN" = backend ]; then sleep 1; fi; echo "$ORCH_TASK_DOMAIN wrote this" > shared.txt; echo done',
      },
    });
    expect(run.code, output(run)).toBe(0);
    const branch = `orchestrate/1-${run.outputs['plan-id']}`;
    expect(s.remote.branches()).toEqual(['main', branch, `${branch}-backend`]);
    expect(s.remote.readFile(branch, 'shared.txt')).toBe('frontend wrote this\n');
    expect(s.remote.readFile(`${branch}-backend`, 'shared.txt')).toBe('backend wrote this\n');
    const conflict =
      'Merge conflict in `shared.txt` (work of `omo-worker-backend`): that work is not in the integration ' +
      `branch; it is pushed as [\`${branch}-backend\`](${REPO}/tree/${branch}-backend).`;
    expect(lastComment(s)).toContain(conflict);
    const pr = s.github.createdPullRequests[0]!;
    expect(pr.body).toContain(`## Conflicts\n\n- ${conflict}`);
  });

  it('keeps every result when the remote rejects the push, and names the reason', async () => {
    const s = await start();
    s.remote.rejectPushes('GH006: Protected branch update failed: orchestrate/* branches are protected.');
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: WRITES,
    });
    // The subtasks decide the step; the push failure is a warning and a line in the comment.
    expect(run.code, output(run)).toBe(0);
    const planId = run.outputs['plan-id']!;
    const branch = `orchestrate/1-${planId}`;
    expect(s.remote.branches()).toEqual(['main']);
    expect(s.remote.pushes.map((p) => p.accepted)).toEqual([false]);
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
    const comment = lastComment(s);
    expect(comment).toMatch(
      new RegExp(`⚠️ Could not push \`${branch}\` to \`origin\`: .*GH006: Protected branch update failed`),
    );
    expect(comment).toContain("Every result is kept in the job summary and the run's artifact.");
    expect(comment).toContain('done: Build page');
    expect(run.stdout).toMatch(/::warning::could not push orchestrate\/1-/);
    expect(run.summary).toContain('done: Build API');
    expect(run.summary).toContain('GH006: Protected branch update failed');
    expect(run.outputs).toMatchObject({ status: 'completed', branch: '', 'pull-request-url': '' });
    expect(readFileSync(path.join(run.outputs['results-dir']!, 'summary.md'), 'utf8')).toContain(
      'done: Build API',
    );
  });

  it('with pull-request: none, pushes the branch and links the compare page instead', async () => {
    const s = await start();
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}` }),
      inputs: { ...WRITES, 'pull-request': 'none' },
    });
    expect(run.code, output(run)).toBe(0);
    const branch = `orchestrate/1-${run.outputs['plan-id']}`;
    expect(s.remote.branches()).toEqual(['main', branch]);
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
    expect(lastComment(s)).toContain(
      'no pull request was opened (`pull-request: none`). [Open a pull request](',
    );
  });
});

describe('usage', () => {
  it('shows the tokens and cost OpenCode reports, per subtask and in total, and sets the outputs', async () => {
    const model = await startFakeModelServer();
    try {
      const s = await start();
      // $1000 / $2000 per million tokens; two model steps (the bash call, then the answer) of 3000 in / 200 out.
      // (No `|` in the request: it would split it into two tasks.)
      const env = opencodeTestEnv(model.url, path.join(s.box.dir, 'oc'), {
        cost: { input: 1000, output: 2000 },
      });
      const run = await s.run({
        event: 'issue_comment',
        payload: issueComment({
          body: '/orchestrate documentation:Write the notes [[bash: printf hello > notes.md]] [[tokens: 3000/200]]',
        }),
        inputs: { runtime: 'local', agent: 'opencode', model: 'fake/fake-model', planner: 'keyword' },
        env: { ...env, HOME: s.box.env.HOME },
        timeoutMs: 180_000,
      });
      expect(run.code, output(run)).toBe(0);
      expect(run.outputs.tokens).toBe('6400');
      expect(Number(run.outputs['cost-usd'])).toBeCloseTo(6.8, 6);
      const branch = run.outputs.branch!;
      expect(s.remote.readFile(branch, 'notes.md')).toBe('hello');
      const row = /\| t1: Write the notes .* \| ✅ completed \| [^|]+ \| 6,400 \| \$6\.80 \|/;
      expect(lastComment(s)).toMatch(row);
      expect(lastComment(s)).toContain('**Usage:** 6,400 tokens · $6.80');
      const pr = s.github.createdPullRequests[0]!;
      expect(pr.body).toMatch(row);
      expect(pr.body).toContain('**Usage:** 6,400 tokens · $6.80');
    } finally {
      await model.close();
    }
  }, 200_000);
});

describe('a command on a pull request', () => {
  const seedFeature = (r: GitRemote, state: 'open' | 'closed' = 'open'): FakeGitHubOptions => ({
    pullRequests: [
      { number: 1, title: 'Add a feature', state, head: { ref: 'feature', sha: r.sha('feature') } },
    ],
  });

  it('of this repository: runs from its head and pushes the commits there, opening no pull request', async () => {
    const s = await start({
      remote: { branches: { feature: { 'feature.txt': 'feature\n' } } },
      github: (r) => seedFeature(r),
    });
    const headBefore = s.remote.sha('feature')!;
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}`, onPullRequest: true }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    expect(run.stdout).toContain(
      `Checked out feature at ${headBefore.slice(0, 12)}, the head of pull request #1`,
    );

    // A fast-forward of the head branch: its old commit below the workers' work, its own file kept.
    const headAfter = s.remote.sha('feature')!;
    expect(headAfter).not.toBe(headBefore);
    expect(s.remote.log('feature').map((c) => c.sha)).toContain(headBefore);
    expect(s.remote.files('feature')).toEqual([
      'README.md',
      'backend.txt',
      'feature.txt',
      'frontend.txt',
      'shared.txt',
    ]);
    expect(s.remote.pushes).toEqual([
      { accepted: true, updates: [{ ref: 'refs/heads/feature', old: headBefore, new: headAfter }] },
    ]);
    expect(s.remote.branches()).toEqual(['feature', 'main']);

    // No new pull request; the comment and the outputs name the one the work went to.
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
    const pr = s.github.pullRequests[0]!;
    expect(lastComment(s)).toContain(
      `Pushed the workers' commits to [\`feature\`](${REPO}/tree/feature), the head branch of [#1](${pr.html_url}) (now at \`${headAfter.slice(0, 12)}\`).`,
    );
    expect(run.outputs).toMatchObject({ branch: 'feature', 'pull-request-url': pr.html_url });

    // The checkout follows the branch, so later steps (and the next run of a batch) see the work.
    expect((await s.checkout.git('rev-parse', 'HEAD')).trim()).toBe(headAfter);
    expect((await s.checkout.git('symbolic-ref', '--short', 'HEAD')).trim()).toBe('feature');
  });

  it('a follow-up command on the pull request a run opened adds commits to that pull request’s branch', async () => {
    const s = await start();
    const first = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate frontend:Build page' }),
      inputs: WRITES,
    });
    expect(first.code, output(first)).toBe(0);
    const branch = first.outputs.branch!;
    const opened = s.github.createdPullRequests[0]!;
    const before = s.remote.sha(branch)!;

    const followUp = issueComment({ body: '/orchestrate backend:Build API', onPullRequest: true });
    (followUp.issue as { number: number }).number = opened.number;
    const second = await s.run({ event: 'issue_comment', payload: followUp, inputs: WRITES });
    expect(second.code, output(second)).toBe(0);
    expect(s.remote.log(branch).map((c) => c.sha)).toContain(before);
    expect(s.remote.files(branch)).toEqual(['README.md', 'backend.txt', 'frontend.txt', 'shared.txt']);
    expect(s.remote.branches()).toEqual(['main', branch]);
    expect(s.github.createdPullRequests).toHaveLength(1);
    expect(second.outputs).toMatchObject({ branch, 'pull-request-url': opened.html_url });
    expect(lastComment(s)).toContain(`the head branch of [#${opened.number}](${opened.html_url})`);
  });

  it('when its branch refuses the push, pushes the work beside it and links the way to propose it', async () => {
    const s = await start({
      remote: { branches: { feature: { 'feature.txt': 'feature\n' } } },
      github: (r) => seedFeature(r),
    });
    s.remote.rejectPushes('GH006: Protected branch update failed for refs/heads/feature.', [
      'refs/heads/feature',
    ]);
    const headBefore = s.remote.sha('feature');
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}`, onPullRequest: true }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    const aside = `orchestrate/1-${run.outputs['plan-id']}`;
    expect(s.remote.sha('feature')).toBe(headBefore);
    expect(s.remote.branches()).toEqual(['feature', 'main', aside]);
    expect(s.remote.files(aside)).toContain('frontend.txt');
    expect(s.remote.log(aside).map((c) => c.sha)).toContain(headBefore);
    expect(lastComment(s)).toMatch(
      new RegExp(
        `⚠️ Could not push \`feature\` to \`origin\`: .*GH006: Protected branch update failed.*\\. ` +
          `The work is pushed as \\[\`${aside}\`\\]\\(${REPO}/tree/${aside}\\) instead: ` +
          `\\[propose it to \`feature\`\\]\\(${REPO}/compare/feature\\.\\.\\.${aside}\\?expand=1\\)\\.`,
      ),
    );
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
    expect(run.outputs).toMatchObject({ branch: aside, 'pull-request-url': '' });
  });

  it('answers review comments the same way: reaction on the pulls endpoint, commits on the head', async () => {
    // The review comment example is on pull request #2, whose head is `changes`.
    const s = await start({
      remote: { branches: { changes: { 'changes.txt': 'changes\n' } } },
      github: (r) => ({
        pullRequests: [{ number: 2, head: { ref: 'changes', sha: r.sha('changes') } }],
      }),
    });
    const run = await s.run({
      event: 'pull_request_review_comment',
      payload: reviewComment({ body: '/orchestrate documentation:Write docs' }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    expect(s.github.reactions[0]).toMatchObject({ kind: 'review', content: 'eyes' });
    expect(s.github.comments.map((c) => c.issueNumber)).toEqual([2]);
    expect(s.remote.files('changes')).toEqual([
      'README.md',
      'changes.txt',
      'documentation.txt',
      'shared.txt',
    ]);
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
  });

  it('from a fork: refuses with the reason, fetching and running nothing', async () => {
    const s = await start({
      github: { pullRequests: [{ number: 1, head: { ref: 'feature', repo: 'forker/Hello-World' } }] },
    });
    const requestsBefore = s.remote.requests.length;
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}`, onPullRequest: true }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    expect(run.stdout).toContain('::notice::Not running: Pull request #1 comes from the fork');
    expect(lastComment(s)).toContain(
      'Pull request #1 comes from the fork `forker/Hello-World`: nothing of it is checked out or run here.',
    );
    // Not a single request reached the git server: nothing fetched, nothing pushed.
    expect(s.remote.requests.slice(requestsBefore)).toEqual([]);
    expect(runs(s)).toEqual([]);
    expect(s.github.callsTo('POST', /\/pulls$/)).toEqual([]);
    expect(run.outputs['plan-id']).toBeUndefined();
  });

  it('that is closed: refuses with the reason', async () => {
    const s = await start({
      remote: { branches: { feature: { 'feature.txt': 'feature\n' } } },
      github: (r) => seedFeature(r, 'closed'),
    });
    const run = await s.run({
      event: 'issue_comment',
      payload: issueComment({ body: `/orchestrate ${REQUEST}`, onPullRequest: true }),
      inputs: WRITES,
    });
    expect(run.code, output(run)).toBe(0);
    expect(lastComment(s)).toContain('Pull request #1 is closed: nothing is run on it.');
    expect(runs(s)).toEqual([]);
    expect(s.remote.pushes).toEqual([]);
  });

  it('on a pull_request event with the API down for good: the payload names the head, the work is pushed, the results kept', async () => {
    // A workflow running the tasks input on each opened pull request (the example payload: #2, head `changes`).
    const s = await start({ remote: { branches: { changes: { 'changes.txt': 'changes\n' } } } });
    s.github.fail({ kind: 'server' });
    const headBefore = s.remote.sha('changes')!;
    const run = await s.run({
      event: 'pull_request',
      payload: pullRequest(),
      inputs: { ...WRITES, tasks: REQUEST },
    });
    expect(run.code, output(run)).toBe(0);
    expect(run.stdout).toMatch(/::warning::GitHub API: reading pull request #2 failed/);
    expect(run.stdout).toContain('The GitHub API looks unreachable');
    // The first call is retried (1 + 3 retries); once the API looks down no further call is made.
    expect(s.github.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual(
      Array(4).fill('GET /repos/Codertocat/Hello-World/pulls/2 500'),
    );
    // Git does not need the API: the commits are on the head branch all the same.
    expect(s.remote.log('changes').map((c) => c.sha)).toContain(headBefore);
    expect(s.remote.files('changes')).toContain('frontend.txt');
    expect(run.outputs).toMatchObject({ status: 'completed', 'comment-url': '', branch: 'changes' });
    expect(run.summary).toContain('done: Build API');
    expect(run.summary).toContain("Pushed the workers' commits to");
    expect(run.summary).toContain('GitHub API calls failed');
  });
});
