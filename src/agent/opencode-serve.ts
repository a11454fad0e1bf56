/**
 * The `opencode` agent's long-lived session: one `opencode serve` per worker, started in the worker's own
 * environment (Worker.startService: its sandbox, its container) on its first subtask and reused by every
 * later one, so a subtask costs a prompt (~0.15 s of OpenCode's own time, bench/opencode.ts) instead of a
 * process start (~3.5 s). Each subtask is a new session on that server, driven with OpenCode's SDK (pinned
 * to the binary's version); the session's messages are the subtask's conversation: its prompt, and the
 * answers of the orchestrator whenever the agent ends a turn asking something (AgentConversation).
 *
 * It keeps what `opencode run` gives: the session's events printed as `run` prints them into the worker's
 * log and to the monitor (budgets, stalls), the result and usage from its messages (opencode-verdict.ts),
 * model errors failing the subtask with the model's message; stopping it aborts the session. The server is
 * the worker's: it listens where only the orchestrator is meant to reach it, behind a password of its own.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createOpencodeClient, type OpencodeClient } from '@opencode-ai/sdk/v2/client';
import type { ServiceCommand, WorkerService } from '../runtime/types.js';
import { errorMessage } from '../util/errors.js';
import { parseOpencodeOutput } from './opencode-events.js';
import { lastTurnText, messagesToOutput, type SessionMessage } from './opencode-serve-events.js';
import { SessionWatch } from './opencode-session-watch.js';
import { opencodeVerdict } from './opencode-verdict.js';
import type { AgentTaskContext, AgentVerdict, NextTurn } from './types.js';

export const OPENCODE_SERVE_SCRIPT_TAIL =
  'exec "$bin" serve --hostname "$ORCH_SERVICE_HOST" --port "$ORCH_OPENCODE_PORT"\n';
const READY = /opencode server listening on https?:\/\/\S+:(\d+)/;
/** A first start sets up OpenCode's data directory; a busy machine may take a while. */
const READY_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
/** How long an aborted session may take to stop before its server is ended instead. */
const ABORT_GRACE_MS = 5_000;
const KEEP_ALIVE_MS = 1_000;
const PORTS = { from: 20_000, to: 32_000 };
/** Signs of a turn's end (idle, polled every 2 s) after which it ends even unconfirmed. */
const UNCONFIRMED_SIGNS = 4;

export interface ServeSettings {
  /** The service's script (the binary's lookup, opencode.ts, then `serve`). */
  script: string;
  /** The service's variables: where the binary is, the permission rules, the directory. */
  env: Record<string, string>;
  /** Host files the script runs (the binary). */
  hostPaths?: readonly string[];
  /** `provider/model` for every prompt; OpenCode's configured default when absent. */
  model?: string;
  agentName?: string;
  title(ctx: AgentTaskContext): string;
}

type TurnEnding = 'idle' | 'stopped' | 'lost';

export class OpencodeServer {
  private ended?: number | null;

  private constructor(
    private readonly service: WorkerService,
    private readonly client: OpencodeClient,
    private readonly settings: ServeSettings,
  ) {
    void service.exited.then((code) => (this.ended = code));
  }

  /** Starts the server on the worker; rejects with the reason it cannot run there. */
  static async start(
    startService: (service: ServiceCommand) => Promise<WorkerService>,
    workdir: string,
    settings: ServeSettings,
  ): Promise<OpencodeServer> {
    const password = randomBytes(24).toString('base64url');
    const service = await withFreshPort((port) =>
      startService({
        name: 'opencode-serve',
        script: settings.script,
        ...(settings.hostPaths ? { hostPaths: settings.hostPaths } : {}),
        env: { ...settings.env, OPENCODE_SERVER_PASSWORD: password, ORCH_OPENCODE_PORT: String(port) },
        ready: READY,
        readyTimeoutMs: READY_TIMEOUT_MS,
      }),
    );
    const client = createOpencodeClient({
      baseUrl: service.url,
      directory: workdir,
      headers: { authorization: `Basic ${Buffer.from(`opencode:${password}`).toString('base64')}` },
    });
    try {
      await answering(client);
    } catch (error) {
      await service.stop();
      throw error;
    }
    return new OpencodeServer(service, client, settings);
  }

