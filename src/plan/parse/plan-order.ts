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
import { headingPath, sectionEnds, type Item, type MarkdownStructure } from './markdown-blocks.js';
import { refListPart, taskRefs, type RefOptions } from './task-refs.js';

export type PlanKind = 'speckit' | 'omo' | 'checklist' | 'list';

export interface TaskDraft {
  task: RawTask;
  item: Item;
  body: string[];
  done: boolean;
  parallel: boolean;
  /** `[Setup]`, `[Foundation]`, `[Polish]` on the task itself. */
  phaseTag?: string;
}

export interface OrderedPlan {
  /** The open tasks, with their edges, reasons and context. */
  tasks: RawTask[];
  /** Phase names in run order (spec-kit plans). */
  phases: string[];
  warnings: string[];
}

type PhaseKind = 'setup' | 'foundational' | 'story' | 'other' | 'polish';

interface Phase {
  heading: number;
  name: string;
  kind: PhaseKind;
  story?: string;
  /** Indices into drafts, in file order. */
  members: number[];
  rank: number;
  preds: Phase[];
}

const PHASE_HEADING = /\bphase\b|user stor(?:y|ies)\b|\bsetup\b|foundation|\bpolish\b/i;
const PROSE_DEPENDENCY =
  /\(\s*(depends? on|after|blocked by|requires)\b[:\s]*([^)]*)\)|\b(depends? on|after|blocked by|blocks)\b\s*:?\s*((?:(?:tasks?\s*)?[A-Z]{0,3}\d+(?:\.\d+)*[a-z]?(?:\s*[-\u2013]\s*[A-Z]{0,3}\d+[a-z]?)?(?:\s*(?:,|and|&)\s*)?)+)/gi;
const LABELLED_DEPENDENCY =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(blocked by|depends on|dependencies|deps|requires|after|blocks|unblocks)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/i;

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

