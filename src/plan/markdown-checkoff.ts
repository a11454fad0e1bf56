/**
 * The spec status update: check off the items of completed tasks in a markdown plan. Pure text to text;
 * every byte other than the boxes it ticks is kept, line endings included.
 */

const UNCHECKED = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[ \](?=[ \t]|$)/;
const PLAIN_ITEM = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[[ xX]\](?:[ \t]|$))(?=\S)/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Turns `- [ ] x` into `- [x] x` and a plain `- x` into `- [x] x` on the given 1-based lines. Lines that are
 * not list items, already checked, or out of range are left alone.
 */
export function checkOffMarkdown(text: string, lines: readonly number[]): string {
  const wanted = new Set(lines);
  if (wanted.size === 0) return text;
  // Split keeping the separators, so `\r\n`, `\n` and `\r` files come back as they were.
  const parts = text.split(/(\r\n|\n|\r)/);
  for (let i = 0, line = 1; i < parts.length; i += 2, line++) {
    if (!wanted.has(line)) continue;
    const content = parts[i]!;
    if (THEMATIC_BREAK.test(content)) continue;
    if (UNCHECKED.test(content)) parts[i] = content.replace(UNCHECKED, '$1[x]');
    else if (PLAIN_ITEM.test(content)) parts[i] = content.replace(PLAIN_ITEM, '$1[x] ');
  }
  return parts.join('');
}
