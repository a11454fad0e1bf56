/**
 * A worker's log, `<runDir>/omo-worker-<domain>.log`: everything its subtasks print, appended as it comes,
 * plus a line per subtask's end. It is the one full copy of a worker's output (results and memory keep
 * bounded parts) and what the first window of a worker's tmux session follows.
 */
import { createWriteStream, type WriteStream } from 'node:fs';

export class WorkerLog {
  private stream: WriteStream | undefined;
  private failed = false;

  constructor(readonly path: string) {}

  write(text: string): void {
    if (this.failed) return;
    if (!this.stream) {
      this.stream = createWriteStream(this.path, { flags: 'a' });
      // The log is a convenience: a run must not fail because its directory went away or the disk is full.
      this.stream.on('error', () => {
        this.failed = true;
      });
    }
    this.stream.write(text);
  }

  /** Flushes and closes; writing afterwards opens it again. */
  close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    if (!stream) return Promise.resolve();
    return new Promise((resolve) => stream.end(() => resolve()));
  }
}
