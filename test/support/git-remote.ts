/**
 * A real git remote for tests: a bare repository served over smart HTTP on 127.0.0.1 by git's own
 * `git http-backend` (CGI), behind a small HTTP server that asks for the token the way GitHub does. Git
 * clients talk to it exactly as they talk to github.com: same protocol, same refs, same hooks.
 *
 * - The repository lives at `${url}/${owner}/${repo}` (`.git` optional), as on GitHub, so `url` can stand
 *   for GITHUB_SERVER_URL and `cloneUrl` is what actions/checkout sets as `origin`.
 * - Every request needs HTTP Basic authentication with the token as password (`x-access-token:<token>`,
 *   which is what actions/checkout's extraheader sends); none or a wrong one gets 401 with
 *   `WWW-Authenticate: Basic realm="GitHub"`.
 * - `rejectPushes()` makes the pre-receive hook decline pushes with a message (GitHub's protected-branch
 *   refusal by default), which git shows as `! [remote rejected] … (pre-receive hook declined)`;
 *   `refuseWrites()` answers 403 to git-receive-pack, as GitHub does for a token without `contents: write`.
 * - `pushes` lists every push that reached the hooks, accepted or rejected; the read helpers (`branches`,
 *   `sha`, `files`, `readFile`, `log`) read what landed.
 *
 * `close()` stops the server, ends its CGI processes and removes the repository; the server never keeps the
 * test process alive. checkout.ts makes a checkout the way actions/checkout leaves one.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gitHttpBackend } from './git-http-backend.js';

export interface GitRemoteOptions {
  /** Default `Codertocat` and `Hello-World`, the repository of the webhook examples the action tests use. */
  owner?: string;
  repo?: string;
  /** The token pushes and fetches must carry; default a random `ghs_…` (the form of a GITHUB_TOKEN). */
  token?: string;
  defaultBranch?: string;
  /** The files of the default branch's first commit; default a README.md. */
  files?: Record<string, string>;
  /** More branches, each one commit on top of the default branch with these files. */
  branches?: Record<string, Record<string, string>>;
}

export interface RefUpdate {
  ref: string;
  /** 40 zeros when the ref is created. */
  old: string;
  /** 40 zeros when the ref is deleted. */
  new: string;
}

export interface RecordedPush {
  accepted: boolean;
  updates: RefUpdate[];
}

export interface GitRequest {
  method: string;
  path: string;
  /** `git-upload-pack` (fetch) or `git-receive-pack` (push). */
  service: string;
  /** `none`: no Authorization header; `wrong`: not the token; `ok`. */
  auth: 'none' | 'wrong' | 'ok';
  status: number;
}

export interface CommitInfo {
  sha: string;
  subject: string;
  body: string;
  author: string;
}

/** Git's identity for commits the remote makes itself. */
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Codertocat',
  GIT_AUTHOR_EMAIL: 'codertocat@example.com',
  GIT_COMMITTER_NAME: 'Codertocat',
  GIT_COMMITTER_EMAIL: 'codertocat@example.com',
};
const PROTECTED = 'error: GH006: Protected branch update failed for refs/heads/main.';

export class GitRemote {
  readonly requests: GitRequest[] = [];
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly defaultBranch: string;
  /** The bare repository. */
  readonly bare: string;
  /** GITHUB_SERVER_URL for this remote: `http://127.0.0.1:<port>`. */
  url = '';
  private writesRefused?: string;
  private readonly children = new Set<ChildProcess>();

