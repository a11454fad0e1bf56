/**
 * Markdown list items (`- x`, `* x`, `+ x`, `1. x`, `2) x`, with an optional `[ ]` / `[x]` box), shared by the
 * markdown plan reader and the text forms (a checklist pasted into a comment reads the same way).
 */

const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CHECKBOX = /^\[([ xX])\](?:[ \t]+(.*))?$/;

export interface ListItem {
  /** The item's text after the marker and the box. */
  text: string;
  /** `true` for `[x]`, `false` for `[ ]`, undefined without a box. */
  checked?: boolean;
}

/** The item on this line, or undefined when the line is not a list item. */
export function parseListItem(line: string): ListItem | undefined {
  if (THEMATIC_BREAK.test(line)) return undefined;
  const m = ITEM.exec(line);
  if (!m) return undefined;
  const rest = (m[1] ?? '').trim();
  const box = CHECKBOX.exec(rest);
  if (!box) return { text: rest };
  return { text: (box[2] ?? '').trim(), checked: box[1] !== ' ' };
}
