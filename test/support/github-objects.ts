/**
 * The objects the fake GitHub API answers with, each made from the example GitHub's OpenAPI description gives
 * for that answer (so every field GitHub sends is there, with GitHub's types), then moved to the test's
 * repository and filled with the test's values. The fake checks each answer against the operation's schema
 * (github-openapi.ts), so a field set wrong here fails the test that uses it.
 */
import { createHash } from 'node:crypto';
import type { GitHubOpenApi } from './github-openapi.js';

type Json = Record<string, unknown>;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** A pull request as the fake holds it; the API object is built from it on each answer. */
export interface FakePullRequest {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  /** `repo` is the head repository's `owner/name`: another one than the base's makes a pull request from a fork. */
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  /** The author's login. */
  user: string;
  /** True when the code under test opened it (POST /pulls); false when the test seeded it. */
  created: boolean;
  html_url: string;
  /** Every PATCH body it received, oldest first. */
  updates: Record<string, unknown>[];
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  user: string;
}

/** The repositories GitHub's examples live in, moved to the test's repository wherever they appear. */
const EXAMPLE_REPOS = ['octocat/Hello-World', 'octo-org/octo-repo', 'octo-org/octo-docs'];
const EXAMPLE_TIME = /"(created_at|updated_at|pushed_at|run_started_at)":"[^"]+"/g;

/** A stable commit-like id for a name, where a test gives no real commit. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function rehome<T>(value: T, ref: RepoRef, number?: number): T {
  let text = JSON.stringify(value);
  for (const example of EXAMPLE_REPOS) text = text.split(example).join(`${ref.owner}/${ref.repo}`);
  if (number !== undefined) text = text.replace(/\/(pulls|pull|issues)\/1347\b/g, `/$1/${number}`);
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  text = text.replace(EXAMPLE_TIME, `"$1":"${now}"`);
  return JSON.parse(text) as T;
}

/** GitHub's login of the token of a workflow run. */
export const ACTIONS_BOT = 'github-actions[bot]';

export function userObject(api: GitHubOpenApi, login: string): Json {
  const example = (api.example('pulls/get', 200) as Json).user as Json;
  const bot = login.endsWith('[bot]');
  const path = encodeURIComponent(login);
  const text = JSON.stringify(example).replace(/users\/octocat/g, `users/${path}`);
  return {
    ...(JSON.parse(text) as Json),
    login,
    // github-actions[bot] has this id on github.com; other logins get a stable made-up one.
    id: login === ACTIONS_BOT ? 41898282 : parseInt(fakeSha(login).slice(0, 7), 16),
    node_id: Buffer.from(`04:User${login}`).toString('base64'),
    html_url: bot ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}` : `https://github.com/${path}`,
    type: bot ? 'Bot' : 'User',
  };
}

export function repositoryObject(
  api: GitHubOpenApi,
  ref: RepoRef,
  options: { defaultBranch: string; fork?: boolean },
): Json {
  const repo = rehome(api.example('repos/get', 200) as Json, ref);
  // A plain repository: the example's is a fork of a template inside an organization.
  for (const key of ['parent', 'source', 'template_repository', 'organization']) delete repo[key];
  return {
    ...repo,
    name: ref.repo,
    full_name: `${ref.owner}/${ref.repo}`,
    owner: userObject(api, ref.owner),
    default_branch: options.defaultBranch,
    fork: options.fork ?? false,
    language: null,
  };
}

export function pullRequestObject(
  api: GitHubOpenApi,
  ref: RepoRef,
  pr: FakePullRequest,
  defaultBranch: string,
): Json {
  const example = rehome(api.example('pulls/get', 200) as Json, ref, pr.number);
  const [headOwner = ref.owner, headName = ref.repo] = pr.head.repo.split('/');
  const headRef = { owner: headOwner, repo: headName };
  const fork = pr.head.repo !== `${ref.owner}/${ref.repo}`;
  const side = (r: RepoRef, branch: string, sha: string, isFork: boolean) => ({
    label: `${r.owner}:${branch}`,
    ref: branch,
    sha,
    user: userObject(api, r.owner),
    repo: repositoryObject(api, r, { defaultBranch, fork: isFork }),
  });
  const closedAt = pr.state === 'closed' ? (example.updated_at as string) : null;
  return {
    ...example,
    id: 1_000_000 + pr.number,
    node_id: Buffer.from(`PR_${pr.number}`).toString('base64'),
    number: pr.number,
    html_url: pr.html_url,
    state: pr.state,
    title: pr.title,
    body: pr.body,
    draft: pr.draft,
    merged: pr.merged,
    merged_at: pr.merged ? closedAt : null,
    closed_at: closedAt,
    merge_commit_sha: null,
    mergeable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    user: userObject(api, pr.user),
    head: side(headRef, pr.head.ref, pr.head.sha, fork),
    base: side(ref, pr.base.ref, pr.base.sha, false),
    labels: [],
    milestone: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    auto_merge: null,
    author_association: pr.created ? 'NONE' : 'COLLABORATOR',
  };
}