  /** False once the server has ended (its container removed, a crash): the next subtask starts another. */
  get alive(): boolean {
    return this.ended === undefined;
  }

  stop(): Promise<void> {
    return this.service.stop();
  }

  /** One subtask: a new session, its prompt, then a turn per answer the conversation gives. */
  async run(ctx: AgentTaskContext): Promise<AgentVerdict> {
    const output = ctx.onOutput;
    const print: AgentTaskContext['onOutput'] = (stream, text) => {
      this.service.log(text);
      output(stream, text);
    };
    const created = await request('creating a session', () =>
      this.client.session.create(
        { title: this.settings.title(ctx) },
        { throwOnError: true, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      ),
    );
    const sessionId = created.data.id;
    const watch = new SessionWatch(this.client, sessionId, {
      onOutput: print,
      // An empty chunk is progress to the monitor and nothing to the log.
      onActivity: () => output('stdout', ''),
    });
    let ending: TurnEnding = 'idle';
    let failure: string | undefined;
    let turns = 0;
    try {
      await withTimeout(watch.connected, REQUEST_TIMEOUT_MS, 'the OpenCode server sent no events');
      let text = readFileSync(ctx.promptFile, 'utf8');
      for (;;) {
        turns++;
        // The agent's time starts with its prompt (not with its server's start).
        output('stdout', '');
        ending = await this.turn(sessionId, text, watch, ctx.signal);
        if (ending !== 'idle' || !ctx.conversation) break;
        const messages = await this.messages(sessionId);
        const run = parseOpencodeOutput(messagesToOutput(messages));
        if (run.errors.length > 0) break;
        const next = await keepingAlive(output, () =>
          ctx.conversation!.next({ turn: turns, text: lastTurnText(messages) }, ctx.signal),
        );
        if (ctx.signal.aborted) {
          ending = 'stopped';
          break;
        }
        if (next.kind === 'reply') {
          text = next.text;
          continue;
        }
        if (next.kind === 'fail') failure = next.error;
        break;
      }
    } finally {
      watch.close();
      this.service.log(`[${ctx.taskId}] session ${sessionId} ${ending}\n`);
    }
    const messages = this.alive ? await this.messages(sessionId).catch(() => []) : [];
    const verdict = opencodeVerdict(parseOpencodeOutput(messagesToOutput(messages)), {
      stopped: ending !== 'idle',
      exitCode: 0,
      stderr: watch.stderr,
    });
    const details = { ...verdict.details, via: 'opencode serve', turns };
    if (ending === 'lost')
      return {
        ...verdict,
        status: 'failed',
        error: `the OpenCode server of ${ctx.worker.spec.name} ended (exit ${this.ended ?? 'by a signal'}) before the subtask finished`,
        details,
      };
    if (failure !== undefined && verdict.status === 'completed')
      return { ...verdict, status: 'failed', error: failure, details };
    return { ...verdict, details };
  }

  /** Sends one prompt and waits for the turn it starts to end, the subtask to be stopped, or the server to go. */
  private async turn(
    sessionId: string,
    text: string,
    watch: SessionWatch,
    signal: AbortSignal,
  ): Promise<TurnEnding> {
    if (signal.aborted) return 'stopped';
    watch.startTurn();
    const [providerID, ...rest] = this.settings.model?.split('/') ?? [];
    await request('sending a prompt', () =>
      this.client.session.promptAsync(
        {
          sessionID: sessionId,
          parts: [{ type: 'text', text }],
          ...(providerID && rest.length > 0 ? { model: { providerID, modelID: rest.join('/') } } : {}),
          ...(this.settings.agentName ? { agent: this.settings.agentName } : {}),
          // Its question tool would wait for a person mid-turn; asked in text, a question ends the turn and
          // the conversation answers it.
          tools: { question: false },
        },
        { throwOnError: true, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      ),
    );
    const stopped = new Promise<'stopped'>((resolve) => {
      if (signal.aborted) resolve('stopped');
      signal.addEventListener('abort', () => resolve('stopped'), { once: true });
    });
    const lost = this.service.exited.then(() => 'lost' as const);
    const idle = this.turnEnd(sessionId, watch);
    const first = await Promise.race([idle, stopped, lost]);
    if (first !== 'stopped') return first;
    // Stop the turn, and wait for the session to settle so its record is whole; a session that does not
    // stop in time takes its server with it (its tools may hang), and the next subtask starts another.
    await this.client.session
      .abort({ sessionID: sessionId }, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
      .catch(() => undefined);
    const settled = await Promise.race([
      idle.then(() => true),
      lost.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), ABORT_GRACE_MS).unref()),
    ]);
    if (!settled) await this.stop();
    return 'stopped';
  }

