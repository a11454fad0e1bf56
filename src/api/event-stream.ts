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
  /** Calls back when the plan may have ended (a run of this server settled); returns how to stop. */
  onMaybeEnded(listener: () => void): () => void;
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
    this.stopListening = this.source.onMaybeEnded(() => this.kick());
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

  private write(text: string): boolean {
    if (this.closed || this.res.writableEnded) return true;
    return this.res.write(text);
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.once('drain', done);
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
