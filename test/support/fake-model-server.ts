/**
 * A scripted OpenAI-compatible model server for tests that run the real OpenCode binary offline.
 *
 * It listens on 127.0.0.1 only (a random port), answers `GET /v1/models` and `POST /v1/chat/completions`
 * (Server-Sent Events when `stream: true`, one JSON body otherwise), records every request, and stops by
 * itself: `close()` ends every open response, and no timer it starts keeps the process alive.
 *
 * Each `opencode run` sends up to two kinds of request: a short *title* request (no `tools`) and *agent*
 * requests (with tools). After a tool call OpenCode runs the tool and sends a follow-up agent request that
 * carries the tool result; answer it with text or the run loops.
 *
 * How an agent request is answered, first match wins:
 *   1. the next reply queued with `enqueue(...)` (title requests never consume the queue: how many OpenCode
 *      sends is its own business);
 *   2. the handler set with `script(handler)`;
 *   3. the default handler, which follows markers in the last user message (the prompt), so tests elsewhere
 *      can drive OpenCode without code:
 *
 *   [[reply: text]]             the final text answer (`\n` means a new line). Default: `Done.`
 *   [[reply-file: /abs/path]]   the final text answer is that file's content (e.g. planner JSON)
 *   [[write: rel/path | text]]  first turn: a `write` tool call (`filePath` resolved by OpenCode against its
 *                               directory); repeat the marker for several files, written in one turn
 *   [[bash: command]]           first turn: a `bash` tool call
 *   [[error400: message]]       HTTP 400 with that message (OpenCode fails fast; a 500 would be retried ~70 s)
 *   [[error400-after-tool: m]]  the tool calls succeed, then the follow-up request gets a 400
 *   [[delay: 2000]]             wait that many ms before answering (every turn)
 *   [[chunk-delay: 200]]        wait that many ms between streamed chunks
 *   [[hang]]                    never answer (until `close()`)
 *   [[hang-after-tool]]         answer the tool calls, then never answer the follow-up
 *   [[tokens: 5000]]            report usage prompt_tokens=5000 on every turn; `[[tokens: 5000/300]]` sets
 *                               completion_tokens too. Without it usage is estimated (4 characters a token).
 *
 * Title requests get `Fake title` unless the scripted handler answers them (it sees `ctx.kind`); `opencode run
 * --title <t>` sends none (the opencode agent does that).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delimiter, join } from 'node:path';

export interface ChatContentPart {
  type: string;
  text?: string;
}

export interface ChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool' | string;
  content?: string | ChatContentPart[] | null;
  tool_calls?: ChatToolCall[];
  tool_call_id?: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  tools?: unknown[];
  [key: string]: unknown;
}

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens?: number;
}

export interface FakeToolCall {
  name: string;
  /** An object is JSON-encoded; a string is sent as is (to test malformed arguments). */
  arguments: Record<string, unknown> | string;
}

/** What to answer to one request. Fields combine: `toolCalls` with `text` streams both. */
export interface FakeReply {
  text?: string;
  toolCalls?: FakeToolCall[];
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  error?: { status: number; message: string; type?: string };
  /** Never answer (until `close()`). */
  hang?: boolean;
  /** Before the first byte. */
  delayMs?: number;
  /** Between streamed chunks. */
  chunkDelayMs?: number;
  usage?: FakeUsage;
}

export type RequestKind = 'agent' | 'title';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Parsed JSON body of a chat completion; undefined for other requests. */
  body?: ChatRequest;
  kind?: RequestKind;
  /** Text of the last user message (where the markers live). */
  prompt?: string;
  /** Whether the request carries tool results answering the previous turn. */
  followUp?: boolean;
  at: number;
}

export interface HandlerContext {
  kind: RequestKind;
  prompt: string;
  /** Assistant turns already taken since the last user message (0 for the first agent request). */
  turn: number;
  followUp: boolean;
  /** The default marker-following handler, to fall back on. */
  markers: (request: ChatRequest, ctx: HandlerContext) => FakeReply;
}

export type FakeHandler = (
  request: ChatRequest,
  ctx: HandlerContext,
) => FakeReply | undefined | Promise<FakeReply | undefined>;

