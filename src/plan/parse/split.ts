/**
 * Top-level splitting of a task list: separators inside quotes or parentheses do not split, so
 * `"Build UI, with forms", Fix parser (lexer, grammar)` is two tasks. Quotes and parentheses never span a line
 * break and an unmatched one is plain text, so a stray quote or apostrophe damages at most its own line.
 */

const BOUNDARY_BEFORE = /[\s,;|(]/;
const BOUNDARY_AFTER = /[\s,;|)]/;

/** For each index of `text`, 1 when it lies in a quoted span or a balanced pair of parentheses. */
export function protectedMask(text: string): Uint8Array {
  // Spans are summed in a difference array and resolved once at the end, so deeply nested parentheses
  // cost O(n), not O(n x depth).
  const diff = new Int32Array(text.length + 1);
  const quoted = new Uint8Array(text.length);
  const mark = (from: number, to: number): void => {
    diff[from]!++;
    diff[to + 1]!--;
  };
  const lineEnd = (from: number): number => {
    const n = text.indexOf('\n', from);
    return n === -1 ? text.length : n;
  };
  // Where a single quote may close (at a word end) and where a curly quote closes, each list walked once
  // with a pointer, so a line full of openers stays linear.
  const closers = (isCloser: (j: number) => boolean): number[] => {
    const out: number[] = [];
    for (let j = 0; j < text.length; j++) if (isCloser(j)) out.push(j);
    return out;
  };
  const single = closers(
    (j) => text[j] === "'" && (j + 1 === text.length || BOUNDARY_AFTER.test(text[j + 1]!)),
  );
  const curly = closers((j) => text[j] === '\u201d');
  let nextSingle = 0;
  let nextCurly = 0;
  // The end of the current line, found once per line.
  let eol = lineEnd(0);
  for (let i = 0; i < text.length; i++) {
    if (i > eol) eol = lineEnd(i);
    const c = text[i]!;
    let close = -1;
    if (c === '"') {
      const j = text.indexOf('"', i + 1);
      if (j !== -1 && j < eol) close = j;
    } else if (c === '\u201c') {
      while (nextCurly < curly.length && curly[nextCurly]! <= i) nextCurly++;
      const j = curly[nextCurly];
      if (j !== undefined && j < eol) close = j;
    } else if (c === "'" && (i === 0 || BOUNDARY_BEFORE.test(text[i - 1]!))) {
      // A single quote opens only at a word start and closes only at a word end, so apostrophes
      // (`don't`, `user's`) stay plain text.
      while (nextSingle < single.length && single[nextSingle]! <= i) nextSingle++;
      const j = single[nextSingle];
      if (j !== undefined && j < eol) close = j;
    }
    if (close > i) {
      mark(i, close);
      quoted.fill(1, i, close + 1);
      i = close;
    }
  }
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (quoted[i] === 1) continue;
    const c = text[i];
    if (c === '\n') open.length = 0;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) mark(open.pop()!, i);
  }
  const mask = new Uint8Array(text.length);
  for (let i = 0, depth = 0; i < text.length; i++) {
    depth += diff[i]!;
    if (depth > 0) mask[i] = 1;
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
 * carries the one-task-per-argument form) gives one task per string, unquoted; any other segment is
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
