/**
 * Markdown plans, read as a person reads them. Three kinds are told apart by their content (and, for
 * oh-my-opencode, by where they live):
 *
 * - **spec-kit** `tasks.md`: checkbox items carrying task ids (`- [ ] T012 [P] [US1] Build the form`). Only
 *   those are tasks; the legend, path conventions, "Independent Test" notes and checklists are context.
 *   Phases order the work (see `speckit-order.ts`).
 * - **oh-my-opencode** plans (`.sisyphus/plans/`, `.omo/plans/`): the todos of the TODOs section and the
 *   final verification wave; each todo's whole indented body (what to do, must-not-do, references,
 *   acceptance criteria) goes to its worker, `**Skills**:` and `**Category**:` lines become skills, and
 *   `Blocked By` / `Blocks` lines and the dependency matrix become edges.
 * - any other list: when the file has checkbox items only they are tasks, otherwise every list item is.
 *
 * In every kind an item nested in a task belongs to it (a done parent closes its children), `~~struck~~` items
 * are done, emphasis is stripped from titles, a `Label:` item with nothing after it is a label, and a heading
 * or label that is exactly a domain name (`## Frontend`, `- Backend:`) sets the domain of the tasks under it.
 */
import type { DomainRegistry } from '../domains.js';
import type { ParsedInput, RawTask } from '../types.js';
import { SUBTASK_LIMITS } from '../limits.js';
import { InputError, PlanFileError } from '../../util/errors.js';
import { isStruck, stripEmphasis } from './emphasis.js';
import { headingTodos } from './heading-todos.js';
import {
  headingPath,
  itemBody,
  markdownStructure,
  type Item,
  type MarkdownStructure,
} from './markdown-blocks.js';
import { orderPlan, type PlanKind, type TaskDraft } from './plan-order.js';
import { parseTaskText } from './task-text.js';
import { dropDoneDependencies } from './text.js';

/**
 * A task id at the start of an item: a spec-kit id (`T001`, `T012a`, `**T001**`, `T001:`), a labelled id
 * (`F1.`, `L1.1:`, `**E3.2: …**`), or in an oh-my-opencode plan a todo number (`1.`, which becomes `T1`).
 */
const SPECKIT_LEAD = /^(\*\*|__)?(T\d{3,}[a-z]?)(?:\*\*|__)?:?(?:\*\*|__)?(?:\s+|$)/;
const LABELLED_LEAD = /^(\*\*|__)?([A-Z]{1,2}\d+(?:\.\d+)*[a-z]?)(?:\*\*|__)?[.:)](?:\*\*|__)?(?:\s+|$)/;
const NUMBER_LEAD = /^(\*\*|__)?(\d{1,4})(?:\*\*|__)?[.)](?:\*\*|__)?(?:\s+|$)/;
const SPECKIT_ID = /^T\d{3,}[a-z]?$/;
const TAG = /^\[(P|P\d|US\s?\d+|Story\s?\d+|Setup|Foundation|Foundational|Polish)\]\s*/i;
const OMO_PATH = /(?:^|[\\/])\.(?:sisyphus|omo)[\\/]plans[\\/]/;
const TODO_SECTION = /^(?:todos?|tasks?|to-?dos?|work items)\b|final verification wave/i;
const CHECKLIST_SECTION = /checklist|criteria|definition of done|verification commands|success|must have/i;

