/**
 * Reads a file that only grows, one line at a time, from where it left off: only whole lines (a line being
 * appended is left until its `\n` is there), numbered from 1 as they are in the file. The run's event log is
 * appended one whole line per write (engine/run-files.ts), so its line numbers never change.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface Line {
  /** From 1. */
  number: number;
  text: string;
}

const NEWLINE = 0x0a;

export class LineTail {
  private fd: number | undefined;
  /** Bytes read up to the end of the last whole line. */
  private offset = 0;
  private lines = 0;

  /** Lines up to `after` (a line number) are read past and never returned. */
  constructor(
    private readonly path: string,
    private readonly after = 0,
  ) {}

  /**
   * The whole lines appended since the last call, about `chunk` bytes of them at most (more when one line
   * is longer); none while the file does not exist.
   */
  read(chunk = 256 * 1024): Line[] {
    if (this.fd === undefined) {
      try {
        this.fd = openSync(this.path, 'r');
      } catch {
        return [];
      }
    }
    const out: Line[] = [];
    while (out.length === 0) {
      const size = fstatSync(this.fd).size;
      if (size <= this.offset) return out;
      let length = Math.min(size - this.offset, chunk);
      let bytes = this.readAt(length);
      let end = bytes.lastIndexOf(NEWLINE);
      if (end < 0 && length < size - this.offset) {
        // One line longer than a chunk: read to the end of the file for it.
        length = size - this.offset;
        bytes = this.readAt(length);
        end = bytes.lastIndexOf(NEWLINE);
      }
      if (end < 0) return out;
      let start = 0;
      while (start <= end) {
        const stop = bytes.indexOf(NEWLINE, start);
        this.lines++;
        if (this.lines > this.after)
          out.push({ number: this.lines, text: bytes.toString('utf8', start, stop) });
        start = stop + 1;
      }
      this.offset += end + 1;
    }
    return out;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private readAt(length: number): Buffer {
    const bytes = Buffer.alloc(length);
    const got = readSync(this.fd!, bytes, 0, length, this.offset);
    return bytes.subarray(0, got);
  }
}
