/**
 * A stand-in for GitHub's REST API, for tests that run the action's bundle: point `GITHUB_API_URL` at
 * `server.url`. It listens on 127.0.0.1 only (a random port) and never keeps the test process alive.
 *
 * It cannot drift from GitHub: every request is checked against GitHub's own OpenAPI description
 * (github-openapi.ts). An unknown route or method, a path or query parameter or a JSON body that the
 * operation's schema rejects, or a body property GitHub would silently ignore, is answered 400 with the
 * operation and the schema error, and recorded in `violations`; so is a valid call the fake has no handler
 * for. Every answer of the fake is checked against the operation's response schema too (a `response`
 * violation is a bug in the fake). Each test file calls `assertNoViolations()` in its `afterEach`.
 *
 * It records every call (method, path, query, body, time, the status it answered, the operation) and serves:
 *
 *   repos/get-collaborator-permission-level      from `permissions` (404 for unknown users)
 *   reactions/create-for-issue-comment, reactions/create-for-pull-request-review-comment   into `reactions`
 *   issues/create-comment, issues/list-comments, issues/update-comment                       `comments`
 *   issues/list-comments-for-repo (newest first for `sort=updated&direction=desc`)           `comments`
 *   actions/get-workflow-run, actions/list-workflow-runs (by `?status=`), actions/cancel-workflow-run
 *     (a 409 for a completed run; a run with a step process attached, `attachStep`, is cancelled as
 *     GitHub's runner cancels it: see runner-cancel.ts)
 *   actions/list-artifacts-for-repo (by `?name=`), actions/download-artifact (302 to /_blob/:id, the zip)
 *   repos/get                                      `defaultBranch`
 *   actions/create-workflow-dispatch and the runs it starts: see fake-github-actions.ts (`fleet`)
 *   issues/get                                     `issues`, and pull requests (with their `pull_request` key)
 *   pulls/create, pulls/get, pulls/list, pulls/update     `pullRequests` (see fake-github-pulls.ts)
 *
 * Failures are configurable (`fail(rule)`): the first N matching calls, or all of them, answer a 5xx, or a
 * 403 rate limit (`x-ratelimit-remaining: 0`, `retry-after`), so tests see the retries. `close()` stops it
 * and drops open connections.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  artifactObject,
  errorBody,
  issueCommentObject,
  permissionObject,
  reactionObject,
  repositoryObject,
  workflowRunObject,
  type FakeIssue,
  type FakePullRequest,
} from './github-objects.js';
import { Fleet, type FleetOptions } from './fake-github-actions.js';
import { GitHubOpenApi } from './github-openapi.js';
import {
  cancelLikeRunner,
  GITHUB_CANCEL_TIMINGS,
  type CancelEnd,
  type CancelTimings,
} from './runner-cancel.js';
import {
  PullRequests,
  type Answer,
  type Context,
  type FakeIssueSeed,
  type FakePullRequestSeed,
  type PullOptions,
} from './fake-github-pulls.js';

export type { FakeIssue, FakePullRequest, FakeIssueSeed, FakePullRequestSeed };

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Epoch ms when the request arrived. */
  time: number;
  status: number;
  /** GitHub's operationId of the call, when it is one. */
  operation?: string;
}

export interface Violation {
  /** `request`: GitHub would refuse or ignore it; `unimplemented`: valid, but the fake has no handler;
   *  `response`: the fake answered something GitHub never would (a bug in the fake). */
  kind: 'request' | 'unimplemented' | 'response';
  method: string;
  path: string;
  message: string;
}

export interface FailureRule {
  method?: string;
  /** Matches the path (without query); a string must be contained in it. */
  path?: RegExp | string;
  /** How many matching calls fail; default: all of them. */
  times?: number;
  status?: number;
  /** `rate-limit`: a primary rate limit 403; `secondary`: a secondary rate limit 403; `server`: a 5xx. */
  kind?: 'server' | 'rate-limit' | 'secondary';
  retryAfterSeconds?: number;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  html_url: string;
  /** Bodies over time, creation first. */
  history: string[];
}

export interface FakeWorkflowRun {
  id: number;
  workflow_id: number;
  status: 'in_progress' | 'queued' | 'completed';
  conclusion?: 'success' | 'failure' | 'cancelled' | null;
}

