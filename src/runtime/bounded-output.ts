/**
 * What the orchestrator keeps in memory of one command's output stream: the first and the last part, never
 * more than `limit` characters in all, and how much was dropped in between. A command may print gigabytes;
 * its full output is in the worker's log (written as it streams), not here. The tail matters as much as the
 * head: an agent's answer (OpenCode's last events, a command's last lines) comes at the end.
 */
export const DEFAULT_CAPTURE_LIMIT = 16 * 1024 * 1024;

export class BoundedOutput {
  private head = '';
  private tail: string[] = [];
  private tailLength = 0;
  /** Characters dropped between the head and the tail. */
  dropped = 0;

  constructor(private readonly limit = DEFAULT_CAPTURE_LIMIT) {}

  push(chunk: string): void {
    const headRoom = Math.floor(this.limit / 2) - this.head.length;
    if (headRoom > 0) {
      this.head += chunk.slice(0, headRoom);
      chunk = chunk.slice(headRoom);
      if (chunk === '') return;
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    const tailLimit = this.limit - Math.floor(this.limit / 2);
    while (this.tailLength > tailLimit) {
      const first = this.tail[0]!;
      const excess = this.tailLength - tailLimit;
      if (first.length <= excess) {
        this.tail.shift();
        this.tailLength -= first.length;
        this.dropped += first.length;
      } else {
        this.tail[0] = first.slice(excess);
        this.tailLength -= excess;
        this.dropped += excess;
      }
    }
  }

  /** Head and tail, with a line saying how much is missing between them when anything was dropped. */
  text(): string {
    const tail = this.tail.join('');
    if (this.dropped === 0) return this.head + tail;
    return `${this.head}\n[… ${this.dropped} characters of output not kept in memory; the worker's log has them …]\n${tail}`;
  }
}
