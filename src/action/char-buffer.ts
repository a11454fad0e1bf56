/**
 * A growable buffer of UTF-16 code units that can be cut back in O(1): the sanitizer writes its output here
 * and drops what a construct turns out to hide, where string slicing would copy everything written so far.
 */
export class CharBuffer {
  private units: Uint16Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + extra));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  pushCode(codePoint: number): void {
    if (codePoint > 0xffff) {
      this.reserve(2);
      const v = codePoint - 0x10000;
      this.units[this.length++] = 0xd800 + (v >> 10);
      this.units[this.length++] = 0xdc00 + (v & 0x3ff);
    } else {
      this.reserve(1);
      this.units[this.length++] = codePoint;
    }
  }

  pushUnit(unit: number): void {
    this.reserve(1);
    this.units[this.length++] = unit;
  }

  unitAt(index: number): number {
    return this.units[index]!;
  }

  /** Moves the units from `from` on to `to` (`to` < `from`), dropping what lay between. */
  cut(to: number, from: number): void {
    this.units.copyWithin(to, from, this.length);
    this.length -= from - to;
  }

  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  endsWith(ascii: string): boolean {
    if (this.length < ascii.length) return false;
    const start = this.length - ascii.length;
    for (let i = 0; i < ascii.length; i++) if (this.units[start + i] !== ascii.charCodeAt(i)) return false;
    return true;
  }

  toString(): string {
    let out = '';
    // In chunks: String.fromCharCode takes its units as arguments, and argument lists are bounded.
    for (let i = 0; i < this.length; i += 8192) {
      out += String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 8192)));
    }
    return out;
  }
}