/** `file` names the plan in messages (`file:line: …`). */
export function parseMarkdownPlan(text: string, file: string, registry: DomainRegistry): ParsedInput {
  const structure = markdownStructure(text, file);
  const kind = planKind(structure, file);
  const taskItems = chooseTaskItems(structure, kind);
  const drafts: TaskDraft[] = [];
  let done = 0;
  for (const index of taskItems) {
    const item = structure.items[index]!;
    let draft: TaskDraft | undefined;
    try {
      draft = draftOf(structure, item, kind, registry);
    } catch (error) {
      if (error instanceof InputError && !(error instanceof PlanFileError))
        throw new PlanFileError(file, item.line, error.message);
      throw error;
    }
    if (!draft) continue;
    if (draft.done) done++;
    drafts.push(draft);
  }
  if (kind === 'omo' && drafts.length === 0) drafts.push(...headingDrafts(structure, registry));
  const openAt = new Map<string, number>();
  for (const d of drafts) {
    if (d.done || d.task.id === undefined) continue;
    const first = openAt.get(d.task.id);
    if (first !== undefined) {
      throw new PlanFileError(
        file,
        d.item.line,
        `task id '${d.task.id}' is already used by the open task on line ${first}`,
      );
    }
    openAt.set(d.task.id, d.item.line);
  }
  const ordered = orderPlan(drafts, structure, kind, file);
  const doneIds = new Set(drafts.filter((d) => d.done && d.task.id !== undefined).map((d) => d.task.id!));
  const tasks: RawTask[] = dropDoneDependencies(ordered.tasks, doneIds);
  const warnings = [...structure.warnings, ...ordered.warnings];
  return {
    tasks,
    alreadyDone: done,
    ...(warnings.length > 0 ? { warnings } : {}),
    ...(ordered.phases.length > 0 ? { phases: ordered.phases } : {}),
  };
}

function planKind(structure: MarkdownStructure, file: string): PlanKind {
  const boxed = structure.items.filter((i) => i.checked !== undefined);
  if (boxed.some((i) => SPECKIT_ID.test(leadingId(stripTags(i.text)) ?? ''))) return 'speckit';
  const todoHeading = structure.headings.some((h) => /^todos?\b/i.test(stripEmphasis(h.text)));
  if (OMO_PATH.test(file) || todoHeading) return 'omo';
  return boxed.length > 0 ? 'checklist' : 'list';
}

/** Indices of the items that are tasks, in file order: see the kinds above. */
function chooseTaskItems(structure: MarkdownStructure, kind: PlanKind): number[] {
  const { items } = structure;
  const isTask = new Uint8Array(items.length);
  // In an oh-my-opencode plan, todos live in the TODOs / Tasks / final verification sections when it has any.
  // The nearest heading decides when it names a todo section or a checklist ("Final Checklist",
  // "Definition of Done"); otherwise an enclosing todo section does.
  const inTodoSection = (item: Item): boolean => {
    let nearest = true;
    for (const heading of headingPath(structure, item.heading)) {
      const text = stripEmphasis(heading.text);
      if (TODO_SECTION.test(text) && !(nearest && CHECKLIST_SECTION.test(text))) return true;
      if (nearest && CHECKLIST_SECTION.test(text)) return false;
      nearest = false;
    }
    return false;
  };
  const hasTodoSections = kind === 'omo' && items.some((i) => i.checked !== undefined && inTodoSection(i));
  items.forEach((item, i) => {
    // Nested in a task: part of that task's body.
    for (let p = item.parent; p !== undefined; p = items[p]!.parent) if (isTask[p]) return;
    let candidate: boolean;
    if (kind === 'speckit')
      candidate = item.checked !== undefined && leadingId(stripTags(item.text)) !== undefined;
    else if (kind === 'omo')
      candidate = item.checked !== undefined && (!hasTodoSections || inTodoSection(item));
    else if (kind === 'checklist') candidate = item.checked !== undefined;
    else candidate = !isLabel(item.text);
    if (candidate && item.text.trim() !== '') isTask[i] = 1;
  });
  const out: number[] = [];
  isTask.forEach((t, i) => t && out.push(i));
  return out;
}

/** `Payload:` or `**Backend**:` alone: a label for what follows, never a task. */
function isLabel(text: string): boolean {
  const plain = stripEmphasis(text).trim();
  return /^[^\s:][^:]{0,80}:$/.test(plain) || plain === '';
}

