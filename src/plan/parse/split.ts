/**
 * Top-level splitting of a task list: separators inside quotes or parentheses do not split, so
 * `"Build UI, with forms", Fix parser (lexer, grammar)` is two tasks. Quotes and parentheses never span a line
 * break and an unmatched one is plain text, so a stray quote or apostrophe damages at most its own line.
 */

const BOUNDARY_BEFORE = /[\s,;|(]/;
const BOUNDARY_AFTER = /[\s,;|)]/;

/** For each index of `text`, 1 when it lies in a quoted span or a balanced pair of parentheses. */
export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const mark = (from: number, to: number): void => {
    mask.fill(1, from, to + 1);
  };
  const lineEnd = (from: number): number => {
    const n = text.indexOf('\n', from);
    return n === -1 ? text.length : n;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let close = -1;
    if (c === '"' || c === '\u201c') {
      const j = text.indexOf(c === '"' ? '"' : '\u201d', i + 1);
      if (j !== -1 && j < lineEnd(i)) close = j;
    } else if (c === "'" && (i === 0 || BOUNDARY_BEFORE.test(text[i - 1]!))) {
      // A single quote opens only at a word start and closes only at a word end, so apostrophes
      // (`don't`, `user's`) stay plain text.
      const end = lineEnd(i);
      for (let j = text.indexOf("'", i + 1); j !== -1 && j < end; j = text.indexOf("'", j + 1)) {
        if (j + 1 === text.length || BOUNDARY_AFTER.test(text[j + 1]!)) {
          close = j;
          break;
        }
      }
    }
    if (close > i) {
      mark(i, close);
      i = close;
    }
  }
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (mask[i] === 1) continue;
    const c = text[i];
    if (c === '\n') open.length = 0;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) mark(open.pop()!, i);
  }
  return mask;
}

/** True when one of `separators` occurs outside quotes and parentheses. */
export function hasTopLevel(text: string, mask: Uint8Array, separators: string): boolean {
  for (let i = 0; i < text.length; i++) if (mask[i] === 0 && separators.includes(text[i]!)) return true;
  return false;
}

/** Splits at every top-level separator character; segments are returned untrimmed. */
export function splitTopLevel(text: string, mask: Uint8Array, separators: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (mask[i] === 0 && separators.includes(text[i]!)) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const QUOTED = String.raw`"[^"\n]*"|\u201c[^\u201d\n]*\u201d|'[^'\n]*'`;
const ALL_QUOTED = new RegExp(String.raw`^(?:${QUOTED})(?:\s+(?:${QUOTED}))*$`);
const EACH_QUOTED = new RegExp(QUOTED, 'g');

/**
 * A segment made only of quoted strings (`"Set up db (id: db)" "Create API (depends_on: db)"`, as a comment
 * carries the seed's one-task-per-argument example) gives one task per string, unquoted; any other segment is
 * one task, as written.
 */
export function quotedParts(segment: string): string[] {
  const trimmed = segment.trim();
  if (!ALL_QUOTED.test(trimmed)) return [trimmed];
  return [...trimmed.matchAll(EACH_QUOTED)].map((m) => m[0].slice(1, -1).trim());
}

/** Removes one pair of quotes around the whole text, if there is one. */
export function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && new RegExp(String.raw`^(?:${QUOTED})$`).test(t) ? t.slice(1, -1).trim() : t;
}
