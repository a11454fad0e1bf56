/**
 * The edges of a markdown plan, each with the reason a user can check it against (`T005 after T004: same
 * phase, not [P]`):
 *
 * - written edges: `(depends_on: x)`, prose (`(depends on T012, T013)`, `Depends on T003`, `after T003`,
 *   `Blocked by: …`, and `Blocks: …` the other way round), labelled lines in a todo's body, and an
 *   oh-my-opencode plan's dependency matrix;
 * - spec-kit order: Setup → Foundational → each user story (after the stories it needs, by the file's own
 *   "User Story Dependencies" section) → Polish; a file without stories runs its phases in file order. Inside
 *   a phase the tasks run in steps: a task without `[P]` is a step of its own, a run of `[P]` tasks is one
 *   step, and a `**Checkpoint**` line ends a step; each step follows the one before;
 * - an oh-my-opencode final verification wave runs after every other todo.
 *
 * Inferred edges only ever point forward in the order phases and file give, so they cannot form a cycle
 * among themselves; an inferred edge that would close a cycle with written ones is dropped, with a warning.
 */
import { findCycle } from '../../graph/dag.js';
import type { RawTask } from '../types.js';
import { SUBTASK_LIMITS } from '../limits.js';
import { stripEmphasis } from './emphasis.js';
import { headingPath, type MarkdownStructure } from './markdown-blocks.js';
import type { Phase, PlanKind, TaskDraft } from './plan-draft.js';
import { inferSpecKitOrder, specKitPhases } from './speckit-order.js';
import { refListPart, taskRefs, type RefOptions } from './task-refs.js';
import { dependencyMatrix, LABELLED_DEPENDENCY, proseDependencies } from './written-edges.js';

export type { PlanKind, TaskDraft } from './plan-draft.js';

export interface OrderedPlan {
  /** The open tasks, with their edges, reasons and context. */
  tasks: RawTask[];
  /** Phase names in run order (spec-kit plans). */
  phases: string[];
  warnings: string[];
}

export function orderPlan(
  drafts: readonly TaskDraft[],
  structure: MarkdownStructure,
  kind: PlanKind,
  file: string,
): OrderedPlan {
  const warnings: string[] = [];
  const known = new Set(drafts.flatMap((d) => (d.task.id === undefined ? [] : [d.task.id])));
  const open = drafts.map((d) => !d.done);
  // Edges by draft index: dependency index → reason; `undefined` reason for `(depends_on:)` as written.
  const written = drafts.map(() => new Map<string, string | undefined>());
  const inferred = drafts.map(() => new Map<string, string>());
  // An id used twice (a done item and an open one, as real files have) means the open one.
  const indexOf = new Map<string, number>();
  drafts.forEach((d, i) => {
    const id = d.task.id;
    if (id === undefined) return;
    const seen = indexOf.get(id);
    if (seen === undefined || (drafts[seen]!.done && !d.done)) indexOf.set(id, i);
  });
  const idOf = (i: number): string => drafts[i]!.task.id ?? `line ${drafts[i]!.item.line}`;

  const proseOptions: RefOptions = { known, bareNumbers: false };
  const bodyOptions: RefOptions = { known, bareNumbers: kind === 'omo' };
  drafts.forEach((d, i) => {
    for (const dep of d.task.dependsOn) written[i]!.set(dep, d.task.reasons?.[dep]);
    const { description, deps, blocks } = proseDependencies(d.task.description, proseOptions);
    d.task.description = description;
    for (const dep of deps) written[i]!.set(dep, `${idOf(i)} after ${dep}: its text says so`);
    for (const later of blocks)
      addWritten(later, d.task.id, `${later} after ${idOf(i)}: ${idOf(i)} says it blocks ${later}`);
    for (const line of d.body) {
      const m = LABELLED_DEPENDENCY.exec(stripEmphasis(line));
      if (!m) continue;
      const refs = taskRefs(refListPart(m[2]!), bodyOptions).filter((r) => r !== d.task.id);
      const label = m[1]!.toLowerCase();
      if (label === 'blocks' || label === 'unblocks') {
        for (const later of refs)
          addWritten(later, d.task.id, `${later} after ${idOf(i)}: ${idOf(i)} says Blocks: ${later}`);
      } else {
        for (const dep of refs) written[i]!.set(dep, `${idOf(i)} after ${dep}: its ${m[1]} line`);
      }
    }
  });
  function addWritten(laterId: string, earlierId: string | undefined, reason: string): void {
    const later = indexOf.get(laterId);
    if (later === undefined || earlierId === undefined || laterId === earlierId) return;
    if (!written[later]!.has(earlierId)) written[later]!.set(earlierId, reason);
  }
  if (kind === 'omo') {
    for (const [later, earlier] of dependencyMatrix(structure, bodyOptions)) {
      addWritten(later, earlier, `${later} after ${earlier}: the dependency matrix`);
    }
  }

  // Rank: where a task stands in the order the inferred edges follow (phase rank, then file position).
  const rank = drafts.map((_, i) => i);
  let phases: Phase[] = [];
  if (kind === 'speckit') {
    phases = specKitPhases(drafts, structure, warnings, file);
    const base = drafts.length + 1;
    for (const phase of phases) for (const m of phase.members) rank[m] = phase.rank * base + m;
    inferSpecKitOrder(drafts, phases, structure, open, inferred, idOf);
  } else if (kind === 'omo') {
    inferFinalWave(drafts, structure, open, written, inferred, indexOf, idOf, rank);
  }

  const tasks = assemble(drafts, written, inferred, indexOf, idOf, rank, warnings, phases, structure);
  return {
    tasks,
    phases: [...phases].sort((a, b) => a.rank - b.rank || a.heading - b.heading).map((p) => p.name),
    warnings,
  };
}

