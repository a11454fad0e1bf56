/**
 * The REST API's figures, with `orchestrate serve` as a real process (from source, through tsx, which costs
 * only at load) and each against a baseline measured in the same run:
 *  - status reads (`GET /v1/orchestrate/:planId` of a completed plan: the token, the id's validation, the
 *    status read from its files) per second, driven by autocannon (Fastify's own load generator) at 10
 *    connections, against a bare Fastify route in another process answering the same JSON from memory:
 *    the ratio is what a status read costs over the framework itself;
 *  - the latency from a subtask's end to its Server-Sent Event: the time a client receives a
 *    `task.completed` message minus the event's own `ts` (stamped when the engine emits it, just before it
 *    appends it to the log; same machine, same clock, millisecond resolution), on a chain of tasks so each
 *    event comes alone; against a reader of the same file in the bench process (fs.watch and LineTail),
 *    which is what notification and a read cost before any HTTP.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createParser } from 'eventsource-parser';
import { LineTail } from '../src/api/line-tail.js';
import { median, type Row } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const TOKEN = 'bench-token';
const auth = { authorization: `Bearer ${TOKEN}` };

/** Starts a process that prints `listening on <url>` (as `orchestrate serve` does) and answers the url. */
function listening(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const seen = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve({ child, url: m[1]! });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.on('close', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/** `orchestrate serve` with the command agent running `agentCommand` for each subtask. */
function serveCli(workspace: string, cwd: string, agentCommand: string) {
  const cli = ['--import', TSX, join(ROOT, 'src/cli/index.ts')];
  return listening(
    [...cli, 'serve', '--port', '0', '--agent', 'command', '--agent-command', agentCommand],
    { ORCH_API_TOKEN: TOKEN, ORCH_WORKSPACE: workspace },
    cwd,
  );
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('close', () => resolve());
    child.kill('SIGTERM');
  });
}

async function requestsPerSecond(url: string, headers: Record<string, string>): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: 3, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} answers not 2xx, ${result.errors} errors`);
  return result.requests.average;
}

async function submit(url: string, taskDescription: string): Promise<string> {
  const res = await fetch(`${url}/v1/orchestrate`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ taskDescription }),
  });
  if (res.status !== 202) throw new Error(`submit: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { planId: string }).planId;
}

/** Reads a plan's event stream to its end; calls `onEvent` with each event as it arrives. */
async function stream(
  url: string,
  planId: string,
  onEvent: (event: { type: string; ts: string }) => void,
): Promise<void> {
  const res = await fetch(`${url}/v1/orchestrate/${planId}/events`, { headers: auth });
  const parser = createParser({
    onEvent: (m) => {
      if (m.event !== 'end') onEvent(JSON.parse(m.data) as { type: string; ts: string });
    },
  });
  const decoder = new TextDecoder();
  for await (const chunk of res.body!) parser.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
}

async function statusReads(base: string): Promise<Row> {
  const ws = join(base, 'ws-status');
  const cwd = join(base, 'cwd');
  const api = await serveCli(ws, cwd, 'echo done');
  let bare: { child: ChildProcess; url: string } | undefined;
  try {
    const planId = await submit(api.url, 'frontend:Page | backend:API | testing:Tests');
    let status: unknown;
    for (let i = 0; i < 300; i++) {
      status = await (await fetch(`${api.url}/v1/orchestrate/${planId}`, { headers: auth })).json();
      if ((status as { plan: { status: string } }).plan.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const script = `
      import Fastify from 'fastify';
      const app = Fastify();
      const body = JSON.parse(process.env.BODY);
      app.get('/v1/orchestrate/:planId', async () => body);
      console.log('listening on ' + (await app.listen({ host: '127.0.0.1', port: 0 })));`;
    bare = await listening(['--input-type=module', '-e', script], { BODY: JSON.stringify(status) }, ROOT);
    const apiRates: number[] = [];
    const bareRates: number[] = [];
    // Interleaved, so a noisy moment on this shared machine weighs on both.
    for (let round = 0; round < 3; round++) {
      apiRates.push(await requestsPerSecond(`${api.url}/v1/orchestrate/${planId}`, auth));
      bareRates.push(await requestsPerSecond(`${bare.url}/v1/orchestrate/${planId}`, {}));
    }
    const ratio = median(apiRates) / median(bareRates);
    return {
      figure:
        'status reads per second, GET /v1/orchestrate/:planId (token, id, status from its files; 10 connections)',
      value: `${median(apiRates).toFixed(0)}/s (${(ratio * 100).toFixed(0)}% of the bare route)`,
      baseline: `${median(bareRates).toFixed(0)}/s, a bare Fastify route answering the same JSON from memory`,
      target: '≥ 50% of the bare route',
      ok: ratio >= 0.5,
    };
  } finally {
    await stop(api.child);
    if (bare) await stop(bare.child);
  }
}

async function eventLatency(base: string): Promise<Row> {
  const ws = join(base, 'ws-events');
  const cwd = join(base, 'cwd');
  const api = await serveCli(ws, cwd, 'sleep 0.05');
  try {
    const n = 30;
    const chain = Array.from(
      { length: n },
      (_, i) => `d${i}:step ${i} (id: s${i})${i > 0 ? ` (depends_on: s${i - 1})` : ''}`,
    ).join(' | ');
    const overSse: number[] = [];
    const overFile: number[] = [];
    const planId = await submit(api.url, chain);
    const start = Date.now();
    const latency = (ts: string) => Date.now() - Date.parse(ts);
    // The file reader, as the API's own reader runs without HTTP.
    const runDir = join(ws, 'runs', planId);
    const tail = new LineTail(join(runDir, 'event_log.jsonl'));
    const readFile = () => {
      for (const line of tail.read()) {
        const event = JSON.parse(line.text) as { type: string; ts: string };
        if (event.type === 'task.completed' && Date.parse(event.ts) > start) overFile.push(latency(event.ts));
      }
    };
    const watcher = watch(runDir, readFile);
    await stream(api.url, planId, (event) => {
      if (event.type === 'task.completed' && Date.parse(event.ts) > start) overSse.push(latency(event.ts));
    });
    watcher.close();
    readFile();
    tail.close();
    const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;
    return {
      figure: `latency from a subtask's end (its event's ts) to its SSE message, median (p95) of ${overSse.length}`,
      value: `${median(overSse).toFixed(1)} ms (${p95(overSse)} ms)`,
      baseline: `${median(overFile).toFixed(1)} ms (${p95(overFile)} ms), fs.watch and a read of the log in the bench process`,
      target: '≤ 5 ms over the baseline',
      ok: median(overSse) - median(overFile) <= 5,
    };
  } finally {
    await stop(api.child);
  }
}

export async function apiBench(): Promise<Row[]> {
  const base = mkdtempSync(join(tmpdir(), 'orch-bench-api-'));
  mkdirSync(join(base, 'cwd'));
  try {
    return [await statusReads(base), await eventLatency(base)];
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
