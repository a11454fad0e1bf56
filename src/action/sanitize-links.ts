/**
 * Images and links in one left-to-right scan: `![alt](url "title")` and `![alt][ref]` vanish, `[text](url)`
 * and `[text][ref]` keep their text. Brackets are matched with a stack, so `[[[x](a)](b)](c)` resolves in
 * the same scan, and what follows a `]` is matched by hand against tables of "where the next such character
 * is", so no position is scanned more than a fixed number of times, whatever the text.
 *
 * A link destination is read as CommonMark reads it: `(url)`, `(<url with spaces>)`, `(url "title")`. A
 * parenthesis with spaces and no quoted title is not a link (`[Skill: x](id: ui)` stays text, as GitHub
 * shows it). A label never spans a line.
 */
import { CharBuffer } from './char-buffer.js';

const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** For each index, the first index at or after it whose unit satisfies `hit` (`text.length` when none). */
function nextWhere(text: string, hit: (c: number) => boolean): Int32Array {
  const next = new Int32Array(text.length + 2).fill(text.length);
  for (let i = text.length - 1; i >= 0; i--) next[i] = hit(text.charCodeAt(i)) ? i : next[i + 1]!;
  return next;
}

const NL = 0x0a;

class Lookahead {
  private readonly nonSpace: Int32Array;
  private readonly spaceOrParen: Int32Array;
  private readonly gt: Int32Array;
  private readonly dquote: Int32Array;
  private readonly squote: Int32Array;
  private readonly closeParen: Int32Array;
  private readonly closeBracket: Int32Array;

  constructor(private readonly s: string) {
    this.nonSpace = nextWhere(s, (c) => !isSpace(c));
    this.spaceOrParen = nextWhere(s, (c) => isSpace(c) || c === 0x28 || c === 0x29);
    this.gt = nextWhere(s, (c) => c === 0x3e || c === NL);
    this.dquote = nextWhere(s, (c) => c === 0x22 || c === NL);
    this.squote = nextWhere(s, (c) => c === 0x27 || c === NL);
    this.closeParen = nextWhere(s, (c) => c === 0x29 || c === NL);
    this.closeBracket = nextWhere(s, (c) => c === 0x5d || c === NL);
  }

  private at(i: number): number {
    return i < this.s.length ? this.s.charCodeAt(i) : -1;
  }

  /** The end (exclusive) of a link destination starting with `(` at `p`, or -1. */
  destination(p: number): number {
    const q = this.nonSpace[p + 1]!;
    if (this.at(q) === 0x3c) {
      const gt = this.gt[q + 1]!;
      if (this.at(gt) === 0x3e) {
        const end = this.afterUrl(gt + 1);
        if (end >= 0) return end;
      }
    }
    return this.afterUrl(this.spaceOrParen[q]!);
  }

  /** After the URL: an optional title after at least one space, then spaces and `)`. */
  private afterUrl(u: number): number {
    const w = this.nonSpace[u]!;
    if (w > u) {
      const open = this.at(w);
      const table =
        open === 0x22
          ? this.dquote
          : open === 0x27
            ? this.squote
            : open === 0x28
              ? this.closeParen
              : undefined;
      if (table) {
        const close = table[w + 1]!;
        if (this.at(close) === (open === 0x28 ? 0x29 : open)) {
          const t = this.nonSpace[close + 1]!;
          if (this.at(t) === 0x29) return t + 1;
        }
      }
    }
    return this.at(w) === 0x29 ? w + 1 : -1;
  }

  /** The end (exclusive) of a reference label `[…]` starting at `p`, or -1. */
  reference(p: number): number {
    const close = this.closeBracket[p + 1]!;
    return this.at(close) === 0x5d ? close + 1 : -1;
  }
}

export function linkPass(s: string): string {
  if (!s.includes(']')) return s;
  const look = new Lookahead(s);
  const out = new CharBuffer(s.length);
  // Positions in `out` of `[` that may still open a label, and of the `[` of links whose text was kept.
  const open: number[] = [];
  const dropped = new Uint8Array(s.length + 1);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === NL) open.length = 0;
    else if (c === 0x5b) open.push(out.length);
    else if (c === 0x5d && open.length > 0) {
      const at = open.pop()!;
      const next = s.charCodeAt(i + 1);
      const end = next === 0x28 ? look.destination(i + 1) : next === 0x5b ? look.reference(i + 1) : -1;
      if (end >= 0) {
        if (at > 0 && out.unitAt(at - 1) === 0x21 && dropped[at - 1] === 0) out.truncate(at - 1);
        else dropped[at] = 1;
        i = end - 1;
        continue;
      }
    }
    dropped[out.length] = 0;
    out.pushUnit(c);
  }
  let text = '';
  let from = 0;
  const whole = out.toString();
  for (let i = 0; i < whole.length; i++) {
    if (dropped[i] === 1) {
      text += whole.slice(from, i);
      from = i + 1;
    }
  }
  return text + whole.slice(from);
}