  /**
   * The end of a turn: a sign of it (idle, an error) that the session's messages confirm, its last message
   * being the agent's, complete. A session idle for good with no answer (it failed before it could make
   * one) ends the turn after a few signs.
   */
  private async turnEnd(sessionId: string, watch: SessionWatch): Promise<'idle'> {
    for (let sign = 1; ; sign++) {
      await watch.nextSign();
      if (watch.errored || sign >= UNCONFIRMED_SIGNS) return 'idle';
      const last = (await this.messages(sessionId).catch(() => [])).at(-1)?.info;
      if (last?.role === 'assistant' && (last.time.completed !== undefined || last.error)) return 'idle';
    }
  }

  private async messages(sessionId: string): Promise<SessionMessage[]> {
    const { data } = await request('reading the session', () =>
      this.client.session.messages(
        { sessionID: sessionId },
        { throwOnError: true, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      ),
    );
    return data;
  }
}

/** While the orchestrator decides an answer, the agent is waiting, not stalling: tell the monitor so. */
async function keepingAlive(
  output: AgentTaskContext['onOutput'],
  work: () => Promise<NextTurn>,
): Promise<NextTurn> {
  const timer = setInterval(() => output('stdout', ''), KEEP_ALIVE_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A port of its own for every server, never `--port 0`: OpenCode then takes 4096 whenever it is free, so
 * one worker's server after another would listen at the same address, and a connection this process kept
 * open to the one before (fetch pools them by address) would be reused and reset. Below the ephemeral range;
 * a port in use fails the start, and another is tried.
 */
async function withFreshPort<T>(start: (port: number) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const port = PORTS.from + randomInt(PORTS.to - PORTS.from);
    try {
      return await start(port);
    } catch (error) {
      if (attempt >= 3 || !/ServeError|EADDRINUSE|in use/i.test(errorMessage(error))) throw error;
    }
  }
}

/**
 * Waits until the server answers: it prints that it listens a moment before it serves, and a connection
 * made in between may be reset.
 */
async function answering(client: OpencodeClient): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      const { response } = await client.global.health({ signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      if (response.ok) return;
      throw new Error(`HTTP ${response.status}`);
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`the OpenCode server listens but does not answer: ${errorMessage(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A request to the server, failing with what was asked and why (fetch hides the reason in `cause`). */
async function request<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    throw new Error(
      `OpenCode server: ${what} failed: ${errorMessage(error)}${cause ? ` (${errorMessage(cause)})` : ''}`,
    );
  }
}

export function serveUnavailable(worker: string, error: unknown): string {
  return `no OpenCode server on ${worker} (${errorMessage(error)}): its subtasks run as \`opencode run\``;
}
