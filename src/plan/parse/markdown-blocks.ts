/**
 * A markdown plan's structure, as a reader sees it: headings, list items with the lines that belong to them
 * (everything indented under an item, nested items and code included), and plain text. Front matter, HTML
 * comments and fenced code outside items are set aside; a fence or comment that never closes is kept set
 * aside to the end, as a renderer would, and reported with its line so the user learns why tasks vanished.
 * One pass over the lines; nothing here is quadratic in the file size.
 */
import { parseListItem } from './list-item.js';

export interface Heading {
  kind: 'heading';
  level: number;
  text: string;
  line: number;
  /** Index of the heading whose section this one opens a part of (the nearest earlier, higher one). */
  parent?: number;
}

export interface Item {
  kind: 'item';
  /** Column of the list marker. */
  indent: number;
  text: string;
  /** `true` for `[x]`/`[X]`, `false` for `[ ]`, undefined without a box. */
  checked?: boolean;
  line: number;
  /** The line as written (no line ending), to check it is unchanged before checking it off. */
  raw: string;
  /** Index of the item this one is nested in, if any. */
  parent?: number;
  /** Column the item's content starts at; lines under it are dedented by this much. */
  content: number;
  /** 0-based index of the first line after the item's last line (its body runs from `line` to here). */
  end: number;
  /** Index of the heading the item stands under, if any. */
  heading?: number;
}

export interface TextLine {
  kind: 'text';
  text: string;
  line: number;
  heading?: number;
}

export interface MarkdownStructure {
  lines: string[];
  headings: Heading[];
  items: Item[];
  /** Top-level text lines (not inside an item), with the heading they stand under. */
  text: TextLine[];
  warnings: string[];
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const MARKER = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

const indentOf = (line: string): number => {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
};

/** `file` names the plan in warnings (`file:line`). */
export function markdownStructure(text: string, file: string): MarkdownStructure {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: MarkdownStructure = { lines, headings: [], items: [], text: [], warnings: [] };
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) start = end + 1;
  }
  // Open items, innermost last, each with the column its content starts at.
  const open: Array<{ index: number; content: number }> = [];
  const close = (downTo: number, at: number): void => {
    while (open.length > downTo) out.items[open.pop()!.index]!.end = at;
  };
  let fence: { marker: string; line: number } | undefined;
  let comment: number | undefined;
  let heading: number | undefined;
  // Headings whose sections are open, outermost first.
  const sections: number[] = [];

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    const blank = line.trim() === '';
    const indent = indentOf(line);
    // Which open items this line belongs to: blank lines and code stay with the innermost item.
    if (!blank && fence === undefined && comment === undefined) {
      let keep = open.length;
      while (keep > 0 && indent < open[keep - 1]!.content) keep--;
      close(keep, i);
    }
    const owner = open[open.length - 1];

    if (fence !== undefined) {
      const shut = FENCE.exec(line);
      if (
        shut &&
        shut[1]![0] === fence.marker[0] &&
        shut[1]!.length >= fence.marker.length &&
        line.trim() === shut[1]
      )
        fence = undefined;
      continue;
    }
    if (comment !== undefined) {
      if (line.includes('-->')) comment = undefined;
      continue;
    }
    const opening = FENCE.exec(line);
    if (opening) {
      fence = { marker: opening[1]!, line: lineNo };
      continue;
    }
    const commentAt = line.indexOf('<!--');
    if (commentAt !== -1 && !line.includes('-->', commentAt)) {
      comment = lineNo;
      if (line.slice(0, commentAt).trim() === '') continue;
    }
    const visible = line.replace(/<!--[\s\S]*?(?:-->|$)/g, '');

    const h = HEADING.exec(visible);
    if (h) {
      close(0, i);
      const level = h[1]!.length;
      while (sections.length > 0 && out.headings[sections[sections.length - 1]!]!.level >= level)
        sections.pop();
      heading = out.headings.length;
      const parent = sections[sections.length - 1];
      out.headings.push({
        kind: 'heading',
        level,
        text: closingHashesOff(h[2] ?? ''),
        line: lineNo,
        ...(parent === undefined ? {} : { parent }),
      });
      sections.push(heading);
      continue;
    }
    const marker = MARKER.exec(visible);
    const item = marker ? parseListItem(visible) : undefined;
    if (marker && item) {
      const index = out.items.length;
      out.items.push({
        kind: 'item',
        indent,
        text: item.text,
        ...(item.checked === undefined ? {} : { checked: item.checked }),
        line: lineNo,
        raw: line,
        ...(owner ? { parent: owner.index } : {}),
        content: indentOf(marker[1]!) + marker[2]!.length,
        end: lines.length,
        ...(heading === undefined ? {} : { heading }),
      });
      open.push({ index, content: indentOf(marker[1]!) + marker[2]!.length });
      continue;
    }
    if (!owner && !blank)
      out.text.push({
        kind: 'text',
        text: visible,
        line: lineNo,
        ...(heading === undefined ? {} : { heading }),
      });
  }
  if (fence !== undefined) {
    out.warnings.push(
      `${file}:${fence.line}: a code fence opened here is never closed; everything after it is read as code, not tasks`,
    );
  }
  if (comment !== undefined) {
    out.warnings.push(
      `${file}:${comment}: an HTML comment opened here is never closed; everything after it is hidden`,
    );
  }
  close(0, lines.length);
  return out;
}

/**
 * The lines under an item (nested items, text, code), dedented to its content column, without the blank
 * lines around them. Computed on demand: only the items that become tasks need theirs.
 */
export function itemBody(structure: MarkdownStructure, item: Item): string[] {
  const body: string[] = [];
  for (let i = item.line; i < item.end; i++) {
    const line = structure.lines[i]!;
    body.push(line.slice(Math.min(item.content, indentOf(line))));
  }
  trimBody(body);
  return body;
}

function closingHashesOff(text: string): string {
  // A closing sequence (`## Frontend ##`) is not part of the text; trimmed by hand to stay linear.
  let end = text.trimEnd().length;
  while (end > 0 && text[end - 1] === '#') end--;
  return text.slice(0, end).trim();
}

function trimBody(body: string[]): void {
  while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
  while (body.length > 0 && body[0]!.trim() === '') body.shift();
}

/** The heading `h` and the headings of the sections it lies in, innermost first. */
export function* headingPath(structure: MarkdownStructure, h: number | undefined): Generator<Heading> {
  for (let at = h; at !== undefined; at = structure.headings[at]!.parent) yield structure.headings[at]!;
}

/** For each heading, the 0-based index of the line its section ends before, in one pass with a stack. */
export function sectionEnds(structure: MarkdownStructure): number[] {
  const ends = structure.headings.map(() => structure.lines.length);
  const open: number[] = [];
  structure.headings.forEach((h, index) => {
    while (open.length > 0 && structure.headings[open[open.length - 1]!]!.level >= h.level) {
      ends[open.pop()!] = h.line - 1;
    }
    open.push(index);
  });
  return ends;
}
