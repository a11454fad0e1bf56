/**
 * Edges a plan writes down, in prose or in labelled lines: `(depends on T012, T013)`, `Depends on T003`,
 * `after T003`, `Blocked by: …`, `Blocks: …` (the other way round), and an oh-my-opencode plan's dependency
 * matrix, as a table (`| Task | Depends On | Blocks |`) or a list (`- **T7**: deps T2 — unblocks T8`).
 */
import { stripEmphasis } from './emphasis.js';
import type { MarkdownStructure } from './markdown-blocks.js';
import { taskRefs, type RefOptions } from './task-refs.js';

const PROSE_DEPENDENCY =
  /\(\s*(depends? on|after|blocked by|requires)\b[:\s]*([^)]*)\)|\b(depends? on|after|blocked by|blocks)\b\s*:?\s*((?:(?:tasks?\s*)?[A-Z]{0,3}\d+(?:\.\d+)*[a-z]?(?:\s*[-\u2013]\s*[A-Z]{0,3}\d+[a-z]?)?(?:\s*(?:,|and|&)\s*)?)+)/gi;
export const LABELLED_DEPENDENCY =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(blocked by|depends on|dependencies|deps|requires|after|blocks|unblocks)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/i;

/** Dependencies written in a title; the parenthesised forms are removed from the description. */
export function proseDependencies(
  description: string,
  options: RefOptions,
): { description: string; deps: string[]; blocks: string[] } {
  const deps: string[] = [];
  const blocks: string[] = [];
  const cleaned = description.replace(
    PROSE_DEPENDENCY,
    (whole, pWord?: string, pList?: string, word?: string, list?: string) => {
      const refs = taskRefs((pList ?? list)!, options);
      if (refs.length === 0) return whole;
      if ((word ?? pWord)!.toLowerCase() === 'blocks') blocks.push(...refs);
      else deps.push(...refs);
      return pWord !== undefined ? ' ' : whole;
    },
  );
  return { description: cleaned.replace(/\s+/g, ' ').trim() || description, deps, blocks };
}

/** A dependency matrix, as a table (`| Task | Depends On | Blocks |`) or a list (`- **T7**: deps T2 — unblocks T8`). */
export function dependencyMatrix(structure: MarkdownStructure, options: RefOptions): Array<[string, string]> {
  const edges: Array<[string, string]> = [];
  const section = structure.headings.findIndex((h) =>
    /dependenc(?:y|ies)\s+(?:matrix|graph|table)/i.test(h.text),
  );
  if (section === -1) return edges;
  const level = structure.headings[section]!.level;
  let end = structure.headings.findIndex((h, i) => i > section && h.level <= level);
  end = end === -1 ? Infinity : structure.headings[end]!.line;
  const from = structure.headings[section]!.line;
  let header: string[] | undefined;
  for (let i = from; i < Math.min(end - 1, structure.lines.length); i++) {
    const line = stripEmphasis(structure.lines[i]!).trim();
    if (line.startsWith('|')) {
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      if (!header) {
        header = cells.map((c) => c.toLowerCase());
        continue;
      }
      const col = (re: RegExp) => header!.findIndex((h) => re.test(h));
      const subjects = taskRefs(cells[col(/^(task|todo|id|#)$/)] ?? '', options);
      const deps = taskRefs(cells[col(/depends|blocked by|deps|dependencies|after/)] ?? '', options);
      const blocks = taskRefs(cells[col(/^(blocks|unblocks)$/)] ?? '', options);
      for (const s of subjects) {
        for (const d of deps) if (d !== s) edges.push([s, d]);
        for (const b of blocks) if (b !== s) edges.push([b, s]);
      }
      continue;
    }
    header = undefined;
    const item = /^[-*+]\s+([A-Z]{0,3}\d+(?:\.\d+)*)\s*:\s*(.*)$/.exec(line);
    if (!item) continue;
    const [subject] = taskRefs(item[1]!, options);
    if (!subject) continue;
    const [before, after = ''] = item[2]!.split(/\bunblocks\b|\bblocks\b/i);
    for (const d of taskRefs(before!.replace(/^deps?\b|^depends on\b/i, ''), options))
      if (d !== subject) edges.push([subject, d]);
    for (const b of taskRefs(after, options)) if (b !== subject) edges.push([b, subject]);
  }
  return edges;
}
