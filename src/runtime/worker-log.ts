/**
 * A worker's log, `<runDir>/omo-worker-<domain>.log`: everything its subtasks print, appended as it comes,
 * plus a line per subtask's end. It is the one full copy of a worker's output (results and memory keep
 * bounded parts) and what the first window of a worker's tmux session follows. Writes are synchronous, so
 * whoever reads the log once a subtask has ended sees all of it.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export class WorkerLog {
  private fd: number | undefined;
  private failed = false;

  constructor(readonly path: string) {}

  write(text: string): void {
    if (this.failed) return;
    try {
      this.fd ??= openSync(this.path, 'a');
      writeSync(this.fd, text);
    } catch {
      // The log is a convenience: a run must not fail because its directory went away or the disk is full.
      this.failed = true;
    }
  }

  /** Closes the file; writing afterwards opens it again. */
  close(): Promise<void> {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // Already closed.
      }
    }
    this.fd = undefined;
    return Promise.resolve();
  }
}
