/**
 * Runs the action's bundle as a runner does: `node dist/index.js` in a child process, inputs as INPUT_*
 * variables, the event payload in a file, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, and
 * GITHUB_API_URL pointing at the fake GitHub server.
 *
 * The bundle is `ORCH_ACTION_BUNDLE` when set, else `dist/index.js`; when neither exists it is built with
 * ncc into a temporary directory (slow, about a minute; said on stderr). A run may instead use an action
 * checked out as a runner checks out `uses: owner/repo@ref` (`actionCheckout`): its own bundle then runs,
 * with GITHUB_ACTION_PATH, GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF set as GitHub sets them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let built: string | undefined;

export function bundlePath(): string {
  if (process.env.ORCH_ACTION_BUNDLE) return path.resolve(process.env.ORCH_ACTION_BUNDLE);
  const dist = path.join(ROOT, 'dist', 'index.js');
  if (existsSync(dist)) return dist;
  if (!built) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'orchestrate-bundle-'));
    process.stderr.write(`dist/index.js is missing: building the action with ncc into ${out}\n`);
    execFileSync('npx', ['ncc', 'build', 'src/index.ts', '-o', out, '-q', '--target', 'es2022'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    built = path.join(out, 'index.js');
  }
  return built;
}

export interface Sandbox {
  dir: string;
  /** GITHUB_WORKSPACE: a git repository. */
  repo: string;
  /** ORCH_WORKSPACE */
  workspace: string;
  /** Environment every run of this sandbox gets (isolated HOME, no Docker). */
  env: NodeJS.ProcessEnv;
}

/**
 * A temp dir with a git repo, a workspace and a home. Workers use the machine's tmux server (the engine
 * starts sessions with the worker's filtered environment, so a private TMUX_TMPDIR would not reach it);
 * the kill-all test gives itself a private one, as it starts no worker.
 */
export function sandbox(files: Record<string, string> = {}): Sandbox {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orchestrate-action-'));
  const repo = path.join(dir, 'repo');
  const workspace = path.join(dir, 'workspace');
  const home = path.join(dir, 'home');
  for (const d of [repo, workspace, home]) mkdirSync(d, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init');
  return {
    dir,
    repo,
    workspace,
    env: {
      PATH: process.env.PATH,
      HOME: home,
      LANG: 'C.UTF-8',
      // kill-all and the post step remove labelled containers: never those of other tests on this machine.
      DOCKER_HOST: `unix://${path.join(dir, 'no-docker.sock')}`,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  };
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The saved state (GITHUB_STATE), as the runner hands it to the post step. */
  state: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** An action as the runner checks it out: `<dir>/_actions/<owner>/<repo>/<ref>`. */
export interface ActionCheckout {
  path: string;
  /** `owner/repo` */
  repository: string;
  ref: string;
}

/**
 * Lays out this repository's action (action.yml, the bundle, package.json, docker/ and .dockerignore) where
 * the runner would check out `uses: <repository>@<ref>`, away from this checkout's node_modules. The bundle
 * is the one `bundlePath()` runs.
 */
export function actionCheckout(dir: string, repository: string, ref: string): ActionCheckout {
  const where = path.join(dir, '_actions', ...repository.split('/'), ref);
  mkdirSync(where, { recursive: true });
  for (const file of ['action.yml', 'package.json', '.dockerignore', 'docker'])
    cpSync(path.join(ROOT, file), path.join(where, file), { recursive: true });
  cpSync(path.dirname(bundlePath()), path.join(where, 'dist'), { recursive: true });
  return { path: where, repository, ref };
}

export interface RunOptions {
  event: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  apiUrl?: string;
  /** Extra environment (e.g. STATE_* for the post step). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Sends this signal to the action after `afterMs` (a cancelled job: the runner sends SIGINT, then SIGTERM). */
  signal?: { name: NodeJS.Signals; afterMs: number };
  /** Run this checked-out action (its bundle, GITHUB_ACTION_*) instead of `bundlePath()`. */
  action?: ActionCheckout;
  /** Each chunk of the action's standard output as it comes (for timing). */
  onStdout?: (chunk: string) => void;
  /** The step's process id once it runs (e.g. to attach it to a fake workflow run, which cancels it). */
  onSpawn?: (pid: number) => void;
}

export const RUN_ID = 4242;

/** Reads `name<<delimiter\nvalue\ndelimiter` entries (GITHUB_OUTPUT, GITHUB_STATE). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

export async function runAction(box: Sandbox, options: RunOptions): Promise<ActionRun> {
  const runDir = mkdtempSync(path.join(box.dir, 'step-'));
  const files = {
    event: path.join(runDir, 'event.json'),
    output: path.join(runDir, 'output'),
    summary: path.join(runDir, 'summary.md'),
    state: path.join(runDir, 'state'),
  };
  writeFileSync(files.event, JSON.stringify(options.payload));
  for (const file of [files.output, files.summary, files.state]) writeFileSync(file, '');
  const inputs = Object.fromEntries(
    Object.entries({ 'github-token': 'test-token', runtime: 'local', ...options.inputs }).map(([k, v]) => [
      `INPUT_${k.toUpperCase()}`,
      v,
    ]),
  );
  const env: NodeJS.ProcessEnv = {
    ...box.env,
    ...inputs,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: String(RUN_ID),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: box.repo,
    RUNNER_TEMP: runDir,
    ORCH_WORKSPACE: box.workspace,
    ORCH_STATUS_MIN_INTERVAL_MS: '200',
    ORCH_GITHUB_RETRY_BASE_MS: '20',
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : { GITHUB_API_URL: 'http://127.0.0.1:9' }),
    ...(options.action
      ? {
          GITHUB_ACTION_PATH: options.action.path,
          GITHUB_ACTION_REPOSITORY: options.action.repository,
          GITHUB_ACTION_REF: options.action.ref,
        }
      : {}),
    ...options.env,
  };
  const bundle = options.action ? path.join(options.action.path, 'dist', 'index.js') : bundlePath();
  const started = Date.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = execFile(
        process.execPath,
        [bundle],
        { cwd: box.repo, env, timeout: options.timeoutMs ?? 90_000, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => {
          const exit = error ? ((error as { code?: unknown }).code ?? null) : 0;
          resolve({ code: typeof exit === 'number' ? exit : null, stdout: out, stderr: err });
        },
      );
      const { signal, onStdout, onSpawn } = options;
      if (onSpawn && child.pid !== undefined) onSpawn(child.pid);
      if (signal) setTimeout(() => child.kill(signal.name), signal.afterMs).unref();
      if (onStdout) child.stdout?.on('data', (chunk: Buffer | string) => onStdout(chunk.toString()));
    },
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    state: parseCommandFile(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    durationMs: Date.now() - started,
  };
}

/** The post step of a finished main step: the runner hands saved state over as STATE_* variables. */
export function postEnv(state: Record<string, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
}