/** The final verification wave of an oh-my-opencode plan runs after every other open todo. */
function inferFinalWave(
  drafts: readonly TaskDraft[],
  structure: MarkdownStructure,
  open: readonly boolean[],
  written: ReadonlyArray<Map<string, string | undefined>>,
  inferred: Array<Map<string, string>>,
  indexOf: ReadonlyMap<string, number>,
  idOf: (i: number) => string,
  rank: number[],
): void {
  const isFinal = drafts.map((d) => {
    if (/^F\d+$/.test(d.task.id ?? '')) return true;
    for (const heading of headingPath(structure, d.item.heading)) {
      if (/final verification/i.test(heading.text)) return true;
    }
    return false;
  });
  if (!isFinal.some(Boolean)) return;
  const others = drafts.map((_, i) => i).filter((i) => !isFinal[i] && open[i]);
  // Exits: open todos no other open non-final todo waits for.
  const waitedFor = new Set<number>();
  for (const i of others) {
    for (const dep of written[i]!.keys()) {
      const j = indexOf.get(dep);
      if (j !== undefined) waitedFor.add(j);
    }
  }
  const exits = others.filter((i) => !waitedFor.has(i));
  const base = drafts.length + 1;
  drafts.forEach((_, i) => {
    if (!isFinal[i]) return;
    rank[i] = base + i;
    if (!open[i]) return;
    for (const e of exits)
      inferred[i]!.set(
        drafts[e]!.task.id ?? '',
        `${idOf(i)} after ${idOf(e)}: the final verification wave runs after every todo`,
      );
  });
}

function assemble(
  drafts: readonly TaskDraft[],
  written: ReadonlyArray<Map<string, string | undefined>>,
  inferred: ReadonlyArray<Map<string, string>>,
  indexOf: ReadonlyMap<string, number>,
  idOf: (i: number) => string,
  rank: readonly number[],
  warnings: string[],
  phases: readonly Phase[],
  structure: MarkdownStructure,
): RawTask[] {
  const phaseOfDraft = new Map<number, Phase>();
  for (const p of phases) for (const m of p.members) phaseOfDraft.set(m, p);
  const intros = phaseIntros(phases, structure);
  // Inferred edges only forward in rank; an id-less task cannot be depended on.
  const keep = inferred.map((edges, i) => {
    const out = new Map<string, string>();
    for (const [dep, why] of edges) {
      const j = indexOf.get(dep);
      if (dep !== '' && j !== undefined && rank[j]! < rank[i]! && !written[i]!.has(dep)) out.set(dep, why);
    }
    return out;
  });
  const openIdx = drafts.map((_, i) => i).filter((i) => !drafts[i]!.done);
  const nodes = () =>
    openIdx
      .filter((i) => drafts[i]!.task.id !== undefined)
      .map((i) => ({
        id: drafts[i]!.task.id!,
        dependsOn: [...written[i]!.keys(), ...keep[i]!.keys()].filter((d) => {
          const j = indexOf.get(d);
          return j !== undefined && !drafts[j]!.done;
        }),
      }));
  for (let round = 0; round < 100; round++) {
    const cycle = findCycle(nodes());
    if (!cycle) break;
    let dropped = false;
    for (let k = 0; k + 1 < cycle.length; k++) {
      const i = indexOf.get(cycle[k]!)!;
      if (keep[i]!.delete(cycle[k + 1]!)) {
        warnings.push(
          `${idOf(i)} no longer waits for ${cycle[k + 1]}: that order would close a cycle with the plan's written dependencies`,
        );
        dropped = true;
      }
    }
    if (!dropped) break; // A cycle of written edges: the plan builder reports it with its path.
  }
  return openIdx.map((i) => {
    const d = drafts[i]!;
    const task: RawTask = { ...d.task, dependsOn: [...new Set([...written[i]!.keys(), ...keep[i]!.keys()])] };
    const reasons: Record<string, string> = {};
    for (const [dep, why] of written[i]!) if (why !== undefined) reasons[dep] = why;
    for (const [dep, why] of keep[i]!) reasons[dep] = why;
    if (Object.keys(reasons).length > 0) task.reasons = reasons;
    const phase = phaseOfDraft.get(i);
    if (phase) task.phase = phase.name;
    const context = contextOf(d, phase, phase ? intros.get(phase) : undefined);
    if (context) task.context = context;
    return task;
  });
}

/** The text right under each phase heading (its purpose, goal, independent test), rules left out. */
function phaseIntros(phases: readonly Phase[], structure: MarkdownStructure): Map<Phase, string> {
  const byHeading = new Map<number, string[]>();
  for (const t of structure.text) {
    if (t.heading === undefined || /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(t.text)) continue;
    const list = byHeading.get(t.heading) ?? [];
    list.push(t.text.trim());
    byHeading.set(t.heading, list);
  }
  return new Map(phases.map((p) => [p, (byHeading.get(p.heading) ?? []).join('\n')] as const));
}

/** A task's body, and for a spec-kit task the introduction of its phase (its goal and independent test). */
function contextOf(
  draft: TaskDraft,
  phase: Phase | undefined,
  intro: string | undefined,
): string | undefined {
  const parts: string[] = [];
  if (phase) parts.push(intro ? `Phase: ${phase.name}\n${intro}` : `Phase: ${phase.name}`);
  const body = draft.body
    .join('\n')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .trim();
  if (body) parts.push(body);
  const text = parts.join('\n\n');
  if (text === '') return undefined;
  const limit = SUBTASK_LIMITS.contextChars;
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}\n…(${text.length - limit} more characters of this task's text are in the plan file, line ${draft.item.line})`;
}