  private constructor(
    /** A temporary directory the remote owns and removes; tests may put checkouts in it. */
    readonly dir: string,
    private readonly server: ReturnType<typeof createServer>,
    options: GitRemoteOptions,
  ) {
    this.owner = options.owner ?? 'Codertocat';
    this.repo = options.repo ?? 'Hello-World';
    this.token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`;
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.bare = path.join(dir, 'srv', this.owner, `${this.repo}.git`);
  }

  static async start(options: GitRemoteOptions = {}): Promise<GitRemote> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'orchestrate-git-remote-'));
    const holder: { remote?: GitRemote } = {};
    const server = createServer((req, res) => void holder.remote?.handle(req, res));
    const remote = new GitRemote(dir, server, options);
    holder.remote = remote;
    try {
      remote.create(options);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    server.unref();
    remote.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return remote;
  }

  /** What actions/checkout sets as `origin`: the server URL, owner and name, no credentials, no `.git`. */
  get cloneUrl(): string {
    return `${this.url}/${this.owner}/${this.repo}`;
  }

  /** The value of actions/checkout's `AUTHORIZATION` extraheader for a token (default: the right one). */
  authorizationHeader(token = this.token): string {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  }

  /** Every push that reached the hooks, in order. */
  get pushes(): RecordedPush[] {
    const log = path.join(this.bare, 'test-pushes.log');
    if (!existsSync(log)) return [];
    const byHook = new Map<string, RecordedPush>();
    for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const [id = '', verdict, old = '', now = '', ref = ''] = line.split(' ');
      const push = byHook.get(id) ?? { accepted: verdict === 'accepted', updates: [] };
      push.updates.push({ ref, old, new: now });
      byHook.set(id, push);
    }
    return [...byHook.values()];
  }

  /**
   * From now on the pre-receive hook declines every push (or those touching one of `refs`, e.g.
   * `refs/heads/main`), printing `message` as GitHub prints its reasons (`remote: …`).
   */
  rejectPushes(message = PROTECTED, refs?: string[]): this {
    writeFileSync(path.join(this.bare, 'test-reject-message'), `${message}\n`);
    writeFileSync(path.join(this.bare, 'test-reject-refs'), refs ? `${refs.join('\n')}\n` : '');
    return this;
  }

  /** From now on git-receive-pack is answered 403 with `message`, as for a token without write access. */
  refuseWrites(
    message = `Permission to ${this.owner}/${this.repo}.git denied to github-actions[bot].`,
  ): this {
    this.writesRefused = message;
    return this;
  }

  /** Undoes rejectPushes and refuseWrites. */
  acceptPushes(): this {
    rmSync(path.join(this.bare, 'test-reject-message'), { force: true });
    this.writesRefused = undefined;
    return this;
  }

  /** Branch names, sorted. */
  branches(): string[] {
    const out = this.git('for-each-ref', '--format=%(refname:short)', 'refs/heads/');
    return out.split('\n').filter(Boolean).sort();
  }

  /** The commit a branch (or any ref) points at, undefined when it does not exist. */
  sha(ref: string): string | undefined {
    try {
      return this.git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** The paths of the files at a ref, sorted. */
  files(ref: string): string[] {
    return this.git('ls-tree', '-r', '--name-only', ref).split('\n').filter(Boolean).sort();
  }

  /** A file's text at a ref, undefined when it is not there. */
  readFile(ref: string, file: string): string | undefined {
    try {
      return this.git('show', `${ref}:${file}`);
    } catch {
      return undefined;
    }
  }

  /** Commits reachable from a ref, newest first (at most `max`). */
  log(ref: string, max = 50): CommitInfo[] {
    const out = this.git('log', `--max-count=${max}`, '--format=%H%x1f%s%x1f%b%x1f%an <%ae>%x1e', ref);
    return out
      .split('\x1e')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [sha = '', subject = '', body = '', author = ''] = entry.split('\x1f');
        return { sha, subject, body: body.trim(), author };
      });
  }

  /** Full commit messages reachable from a ref, newest first. */
  commitMessages(ref: string, max = 50): string[] {
    return this.log(ref, max).map((c) => (c.body ? `${c.subject}\n\n${c.body}` : c.subject));
  }

  /**
   * Commits files onto a branch directly in the remote (no push, no hooks), as someone else pushing to
   * GitHub would; creates the branch from the default branch when it does not exist. Answers the commit.
   */
  commit(branch: string, files: Record<string, string>, message = `Update ${branch}`): string {
    const parent = this.sha(branch) ?? this.sha(this.defaultBranch);
    const index = path.join(this.dir, `index-${randomBytes(4).toString('hex')}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (parent) this.git({ env }, 'read-tree', parent);
      for (const [file, text] of Object.entries(files)) {
        const blob = this.git({ input: text }, 'hash-object', '-w', '--stdin').trim();
        this.git({ env }, 'update-index', '--add', '--cacheinfo', `100644,${blob},${file}`);
      }
      const tree = this.git({ env }, 'write-tree').trim();
      const sha = this.git({}, 'commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message).trim();
      this.git('update-ref', `refs/heads/${branch}`, sha);
      return sha;
    } finally {
      rmSync(index, { force: true });
    }
  }

