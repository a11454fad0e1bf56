/**
 * oh-my-opencode plans that write their todos as headings rather than checkboxes:
 *
 *   ## Tasks
 *   ### Task 2 — Query both path forms (TDD)  [depends on Task 1]
 *   **WHERE** … **WHAT** … **VERIFY** …
 *   ### Final Wave
 *   - **F1 — Plan Compliance Audit** (`oracle`) : …
 *
 * Each `Task N` heading under the tasks section is a todo (id `TN`) whose section is its body; a bracketed
 * tag at the end of its title that names other tasks is its dependencies (whatever the language: the
 * reference is what counts), or the tasks it blocks when the tag says so. Items of a final-wave section
 * that start with `F1`… are the final verification todos. Headings have no box, so every such todo is open.
 */
import { stripEmphasis } from './emphasis.js';
import { headingPath, sectionEnds, type Item, type MarkdownStructure } from './markdown-blocks.js';
import { taskRefs } from './task-refs.js';

const TASK_HEADING = /^(?:task|todo|step)\s+(\d{1,4})\b\s*(?:[\u2014\u2013:.-]\s*)?(.*)$/i;
const TASKS_SECTION = /^(?:todos?|tasks?|to-?dos?|work items)\b/i;
const TRAILING_TAGS = /((?:\s*\[[^\]\n]*\])+)\s*$/;
/** `**F1 — Plan Compliance Audit** (`oracle`) : what it checks`, or plainly `F1. Audit`. */
const FINAL_ITEM =
  /^(?:\*\*)?(F\d{1,3})\b\s*[\u2014\u2013:.-]?\s*([^*(:]*?)(?:\*\*)?\s*(?:\(`([\w-]+)`\))?\s*(?::\s*([\s\S]*))?$/;

export interface HeadingTodo {
  /** A stand-in list item for the heading, so the rest of the reader treats it like any other todo. */
  item: Item;
  id: string;
  title: string;
  /** Ids this todo waits for, and ids it blocks, from its title's tags, with the tag as written. */
  needs: string[];
  blocks: string[];
  tag?: string;
  /** A final-wave item's category (`oracle`) and the text after its title. */
  category?: string;
  note?: string;
}

export function headingTodos(structure: MarkdownStructure): HeadingTodo[] {
  const { headings, lines } = structure;
  const ends = sectionEnds(structure);
  const found: Array<Omit<HeadingTodo, 'needs' | 'blocks'>> = [];
  headings.forEach((h, index) => {
    const path = [...headingPath(structure, h.parent)];
    if (!path.some((p) => TASKS_SECTION.test(stripEmphasis(p.text)))) return;
    const m = TASK_HEADING.exec(stripEmphasis(h.text));
    if (!m) return;
    const tags = TRAILING_TAGS.exec(m[2]!);
    const title = (tags ? m[2]!.slice(0, tags.index) : m[2]!).trim();
    if (title === '') return;
    found.push({
      item: standIn(h.line, lines[h.line - 1]!, title, ends[index]!, index),
      id: `T${Number(m[1])}`,
      title,
      ...(tags ? { tag: tags[1]!.trim() } : {}),
    });
  });
  // The final wave: `- **F1 — Audit** (`oracle`) : …` items of a final-wave section inside the tasks section.
  for (const item of structure.items) {
    if (item.parent !== undefined || item.checked !== undefined || item.heading === undefined) continue;
    const path = [...headingPath(structure, item.heading)];
    if (!/final/i.test(path[0]?.text ?? '') || !path.some((p) => TASKS_SECTION.test(stripEmphasis(p.text))))
      continue;
    const m = FINAL_ITEM.exec(item.text);
    if (!m) continue;
    found.push({
      item,
      id: m[1]!,
      title: stripEmphasis(m[2]!).trim() || m[1]!,
      ...(m[3] ? { category: m[3] } : {}),
      ...(m[4]?.trim() ? { note: m[4].trim() } : {}),
    });
  }
  const known = new Set(found.map((t) => t.id));
  return found.map((t) => {
    const refs = t.tag ? taskRefs(t.tag, { known, bareNumbers: true }).filter((r) => r !== t.id) : [];
    const blocking =
      t.tag !== undefined &&
      /\bblock|\bbloque|\bblockiert/i.test(t.tag) &&
      !/\bafter\b|\bdépend|\bdepend/i.test(t.tag);
    return { ...t, needs: blocking ? [] : refs, blocks: blocking ? refs : [] };
  });
}

function standIn(line: number, raw: string, text: string, end: number, heading: number): Item {
  return { kind: 'item', indent: 0, text, line, raw, content: 0, end, heading };
}
