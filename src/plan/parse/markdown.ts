/**
 * Speckit-style markdown plans: every list item is a task, with the annotations of the text forms.
 *
 * - `- [x]` items are done: not returned, counted, and a dependency on their id is satisfied.
 * - Speckit's own task ids (`- [ ] T001 [P] Create project structure`) are taken as the id when the item has
 *   no `(id: …)`; the `[P]` (parallel) marker is dropped, since everything independent runs in parallel here.
 * - A heading that is exactly a domain name (`## Frontend`, `### Backend tasks`) sets the domain of the items
 *   under it (until a heading of the same or a higher level); an item's own `name:` prefix wins. Other
 *   headings (`## Phase 1: Setup`) give nothing, because plans are mostly organised by phase, not domain.
 * - Only an item's first line is read; fenced code blocks, HTML comments and front matter are skipped.
 */
import type { DomainRegistry } from '../domains.js';
import type { ParsedInput, RawTask } from '../types.js';
import { InputError, PlanFileError } from '../../util/errors.js';
import { parseListItem } from './list-item.js';
import { parseTaskText } from './task-text.js';
import { dropDoneDependencies } from './text.js';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SPECKIT_ID = /^(T\d{3,})\s+(?:\[P\]\s+)?(\S[\s\S]*)$/;

/** `file` is only used in error messages (`file:line: …`). */
export function parseMarkdownPlan(text: string, file: string, registry: DomainRegistry): ParsedInput {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const tasks: RawTask[] = [];
  const doneIds = new Set<string>();
  let done = 0;
  const headings: Array<{ level: number; domain?: string }> = [];
  let fence: string | undefined;
  let inComment = false;
  let start = 0;

  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) start = end + 1;
  }

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1])
        fence = undefined;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    const commentAt = line.indexOf('<!--');
    if (commentAt !== -1 && !line.includes('-->', commentAt)) {
      inComment = true;
      if (line.slice(0, commentAt).trim() === '') continue;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      while (headings.length > 0 && headings[headings.length - 1]!.level >= level) headings.pop();
      headings.push({ level, domain: headingDomain(heading[2] ?? '', registry) });
      continue;
    }

    const item = parseListItem(line.replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
    if (!item || item.text.length === 0) continue;
    let task: RawTask | undefined;
    try {
      task = itemTask(item.text, registry);
    } catch (error) {
      if (error instanceof InputError) throw new PlanFileError(file, lineNo, error.message);
      throw error;
    }
    if (!task) continue;
    if (item.checked === true) {
      done++;
      if (task.id !== undefined) doneIds.add(task.id);
      continue;
    }
    const hint = [...headings].reverse().find((h) => h.domain !== undefined)?.domain;
    if (task.domain === undefined && hint !== undefined) task.domain = hint;
    task.line = lineNo;
    tasks.push(task);
  }
  return { tasks: dropDoneDependencies(tasks, doneIds), alreadyDone: done };
}

function itemTask(text: string, registry: DomainRegistry): RawTask | undefined {
  const speckit = SPECKIT_ID.exec(text);
  const ctx = { registry, explicitForm: false };
  if (!speckit) return parseTaskText(text, ctx);
  const task = parseTaskText(speckit[2]!, ctx);
  if (!task) return undefined;
  // An explicit `(id: …)` wins; the speckit id then stays in the description, where the author wrote it.
  if (task.id === undefined) task.id = speckit[1]!;
  else task.description = `${speckit[1]} ${task.description}`;
  return task;
}

function headingDomain(text: string, registry: DomainRegistry): string | undefined {
  // Nothing this long names a domain (at most 40 characters plus a word or two).
  if (text.length > 80) return undefined;
  // A closing sequence (`## Frontend ##`) is not part of the text; trimmed by hand to stay linear.
  let end = text.trimEnd().length;
  while (end > 0 && text[end - 1] === '#') end--;
  const name = text
    .slice(0, end)
    .replace(/[*_`]/g, '')
    .trim()
    .replace(/:$/, '')
    .replace(/\s+(?:tasks?|work|domain)$/i, '')
    .toLowerCase();
  return registry.has(name) ? name : undefined;
}
