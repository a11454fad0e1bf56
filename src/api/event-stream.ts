/**
 * `GET /v1/orchestrate/:planId/events`: the run's event log as Server-Sent Events, read from the file (so a
 * plan run by another orchestrator, or started before this server restarted, streams too). Each message's
 * `id` is its line number, so a client that reconnects with `Last-Event-ID` gets every later line once. The
 * file is watched (inotify through fs.watch) for low latency, and polled as well, since a watch can miss
 * events or be refused (no inotify watches left); the stream ends once no orchestrator runs the plan.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { PlanStatus } from '../engine/types.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { LineTail } from './line-tail.js';

export const EVENT_LOG = 'event_log.jsonl';
const HEARTBEAT_MS = 15_000;

export interface StreamSource {
  runDir: string;
  /** The line number the client has already (its `Last-Event-ID`), 0 for all. */
  after: number;
  /** True once no orchestrator runs the plan: nothing will be appended to its log by this run. */
  ended(): boolean;
  /** The plan's status once it ended. */
  finalStatus(): PlanStatus;
  /** Calls back when the log may have grown or the plan may have ended; returns how to stop. */
  onChange(listener: () => void): () => void;
  logger: Logger;
}

export class EventStream {
  private readonly tail: LineTail;
  private readonly timers: NodeJS.Timeout[] = [];
  private watcher: FSWatcher | undefined;
  private stopListening: () => void = () => undefined;
  private pumping = false;
  private again = false;
  private closed = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly source: StreamSource,
    /** Called once when the stream is over, whoever ended it. */
    private readonly onClose: () => void,
  ) {
    this.tail = new LineTail(join(source.runDir, EVENT_LOG), source.after);
  }

  start(): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      // Proxies that buffer responses (nginx) would hold the events back.
      'x-accel-buffering': 'no',
    });
    this.res.flushHeaders();
    this.res.on('close', () => this.close());
    let pollMs = 1_000;
    try {
      this.watcher = watch(this.source.runDir, (_, name) => {
        if (name === null || name === EVENT_LOG) this.kick();
      });
      this.watcher.on('error', () => undefined);
    } catch (error) {
      this.source.logger.debug(`watching ${this.source.runDir}: ${errorMessage(error)}; polling instead`);
      pollMs = 100;
    }
    this.timers.push(setInterval(() => this.kick(), pollMs));
    this.timers.push(setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS));
    this.stopListening = this.source.onChange(() => this.kick());
    this.kick();
  }

  /** Ends the stream without the `end` message (the server stops; the client reconnects elsewhere). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.watcher?.close();
    this.stopListening();
    this.tail.close();
    if (!this.res.writableEnded) this.res.end();
    this.onClose();
  }

  private kick(): void {
    if (this.closed) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.pump()
      .catch((error: unknown) => {
        this.source.logger.warn(`event stream of ${this.source.runDir}: ${errorMessage(error)}`);
        this.close();
      })
      .finally(() => {
        this.pumping = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async pump(): Promise<void> {
    // Asked before the last read: once no orchestrator runs the plan, whatever it wrote is in the file.
    const ended = this.source.ended();
    for (let lines = this.tail.read(); lines.length > 0 && !this.closed; lines = this.tail.read()) {
      let room = true;
      for (const line of lines) {
        if (!isJson(line.text)) {
          this.source.logger.warn(`${EVENT_LOG} of ${this.source.runDir}: line ${line.number} is not JSON`);
          continue;
        }
        room = this.write(`id: ${line.number}\ndata: ${line.text}\n\n`);
      }
      if (!room) await this.drained();
    }
    if (ended && !this.closed) {
      this.write(`event: end\ndata: ${JSON.stringify({ status: this.source.finalStatus() })}\n\n`);
      this.close();
    }
  }

  /**
   * Writes to the socket itself: ServerResponse.write holds a chunk back until the next tick (it corks the
   * socket to join the chunk's framing and data), and a plan run by this process keeps the event loop busy
   * for tens of milliseconds after it logs an event (it starts the next subtask), so every event would wait
   * for that (bench/api.ts: 18 ms from the event to the client through ServerResponse, 1 ms this way). The framing is HTTP/1.1's chunked
   * encoding, which Node chose for the response (an HTTP/1.0 client gets the bytes as they are).
   */
  private write(text: string): boolean {
    const socket = this.res.socket;
    if (this.closed || this.res.writableEnded || !socket || socket.destroyed) return true;
    return this.res.chunkedEncoding
      ? socket.write(`${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`)
      : socket.write(text);
  }

  private drained(): Promise<void> {
    const socket = this.res.socket;
    if (!socket) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        socket.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      socket.once('drain', done);
      this.res.once('close', done);
    });
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