export interface RecordedRequests extends Array<RecordedRequest> {
  agent(): RecordedRequest[];
  title(): RecordedRequest[];
  chat(): RecordedRequest[];
}

export interface FakeModelServer {
  /** `http://127.0.0.1:PORT/v1`: the provider's baseURL. */
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequests;
  /** Replaces the handler (undefined restores the marker handler). Queued replies still come first. */
  script(handler: FakeHandler | undefined): void;
  /** Queues replies for the next agent requests, in order. */
  enqueue(...replies: FakeReply[]): void;
  /** Resolves when `n` agent requests have arrived (for tests that wait for a run to reach the model). */
  waitForAgentRequests(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FakeModelServerOptions {
  handler?: FakeHandler;
  /** The model id listed by `/v1/models` and echoed in chunks. */
  model?: string;
}

const MARKER = /\[\[([a-z0-9-]+)(?::([\s\S]*?))?\]\]/g;

export async function startFakeModelServer(options: FakeModelServerOptions = {}): Promise<FakeModelServer> {
  const model = options.model ?? 'fake-model';
  let handler = options.handler;
  const queue: FakeReply[] = [];
  const requests = recordedRequests();
  const open = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const waiters = new Set<() => void>();
  let closed = false;
  let callCounter = 0;

  // A cancellable, unref'd sleep: close() must not wait for a scripted delay, nor a delay keep Node alive.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0 || closed) return resolve();
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timer.unref();
      timers.add(timer);
    });

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: String(error), type: 'fake_server_error' } }));
      } else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readBody(req);
    if (req.method === 'GET' && path.endsWith('/models')) {
      requests.push({ method: 'GET', path, at: Date.now() });
      return json(res, 200, {
        object: 'list',
        data: [{ id: model, object: 'model', created: 0, owned_by: 'fake' }],
      });
    }
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
      requests.push({ method: req.method ?? '?', path, at: Date.now() });
      return json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found' } });
    }
    let body: ChatRequest;
    try {
      body = JSON.parse(raw) as ChatRequest;
    } catch {
      return json(res, 400, { error: { message: 'body is not JSON', type: 'invalid_request_error' } });
    }
    const ctx = context(body);
    requests.push({
      method: 'POST',
      path,
      body,
      kind: ctx.kind,
      prompt: ctx.prompt,
      followUp: ctx.followUp,
      at: Date.now(),
    });
    for (const wake of [...waiters]) wake();

    const reply =
      (ctx.kind === 'agent' ? queue.shift() : undefined) ??
      (handler ? await handler(body, ctx) : undefined) ??
      markerReply(body, ctx);
    await answer(res, body, reply);
  }

  async function answer(res: ServerResponse, body: ChatRequest, reply: FakeReply): Promise<void> {
    if (reply.hang) return; // the response stays open until close() destroys it
    await sleep(reply.delayMs ?? 0);
    if (closed || res.destroyed) return;
    if (reply.error) {
      return json(res, reply.error.status, {
        error: {
          message: reply.error.message,
          type: reply.error.type ?? 'invalid_request_error',
          code: null,
        },
      });
    }
    const usage = withTotal(reply.usage ?? estimateUsage(body, reply));
    const toolCalls = (reply.toolCalls ?? []).map((call): ChatToolCall => ({
      id: `call_${++callCounter}`,
      type: 'function',
      function: {
        name: call.name,
        arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
      },
    }));
    const finish = toolCalls.length > 0 ? 'tool_calls' : 'stop';
    const id = `chatcmpl-fake-${callCounter}-${Date.now()}`;
    const created = Math.floor(Date.now() / 1000);

    if (!body.stream) {
      return json(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: reply.text ?? null,
              ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
            },
            finish_reason: finish,
          },
        ],
        usage,
      });
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const chunk = (delta: Record<string, unknown>, finishReason: string | null, extra = {}) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        choices: [{ index: 0, delta, finish_reason: finishReason }],
        ...extra,
      })}\n\n`;
    const events: string[] = [chunk({ role: 'assistant', content: '' }, null)];
    for (const piece of splitText(reply.text ?? '')) events.push(chunk({ content: piece }, null));
    toolCalls.forEach((call, index) => events.push(chunk({ tool_calls: [{ index, ...call }] }, null)));
    events.push(chunk({}, finish, { usage }));
    events.push('data: [DONE]\n\n');
    for (const [i, event] of events.entries()) {
      if (i > 0) await sleep(reply.chunkDelayMs ?? 0);
      if (closed || res.destroyed) return;
      res.write(event);
    }
    res.end();
  }

  function context(body: ChatRequest): HandlerContext {
    const messages = body.messages ?? [];
    const lastUser = messages.map((m) => m.role).lastIndexOf('user');
    const after = messages.slice(lastUser + 1);
    return {
      kind: Array.isArray(body.tools) && body.tools.length > 0 ? 'agent' : 'title',
      prompt: lastUser >= 0 ? messageText(messages[lastUser]) : '',
      turn: after.filter((m) => m.role === 'assistant').length,
      followUp: messages.at(-1)?.role === 'tool',
      markers: markerReply,
    };
  }

  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  // Idle keep-alive sockets must not keep the test process alive either.
  server.unref();
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    script(next) {
      handler = next;
    },
    enqueue(...replies) {
      queue.push(...replies);
    },
    waitForAgentRequests(n, timeoutMs = 60_000) {
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (requests.agent().length >= n) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${n} agent requests (got ${requests.agent().length})`));
        }, timeoutMs);
        timer.unref();
        waiters.add(check);
        check();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The default handler: follows the markers documented at the top of this file. */