export interface FakeArtifact {
  id: number;
  name: string;
  workflowRunId: number;
  /** The zip served for a download. */
  zip?: Buffer;
  expired?: boolean;
}

export interface FakeGitHubOptions extends PullOptions {
  /** Login → permission (`admin`, `write`, `read`, …) or the full answer; unknown logins get a 404. */
  permissions?: Record<string, string | { permission: string; role_name: string }>;
  workflowRuns?: FakeWorkflowRun[];
  artifacts?: FakeArtifact[];
  /** Run dispatched workflows as a fleet of simulated runners (fake-github-actions.ts). */
  fleet?: FleetOptions;
}

export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  readonly violations: Violation[] = [];
  readonly comments: FakeComment[] = [];
  readonly reactions: { commentId: number; kind: 'issue' | 'review'; content: string }[] = [];
  readonly cancelled: number[] = [];
  /** How each cancelled run with a step process ended (`attachStep`), by run id, once it has. */
  readonly cancelEnds = new Map<number, Promise<CancelEnd>>();
  private readonly steps = new Map<number, { pid: number; timings: CancelTimings }>();
  /** When each comment was last written, in order of writes (for `sort=updated`). */
  private readonly writes = new Map<number, number>();
  private writeCount = 0;
  /** Pull requests, seeded and opened; `createdPullRequests` has only those the code under test opened. */
  readonly pulls: PullRequests;
  /** Workflow runs started by `workflow_dispatch`, each the bundle on a simulated runner (when `fleet` is set). */
  readonly fleet?: Fleet;
  private readonly rules: { rule: FailureRule; left: number }[] = [];
  private readonly api = GitHubOpenApi.load();
  private nextId = 1000;
  url = '';

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly options: FakeGitHubOptions,
  ) {
    this.pulls = new PullRequests(this.api, options, () => this.url);
    if (options.fleet) this.fleet = new Fleet(this.api, options.fleet, () => this.url);
  }

  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const holder: { fake?: FakeGitHub } = {};
    const server = createServer((req, res) => void holder.fake?.handle(req, res));
    const fake = new FakeGitHub(server, options);
    holder.fake = fake;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  /** Every pull request, seeded ones included. */
  get pullRequests(): FakePullRequest[] {
    return this.pulls.all;
  }

  /** The pull requests the code under test opened, in order: title, body, head, base, draft. */
  get createdPullRequests(): FakePullRequest[] {
    return this.pulls.all.filter((p) => p.created);
  }

  fail(rule: FailureRule): this {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  /**
   * Makes `pid` the step process of workflow run `runId` (added to `workflowRuns`, in progress, when it is
   * not there): cancelling the run then signals it as GitHub's runner does, and the run is `completed`
   * (`cancelled`) once the process is gone.
   */
  attachStep(runId: number, pid: number, timings: CancelTimings = GITHUB_CANCEL_TIMINGS): void {
    const runs = (this.options.workflowRuns ??= []);
    if (!runs.some((r) => r.id === runId)) runs.push({ id: runId, workflow_id: 7, status: 'in_progress' });
    this.steps.set(runId, { pid, timings });
  }

  /** Calls matching a method and a path pattern. */
  callsTo(method: string, path: RegExp): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  /** Throws, listing them, when any request or answer broke GitHub's description. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `- [${v.kind}] ${v.method} ${v.path}: ${v.message}`);
    throw new Error(`The fake GitHub API saw ${this.violations.length} violation(s):\n${lines.join('\n')}`);
  }

  async close(): Promise<void> {
    await this.fleet?.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // Keep the raw text: the schema check reports it.
    }
    const call: RecordedCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      time: Date.now(),
      status: 0,
    };
    this.calls.push(call);
    const write = (answer: Answer) => {
      call.status = answer.status;
      res.writeHead(answer.status, {
        ...(answer.status === 304 || answer.status === 204
          ? {}
          : { 'content-type': 'application/json; charset=utf-8' }),
        ...answer.headers,
      });
      res.end(answer.body === undefined || answer.status === 304 ? '' : JSON.stringify(answer.body));
    };

    // Artifact downloads redirect to blob storage, which is another host than the API on GitHub.
    const blob = /^\/_blob\/(\d+)$/.exec(url.pathname);
    if (method === 'GET' && blob) return this.serveBlob(Number(blob[1]), res, call);

    const check = this.api.checkRequest(method, url.pathname, call.query, body);
    call.operation = check.operation?.id;
    if (check.violations.length > 0 || !check.operation) {
      for (const message of check.violations)
        this.violations.push({ kind: 'request', method, path: url.pathname, message });
      return write({
        status: 400,
        body: { message: `fake GitHub refused this request: ${check.violations.join('; ')}` },
      });
    }

    const failure = this.rules.find(({ rule, left }) => left > 0 && matches(rule, method, url.pathname));
    if (failure) {
      failure.left -= 1;
      return write(injected(failure.rule));
    }

    const op = check.operation;
    const ctx: Context = {
      op,
      params: check.params,
      query: call.query,
      body,
      ref: { owner: check.params.owner ?? '', repo: check.params.repo ?? '' },
      headers: req.headers,
    };
    // The fleet answers for the runs it started; other runs are the seeded ones below.
    const fleetAnswer = this.fleet?.handlers[op.id]?.(ctx);
    if (fleetAnswer) return this.answer(op, method, url.pathname, fleetAnswer, write);
    const handler = this.handlers[op.id] ?? this.pulls.handlers[op.id];
    if (!handler) {
      const message = `${op.id} (${method} ${op.template}) is valid, but the fake has no handler for it`;
      this.violations.push({ kind: 'unimplemented', method, path: url.pathname, message });
      return write({ status: 404, body: errorBody(`Not Found (${message})`, op.docsUrl, 404) });
    }
    this.answer(op, method, url.pathname, handler(ctx), write);
  }

  private answer(
    op: NonNullable<ReturnType<GitHubOpenApi['checkRequest']>['operation']>,
    method: string,
    path: string,
    answer: Answer,
    write: (answer: Answer) => void,
  ): void {
    // A 304 answers a conditional request on any GET, which GitHub documents once for all operations.
    if (answer.status !== 304) {
      for (const message of this.api.checkResponse(op, answer.status, answer.body)) {
        this.violations.push({ kind: 'response', method, path, message });
      }
    }
    write(answer);
  }

  private readonly handlers: Record<string, (ctx: Context) => Answer> = {
    'repos/get-collaborator-permission-level': ({ op, params }) => {
      const entry = this.options.permissions?.[params.username ?? ''];
      if (entry === undefined) return { status: 404, body: errorBody('Not Found', op.docsUrl, 404) };
      const { permission, role_name } =
        typeof entry === 'string' ? { permission: legacy(entry), role_name: entry } : entry;
      return { status: 200, body: permissionObject(this.api, params.username ?? '', permission, role_name) };
    },
    'reactions/create-for-issue-comment': (ctx) => this.react(ctx, 'issue'),
    'reactions/create-for-pull-request-review-comment': (ctx) => this.react(ctx, 'review'),
    'issues/list-comments-for-repo': ({ query, ref }) => {
      const list = [...this.comments];
      if (query.sort === 'updated') list.sort((a, b) => this.written(a) - this.written(b));
      if ((query.direction ?? (query.sort ? 'desc' : 'asc')) === 'desc') list.reverse();
      const perPage = Number(query.per_page ?? 30);
      return { status: 200, body: list.slice(0, perPage).map((c) => issueCommentObject(this.api, ref, c)) };
    },
    'issues/list-comments': ({ params, ref }) => {
      const issueNumber = Number(params.issue_number);
      const list = this.comments.filter((c) => c.issueNumber === issueNumber);
      return { status: 200, body: list.map((c) => issueCommentObject(this.api, ref, c)) };
    },
    'issues/create-comment': ({ params, body, ref }) => {
      const id = this.nextId++;
      const issueNumber = Number(params.issue_number);
      const text = field(body, 'body');
      const comment: FakeComment = {
        id,
        issueNumber,
        body: text,
        html_url: `https://github.com/${ref.owner}/${ref.repo}/issues/${issueNumber}#issuecomment-${id}`,
        history: [text],
      };
      this.comments.push(comment);
      this.writes.set(id, ++this.writeCount);
      return { status: 201, body: issueCommentObject(this.api, ref, comment) };
    },
    'issues/update-comment': ({ op, params, body, ref }) => {
      const comment = this.comments.find((c) => c.id === Number(params.comment_id));
      if (!comment) return { status: 404, body: errorBody('Not Found', op.docsUrl, 404) };
      comment.body = field(body, 'body');
      comment.history.push(comment.body);
      this.writes.set(comment.id, ++this.writeCount);
      return { status: 200, body: issueCommentObject(this.api, ref, comment) };
    },
    'actions/get-workflow-run': ({ params, ref }) => {
      const id = Number(params.run_id);
      const run = this.options.workflowRuns?.find((r) => r.id === id) ?? {
        id,
        workflow_id: 7,
        status: 'in_progress',
      };
      return {
        status: 200,
        body: { ...workflowRunObject(this.api, ref, run), conclusion: run.conclusion ?? null },
      };
    },
    'actions/list-workflow-runs': ({ params, query, ref }) => {
      const runs = (this.options.workflowRuns ?? []).filter(
        (r) => r.workflow_id === Number(params.workflow_id) && (!query.status || r.status === query.status),
      );
      const workflow_runs = runs.map((r) => workflowRunObject(this.api, ref, r));
      return { status: 200, body: { total_count: runs.length, workflow_runs } };
    },
    'actions/cancel-workflow-run': ({ op, params }) => {
      const id = Number(params.run_id);
      const run = this.options.workflowRuns?.find((r) => r.id === id);
      if (run?.status === 'completed') {
        const message = 'Cannot cancel a workflow run that is completed.';
        return { status: 409, body: errorBody(message, op.docsUrl, 409) };
      }
      this.cancelled.push(id);
      const step = this.steps.get(id);
      if (run && step && !this.cancelEnds.has(id)) {
        this.cancelEnds.set(
          id,
          cancelLikeRunner(step.pid, step.timings).then((end) => {
            run.status = 'completed';
            run.conclusion = 'cancelled';
            return end;
          }),
        );
      }
      return { status: 202, body: {} };
    },
    'actions/list-artifacts-for-repo': ({ query, ref }) => {
      const list = (this.options.artifacts ?? []).filter((a) => !query.name || a.name === query.name);
      const artifacts = list.map((a) =>
        artifactObject(this.api, ref, { ...a, size: a.zip?.length ?? 0, workflowRunId: a.workflowRunId }),
      );
      return { status: 200, body: { total_count: list.length, artifacts } };
    },
    'actions/download-artifact': ({ params }) => ({
      status: 302,
      headers: { location: `${this.url}/_blob/${params.artifact_id}` },
    }),
    'repos/get': ({ ref }) => ({
      status: 200,
      body: repositoryObject(this.api, ref, { defaultBranch: this.options.defaultBranch ?? 'main' }),
    }),
  };

  private written(comment: FakeComment): number {
    return this.writes.get(comment.id) ?? 0;
  }

  private react({ params, body }: Context, kind: 'issue' | 'review'): Answer {
    const content = field(body, 'content');
    this.reactions.push({ commentId: Number(params.comment_id), kind, content });
    return { status: 201, body: reactionObject(this.api, this.nextId++, content) };
  }

  private serveBlob(id: number, res: ServerResponse, call: RecordedCall): void {
    const artifact = this.options.artifacts?.find((a) => a.id === id);
    if (!artifact?.zip) {
      call.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    call.status = 200;
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(artifact.zip.length) });
    res.end(artifact.zip);
  }
}

/** An outage or a rate limit the test asked for: not checked against the description (GitHub's docs omit them). */
function injected(rule: FailureRule): Answer {
  const retryAfter = String(rule.retryAfterSeconds ?? 0);
  if (rule.kind === 'rate-limit') {
    return {
      status: rule.status ?? 403,
      body: { message: 'API rate limit exceeded for installation.' },
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
        'retry-after': retryAfter,
      },
    };
  }
  if (rule.kind === 'secondary') {
    return {
      status: rule.status ?? 403,
      body: { message: 'You have exceeded a secondary rate limit.' },
      headers: { 'retry-after': retryAfter },
    };
  }
  return { status: rule.status ?? 500, body: { message: 'Server Error' } };
}

/** The legacy `permission` field: maintain → write, triage → read. */
function legacy(role: string): string {
  if (role === 'maintain') return 'write';
  if (role === 'triage') return 'read';
  return role;
}

/** A string field of a JSON body (the schema check has already made sure of its type). */
function field(body: unknown, key: string): string {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : '';
}

function matches(rule: FailureRule, method: string, path: string): boolean {
  if (rule.method && rule.method !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(path);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
