/**
 * Live progress on stderr. In a terminal: one line per worker, redrawn in place as events arrive. Otherwise
 * (CI logs, pipes): one plain line per event, so logs read top to bottom.
 */
import type { OrchestratorEvent } from '../engine/types.js';
import { formatDuration } from '../util/format.js';
import { workerName } from '../plan/types.js';

interface WorkerLine {
  name: string;
  done: number;
  total: number;
  current?: string;
  state: string;
}

export class Progress {
  private readonly lines = new Map<string, WorkerLine>();
  private drawn = 0;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly live = Boolean(process.stderr.isTTY) && !process.env.CI,
  ) {}

  onEvent = (event: OrchestratorEvent): void => {
    if (this.live) this.update(event);
    else this.plain(event);
  };

  private plain(e: OrchestratorEvent): void {
    const time = e.ts.slice(11, 19);
    let who = '';
    let detail = '';
    switch (e.type) {
      case 'plan.created':
        detail = ` ${e.subtasks.length} subtasks`;
        break;
      case 'worker.spawned':
      case 'worker.stopped':
        who = ` ${e.worker}`;
        break;
      case 'task.started':
        who = ` ${e.worker} ${e.taskId}`;
        break;
      case 'task.dispatched':
        who = ` ${e.worker} ${e.taskId}`;
        detail = ` ${e.url}`;
        break;
      case 'task.completed':
      case 'task.failed':
      case 'task.skipped':
      case 'task.cancelled':
        who = ` ${e.worker} ${e.taskId}`;
        if (e.durationMs !== undefined) detail = ` (${formatDuration(e.durationMs)})`;
        if (e.type !== 'task.completed') detail += ` ${e.status}: ${e.error ?? ''}`;
        break;
      case 'plan.completed':
        detail = ` ${e.status} (${formatDuration(e.durationMs)})`;
        break;
      case 'log':
        who = `${e.worker ? ` ${e.worker}` : ''}${e.taskId ? ` ${e.taskId}` : ''}`;
        detail = ` ${e.message}`;
        break;
    }
    this.out.write(`[${time}] ${e.type}${who}${detail}\n`);
  }

  private update(e: OrchestratorEvent): void {
    if (e.type === 'plan.created') {
      for (const s of e.subtasks) {
        const name = workerName(s.domain);
        const line = this.lines.get(name) ?? { name, done: 0, total: 0, state: 'waiting' };
        line.total++;
        this.lines.set(name, line);
      }
    }
    const line = 'worker' in e && e.worker ? this.lines.get(e.worker) : undefined;
    if (line) {
      if (e.type === 'task.started') {
        line.current = e.taskId;
        line.state = 'running';
      } else if (
        e.type === 'task.completed' ||
        e.type === 'task.failed' ||
        e.type === 'task.skipped' ||
        e.type === 'task.cancelled'
      ) {
        line.done++;
        line.current = undefined;
        line.state =
          e.type === 'task.completed'
            ? line.done === line.total
              ? 'done'
              : 'waiting'
            : `${e.status} ${e.taskId}`;
      } else if (e.type === 'worker.stopped') {
        line.state = line.state === 'running' ? 'stopped' : line.state;
      }
    }
    this.redraw();
    if (e.type === 'plan.completed') this.out.write(`plan ${e.planId}: ${e.status}\n`);
  }

  private redraw(): void {
    if (this.drawn > 0) this.out.write(`\x1b[${this.drawn}A`);
    for (const l of this.lines.values()) {
      const current = l.current ? ` ${l.current}` : '';
      this.out.write(`\x1b[2K${l.name.padEnd(28)} ${l.done}/${l.total} ${l.state}${current}\n`);
    }
    this.drawn = this.lines.size;
  }
}