export function markerReply(body: ChatRequest, ctx: HandlerContext): FakeReply {
  if (ctx.kind === 'title') return { text: 'Fake title', usage: { prompt_tokens: 10, completion_tokens: 2 } };
  const markers = parseMarkers(ctx.prompt);
  const first = (name: string) => markers.find((m) => m.name === name)?.value;
  const timing = {
    delayMs: numberOr(first('delay'), 0),
    chunkDelayMs: numberOr(first('chunk-delay'), 0),
    ...usageMarker(first('tokens')),
  };

  const toolCalls: FakeToolCall[] = [];
  for (const marker of markers) {
    if (marker.name === 'write') {
      const bar = marker.value.indexOf('|');
      const filePath = (bar < 0 ? marker.value : marker.value.slice(0, bar)).trim();
      const content = bar < 0 ? '' : unescape(marker.value.slice(bar + 1).trim());
      toolCalls.push({ name: 'write', arguments: { filePath, content } });
    } else if (marker.name === 'bash') {
      toolCalls.push({
        name: 'bash',
        arguments: { command: unescape(marker.value.trim()), description: 'Run a scripted command' },
      });
    }
  }

  if (ctx.turn === 0) {
    if (first('hang') !== undefined) return { hang: true };
    const error = first('error400');
    if (error !== undefined) return { ...timing, error: { status: 400, message: error.trim() } };
    if (toolCalls.length > 0) return { ...timing, toolCalls };
  } else {
    if (first('hang-after-tool') !== undefined) return { hang: true };
    const error = first('error400-after-tool');
    if (error !== undefined) return { ...timing, error: { status: 400, message: error.trim() } };
  }

  const replyFile = first('reply-file');
  const reply = first('reply');
  const text =
    replyFile !== undefined
      ? readFileSync(replyFile.trim(), 'utf8')
      : reply !== undefined
        ? unescape(reply.trim())
        : 'Done.';
  return { ...timing, text };
}

export interface Marker {
  name: string;
  value: string;
}

export function parseMarkers(text: string): Marker[] {
  return [...text.matchAll(MARKER)].map((m) => ({ name: m[1] ?? '', value: m[2] ?? '' }));
}

export interface OpencodeTestEnvOptions {
  /** The model's price in USD per million tokens, so cost budgets can be tested (default: free). */
  cost?: { input: number; output: number };
  /** Merged over the generated config. */
  config?: Record<string, unknown>;
}

/**
 * The complete environment (not merged with process.env, so nothing of the developer's OpenCode set-up
 * leaks in) to run OpenCode isolated and offline against `serverUrl`, with every directory it writes under
 * `baseDir` (created here). The model is `fake/fake-model`.
 */