function stripTags(text: string): string {
  let rest = text.trim();
  for (let m = TAG.exec(rest); m; m = TAG.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

function leadingId(text: string): string | undefined {
  return (SPECKIT_LEAD.exec(text) ?? LABELLED_LEAD.exec(text))?.[2];
}

/** The id at the start of `text` and what follows it, for this kind of plan. */
function takeId(text: string, kind: PlanKind): { id: string; rest: string } | undefined {
  const m =
    SPECKIT_LEAD.exec(text) ?? LABELLED_LEAD.exec(text) ?? (kind === 'omo' ? NUMBER_LEAD.exec(text) : null);
  if (!m) return undefined;
  let rest = text.slice(m[0].length);
  // `**L1.1: Title**`: the bold opened before the id closes at the end of the title.
  if (m[1] && rest.endsWith(m[1]) && !rest.slice(0, -2).includes(m[1])) rest = rest.slice(0, -2);
  return { id: /^\d+$/.test(m[2]!) ? `T${Number(m[2])}` : m[2]!, rest };
}

interface Tags {
  parallel: boolean;
  story?: string;
  phase?: string;
}

/** Leading spec-kit tags, before and after the id, in any order; the rest is the title. */
function takeTags(text: string, tags: Tags): string {
  let rest = text.trim();
  for (let m = TAG.exec(rest); m; m = TAG.exec(rest)) {
    const tag = m[1]!.replace(/\s+/g, '');
    if (/^P$/i.test(tag)) tags.parallel = true;
    else if (/^(US|Story)\d+$/i.test(tag)) tags.story = `US${tag.replace(/\D/g, '')}`;
    else if (/^(Setup|Foundation|Foundational|Polish)$/i.test(tag)) tags.phase = tag.toLowerCase();
    rest = rest.slice(m[0].length);
  }
  return rest;
}

function draftOf(
  structure: MarkdownStructure,
  item: Item,
  kind: PlanKind,
  registry: DomainRegistry,
): TaskDraft | undefined {
  if (item.text.length > SUBTASK_LIMITS.descriptionChars) {
    throw new InputError(
      `the task's title is ${item.text.length} characters long; the limit is ${SUBTASK_LIMITS.descriptionChars} ` +
        '(put long instructions in lines indented under the item: they reach the worker as its details)',
    );
  }
  const tags: Tags = { parallel: false };
  let text = takeTags(item.text, tags);
  let id: string | undefined;
  const lead = takeId(text, kind);
  if (lead) {
    id = lead.id;
    text = takeTags(lead.rest, tags);
  }
  const struck = isStruck(text);
  const skills: string[] = [];
  // An oh-my-opencode final-wave todo names its category after a dash: `F1. **Audit** — `oracle``.
  const category = /\s[\u2014\u2013-]\s`([\w-]+)`(?:\s*\(\+\s*`([\w-]+)`\s*skills?\))?\s*$/.exec(text);
  if (kind === 'omo' && category) {
    skills.push(category[1]!);
    if (category[2]) skills.push(category[2]);
    text = text.slice(0, category.index);
  }
  const title = stripEmphasis(text).trim();
  if (title === '' || (id === undefined && isLabel(title))) return undefined;
  const task = parseTaskText(title, { registry, explicitForm: false });
  if (!task) return undefined;
  // An explicit `(id: …)` wins; the plan's own id then stays in the description, where the author wrote it.
  if (id !== undefined) {
    if (task.id === undefined) task.id = id;
    else task.description = `${id} ${task.description}`;
  }
  const body = itemBody(structure, item);
  skills.push(...bodySkills(body));
  task.skills = [...new Set([...task.skills, ...skills])];
  if (tags.story) task.story = tags.story;
  task.line = item.line;
  task.lineText = item.raw;
  const hint = domainHint(structure, item, registry);
  if (task.domain === undefined && hint !== undefined) task.domain = hint;
  return {
    task,
    item,
    body,
    done: item.checked === true || struck,
    parallel: tags.parallel,
    ...(tags.phase ? { phaseTag: tags.phase } : {}),
  };
}

/** `**Skills**: [`a`, `b`]` and `**Category**: `quick`` lines of a todo's body. */
function bodySkills(body: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of body) {
    const m = /^\s*(?:[-*+]\s+)?\*\*(Skills|Category)\*\*\s*:\s*(.*)$/i.exec(line);
    if (!m) continue;
    const value = m[2]!;
    const quoted = [...value.matchAll(/`([^`\s]+)`/g)].map((q) => q[1]!);
    const names =
      quoted.length > 0
        ? quoted
        : (/^\[([^\]]*)\]/.exec(value)?.[1] ?? '')
            .split(',')
            .map((s) => s.trim().replace(/^['"]|['"]$/g, ''));
    for (const name of names) if (/^[A-Za-z][\w.:/-]*$/.test(name) && !/^none$/i.test(name)) out.push(name);
  }
  return out;
}

/** The domain named by the nearest heading or label item above, when one names a domain exactly. */
function domainHint(structure: MarkdownStructure, item: Item, registry: DomainRegistry): string | undefined {
  for (let p = item.parent; p !== undefined; p = structure.items[p]!.parent) {
    const label = structure.items[p]!.text;
    if (isLabel(label)) {
      const name = domainName(stripEmphasis(label).replace(/:$/, ''), registry);
      if (name) return name;
    }
  }
  for (const heading of headingPath(structure, item.heading)) {
    const name = domainName(heading.text, registry);
    if (name) return name;
  }
  return undefined;
}

function domainName(text: string, registry: DomainRegistry): string | undefined {
  // Nothing this long names a domain (at most 40 characters plus a word or two).
  if (text.length > 80) return undefined;
  const name = stripEmphasis(text)
    .replace(/[*_`]/g, '')
    .trim()
    .replace(/:$/, '')
    .replace(/\s+(?:tasks?|work|domain)$/i, '')
    .toLowerCase();
  return registry.has(name) ? name : undefined;
}

