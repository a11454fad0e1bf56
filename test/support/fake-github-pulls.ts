/**
 * The pull-request side of the fake GitHub API (fake-github.ts): pulls/create, pulls/get, pulls/list,
 * pulls/update and issues/get, answering as GitHub does, including its refusals:
 *
 * - 403 "GitHub Actions is not permitted to create or approve pull requests." (`actionsCanCreatePullRequests: false`,
 *   the repository or organization setting that is off by default in new repositories);
 * - 422 "Draft pull requests are not supported in this repository." (`draftPullRequests: false`, private
 *   repositories on plans without drafts);
 * - 422 "A pull request already exists for owner:branch." for a second open pull request of one head;
 * - 422 head or base `invalid` for a branch that does not exist, and "No commits between …" for a head that
 *   is its base (both only when `branchSha` says where branches are, e.g. from a GitRemote);
 * - `GET /pulls?head=branch` without the `owner:` prefix ignores the head filter, as GitHub does.
 */
import type { GitHubOpenApi, Operation } from './github-openapi.js';
import {
  ACTIONS_BOT,
  errorBody,
  fakeSha,
  issueObject,
  pullRequestObject,
  pullRequestSimple,
  type FakeIssue,
  type FakePullRequest,
  type RepoRef,
} from './github-objects.js';

export interface FakePullRequestSeed {
  number: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  merged?: boolean;
  /** The author's login; default `Codertocat`. */
  user?: string;
  /** `repo`: the head repository as `owner/name` when it is a fork; default: the repository asked about. */
  head: { ref: string; sha?: string; repo?: string };
  /** Default: the default branch. */
  base?: { ref?: string; sha?: string };
}

export interface FakeIssueSeed {
  number: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  user?: string;
}

export interface PullOptions {
  /** The repository's default branch (repos/get, and the base of seeded pull requests). Default `main`. */
  defaultBranch?: string;
  pullRequests?: FakePullRequestSeed[];
  /** Issues that issues/get knows besides the pull requests; others are 404. */
  issues?: FakeIssueSeed[];
  /** false: a draft is refused with 422, as on plans without draft pull requests. Default true. */
  draftPullRequests?: boolean;
  /** false: opening a pull request is refused with 403, as when Actions may not create them. Default true. */
  actionsCanCreatePullRequests?: boolean;
  /**
   * Where a branch of the repository points, undefined when it does not exist (e.g. `(b) => remote.sha(b)`
   * with a GitRemote). Without it every branch exists, at a made-up commit.
   */
  branchSha?: (branch: string) => string | undefined;
  /** The number of the first pull request opened; default 100. */
  nextNumber?: number;
}

/** One request to the fake, checked against GitHub's description and matched to its operation. */
export interface Context {
  op: Operation;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  ref: RepoRef;
  /** The request's headers, names in lower case (`if-none-match`). */
  headers: Record<string, string | string[] | undefined>;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface CreateBody {
  title?: string;
  head: string;
  head_repo?: string;
  base: string;
  body?: string;
  draft?: boolean;
  issue?: number;
}

export class PullRequests {
  readonly all: FakePullRequest[];
  readonly issues: FakeIssue[];
  private next: number;

  constructor(
    private readonly api: GitHubOpenApi,
    private readonly options: PullOptions,
    private readonly apiUrl: () => string,
  ) {
    const branch = options.defaultBranch ?? 'main';
    this.all = (options.pullRequests ?? []).map((s) => ({
      number: s.number,
      title: s.title ?? `Pull request ${s.number}`,
      body: s.body ?? null,
      state: s.state ?? 'open',
      draft: s.draft ?? false,
      merged: s.merged ?? false,
      user: s.user ?? 'Codertocat',
      head: { ref: s.head.ref, sha: s.head.sha ?? fakeSha(s.head.ref), repo: s.head.repo ?? '' },
      base: { ref: s.base?.ref ?? branch, sha: s.base?.sha ?? fakeSha(s.base?.ref ?? branch) },
      created: false,
      html_url: '',
      updates: [],
    }));
    this.issues = (options.issues ?? []).map((s) => ({
      number: s.number,
      title: s.title ?? `Issue ${s.number}`,
      body: s.body ?? null,
      state: s.state ?? 'open',
      user: s.user ?? 'Codertocat',
    }));
    const taken = [...this.all, ...this.issues].map((x) => x.number);
    this.next = Math.max(options.nextNumber ?? 100, ...taken.map((n) => n + 1));
  }

