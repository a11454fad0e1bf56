/**
 * The spec status update: check off the items of completed tasks in a markdown plan. Pure text to text;
 * every byte other than the boxes it ticks is kept, line endings included, and a box is ticked in the
 * file's own style (`[X]` where the file checks with capitals, as spec-kit does, else `[x]`).
 */

const UNCHECKED = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[ \](?=[ \t]|$)/;
const PLAIN_ITEM = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[[ xX]\](?:[ \t]|$))(?!~~)(\S(?:.*\S)?)([ \t]*)$/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CHECKED = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([xX])\](?=[ \t]|$)/gm;

/** A 1-based line to tick, and (when known) what it read when the plan was made. */
export interface CheckOffLine {
  line: number;
  text?: string;
}

/** `X` when the file's checked boxes are mostly capitals, else `x`. */
export function checkStyle(text: string): 'x' | 'X' {
  let upper = 0;
  let lower = 0;
  for (const m of text.matchAll(CHECKED)) {
    if (m[1] === 'X') upper++;
    else lower++;
  }
  return upper > lower ? 'X' : 'x';
}

/**
 * Turns `- [ ] x` into `- [x] x`, and a plain `- x` into `- ~~x~~`, on the given lines. A plain list is struck
 * through rather than given boxes: a box would turn it into a checklist, where the plain items still to do
 * would read as notes. Lines that are not list items, already checked, out of range, or no longer what they
 * were are left alone.
 */
export function checkOffMarkdown(text: string, lines: ReadonlyArray<number | CheckOffLine>): string {
  const wanted = new Map<number, string | undefined>();
  for (const l of lines) {
    if (typeof l === 'number') wanted.set(l, undefined);
    else wanted.set(l.line, l.text);
  }
  if (wanted.size === 0) return text;
  const mark = `[${checkStyle(text)}]`;
  // Split keeping the separators, so `\r\n`, `\n` and `\r` files come back as they were.
  const parts = text.split(/(\r\n|\n|\r)/);
  for (let i = 0, line = 1; i < parts.length; i += 2, line++) {
    if (!wanted.has(line)) continue;
    const content = parts[i]!;
    const expected = wanted.get(line);
    if (expected !== undefined && expected !== content) continue;
    if (THEMATIC_BREAK.test(content)) continue;
    if (UNCHECKED.test(content)) parts[i] = content.replace(UNCHECKED, `$1${mark}`);
    else if (PLAIN_ITEM.test(content)) parts[i] = content.replace(PLAIN_ITEM, '$1~~$2~~$3');
  }
  return parts.join('');
}