/** Todos written as `### Task N — …` headings (see heading-todos.ts), as drafts like any other. */
function headingDrafts(structure: MarkdownStructure, registry: DomainRegistry): TaskDraft[] {
  const todos = headingTodos(structure);
  const drafts = todos.flatMap((todo): TaskDraft[] => {
    const task = parseTaskText(todo.title, { registry, explicitForm: false });
    if (!task) return [];
    task.id = todo.id;
    task.line = todo.item.line;
    task.lineText = todo.item.raw;
    const reasons: Record<string, string> = {};
    for (const dep of todo.needs) reasons[dep] = `${todo.id} after ${dep}: its title says ${todo.tag}`;
    task.dependsOn = [...new Set([...task.dependsOn, ...todo.needs])];
    if (todo.needs.length > 0) task.reasons = reasons;
    const body = todo.note !== undefined ? [todo.note] : itemBody(structure, todo.item);
    task.skills = [
      ...new Set([...task.skills, ...(todo.category ? [todo.category] : []), ...bodySkills(body)]),
    ];
    const hint = domainHint(structure, todo.item, registry);
    if (task.domain === undefined && hint !== undefined) task.domain = hint;
    return [{ task, item: todo.item, body, done: false, parallel: false }];
  });
  const byId = new Map(drafts.map((d) => [d.task.id!, d] as const));
  for (const todo of todos) {
    for (const later of todo.blocks) {
      const d = byId.get(later);
      if (!d || d.task.dependsOn.includes(todo.id)) continue;
      d.task.dependsOn.push(todo.id);
      d.task.reasons = {
        ...d.task.reasons,
        [todo.id]: `${later} after ${todo.id}: ${todo.id}'s title says ${todo.tag}`,
      };
    }
  }
  return drafts;
}