  readonly handlers: Record<string, (ctx: Context) => Answer> = {
    'pulls/create': (ctx) => this.create(ctx),
    'pulls/get': ({ op, params, ref }) => {
      const pr = this.find(ref, Number(params.pull_number));
      return pr ? { status: 200, body: this.object(ref, pr) } : notFound(op);
    },
    'pulls/list': ({ query, ref }) => {
      const state = query.state ?? 'open';
      // GitHub ignores a head filter without the `owner:` prefix and lists every pull request.
      const head = query.head?.includes(':') ? query.head : undefined;
      const list = this.all
        .map((pr) => this.placed(ref, pr))
        .filter((pr) => state === 'all' || pr.state === state)
        .filter((pr) => !head || `${pr.head.repo.split('/')[0]}:${pr.head.ref}` === head)
        .filter((pr) => !query.base || pr.base.ref === query.base);
      const perPage = Number(query.per_page ?? 30);
      const page = Number(query.page ?? 1);
      const shown = list.slice((page - 1) * perPage, page * perPage);
      return { status: 200, body: shown.map((pr) => pullRequestSimple(this.api, this.object(ref, pr))) };
    },
    'pulls/update': ({ op, params, body, ref }) => {
      const pr = this.find(ref, Number(params.pull_number));
      if (!pr) return notFound(op);
      const patch = (body ?? {}) as {
        title?: string;
        body?: string;
        state?: 'open' | 'closed';
        base?: string;
      };
      if (patch.base !== undefined && this.sha(patch.base) === undefined) {
        return invalid(op, 'base');
      }
      pr.updates.push({ ...patch });
      if (patch.title !== undefined) pr.title = patch.title;
      if (patch.body !== undefined) pr.body = patch.body;
      if (patch.state !== undefined) pr.state = patch.state;
      if (patch.base !== undefined) pr.base = { ref: patch.base, sha: this.sha(patch.base) ?? '' };
      return { status: 200, body: this.object(ref, pr) };
    },
    'issues/get': ({ op, params, ref }) => {
      const number = Number(params.issue_number);
      const pr = this.find(ref, number);
      if (pr) {
        const issue: FakeIssue = { number, title: pr.title, body: pr.body, state: pr.state, user: pr.user };
        return { status: 200, body: issueObject(this.api, ref, issue, pr) };
      }
      const issue = this.issues.find((i) => i.number === number);
      return issue ? { status: 200, body: issueObject(this.api, ref, issue) } : notFound(op);
    },
  };

  private create({ op, body, ref }: Context): Answer {
    if (this.options.actionsCanCreatePullRequests === false) {
      const message = 'GitHub Actions is not permitted to create or approve pull requests.';
      return { status: 403, body: errorBody(message, op.docsUrl, 403) };
    }
    const b = body as CreateBody;
    if (b.title === undefined && b.issue === undefined) {
      return failed(op, [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
    }
    const [headOwner, headRef] = b.head.includes(':') ? splitOnce(b.head) : [ref.owner, b.head];
    const headRepo = b.head_repo ?? `${headOwner}/${ref.repo}`;
    const sameRepo = headRepo === `${ref.owner}/${ref.repo}`;
    // Branches of a fork are not in this repository: they exist at a made-up commit.
    const headSha = sameRepo ? this.sha(headRef) : fakeSha(`${headRepo}:${headRef}`);
    if (headSha === undefined) return invalid(op, 'head');
    const baseSha = this.sha(b.base);
    if (baseSha === undefined) return invalid(op, 'base');
    const open = this.all.find(
      (pr) => pr.state === 'open' && this.placed(ref, pr).head.repo === headRepo && pr.head.ref === headRef,
    );
    if (open) {
      const message = `A pull request already exists for ${headOwner}:${headRef}.`;
      return failed(op, [{ resource: 'PullRequest', code: 'custom', message }]);
    }
    if (this.options.branchSha && sameRepo && headSha === baseSha) {
      const message = `No commits between ${b.base} and ${headRef}`;
      return failed(op, [{ resource: 'PullRequest', code: 'custom', message }]);
    }
    if (b.draft === true && this.options.draftPullRequests === false) {
      const message = 'Draft pull requests are not supported in this repository.';
      return { status: 422, body: errorBody(message, op.docsUrl, 422) };
    }
    const number = this.next++;
    const pr: FakePullRequest = {
      number,
      title: b.title ?? `Issue ${b.issue}`,
      body: b.body ?? null,
      state: 'open',
      draft: b.draft ?? false,
      merged: false,
      user: ACTIONS_BOT,
      head: { ref: headRef, sha: headSha, repo: headRepo },
      base: { ref: b.base, sha: baseSha },
      created: true,
      html_url: '',
      updates: [],
    };
    this.all.push(this.placed(ref, pr));
    const location = `${this.apiUrl()}/repos/${ref.owner}/${ref.repo}/pulls/${number}`;
    return { status: 201, body: this.object(ref, pr), headers: { location } };
  }

  private find(ref: RepoRef, number: number): FakePullRequest | undefined {
    const pr = this.all.find((p) => p.number === number);
    return pr && this.placed(ref, pr);
  }

  /** Fills in what depends on the repository asked about: the head repository and the page's address. */
  private placed(ref: RepoRef, pr: FakePullRequest): FakePullRequest {
    if (!pr.head.repo) pr.head.repo = `${ref.owner}/${ref.repo}`;
    if (!pr.html_url) pr.html_url = `https://github.com/${ref.owner}/${ref.repo}/pull/${pr.number}`;
    return pr;
  }

  private object(ref: RepoRef, pr: FakePullRequest) {
    return pullRequestObject(this.api, ref, pr, this.options.defaultBranch ?? 'main');
  }

  private sha(branch: string): string | undefined {
    return this.options.branchSha ? this.options.branchSha(branch) : fakeSha(branch);
  }
}

function splitOnce(text: string): [string, string] {
  const at = text.indexOf(':');
  return [text.slice(0, at), text.slice(at + 1)];
}

function notFound(op: Operation): Answer {
  return { status: 404, body: errorBody('Not Found', op.docsUrl, 404) };
}

function failed(op: Operation, errors: Record<string, unknown>[]): Answer {
  return { status: 422, body: errorBody('Validation Failed', op.docsUrl, 422, errors) };
}

function invalid(op: Operation, fieldName: 'head' | 'base'): Answer {
  return failed(op, [{ resource: 'PullRequest', field: fieldName, code: 'invalid' }]);
}
