/**
 * A stand-in for GitHub's REST API, for tests that run the action's bundle: point `GITHUB_API_URL` at
 * `server.url`. It listens on 127.0.0.1 only (a random port), records every call (method, path, query,
 * body, time, the status it answered) and serves what the action uses:
 *
 *   GET   /repos/:o/:r/collaborators/:user/permission    from `permissions` (404 for unknown users)
 *   POST  /repos/:o/:r/issues/comments/:id/reactions     and /pulls/comments/:id/reactions
 *   POST  /repos/:o/:r/issues/:n/comments                 create; GET lists; PATCH /issues/comments/:id updates
 *   GET   /repos/:o/:r/actions/runs/:id                   `{id, workflow_id}`
 *   GET   /repos/:o/:r/actions/workflows/:wid/runs        from `workflowRuns`, filtered by `?status=`
 *   POST  /repos/:o/:r/actions/runs/:id/cancel            recorded in `cancelled`
 *   GET   /repos/:o/:r/actions/artifacts?name=            from `artifacts`
 *   GET   /repos/:o/:r/actions/artifacts/:id/zip          302 to /_blob/:id, which serves the artifact's zip
 *
 * Failures are configurable (`fail(rule)`): the first N matching calls, or all of them, answer a 5xx, or a
 * 403 rate limit (`x-ratelimit-remaining: 0`, `retry-after`), so tests see the retries. `close()` stops it
 * and drops open connections; it never keeps the test process alive.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** Epoch ms when the request arrived. */
  time: number;
  status: number;
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
}

export interface FakeArtifact {
  id: number;
  name: string;
  workflowRunId: number;
  /** The zip served for a download. */
  zip?: Buffer;
  expired?: boolean;
}

export interface FakeGitHubOptions {
  /** Login → permission (`admin`, `write`, `read`, …) or the full answer; unknown logins get a 404. */
  permissions?: Record<string, string | { permission: string; role_name: string }>;
  workflowRuns?: FakeWorkflowRun[];
  artifacts?: FakeArtifact[];
}

