/**
 * What an `opencode serve` session does, in the words of `opencode run --format json`: one JSON event a line
 * (`step_start`, `text`, `tool_use`, `step_finish`, `error`), each printed once its part has reached its
 * final state, as `run` prints them. So a session's live output reads like a run's in the worker's log, the
 * same monitor holds it to its budgets (opencode.ts), and the same parser (opencode-events.ts) turns its
 * messages into the subtask's result.
 *
 * Two sources: the server's event stream while a turn runs (`message.part.updated` of the session's parts,
 * `session.error`), and the session's messages once it is idle, which are the record the result is built
 * from (an event stream may drop and reconnect; the messages are complete).
 */
import type { Event, Message, Part } from '@opencode-ai/sdk/v2/client';
import { parseOpencodeOutput } from './opencode-events.js';

export interface SessionMessage {
  info: Message;
  parts: Part[];
}

/** A part as `run` prints it once it is final (text ended, tool call ended, step started or finished). */
export function partLine(part: Part, timestamp = Date.now()): string | undefined {
  const type = runEventType(part);
  return type === undefined
    ? undefined
    : JSON.stringify({ type, timestamp, sessionID: part.sessionID, part });
}

function runEventType(part: Part): string | undefined {
  switch (part.type) {
    case 'step-start':
      return 'step_start';
    case 'step-finish':
      return 'step_finish';
    case 'text':
      return part.time?.end !== undefined ? 'text' : undefined;
    case 'reasoning':
      return part.time.end !== undefined ? 'reasoning' : undefined;
    case 'tool':
      return part.state.status === 'completed' || part.state.status === 'error' ? 'tool_use' : undefined;
    default:
      return undefined;
  }
}

function errorLine(sessionID: string, error: unknown, timestamp = Date.now()): string {
  return JSON.stringify({ type: 'error', timestamp, sessionID, error });
}

export interface RenderedEvent {
  /** Lines for the log and the monitor, each ending in a new line. */
  lines: string[];
  /** The session made progress (a streamed token, a tool starting), whether or not a line was printed. */
  activity: boolean;
}

/** Renders one session's events from a server's stream; other sessions' events are ignored. */
export class SessionEventRenderer {
  /** Parts already printed: a part is updated many times, and printed once. */
  private readonly printed = new Set<string>();

  constructor(private readonly sessionId: string) {}

  render(event: Event): RenderedEvent {
    const none = { lines: [], activity: false };
    switch (event.type) {
      case 'message.part.updated': {
        const { part } = event.properties;
        if (part.sessionID !== this.sessionId) return none;
        const line = this.printed.has(part.id) ? undefined : partLine(part, event.properties.time);
        if (line !== undefined) this.printed.add(part.id);
        return { lines: line === undefined ? [] : [`${line}\n`], activity: true };
      }
      case 'message.part.delta':
        return { lines: [], activity: event.properties.sessionID === this.sessionId };
      case 'session.error':
        return event.properties.sessionID === this.sessionId && event.properties.error
          ? { lines: [`${errorLine(this.sessionId, event.properties.error)}\n`], activity: true }
          : none;
      default:
        return none;
    }
  }
}

/** A session's messages as `run` would have printed them: every assistant step's final parts, and its error. */
export function messagesToOutput(messages: readonly SessionMessage[]): string {
  const lines: string[] = [];
  for (const { info, parts } of messages) {
    if (info.role !== 'assistant') continue;
    const at = info.time.completed ?? info.time.created;
    for (const part of parts) {
      const line = partLine(part, at);
      if (line !== undefined) lines.push(line);
    }
    if (info.error) lines.push(errorLine(info.sessionID, info.error, at));
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The messages since the last prompt: what the agent did in its latest turn. */
export function lastTurn(messages: readonly SessionMessage[]): SessionMessage[] {
  const lastUser = messages.map((m) => m.info.role).lastIndexOf('user');
  return messages.slice(lastUser + 1);
}

/** What the agent ended its latest turn saying: the text of its last step that said anything. */
export function lastTurnText(messages: readonly SessionMessage[]): string {
  return parseOpencodeOutput(messagesToOutput(lastTurn(messages))).finalText;
}