  async close(): Promise<void> {
    for (const child of this.children) child.kill('SIGKILL');
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private create(options: GitRemoteOptions): void {
    mkdirSync(this.bare, { recursive: true });
    this.git('init', '-q', '--bare', `--initial-branch=${this.defaultBranch}`);
    this.commit(this.defaultBranch, options.files ?? { 'README.md': `# ${this.repo}\n` }, 'Initial commit');
    for (const [branch, files] of Object.entries(options.branches ?? {})) this.commit(branch, files);
    const log = path.join(this.bare, 'test-pushes.log');
    const message = path.join(this.bare, 'test-reject-message');
    const refs = path.join(this.bare, 'test-reject-refs');
    // One line per ref update: `<hook pid> <accepted|rejected> <old> <new> <ref>`.
    const hooks = {
      'pre-receive': [
        '#!/bin/sh',
        '# Written by test/support/git-remote.ts: declines pushes when the test asked for it.',
        'input=$(cat)',
        `[ -f '${message}' ] || exit 0`,
        `if [ -s '${refs}' ]; then`,
        `  printf '%s\\n' "$input" | cut -d' ' -f3 | grep -qxF -f '${refs}' || exit 0`,
        'fi',
        `printf '%s\\n' "$input" | sed "s/^/$$ rejected /" >> '${log}'`,
        `cat '${message}' >&2`,
        'exit 1',
      ],
      'post-receive': [
        '#!/bin/sh',
        '# Written by test/support/git-remote.ts: records accepted pushes.',
        `sed "s/^/$$ accepted /" >> '${log}'`,
      ],
    };
    for (const [name, lines] of Object.entries(hooks)) {
      const file = path.join(this.bare, 'hooks', name);
      writeFileSync(file, `${lines.join('\n')}\n`);
      chmodSync(file, 0o755);
    }
  }

  private git(...args: string[]): string;
  private git(options: { env?: Record<string, string>; input?: string }, ...args: string[]): string;
  private git(first: string | { env?: Record<string, string>; input?: string }, ...rest: string[]): string {
    const [options, args] = typeof first === 'string' ? [{}, [first, ...rest]] : [first, rest];
    return execFileSync('git', args, {
      cwd: this.bare,
      encoding: 'utf8',
      input: options.input,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...gitEnv(this.dir), ...IDENTITY, ...options.env },
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const match = /^\/([^/]+)\/([^/]+?)(?:\.git)?(\/.*)$/.exec(url.pathname);
    const service = url.searchParams.get('service') ?? match?.[3]?.slice(1) ?? '';
    const record = (status: number, auth: GitRequest['auth']) =>
      this.requests.push({ method, path: url.pathname, service, auth, status });
    const auth = this.authenticate(req.headers.authorization);
    if (auth !== 'ok') {
      record(401, auth);
      res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' });
      res.end(auth === 'wrong' ? 'Invalid username or token.\n' : '');
      return;
    }
    if (!match || match[1] !== this.owner || match[2] !== this.repo) {
      record(404, auth);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Repository not found.\n');
      return;
    }
    if (service === 'git-receive-pack' && this.writesRefused !== undefined) {
      record(403, auth);
      res.writeHead(403, { 'content-type': 'text/plain' }).end(`${this.writesRefused}\n`);
      return;
    }
    const child = gitHttpBackend(req, res, {
      projectRoot: path.join(this.dir, 'srv'),
      pathInfo: `/${this.owner}/${this.repo}.git${match[3]}`,
      query: url.search.slice(1),
      env: gitEnv(this.dir),
      done: (status) => {
        this.children.delete(child);
        record(status, auth);
      },
    });
    this.children.add(child);
  }

  private authenticate(header: string | undefined): GitRequest['auth'] {
    const basic = /^basic\s+(\S+)$/i.exec(header ?? '');
    if (!basic) return 'none';
    const decoded = Buffer.from(basic[1] ?? '', 'base64').toString('utf8');
    const password = decoded.slice(decoded.indexOf(':') + 1);
    return decoded.includes(':') && password === this.token ? 'ok' : 'wrong';
  }
}

/** Git's environment for the remote and checkouts: none of the machine's own configuration applies. */
export function gitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C.UTF-8',
  };
}
