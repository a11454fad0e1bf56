/**
 * The text forms: a comma list (form 1), explicit domains (form 2), one task per argument with annotations
 * (form 3), and for now free text (form 5 without the LLM planner), which reads as a comma list.
 */
import type { DomainRegistry } from '../domains.js';
import type { ParsedInput, RawTask } from '../types.js';
import { parseListItem } from './list-item.js';
import { hasTopLevel, protectedMask, quotedParts, splitTopLevel, unquote } from './split.js';
import { parseTaskText, type TaskTextContext } from './task-text.js';

/**
 * Arguments to tasks. Several arguments where one holds a space were quoted one task each (form 3), and
 * each is exactly one task; so is each of several arguments that all start with a `domain:` prefix. One
 * argument, or several single words (an unquoted shell line such as `orchestrate plan Build login UI, Write
 * tests`), are joined and read as a list.
 */
const DOMAIN_TAG = /^[A-Za-z][A-Za-z0-9-]{0,39}:(?![/\\:\d])\S/;
export function parseTextInput(args: readonly string[], registry: DomainRegistry): ParsedInput {
  const parts = args.map((a) => a.trim()).filter((a) => a.length > 0);
  // `'frontend:One' 'backend:Two'`: every argument carries its own domain, so each is its own task.
  const eachPrefixed = parts.every((a) => DOMAIN_TAG.test(a));
  if (parts.length > 1 && (eachPrefixed || parts.some((a) => /\s/.test(a)))) {
    const acc = new Accumulator({ registry, explicitForm: false });
    for (const part of parts) acc.add(part);
    return acc.result();
  }
  return parseTaskList(parts.join(' '), registry);
}

/**
 * A list in one string. `|` at the top level marks the explicit-domain form, and then only `|` and new lines
 * split, so a description may hold commas; otherwise commas, semicolons and new lines split.
 */
export function parseTaskList(text: string, registry: DomainRegistry): ParsedInput {
  // Shell-style line continuations (`\` at a line end), as multi-line shell examples write them.
  const normalized = text.replace(/\\\r?\n/g, ' ').replace(/\r\n?/g, '\n');
  const mask = protectedMask(normalized);
  const explicitForm = hasTopLevel(normalized, mask, '|');
  const acc = new Accumulator({ registry, explicitForm });
  for (const segment of splitTopLevel(normalized, mask, explicitForm ? '|\n' : ',;\n')) {
    for (const part of quotedParts(segment)) acc.add(part);
  }
  return acc.result();
}

/** Collects tasks; a pasted checklist's `[x]` items are done, and dependencies on them are satisfied. */
class Accumulator {
  private readonly tasks: RawTask[] = [];
  private readonly doneIds = new Set<string>();
  private done = 0;

  constructor(private readonly ctx: TaskTextContext) {}

  add(text: string): void {
    const item = parseListItem(text);
    const task = parseTaskText(unquote(item ? item.text : text), this.ctx);
    if (!task) return;
    if (item?.checked === true) {
      this.done++;
      if (task.id !== undefined) this.doneIds.add(task.id);
      return;
    }
    this.tasks.push(task);
  }

  result(): ParsedInput {
    const tasks = dropDoneDependencies(this.tasks, this.doneIds);
    return this.done > 0 ? { tasks, alreadyDone: this.done } : { tasks };
  }
}

/** A dependency on a done item is satisfied, unless an open task has the same id (then it is that task). */
export function dropDoneDependencies(tasks: RawTask[], doneIds: ReadonlySet<string>): RawTask[] {
  if (doneIds.size === 0) return tasks;
  const open = new Set(tasks.flatMap((t) => (t.id === undefined ? [] : [t.id])));
  return tasks.map((t) => ({ ...t, dependsOn: t.dependsOn.filter((d) => open.has(d) || !doneIds.has(d)) }));
}
