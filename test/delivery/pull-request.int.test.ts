/**
 * Opening the run's pull request against the fake GitHub API (real HTTP, real Octokit with its retry and
 * throttling plugins, every request checked against GitHub's OpenAPI description): GitHub's refusals and how
 * each one ends.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit, GitHubGateway } from '../../src/action/github.js';
import { openPullRequest, type PullRequestRequest } from '../../src/delivery/pull-request.js';
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  const gh = fake;
  fake = undefined;
  await gh?.close();
  gh?.assertNoViolations();
});

const repo = { owner: 'Codertocat', repo: 'Hello-World' };
const request: PullRequestRequest = {
  head: 'orchestrate/7-abc123',
  base: 'main',
  title: 'Build login UI',
  body: 'Closes #7',
  draft: true,
};

async function gateway(options: FakeGitHubOptions = {}): Promise<GitHubGateway> {
  fake = await FakeGitHub.start(options);
  const env = { ORCH_GITHUB_RETRY_BASE_MS: '10' };
  return new GitHubGateway(createOctokit('test-token', fake.url, env), repo);
}

describe('openPullRequest', () => {
  it('opens a draft', async () => {
    const gh = await gateway();
    const outcome = await openPullRequest(gh, request);
    expect(outcome).toEqual({
      kind: 'opened',
      number: 100,
      url: 'https://github.com/Codertocat/Hello-World/pull/100',
      draft: true,
    });
    expect(fake!.createdPullRequests[0]).toMatchObject({
      title: 'Build login UI',
      body: 'Closes #7',
      draft: true,
      head: { ref: 'orchestrate/7-abc123' },
      base: { ref: 'main' },
    });
    expect(gh.failures).toEqual([]);
  });

  it('opens it ready when the repository has no drafts, keeping GitHub’s words', async () => {
    const gh = await gateway({ draftPullRequests: false });
    const outcome = await openPullRequest(gh, request);
    expect(outcome).toMatchObject({
      kind: 'opened',
      draft: false,
      draftRefused: 'Draft pull requests are not supported in this repository.',
    });
    expect(fake!.callsTo('POST', /\/pulls$/).map((c) => c.status)).toEqual([422, 201]);
    expect(gh.failures).toEqual([]);
  });

  it('reports the 403 of a repository where Actions may not open pull requests, without retrying', async () => {
    const gh = await gateway({ actionsCanCreatePullRequests: false });
    expect(await openPullRequest(gh, request)).toEqual({
      kind: 'forbidden',
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
    });
    expect(fake!.callsTo('POST', /\/pulls$/).map((c) => c.status)).toEqual([403]);
    // A refusal of this request is not an outage: later calls still go out.
    expect(gh.available).toBe(true);
  });

  it('reports other refusals with GitHub’s reasons, and does not retry a draft for them', async () => {
    const gh = await gateway({
      pullRequests: [{ number: 3, head: { ref: 'orchestrate/7-abc123' } }],
      branchSha: (branch) => (branch === 'missing' ? undefined : `${branch.length}`.padStart(40, '0')),
    });
    expect(await openPullRequest(gh, request)).toEqual({
      kind: 'failed',
      message: 'Validation Failed: A pull request already exists for Codertocat:orchestrate/7-abc123.',
    });
    expect(await openPullRequest(gh, { ...request, head: 'other', base: 'missing' })).toEqual({
      kind: 'failed',
      message: 'Validation Failed: base invalid',
    });
    expect(fake!.callsTo('POST', /\/pulls$/).map((c) => c.status)).toEqual([422, 422]);
  });

  it('says why when the API is down or there is no token', async () => {
    const gh = await gateway();
    fake!.fail({ kind: 'server' });
    const down = await openPullRequest(gh, request);
    expect(down).toMatchObject({ kind: 'failed' });
    expect((down as { message: string }).message).toMatch(
      /^opening a draft pull request from orchestrate\/7-abc123 failed: /,
    );
    expect(await openPullRequest(gh, request)).toEqual({
      kind: 'failed',
      message: 'the GitHub API is unreachable',
    });
    expect(await openPullRequest(new GitHubGateway(undefined, repo), request)).toEqual({
      kind: 'failed',
      message: "no 'github-token' to call the GitHub API with",
    });
  });
});