export class FakeGitHub {
  readonly calls: RecordedCall[] = [];
  readonly comments: FakeComment[] = [];
  readonly reactions: { commentId: number; kind: 'issue' | 'review'; content: string }[] = [];
  readonly cancelled: number[] = [];
  private readonly rules: { rule: FailureRule; left: number }[] = [];
  private nextId = 1000;
  url = '';

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly options: FakeGitHubOptions,
  ) {}

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

  fail(rule: FailureRule): this {
    this.rules.push({ rule, left: rule.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  /** Calls matching a method and a path pattern. */
  callsTo(method: string, path: RegExp): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  async close(): Promise<void> {
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
      // Keep the raw text.
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
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      const text = data === undefined ? '' : JSON.stringify(data);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(text);
    };

    const failure = this.rules.find(({ rule, left }) => left > 0 && matches(rule, method, url.pathname));
    if (failure) {
      failure.left -= 1;
      const { rule } = failure;
      const retryAfter = String(rule.retryAfterSeconds ?? 0);
      if (rule.kind === 'rate-limit') {
        return send(
          rule.status ?? 403,
          { message: 'API rate limit exceeded for installation.' },
          {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
            'retry-after': retryAfter,
          },
        );
      }
      if (rule.kind === 'secondary') {
        return send(
          rule.status ?? 403,
          { message: 'You have exceeded a secondary rate limit.' },
          { 'retry-after': retryAfter },
        );
      }
      return send(rule.status ?? 500, { message: 'Server Error' });
    }
    this.route(method, url, body, send, res, call);
  }

  private route(
    method: string,
    url: URL,
    body: unknown,
    send: (status: number, data: unknown, headers?: Record<string, string>) => void,
    res: ServerResponse,
    call: RecordedCall,
  ): void {
    const p = url.pathname;
    const repo = /^\/repos\/([^/]+)\/([^/]+)/.exec(p);
    const base = repo ? `https://github.com/${repo[1]}/${repo[2]}` : 'https://github.com';
    let m: RegExpExecArray | null;
    const text = (value: unknown, key: string) =>
      typeof value === 'object' && value !== null
        ? String((value as Record<string, unknown>)[key] ?? '')
        : '';

    if (method === 'GET' && (m = /\/collaborators\/([^/]+)\/permission$/.exec(p))) {
      const login = decodeURIComponent(m[1] ?? '');
      const entry = this.options.permissions?.[login];
      if (entry === undefined) return send(404, { message: 'Not Found' });
      const answer = typeof entry === 'string' ? { permission: legacy(entry), role_name: entry } : entry;
      return send(200, { ...answer, user: { login } });
    }
    if (method === 'POST' && (m = /\/(issues|pulls)\/comments\/(\d+)\/reactions$/.exec(p))) {
      this.reactions.push({
        commentId: Number(m[2]),
        kind: m[1] === 'pulls' ? 'review' : 'issue',
        content: text(body, 'content'),
      });
      return send(201, { id: this.nextId++, content: text(body, 'content') });
    }
    if ((m = /\/issues\/(\d+)\/comments$/.exec(p))) {
      const issueNumber = Number(m[1]);
      if (method === 'GET')
        return send(200, this.comments.filter((c) => c.issueNumber === issueNumber).map(view));
      if (method === 'POST') {
        const id = this.nextId++;
        const comment: FakeComment = {
          id,
          issueNumber,
          body: text(body, 'body'),
          html_url: `${base}/issues/${issueNumber}#issuecomment-${id}`,
          history: [text(body, 'body')],
        };
        this.comments.push(comment);
        return send(201, view(comment));
      }
    }
    if (method === 'PATCH' && (m = /\/issues\/comments\/(\d+)$/.exec(p))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = text(body, 'body');
      comment.history.push(comment.body);
      return send(200, view(comment));
    }
    if (method === 'GET' && (m = /\/actions\/runs\/(\d+)$/.exec(p))) {
      const id = Number(m[1]);
      const run = this.options.workflowRuns?.find((r) => r.id === id) ?? {
        id,
        workflow_id: 7,
        status: 'in_progress',
      };
      return send(200, run);
    }
    if (method === 'GET' && (m = /\/actions\/workflows\/(\d+)\/runs$/.exec(p))) {
      const status = url.searchParams.get('status');
      const runs = (this.options.workflowRuns ?? []).filter(
        (r) => r.workflow_id === Number(m?.[1]) && (!status || r.status === status),
      );
      return send(200, { total_count: runs.length, workflow_runs: runs });
    }
    if (method === 'POST' && (m = /\/actions\/runs\/(\d+)\/cancel$/.exec(p))) {
      this.cancelled.push(Number(m[1]));
      return send(202, {});
    }
    if (method === 'GET' && /\/actions\/artifacts$/.test(p)) {
      const name = url.searchParams.get('name');
      const list = (this.options.artifacts ?? []).filter((a) => !name || a.name === name);
      return send(200, {
        total_count: list.length,
        artifacts: list.map((a) => ({
          id: a.id,
          name: a.name,
          expired: a.expired ?? false,
          size_in_bytes: a.zip?.length ?? 0,
          workflow_run: { id: a.workflowRunId },
        })),
      });
    }
    if (method === 'GET' && (m = /\/actions\/artifacts\/(\d+)\/zip$/.exec(p))) {
      return send(302, undefined, { location: `${this.url}/_blob/${m[1]}` });
    }
    if (method === 'GET' && (m = /^\/_blob\/(\d+)$/.exec(p))) {
      const artifact = this.options.artifacts?.find((a) => a.id === Number(m?.[1]));
      if (!artifact?.zip) return send(404, { message: 'Not Found' });
      call.status = 200;
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length),
      });
      res.end(artifact.zip);
      return;
    }
    send(404, { message: `Not Found (fake GitHub has no route for ${method} ${p})` });
  }
}

/** The legacy `permission` field: maintain → write, triage → read. */
function legacy(role: string): string {
  if (role === 'maintain') return 'write';
  if (role === 'triage') return 'read';
  return role;
}

function view(comment: FakeComment) {
  return { id: comment.id, body: comment.body, html_url: comment.html_url };
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