/** Dependencies written in a title; the parenthesised forms are removed from the description. */
function proseDependencies(
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
function dependencyMatrix(structure: MarkdownStructure, options: RefOptions): Array<[string, string]> {
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

function specKitPhases(
  drafts: readonly TaskDraft[],
  structure: MarkdownStructure,
  warnings: string[],
  file: string,
): Phase[] {
  const { headings } = structure;
  // The heading that names a phase (`## Phase 3: User Story 1`) wins over a part of it
  // (`### Implementation for User Story 1`); failing one, the outermost heading that reads like a phase.
  const phaseOf = (item: Item): number | undefined => {
    let outer: number | undefined;
    for (let h = item.heading; h !== undefined; h = headings[h]!.parent) {
      if (/\bphase\b/i.test(headings[h]!.text)) return h;
      if (PHASE_HEADING.test(headings[h]!.text)) outer = h;
    }
    return outer;
  };
  const byHeading = new Map<number, Phase>();
  drafts.forEach((d, i) => {
    const h = phaseOf(d.item);
    if (h === undefined) return;
    let phase = byHeading.get(h);
    if (!phase) {
      phase = {
        heading: h,
        name: stripEmphasis(headings[h]!.text),
        kind: 'other',
        members: [],
        rank: 0,
        preds: [],
      };
      byHeading.set(h, phase);
    }
    phase.members.push(i);
  });
  const phases = [...byHeading.values()];
  for (const phase of phases) {
    const name = phase.name;
    const tags = phase.members.map((m) => drafts[m]!.phaseTag ?? '');
    const stories = phase.members.map((m) => drafts[m]!.task.story).filter((s) => s !== undefined);
    const story = /user story\s*(\d+)/i.exec(name)?.[1];
    if (/\bsetup\b/i.test(name) || tags.includes('setup')) phase.kind = 'setup';
    else if (/foundation/i.test(name) || tags.some((t) => t.startsWith('foundation')))
      phase.kind = 'foundational';
    else if (/\bpolish\b|cross-cutting/i.test(name) || tags.includes('polish')) phase.kind = 'polish';
    else if (story !== undefined) {
      phase.kind = 'story';
      phase.story = `US${story}`;
    } else if (stories.length > 0 && !/\bphase\b/i.test(name)) {
      // A section without a phase name whose tasks carry a story tag is that story's part.
      phase.kind = 'story';
      phase.story = stories[0];
    }
  }
  const hasStories = phases.some((p) => p.kind === 'story');
  phases.sort((a, b) => a.heading - b.heading);
  if (!hasStories) {
    // An older spec-kit layout (3.1 Setup, 3.2 Tests First, 3.3 Core, …): phases in file order.
    phases.forEach((p, i) => {
      p.rank = i;
      if (i > 0) p.preds = [phases[i - 1]!];
    });
    return phases;
  }
  const storyDeps = userStoryDependencies(structure, warnings, file);
  const of = (kinds: PhaseKind[]) => phases.filter((p) => kinds.includes(p.kind));
  const setup = of(['setup']);
  const foundational = of(['foundational']);
  const middle = of(['story', 'other']);
  const polish = of(['polish']);
  const first = foundational.length > 0 ? foundational : setup;
  // Stories after the stories they need, by a topological order of the file's own section (ties: file order).
  const storyPhase = new Map(middle.filter((p) => p.story).map((p) => [p.story!, p] as const));
  const orderedMiddle: Phase[] = [];
  const placed = new Set<Phase>();
  const needsOf = (p: Phase): Phase[] =>
    (storyDeps.get(p.story ?? '') ?? [])
      .map((s) => storyPhase.get(s))
      .filter((d): d is Phase => !!d && d !== p);
  // A depth-first post-order with an explicit stack: a file can hold thousands of chained stories.
  for (const start of middle) {
    if (placed.has(start)) continue;
    const visiting = new Set<Phase>([start]);
    const stack: Array<[Phase, number]> = [[start, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const needs = needsOf(top[0]);
      if (top[1] < needs.length) {
        const dep = needs[top[1]++]!;
        if (!placed.has(dep) && !visiting.has(dep)) {
          visiting.add(dep);
          stack.push([dep, 0]);
        }
        continue;
      }
      stack.pop();
      placed.add(top[0]);
      orderedMiddle.push(top[0]);
    }
  }
  let rank = 0;
  for (const p of setup) p.rank = rank;
  if (setup.length > 0) rank++;
  for (const p of foundational) {
    p.rank = rank;
    p.preds = setup;
  }
  if (foundational.length > 0) rank++;
  for (const p of orderedMiddle) {
    p.rank = rank++;
    const needs = (storyDeps.get(p.story ?? '') ?? [])
      .map((s) => storyPhase.get(s))
      .filter((d): d is Phase => !!d && d !== p && d.rank < p.rank);
    p.preds = [...first, ...needs];
  }
  for (const p of polish) {
    p.rank = rank;
    p.preds = middle.length > 0 ? middle : first;
  }
  return phases;
}

/**
 * What the file itself says about the order of its user stories, in any section about dependencies: prose
 * (`User Story 4 (P2): Depends on User Story 1 completion`, `US3 requires both US1 and US2`) and mermaid
 * arrows (`US1 --> US3`, or `C --> E` with `C[Phase 3: US1 …]`). Story → the stories it needs.
 */
function userStoryDependencies(
  structure: MarkdownStructure,
  warnings: string[],
  file: string,
): Map<string, string[]> {
  const deps = new Map<string, string[]>();
  const add = (story: string, needs: string[]): void => {
    const list = needs.filter((s) => s !== story);
    if (list.length > 0) deps.set(story, [...new Set([...(deps.get(story) ?? []), ...list])]);
  };
  const storyRef = /\b(?:user story|story|us)\s*(\d+)/gi;
  const storiesIn = (text: string): string[] => [
    ...new Set([...text.matchAll(storyRef)].map((m) => `US${m[1]}`)),
  ];
  const cue = /\b(?:depends? on|requires?|needs?|after|blocked by|builds on)\b/i;
  for (const [from, to] of dependencySections(structure)) {
    const nodes = new Map<string, string[]>();
    for (let i = from; i < to; i++) {
      // Node labels only from graph lines (`A[Phase 3: US1] --> B`, `A[…]`), never from prose parentheses.
      const graphLine =
        /-->|==>|-\.->/.test(structure.lines[i]!) || /^\s*\w+\s*[[(]/.test(structure.lines[i]!);
      if (!graphLine) continue;
      for (const m of structure.lines[i]!.matchAll(/\b(\w+)\s*[[(]{1,2}([^\])\n]*)[\])]/g)) {
        const stories = storiesIn(m[2]!);
        if (stories.length > 0) nodes.set(m[1]!, stories);
      }
    }
    for (let i = from; i < to; i++) {
      const line = stripEmphasis(structure.lines[i]!);
      const arrow = /^\s*(\w+)(?:\s*[[(]{1,2}[^\])\n]*[\])]{1,2})?\s*-+(?:\.|-)*>\s*(\w+)/.exec(line);
      if (arrow) {
        const left = storiesIn(arrow[1]!).length > 0 ? storiesIn(arrow[1]!) : (nodes.get(arrow[1]!) ?? []);
        const right = storiesIn(arrow[2]!).length > 0 ? storiesIn(arrow[2]!) : (nodes.get(arrow[2]!) ?? []);
        for (const r of right) add(r, left);
        continue;
      }
      const at = cue.exec(line);
      if (!at) continue;
      const before = line.slice(0, at.index);
      const subject = storiesIn(before.includes(':') ? before.slice(0, before.indexOf(':')) : before)[0];
      if (subject === undefined) continue;
      add(subject, storiesIn(line.slice(at.index).split(/[.;(]/)[0]!));
    }
  }
  if (storyCycle(deps)) {
    warnings.push(`${file}: the user story dependencies form a cycle; stories run after Foundational only`);
    return new Map();
  }
  return deps;
}

/** Line ranges (0-based, end exclusive) of the sections whose heading is about dependencies. */
function dependencySections(structure: MarkdownStructure): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const ends = sectionEnds(structure);
  structure.headings.forEach((h, index) => {
    if (/dependenc/i.test(h.text)) out.push([h.line, ends[index]!]);
  });
  return out;
}

function storyCycle(deps: Map<string, string[]>): boolean {
  const nodes = new Set([...deps.keys(), ...[...deps.values()].flat()]);
  return findCycle([...nodes].map((id) => ({ id, dependsOn: deps.get(id) ?? [] }))) !== undefined;
}

function inferSpecKitOrder(
  drafts: readonly TaskDraft[],
  phases: readonly Phase[],
  structure: MarkdownStructure,
  open: readonly boolean[],
  inferred: Array<Map<string, string>>,
  idOf: (i: number) => string,
): void {
  const checkpoints = structure.text
    .filter((t) => /^\s*(?:\*\*|__)?checkpoint\b/i.test(t.text))
    .map((t) => t.line);
  // Whether a checkpoint lies between two lines, by binary search: checkpoints are in file order.
  const checkpointBetween = (after: number, before: number): boolean => {
    let lo = 0;
    let hi = checkpoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (checkpoints[mid]! <= after) lo = mid + 1;
      else hi = mid;
    }
    return lo < checkpoints.length && checkpoints[lo]! < before;
  };
  // Steps of each phase, as lists of open draft indices (empty steps dropped).
  const steps = new Map<Phase, number[][]>();
  for (const phase of phases) {
    const list: number[][] = [];
    let current: number[] = [];
    let currentParallel = false;
    let last = -1;
    for (const m of phase.members) {
      const d = drafts[m]!;
      const line = d.item.line;
      const barrier = checkpointBetween(last, line);
      const joins = d.parallel && currentParallel && !barrier && current.length > 0;
      if (!joins && current.length > 0) {
        list.push(current);
        current = [];
      }
      current.push(m);
      currentParallel = d.parallel;
      last = line;
    }
    if (current.length > 0) list.push(current);
    steps.set(phase, list);
  }
  const openOf = (step: number[]) => step.filter((m) => open[m]);
  for (const phase of phases) {
    let previous: number[] = [];
    for (const step of steps.get(phase)!) {
      const members = openOf(step);
      if (members.length === 0) continue;
      for (const m of members) {
        for (const p of previous) {
          const why = drafts[m]!.parallel
            ? 'same phase, the [P] tasks follow the step before them'
            : 'same phase, not [P]';
          inferred[m]!.set(drafts[p]!.task.id ?? '', `${idOf(m)} after ${idOf(p)}: ${why}`);
        }
      }
      previous = members;
    }
  }
  // Phase barriers: the first open step of a phase follows the last open step of each phase before it; a
  // phase with nothing open passes on what its own predecessors end with.
  // Computed in rank order (a phase's predecessors always rank lower), without recursion: a file may hold
  // thousands of phases.
  const byRank = [...phases].sort((a, b) => a.rank - b.rank || a.heading - b.heading);
  const exitsOf = new Map<Phase, Array<[number, Phase]>>();
  for (const phase of byRank) {
    const own = [...steps.get(phase)!]
      .reverse()
      .map(openOf)
      .find((s) => s.length > 0);
    if (own) {
      exitsOf.set(
        phase,
        own.map((m) => [m, phase] as [number, Phase]),
      );
      continue;
    }
    const seen = new Set<number>();
    const passed = phase.preds
      .flatMap((p) => exitsOf.get(p) ?? [])
      .filter(([m]) => !seen.has(m) && !!seen.add(m));
    exitsOf.set(phase, passed);
  }
  // Which phases each phase comes after, to keep only the nearest predecessors' tasks. Past a couple of
  // hundred phases (no real plan has them) the edges are kept whole rather than spending quadratic time.
  const ancestors = new Map<Phase, Set<Phase>>();
  if (phases.length <= 200) {
    for (const phase of byRank) {
      const set = new Set<Phase>();
      for (const p of phase.preds) {
        set.add(p);
        for (const a of ancestors.get(p) ?? []) set.add(a);
      }
      ancestors.set(phase, set);
    }
  }
  for (const phase of phases) {
    const firstStep = steps
      .get(phase)!
      .map(openOf)
      .find((s) => s.length > 0);
    if (!firstStep) continue;
    const candidates = phase.preds.flatMap((p) => exitsOf.get(p) ?? []);
    // Only the nearest: a task of a phase that another candidate's phase already follows adds nothing.
    const origins = new Set(candidates.map(([, from]) => from));
    const nearest = candidates.filter(
      ([, from]) => ![...origins].some((o) => o !== from && ancestors.get(o)?.has(from) === true),
    );
    for (const [p, from] of nearest) {
      for (const m of firstStep) {
        inferred[m]!.set(
          drafts[p]!.task.id ?? '',
          `${idOf(m)} after ${idOf(p)}: ${shortName(phase)} follows ${shortName(from)}`,
        );
      }
    }
  }
}

/** `Phase 3: User Story 1 - View photos (Priority: P1) 🎯 MVP` → `Phase 3: User Story 1`. */
function shortName(phase: Phase): string {
  const short = phase.name
    .replace(/\s*\(.*$/, '')
    .replace(/\s+[-\u2013\u2014]\s+.*$/, '')
    .trim();
  return short || phase.name;
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
