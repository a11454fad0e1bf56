/**
 * The fake GitHub API itself: it must refuse what GitHub's OpenAPI description refuses, accept what Octokit
 * really sends, and answer the pull-request endpoints as GitHub does. Driven by real Octokit clients: the
 * action's own (createOctokit, with its retry and throttling plugins) and a plain one for the many writes
 * (the throttling plugin spaces writes a second apart).
 */
import { getOctokit } from '@actions/github';
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/action/github.js';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.js';
import { GitHubOpenApi, nullableToJsonSchema } from './github-openapi.js';

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
// Untyped routes, so the tests can send what Octokit's types would not let through.
const CREATE_PULL: string = 'POST /repos/{owner}/{repo}/pulls';
const GET_PULL: string = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
let fake: FakeGitHub | undefined;

async function start(options: FakeGitHubOptions = {}) {
  fake = await FakeGitHub.start(options);
  return { gh: fake, octokit: getOctokit('ghs_test', { baseUrl: fake.url }) };
}

/** The HTTP status and message of a refused Octokit call. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (error) {
    const e = error as { status: number; message: string };
    return { status: e.status, message: e.message };
  }
  throw new Error('the call was not refused');
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('checks against GitHub OpenAPI description', () => {
  it("accepts the action's own calls, answered with bodies that fit GitHub's response schemas", async () => {
    const { gh } = await start({ permissions: { Codertocat: 'maintain' } });
    const o = createOctokit('ghs_test', gh.url, { ORCH_GITHUB_RETRY_BASE_MS: '1' });
    const permission = await o.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' });
    expect(permission.data).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'Codertocat' },
    });
    await o.rest.reactions.createForIssueComment({ ...repo, comment_id: 1, content: 'eyes' });
    const created = await o.rest.issues.createComment({ ...repo, issue_number: 1, body: 'Working on it' });
    expect(created.data.html_url).toBe(
      `https://github.com/Codertocat/Hello-World/issues/1#issuecomment-${created.data.id}`,
    );
    const listed = await o.rest.issues.listComments({ ...repo, issue_number: 1 });
    expect(listed.data.map((c) => c.body)).toEqual(['Working on it']);
    const run = await o.rest.actions.getWorkflowRun({ ...repo, run_id: 42 });
    expect(run.data).toMatchObject({ id: 42, workflow_id: 7, status: 'in_progress' });
    // workflow_id is `integer | string` in the description: a number in the path must match it once.
    await o.rest.actions.listWorkflowRuns({ ...repo, workflow_id: 7, status: 'queued', per_page: 100 });
    await o.rest.actions.listArtifactsForRepo({ ...repo, name: 'orchestrate-x', per_page: 10 });
    expect(gh.calls.map((c) => c.operation)).toEqual([
      'repos/get-collaborator-permission-level',
      'reactions/create-for-issue-comment',
      'issues/create-comment',
      'issues/list-comments',
      'actions/get-workflow-run',
      'actions/list-workflow-runs',
      'actions/list-artifacts-for-repo',
    ]);
    gh.assertNoViolations();
  });

  it('refuses an unknown route or method with a 400 and records it', async () => {
    const { gh, octokit } = await start();
    const unknown = await refusal(octokit.request('GET /repos/{owner}/{repo}/pull-requests', repo));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toContain('GitHub has no route GET /repos/Codertocat/Hello-World/pull-requests');
    const method = await refusal(octokit.request('DELETE /repos/{owner}/{repo}/pulls', repo));
    expect(method.message).toContain(
      'GitHub has no DELETE on /repos/{owner}/{repo}/pulls (it has GET, POST)',
    );
    expect(gh.violations.map((v) => v.kind)).toEqual(['request', 'request']);
    expect(() => gh.assertNoViolations()).toThrow(/2 violation\(s\)[\s\S]*pull-requests/);
  });

  it('refuses a body the operation schema rejects, naming the operation and the error', async () => {
    const { gh, octokit } = await start();
    const bad = await refusal(
      octokit.request(CREATE_PULL, {
        ...repo,
        title: 'T',
        head: 'feature',
        base: 'main',
        draft: 'yes',
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.message).toContain(
      'pulls/create (POST /repos/{owner}/{repo}/pulls): body/draft must be boolean',
    );
    const missing = await refusal(octokit.request(CREATE_PULL, { ...repo, title: 'T', head: 'feature' }));
    expect(missing.message).toContain("body must have required property 'base'");
    // GitHub would silently ignore a misspelt field: the fake refuses it, as it is a bug all the same.
    const typo = await refusal(
      octokit.request(CREATE_PULL, {
        ...repo,
        title: 'T',
        head: 'f',
        base: 'main',
        darft: true,
      }),
    );
    expect(typo.message).toContain("body has property 'darft', which GitHub does not take here");
    expect(gh.pullRequests).toEqual([]);
    expect(gh.violations).toHaveLength(3);
  });

  it('refuses path and query parameters the operation rejects', async () => {
    const { gh, octokit } = await start();
    const path = await refusal(octokit.request(GET_PULL, { ...repo, pull_number: 'latest' }));
    expect(path.message).toContain("the path parameter pull_number must be integer (got 'latest')");
    const query = await refusal(octokit.rest.pulls.list({ ...repo, state: 'merged' as 'open' }));
    expect(query.message).toContain(
      'the query parameter state must be equal to one of the allowed values (open, closed, all)',
    );
    const unknown = await refusal(
      octokit.request('GET /repos/{owner}/{repo}/pulls', { ...repo, branch: 'main' }),
    );
    expect(unknown.message).toContain("it has no query parameter 'branch' (GitHub ignores it)");
    expect(gh.violations).toHaveLength(3);
  });

  it('records a valid call it has no handler for', async () => {
    const { gh, octokit } = await start();
    const missing = await refusal(octokit.rest.issues.listLabelsForRepo(repo));
    expect(missing.status).toBe(404);
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'unimplemented',
        message: expect.stringContaining('issues/list-labels-for-repo'),
      }),
    ]);
  });

  it('records an answer of its own that GitHub would never give', async () => {
    // A seeded pull request in a state GitHub does not have: the fake's answer breaks the response schema.
    const { gh, octokit } = await start({
      pullRequests: [{ number: 3, head: { ref: 'f' }, state: 'merged' as 'open' }],
    });
    await octokit.rest.pulls.get({ ...repo, pull_number: 3 });
    expect(gh.violations).toEqual([
      expect.objectContaining({
        kind: 'response',
        message: expect.stringMatching(
          /^pulls\/get answered 200 with a body GitHub would not send: response\/state/,
        ),
      }),
    ]);
    const api = GitHubOpenApi.load();
    expect(api.checkResponse(api.operation('pulls/create')!, 201, { number: 1 })[0]).toMatch(
      /must have required property/,
    );
    expect(api.checkResponse(api.operation('issues/update-comment')!, 302, undefined)[0]).toContain(
      'a status GitHub does not give there (it gives 200, 422)',
    );
  });

  it('reads OpenAPI 3.0 nullable as JSON Schema', () => {
    const schema = {
      properties: {
        a: { type: 'string', nullable: true },
        b: { type: 'string', nullable: true, enum: ['x'] },
        c: { allOf: [{ $ref: '#/x' }], nullable: true, description: 'd' },
        d: { nullable: true },
      },
    };
    nullableToJsonSchema(schema);
    expect(schema.properties).toEqual({
      a: { type: ['string', 'null'] },
      b: { type: ['string', 'null'], enum: ['x', null] },
      c: { description: 'd', anyOf: [{ type: 'null' }, { allOf: [{ $ref: '#/x' }] }] },
      d: {},
    });
  });
});

describe('pull requests, as GitHub answers them', () => {
  const open = {
    ...repo,
    title: 'Orchestrate: login',
    head: 'orchestrate/1-abc',
    base: 'main',
    body: 'Closes #1',
  };

  it('opens a pull request and records what was asked', async () => {
    const { gh, octokit } = await start({ defaultBranch: 'trunk' });
    const { data: repository } = await octokit.rest.repos.get(repo);
    expect(repository.default_branch).toBe('trunk');
    const { data: pr, headers } = await octokit.rest.pulls.create({ ...open, draft: true });
    expect(pr).toMatchObject({
      number: 100,
      draft: true,
      state: 'open',
      html_url: 'https://github.com/Codertocat/Hello-World/pull/100',
      head: {
        ref: 'orchestrate/1-abc',
        label: 'Codertocat:orchestrate/1-abc',
        repo: { full_name: 'Codertocat/Hello-World' },
      },
      base: { ref: 'main' },
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(headers.location).toBe(`${gh.url}/repos/Codertocat/Hello-World/pulls/100`);
    await octokit.rest.pulls.update({ ...repo, pull_number: 100, body: 'Closes #1\n\nupdated' });
    expect(gh.createdPullRequests).toEqual([
      expect.objectContaining({
        number: 100,
        title: 'Orchestrate: login',
        body: 'Closes #1\n\nupdated',
        draft: true,
        head: expect.objectContaining({ ref: 'orchestrate/1-abc', repo: 'Codertocat/Hello-World' }),
        base: expect.objectContaining({ ref: 'main' }),
        updates: [{ body: 'Closes #1\n\nupdated' }],
      }),
    ]);
    const { data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: 100 });
    expect(issue.pull_request?.html_url).toBe(pr.html_url);
    gh.assertNoViolations();
  });

  it('refuses a draft with 422 where drafts are not supported, and opens it as ready after', async () => {
    const { gh, octokit } = await start({ draftPullRequests: false });
    const refused = await refusal(octokit.rest.pulls.create({ ...open, draft: true }));
    expect(refused).toEqual({
      status: 422,
      message:
        'Draft pull requests are not supported in this repository. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
    });
    const { data } = await octokit.rest.pulls.create(open);
    expect(data.draft).toBe(false);
    expect(gh.createdPullRequests).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('refuses with 403 when Actions may not create pull requests', async () => {
    const { gh, octokit } = await start({ actionsCanCreatePullRequests: false });
    const refused = await refusal(octokit.rest.pulls.create(open));
    expect(refused.status).toBe(403);
    expect(refused.message).toMatch(/^GitHub Actions is not permitted to create or approve pull requests\./);
    expect(gh.createdPullRequests).toEqual([]);
    gh.assertNoViolations();
  });

  it('refuses a second pull request of one head, and branches that do not exist', async () => {
    const branches: Record<string, string> = {
      main: 'a'.repeat(40),
      'orchestrate/1-abc': 'b'.repeat(40),
      same: 'a'.repeat(40),
    };
    const { gh, octokit } = await start({ branchSha: (b) => branches[b] });
    const { data } = await octokit.rest.pulls.create(open);
    expect(data.head.sha).toBe('b'.repeat(40));
    const twice = await refusal(octokit.rest.pulls.create(open));
    expect(twice).toMatchObject({ status: 422 });
    expect(twice.message).toContain('A pull request already exists for Codertocat:orchestrate/1-abc.');
    const noHead = await refusal(octokit.rest.pulls.create({ ...open, head: 'gone' }));
    expect(noHead.message).toContain('"field":"head","code":"invalid"');
    const noBase = await refusal(octokit.rest.pulls.create({ ...open, head: 'same', base: 'develop' }));
    expect(noBase.message).toContain('"field":"base","code":"invalid"');
    const nothing = await refusal(octokit.rest.pulls.create({ ...open, head: 'same' }));
    expect(nothing.message).toContain('No commits between main and same');
    expect(gh.createdPullRequests).toHaveLength(1);
    gh.assertNoViolations();
  });

  it('serves seeded pull requests: same repository, fork, closed; and issues', async () => {
    const { gh, octokit } = await start({
      pullRequests: [
        { number: 2, head: { ref: 'feature', sha: 'c'.repeat(40) }, base: { ref: 'main' } },
        { number: 3, head: { ref: 'patch-1', repo: 'forker/Hello-World' }, user: 'forker' },
        { number: 4, head: { ref: 'old' }, state: 'closed' },
      ],
      issues: [{ number: 1, title: 'Build login' }],
    });
    const { data: same } = await octokit.rest.pulls.get({ ...repo, pull_number: 2 });
    expect(same).toMatchObject({
      state: 'open',
      head: { ref: 'feature', sha: 'c'.repeat(40), repo: { fork: false } },
    });
    expect(same.head.repo?.full_name).toBe(same.base.repo.full_name);
    const { data: fork } = await octokit.rest.pulls.get({ ...repo, pull_number: 3 });
    expect(fork.head).toMatchObject({
      label: 'forker:patch-1',
      repo: { full_name: 'forker/Hello-World', fork: true },
    });
    expect(fork.user?.login).toBe('forker');
    const { data: closed } = await octokit.rest.pulls.get({ ...repo, pull_number: 4 });
    expect(closed.state).toBe('closed');

    const { data: issue } = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(issue.title).toBe('Build login');
    expect(issue).not.toHaveProperty('pull_request');
    const { data: prIssue } = await octokit.rest.issues.get({ ...repo, issue_number: 3 });
    expect(prIssue.pull_request?.url).toBe('https://api.github.com/repos/Codertocat/Hello-World/pulls/3');
    expect((await refusal(octokit.rest.issues.get({ ...repo, issue_number: 9 }))).status).toBe(404);
    expect((await refusal(octokit.rest.pulls.get({ ...repo, pull_number: 9 }))).status).toBe(404);
    gh.assertNoViolations();
  });

  it('lists by head only with the owner prefix: a bare branch name is ignored, as on GitHub', async () => {
    const { gh, octokit } = await start({
      pullRequests: [
        { number: 2, head: { ref: 'feature' } },
        { number: 3, head: { ref: 'orchestrate/1-abc' } },
        { number: 4, head: { ref: 'orchestrate/1-abc' }, state: 'closed' },
      ],
    });
    const numbers = async (params: Record<string, string>) =>
      (await octokit.rest.pulls.list({ ...repo, ...params })).data.map((p) => p.number);
    expect(await numbers({ head: 'Codertocat:orchestrate/1-abc', state: 'open' })).toEqual([3]);
    expect(await numbers({ head: 'orchestrate/1-abc', state: 'open' })).toEqual([2, 3]);
    expect(await numbers({ head: 'Codertocat:orchestrate/1-abc', state: 'all' })).toEqual([3, 4]);
    expect(await numbers({ head: 'someone-else:orchestrate/1-abc' })).toEqual([]);
    gh.assertNoViolations();
  });
});