export function opencodeTestEnv(
  serverUrl: string,
  baseDir: string,
  options: OpencodeTestEnvOptions = {},
): Record<string, string> {
  const dirs = {
    HOME: join(baseDir, 'home'),
    XDG_CONFIG_HOME: join(baseDir, 'xdg-config'),
    XDG_DATA_HOME: join(baseDir, 'xdg-data'),
    XDG_CACHE_HOME: join(baseDir, 'xdg-cache'),
    XDG_STATE_HOME: join(baseDir, 'xdg-state'),
    TMPDIR: join(baseDir, 'tmp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const config = {
    $schema: 'https://opencode.ai/config.json',
    model: 'fake/fake-model',
    small_model: 'fake/fake-model',
    autoupdate: false,
    share: 'disabled',
    // Headless runs cannot answer "ask": OpenCode's `run` rejects such calls and still exits 0. Allow what
    // a coding worker needs; keep the rest explicit so a test sees a deny, not a silent auto-reject.
    permission: {
      edit: 'allow',
      bash: 'allow',
      webfetch: 'deny',
      external_directory: 'deny',
      doom_loop: 'deny',
    },
    provider: {
      fake: {
        npm: '@ai-sdk/openai-compatible',
        name: 'Fake',
        options: { baseURL: serverUrl, apiKey: 'fake-key' },
        models: {
          'fake-model': {
            name: 'Fake model',
            tool_call: true,
            limit: { context: 200_000, output: 32_000 },
            ...(options.cost ? { cost: options.cost } : {}),
          },
        },
      },
    },
    ...options.config,
  };
  return {
    ...dirs,
    PATH: pathWithRipgrep(process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'),
    LANG: 'C.UTF-8',
    TERM: 'dumb',
    OPENCODE_CONFIG_CONTENT: JSON.stringify(config),
    OPENCODE_DISABLE_MODELS_FETCH: '1',
    OPENCODE_DISABLE_FFF: '1',
    OPENCODE_DISABLE_AUTOUPDATE: '1',
    OPENCODE_DISABLE_SHARE: '1',
    OPENCODE_DISABLE_LSP_DOWNLOAD: '1',
    npm_config_offline: 'true',
  };
}

// Without `rg` on PATH the grep and glob tools try to download ripgrep (and fail offline).
function pathWithRipgrep(path: string): string {
  const dirs = path.split(delimiter).filter(Boolean);
  if (dirs.some((dir) => existsSync(join(dir, 'rg')))) return path;
  const extra = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'].find((dir) =>
    existsSync(join(dir, 'rg')),
  );
  return extra ? [extra, ...dirs].join(delimiter) : path;
}

function recordedRequests(): RecordedRequests {
  const list = [] as unknown as RecordedRequests;
  list.agent = () => list.filter((r) => r.kind === 'agent');
  list.title = () => list.filter((r) => r.kind === 'title');
  list.chat = () => list.filter((r) => r.kind !== undefined);
  return list;
}

function messageText(message: ChatMessage | undefined): string {
  const content = message?.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((part) => part.text ?? '').join('\n');
  return '';
}

function usageMarker(value: string | undefined): { usage?: FakeUsage } {
  if (value === undefined) return {};
  const [input, output] = value.split('/').map((part) => Number(part.trim()));
  if (input === undefined || !Number.isFinite(input)) return {};
  return {
    usage: {
      prompt_tokens: input,
      completion_tokens: output !== undefined && Number.isFinite(output) ? output : 0,
    },
  };
}

function estimateUsage(body: ChatRequest, reply: FakeReply): FakeUsage {
  const input = JSON.stringify(body.messages ?? []).length;
  const output = (reply.text ?? '').length + JSON.stringify(reply.toolCalls ?? []).length;
  return { prompt_tokens: Math.ceil(input / 4), completion_tokens: Math.ceil(output / 4) };
}

function withTotal(usage: FakeUsage): Required<FakeUsage> {
  return { ...usage, total_tokens: usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens };
}

// Several content deltas, so clients see a real stream (and chunk delays mean something).
function splitText(text: string): string[] {
  if (text === '') return [];
  const pieces = text.match(/[\s\S]{1,24}/g) ?? [text];
  return pieces;
}

function numberOr(value: string | undefined, fallback: number): number {
  const n = Number(value?.trim());
  return value !== undefined && Number.isFinite(n) ? n : fallback;
}

function unescape(text: string): string {
  return text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
