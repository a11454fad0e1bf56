/**
 * What a subtask costs with `opencode run` (one process per subtask) against one long-lived
 * `opencode serve` driven over HTTP (the routes of its OpenAPI at /doc), and `run --attach` to that server,
 * all against the fake model server answering at once. The model's own time is nil here: what is
 * measured is OpenCode's overhead.
 *
 *   npx tsx bench/opencode-run-vs-serve.ts [prompts=5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveOpencodeBinary } from '../src/agent/opencode-binary.js';
import { opencodeTestEnv, startFakeModelServer } from '../test/support/fake-model-server.js';

const prompts = Number(process.argv[2] ?? 5);
const binary = resolveOpencodeBinary(process.env);
if (!binary) throw new Error('opencode binary not found');

const TEXT_PROMPT = 'Answer. [[reply: ok]]';
const TOOL_PROMPT = 'Write. [[write: bench.txt | x]] [[reply: wrote]]';

const base = mkdtempSync(join(tmpdir(), 'orch-bench-opencode-'));
const model = await startFakeModelServer();
const env = opencodeTestEnv(model.url, join(base, 'opencode'));
const workdir = join(base, 'work');
mkdirSync(workdir);
const children = new Set<ChildProcess>();

try {
  // Once, so first-run set-up (database creation, migrations) is not charged to either side.
  await runOnce(TEXT_PROMPT);

  const run = { text: [] as number[], tool: [] as number[], toModel: [] as number[] };
  for (let i = 0; i < prompts; i++) {
    const before = model.requests.length;
    const started = Date.now();
    await runOnce(TEXT_PROMPT);
    run.text.push(Date.now() - started);
    run.toModel.push((model.requests[before]?.at ?? started) - started);
  }
  for (let i = 0; i < prompts; i++) {
    const started = Date.now();
    await runOnce(TOOL_PROMPT);
    run.tool.push(Date.now() - started);
  }

  const port = await freePort();
  const started = Date.now();
  const serve = spawnOpencode(['serve', '--hostname', '127.0.0.1', '--port', String(port)]);
  const url = `http://127.0.0.1:${port}`;
  // Only after this line: a connection accepted while the server is still starting is never answered.
  await waitForLine(serve, 'opencode server listening on');
  const serveListening = Date.now() - started;
  await waitForHttp(`${url}/global/health`);
  const serveStartup = Date.now() - started;

  const query = `?directory=${encodeURIComponent(workdir)}`;
  const serveRuns = { first: 0, text: [] as number[], tool: [] as number[], followUp: [] as number[] };
  const prompt = async (text: string, sessionId?: string) => {
    const t0 = Date.now();
    const id = sessionId ?? (await post<{ id: string }>(`${url}/session${query}`, { title: 'bench' })).id;
    await post(`${url}/session/${id}/message${query}`, {
      model: { providerID: 'fake', modelID: 'fake-model' },
      parts: [{ type: 'text', text }],
    });
    return { ms: Date.now() - t0, id };
  };
  serveRuns.first = (await prompt(TEXT_PROMPT)).ms;
  for (let i = 0; i < prompts; i++) serveRuns.text.push((await prompt(TEXT_PROMPT)).ms);
  for (let i = 0; i < prompts; i++) serveRuns.tool.push((await prompt(TOOL_PROMPT)).ms);
  const session = await prompt(TEXT_PROMPT);
  for (let i = 0; i < prompts; i++) serveRuns.followUp.push((await prompt(TEXT_PROMPT, session.id)).ms);

  const attach: number[] = [];
  for (let i = 0; i < prompts; i++) {
    const t0 = Date.now();
    await runOnce(TEXT_PROMPT, ['--attach', url]);
    attach.push(Date.now() - t0);
  }
  serve.kill('SIGTERM');

  const row = (name: string, ms: number[]) =>
    console.log(
      `${name.padEnd(50)} median ${median(ms).toString().padStart(5)} ms   (min ${Math.min(...ms)}, max ${Math.max(...ms)})`,
    );
  console.log(`OpenCode ${binary}, ${prompts} prompts each, model answering at once\n`);
  row('run: whole subtask, text answer', run.text);
  row('run: whole subtask, write tool + answer', run.tool);
  row('run: of which start-up until the model is asked', run.toModel);
  row('serve: start-up until "listening" is printed', [serveListening]);
  row('serve: start-up until /global/health answers', [serveStartup]);
  row('serve: first prompt (instance start)', [serveRuns.first]);
  row('serve: new session + text answer', serveRuns.text);
  row('serve: new session + write tool + answer', serveRuns.tool);
  row('serve: follow-up prompt in the same session', serveRuns.followUp);
  row('run --attach to serve: text answer', attach);
} finally {
  for (const child of children) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  await model.close();
  rmSync(base, { recursive: true, force: true });
}

function spawnOpencode(args: string[]): ChildProcess {
  const child = spawn(binary as string, args, {
    cwd: workdir,
    env: { ...env, PWD: workdir },
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('close', () => children.delete(child));
  return child;
}

async function runOnce(prompt: string, extra: string[] = []): Promise<void> {
  const child = spawnOpencode(['run', '--format', 'json', '--title', 'bench', '--dir', workdir, ...extra]);
  child.stdin?.end(prompt);
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`opencode run exited ${code}: ${stderr}`);
}

async function post<T = unknown>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(60_000),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function waitForLine(child: ChildProcess, text: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no '${text}' within ${timeoutMs} ms: ${seen}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('close', (code) => reject(new Error(`exited ${code} before '${text}': ${seen}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
