/**
 * Following one session of an `opencode serve` through the server's event stream while a subtask runs:
 * its parts become `run`-style lines (opencode-serve-events.ts) for the worker's log and the monitor, its
 * permission requests are refused at once (nobody is there to answer "ask", as with `opencode run`), and
 * the end of each turn is told to whoever waits for it.
 *
 * The signs of a turn's end: the session, busy since the prompt was sent, idle again (an idle alone could be
 * a late echo of the turn before), or an error of the session. Events travel over one local HTTP stream,
 * which the SDK reconnects if it drops; as a safety net the session's status is also polled, so a lost
 * `idle` costs a poll interval, never a hung subtask. A sign is confirmed by the caller with the session's
 * messages (a server starting its first instance has been seen to look idle before it answered).
 */
import type { Event, OpencodeClient } from '@opencode-ai/sdk/v2/client';
import { errorMessage } from '../util/errors.js';
import { SessionEventRenderer } from './opencode-serve-events.js';
import type { OutputListener } from '../runtime/types.js';

const POLL_MS = 2000;

export interface SessionWatchHooks {
  /** `run`-style output: stdout lines of events, stderr lines of refused permissions. */
  onOutput: OutputListener;
  /** The session made progress that printed nothing yet (streamed text, a tool starting). */
  onActivity(): void;
}

export class SessionWatch {
  /** Resolves once the stream is connected: events of a prompt sent after that are not missed. */
  readonly connected: Promise<void>;
  /** What was refused, as `opencode run` says it on stderr (the verdict names the rule from it). */
  stderr = '';
  private readonly controller = new AbortController();
  private readonly renderer: SessionEventRenderer;
  private turn?: { busy: boolean; errored: boolean; waiters: Array<() => void> };
  private poller?: NodeJS.Timeout;

  constructor(
    private readonly client: OpencodeClient,
    private readonly sessionId: string,
    private readonly hooks: SessionWatchHooks,
  ) {
    this.renderer = new SessionEventRenderer(sessionId);
    let connected!: () => void;
    this.connected = new Promise((resolve) => (connected = resolve));
    void this.follow(connected);
  }

  /** Call before sending a prompt: from now on, the signs of its turn's end are watched. */
  startTurn(): void {
    this.turn = { busy: false, errored: false, waiters: [] };
    clearInterval(this.poller);
    this.poller = setInterval(() => void this.poll(), POLL_MS);
    this.poller.unref();
  }

  /**
   * Resolves at the next sign that the turn may have ended: the session idle after being busy, or an error
   * of the session. A sign is not proof (the caller confirms it with the session's messages).
   */
  nextSign(): Promise<void> {
    return new Promise((resolve) => this.turn?.waiters.push(resolve));
  }

  /** Whether the server reported an error of the session during this turn. */
  get errored(): boolean {
    return this.turn?.errored ?? false;
  }

  close(): void {
    clearInterval(this.poller);
    this.controller.abort();
  }

  private async follow(connected: () => void): Promise<void> {
    try {
      const { stream } = await this.client.event.subscribe(
        {},
        { signal: this.controller.signal, sseMaxRetryAttempts: 10 },
      );
      for await (const event of stream as AsyncIterable<Event>) {
        if (event.type === 'server.connected') connected();
        this.handle(event);
      }
    } catch (error) {
      if (!this.controller.signal.aborted)
        this.hooks.onOutput(
          'stderr',
          `orchestrate: event stream of the OpenCode server ended: ${errorMessage(error)}\n`,
        );
    }
  }

  private handle(event: Event): void {
    const rendered = this.renderer.render(event);
    if (event.type === 'session.error' && event.properties.sessionID === this.sessionId && this.turn) {
      this.turn.errored = true;
      this.sign();
    }
    for (const line of rendered.lines) this.hooks.onOutput('stdout', line);
    if (rendered.activity && rendered.lines.length === 0) this.hooks.onActivity();
    switch (event.type) {
      case 'session.status':
        if (event.properties.sessionID === this.sessionId) this.status(event.properties.status.type);
        return;
      case 'session.idle':
        if (event.properties.sessionID === this.sessionId) this.status('idle');
        return;
      case 'permission.asked':
        // The server runs one subtask at a time, so every request on it is this subtask's (its own
        // subagents' included).
        void this.refuse(
          event.properties.id,
          `${event.properties.permission} (${event.properties.patterns.join(', ')})`,
        );
        return;
      case 'question.asked':
        void this.client.question.reject({ requestID: event.properties.id }).catch(() => undefined);
        return;
      default:
        return;
    }
  }

  private status(type: string): void {
    if (!this.turn) return;
    if (type === 'busy' || type === 'retry') this.turn.busy = true;
    else if (type === 'idle' && this.turn.busy) this.sign();
  }

  private sign(): void {
    for (const wake of this.turn?.waiters.splice(0) ?? []) wake();
  }

  private async poll(): Promise<void> {
    try {
      const { data } = await this.client.session.status({}, { signal: AbortSignal.timeout(POLL_MS) });
      const status = data?.[this.sessionId];
      if (status) this.status(status.type);
      // Not busy by the server's own account: a sign even when the stream never said busy (it may have
      // dropped both), to be confirmed like any other.
      else this.sign();
    } catch {
      // The stream or the next poll will tell.
    }
  }

  private async refuse(requestID: string, what: string): Promise<void> {
    const line = `! permission requested: ${what}; auto-rejecting\n`;
    this.stderr += line;
    this.hooks.onOutput('stderr', line);
    await this.client.permission.reply({ requestID, reply: 'reject' }).catch(() => undefined);
  }
}