/** The list form of a pull request: the fields GitHub's `pull-request-simple` has. */
export function pullRequestSimple(api: GitHubOpenApi, full: Json): Json {
  const keys = Object.keys((api.at('/components/schemas/pull-request-simple') as Json).properties as Json);
  return Object.fromEntries(Object.entries(full).filter(([k]) => keys.includes(k)));
}

export function issueObject(api: GitHubOpenApi, ref: RepoRef, issue: FakeIssue, pr?: FakePullRequest): Json {
  const example = rehome(api.example('issues/get', 200) as Json, ref, issue.number);
  const out: Json = {
    ...example,
    id: 2_000_000 + issue.number,
    node_id: Buffer.from(`I_${issue.number}`).toString('base64'),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: null,
    closed_at: issue.state === 'closed' ? example.updated_at : null,
    closed_by: null,
    user: userObject(api, issue.user),
    html_url: pr ? pr.html_url : String(example.html_url),
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    pinned_comment: null,
  };
  // GitHub marks an issue that is a pull request with a `pull_request` key; plain issues have none.
  if (pr) out.pull_request = { ...(example.pull_request as Json), html_url: pr.html_url, merged_at: null };
  else delete out.pull_request;
  return out;
}

export function issueCommentObject(
  api: GitHubOpenApi,
  ref: RepoRef,
  comment: { id: number; issueNumber: number; body: string; html_url: string },
): Json {
  const example = rehome(api.example('issues/create-comment', 201) as Json, ref, comment.issueNumber);
  return {
    ...example,
    id: comment.id,
    node_id: Buffer.from(`IC_${comment.id}`).toString('base64'),
    url: `https://api.github.com/repos/${ref.owner}/${ref.repo}/issues/comments/${comment.id}`,
    html_url: comment.html_url,
    body: comment.body,
    user: userObject(api, ACTIONS_BOT),
    author_association: 'NONE',
  };
}

export function reactionObject(api: GitHubOpenApi, id: number, content: string): Json {
  const example = api.example('reactions/create-for-issue-comment', 201) as Json;
  return { ...example, id, content, user: userObject(api, ACTIONS_BOT) };
}

export function permissionObject(
  api: GitHubOpenApi,
  login: string,
  permission: string,
  roleName: string,
): Json {
  const example = api.example('repos/get-collaborator-permission-level', 200) as Json;
  // `user` is a collaborator object, which carries the role name as well.
  return {
    ...example,
    permission,
    role_name: roleName,
    user: { ...userObject(api, login), role_name: roleName },
  };
}

export function workflowRunObject(
  api: GitHubOpenApi,
  ref: RepoRef,
  run: {
    id: number;
    workflow_id: number;
    status: string;
    conclusion?: string | null;
    /** The run's title: the workflow's `run-name`, evaluated. */
    display_title?: string;
    event?: string;
    head_branch?: string;
    /** ISO 8601 */
    created_at?: string;
    updated_at?: string;
  },
): Json {
  const example = rehome(api.example('actions/get-workflow-run', 200) as Json, ref);
  return {
    ...example,
    id: run.id,
    workflow_id: run.workflow_id,
    status: run.status,
    conclusion: run.conclusion ?? null,
    ...(run.display_title !== undefined ? { display_title: run.display_title } : {}),
    ...(run.event !== undefined ? { event: run.event } : {}),
    ...(run.head_branch !== undefined ? { head_branch: run.head_branch } : {}),
    ...(run.created_at !== undefined ? { created_at: run.created_at, run_started_at: run.created_at } : {}),
    ...(run.updated_at !== undefined ? { updated_at: run.updated_at } : {}),
    url: `https://api.github.com/repos/${ref.owner}/${ref.repo}/actions/runs/${run.id}`,
    html_url: `https://github.com/${ref.owner}/${ref.repo}/actions/runs/${run.id}`,
  };
}

export function artifactObject(
  api: GitHubOpenApi,
  ref: RepoRef,
  artifact: { id: number; name: string; expired?: boolean; size: number; workflowRunId: number },
): Json {
  const list = rehome(api.example('actions/list-artifacts-for-repo', 200) as Json, ref);
  const example = (list.artifacts as Json[])[0]!;
  const base = `https://api.github.com/repos/${ref.owner}/${ref.repo}/actions/artifacts/${artifact.id}`;
  return {
    ...example,
    id: artifact.id,
    node_id: Buffer.from(`A_${artifact.id}`).toString('base64'),
    name: artifact.name,
    size_in_bytes: artifact.size,
    url: base,
    archive_download_url: `${base}/zip`,
    expired: artifact.expired ?? false,
    workflow_run: { ...(example.workflow_run as Json), id: artifact.workflowRunId },
  };
}

/** GitHub's error body: `message`, the operation's documentation, the status as text. */
export function errorBody(message: string, docsUrl: string, status: number, errors?: Json[]): Json {
  return { message, ...(errors ? { errors } : {}), documentation_url: docsUrl, status: String(status) };
}
