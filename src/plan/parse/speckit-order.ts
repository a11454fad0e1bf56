/**
 * The order a spec-kit `tasks.md` gives its work: Setup → Foundational → each user story (after the stories
 * the file's own dependency section or graph says it needs) → Polish; a file without stories runs its phases
 * in file order. Inside a phase the tasks run in steps: a task without `[P]` is a step of its own, a run of
 * `[P]` tasks is one step, and a `**Checkpoint**` line ends a step; each step follows the one before.
 * Everything here is linear in the file and free of recursion: a hostile file may hold thousands of phases.
 */
import { findCycle } from '../../graph/dag.js';
import { stripEmphasis } from './emphasis.js';
import { sectionEnds, type Item, type MarkdownStructure } from './markdown-blocks.js';
import type { Phase, PhaseKind, TaskDraft } from './plan-draft.js';

const PHASE_HEADING = /\bphase\b|user stor(?:y|ies)\b|\bsetup\b|foundation|\bpolish\b/i;

export function specKitPhases(
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

export function inferSpecKitOrder(
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
