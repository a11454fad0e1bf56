/**
 * Real, public plan files (test/fixtures/plans/real/README.md names their sources), read as a person reads
 * them: the tasks a reader counts, their ids, the edges and why, what stays context, and the prompt a worker
 * gets for a task with a body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSubtaskPrompt } from '../../src/engine/prompt.js';
import { readPlanFileSafely } from '../../src/engine/plan-file-reader.js';
import { buildPlan, planToJson } from '../../src/plan/build-plan.js';
import { DomainRegistry } from '../../src/plan/domains.js';
import { checkOffMarkdown } from '../../src/plan/markdown-checkoff.js';
import { parseInput } from '../../src/plan/parse/index.js';
import type { Plan, Subtask } from '../../src/plan/types.js';
import { FIXTURES } from './io.js';

const REAL = join(FIXTURES, 'real');
const registry = new DomainRegistry();
const io = { readPlanFile: (path: string) => readPlanFileSafely(path, { cwd: REAL }) };
const load = (path: string): Plan =>
  buildPlan(parseInput([path], io, { registry }), { registry, planId: 'real' });
const byId = (plan: Plan, id: string): Subtask => plan.subtasks.find((s) => s.id === id)!;
const range = (prefix: string, from: number, to: number, width = 3) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(width, '0')}`);

describe('spec-kit: photo albums (90 open tasks, 6 phases)', () => {
  const plan = load('speckit/photo-albums/tasks.md');

  it('has the 90 tasks a reader counts, T001 to T090, and no legend or note among them', () => {
    expect(plan.subtasks.map((s) => s.id)).toEqual(range('T', 1, 90));
    expect(
      plan.subtasks.some((s) => /Can run in parallel|Single-page web application/.test(s.description)),
    ).toBe(false);
    expect(byId(plan, 'T022').description).toBe(
      'Create AlbumList.js component in src/components/AlbumList.js to render album grid',
    );
    expect(byId(plan, 'T022').story).toBe('US1');
  });

  it('orders the phases Setup → Foundational → stories → Polish', () => {
    expect(plan.phases?.map((p) => p.replace(/\s*\(.*$/, '').replace(/ - .*$/, ''))).toEqual([
      'Phase 1: Setup',
      'Phase 2: Foundational',
      'Phase 3: User Story 1',
      'Phase 4: User Story 2',
      'Phase 5: User Story 3',
      'Phase 6: Polish & Cross-Cutting Concerns',
    ]);
  });

  it('infers the edges a reader infers, each with its reason', () => {
    const deps = (id: string) => byId(plan, id).dependsOn;
    expect(deps('T001')).toEqual([]);
    expect(deps('T002')).toEqual(['T001']);
    // T003-T007 are one [P] step after T002; T008 waits for the whole step (Foundational after Setup).
    for (const id of range('T', 3, 7)) expect(deps(id)).toEqual(['T002']);
    expect(deps('T008')).toEqual(range('T', 3, 7));
    expect(byId(plan, 'T005').reasons?.T002).toBe(
      'T005 after T002: same phase, the [P] tasks follow the step before them',
    );
    expect(byId(plan, 'T009').reasons?.T008).toBe('T009 after T008: same phase, not [P]');
    // Each story starts after Foundational; US2 does not wait for US1 ("independent of US1").
    expect(deps('T022')).toEqual(['T021']);
    expect(deps('T036')).toEqual(['T021']);
    expect(byId(plan, 'T036').reasons?.T021).toBe(
      'T036 after T021: Phase 4: User Story 2 follows Phase 2: Foundational',
    );
    // The file's own graph: US3 needs US1 and US2.
    expect(deps('T057')).toEqual(['T035', 'T056']);
    // Polish follows the last story; the others are before it already.
    expect(deps('T073')).toEqual(['T072']);
  });

  it('gives each task its phase goal and independent test as context', () => {
    expect(byId(plan, 'T022').context).toBe(
      [
        'Phase: Phase 3: User Story 1 - View and Browse Photos in Albums (Priority: P1) 🎯 MVP',
        '**Goal**: Display album list and view photos in tile grid - the core value proposition',
        '**Independent Test**: Load sample albums with photos and verify: (1) albums display chronologically by date, (2) clicking album opens photo grid, (3) photos display as tiles, (4) smooth scrolling',
      ].join('\n'),
    );
    expect(planToJson(plan).subtasks[21]).toMatchObject({
      id: 'T022',
      story: 'US1',
      context: byId(plan, 'T022').context,
    });
  });
});

describe('spec-kit: aikit generalize (half done, [X] checks, an id used twice)', () => {
  const plan = load('speckit/aikit-generalize/tasks.md');

  it('runs the 21 open tasks; the quality gates are a checklist, not tasks', () => {
    expect(plan.subtasks.map((s) => s.id)).toEqual([
      ...range('T', 5, 8),
      ...range('T', 21, 24),
      'T047',
      ...range('T', 60, 65),
      'T067',
      'T068',
      'T069',
      'T071',
      'T073',
      'T074',
    ]);
    expect(plan.alreadyDone).toBe(54);
    expect(
      plan.subtasks.some((s) => /test coverage >90%|Package installation <30 seconds/.test(s.description)),
    ).toBe(false);
  });

  it('orders by phase past the done ones, with the open T024 (a done T024 sits in Phase 3)', () => {
    const deps = (id: string) => byId(plan, id).dependsOn;
    expect(deps('T006')).toEqual(['T005']);
    expect(deps('T021')).toEqual(['T008']);
    expect(byId(plan, 'T024').description).toBe(
      'Validate all 17 AI agents work with existing templates in tests/integration/agent_compatibility_test.rs',
    );
    expect(deps('T047')).toEqual(range('T', 21, 24));
    // Polish: US1 and US3 are done; only US2's open task stands before it.
    expect(deps('T060')).toEqual(['T047']);
    expect(byId(plan, 'T060').reasons?.T047).toBe(
      'T060 after T047: Phase 6: Polish & Cross-Cutting Concerns follows Phase 4: User Story 2',
    );
  });

  it("checks off in the file's own [X] style, only the completed lines", () => {
    const text = readFileSync(join(REAL, 'speckit/aikit-generalize/tasks.md'), 'utf8');
    const t005 = byId(plan, 'T005');
    const after = checkOffMarkdown(text, [{ line: t005.line!, text: t005.lineText! }]);
    const before = text.split('\n');
    const changed = after.split('\n').flatMap((l, i) => (l === before[i] ? [] : [[i + 1, l]]));
    expect(changed).toEqual([
      [t005.line, '- [X] T005 Add required dependencies to Cargo.toml (reqwest, zip, serde)'],
    ]);
  });
});

describe('spec-kit: aikit docs (every task done)', () => {
  it('is complete: nothing to run, and says how much was done', () => {
    const plan = load('speckit/aikit-docs/tasks.md');
    expect(plan.subtasks).toEqual([]);
    expect(plan.alreadyDone).toBe(41);
    expect(planToJson(plan)).toMatchObject({ subtasks: [], workers: [], complete: true, alreadyDone: 41 });
  });
});

describe('oh-my-opencode: oxinot agent phase transition (.sisyphus/plans)', () => {
  const plan = load('omo/oxinot/.sisyphus/plans/agent-phase-transition.md');

  it('has its six todos and the four of the final wave, in file order; Definition of Done is not a task', () => {
    expect(plan.subtasks.map((s) => [s.id, s.description])).toEqual([
      ['T1', 'Update `types.ts` — Remove TaskProgress, add executionPhase'],
      ['T3', 'Update `system-prompt.md` — Add phase execution documentation'],
      ['T5', 'Update `agentStore.ts` — Align initialState with new types'],
      ['T2', 'Refactor `orchestrator.ts` — Implement Execution → Response phase transition'],
      ['T4', 'Enhance `ThreadFloatingPanel.tsx` — Real-time tool execution feedback'],
      ['T6', 'Integration tests — Write Vitest tests for phase transition'],
      ['F1', 'Plan Compliance Audit'],
      ['F2', 'Code Quality Review'],
      ['F3', 'Real Manual QA'],
      ['F4', 'Scope Fidelity Check'],
    ]);
  });

  it('takes its Blocked By / Blocks lines, its dependency matrix and the final wave as edges', () => {
    const deps = Object.fromEntries(plan.subtasks.map((s) => [s.id, s.dependsOn]));
    expect(deps).toEqual({
      T1: [],
      T3: [],
      T5: ['T1'],
      T2: ['T1', 'T3'],
      T4: ['T2'],
      T6: ['T2', 'T4'],
      F1: ['T6', 'T5'],
      F2: ['T6', 'T5'],
      F3: ['T6', 'T5'],
      F4: ['T6', 'T5'],
    });
    expect(byId(plan, 'T2').reasons).toEqual({
      T1: 'T2 after T1: its Blocked By line',
      T3: 'T2 after T3: its Blocked By line',
    });
    expect(byId(plan, 'F1').reasons).toEqual({
      T6: 'F1 after T6: T6 says Blocks: F1',
      T5: 'F1 after T5: the final verification wave runs after every todo',
    });
  });

  it('reads skills from the Skills and Category lines, and from a final-wave title', () => {
    expect(byId(plan, 'T4').skills).toEqual(['visual-engineering', 'frontend-ui-ux']);
    expect(byId(plan, 'T1').skills).toEqual(['quick']);
    expect(byId(plan, 'F3').skills).toEqual(['unspecified-high', 'playwright']);
  });

  it('hands each todo its whole body: what to do, must-not-do, references, acceptance criteria', () => {
    const body = byId(plan, 'T5').context!;
    expect(
      body.startsWith('**What to do**:\n- Remove the entire `taskProgress` object from `initialState`'),
    ).toBe(true);
    for (const part of [
      '**Must NOT do**:',
      '**References**:',
      '**Acceptance Criteria**:',
      'Scenario: Type check passes for Wave 1',
    ]) {
      expect(body).toContain(part);
    }
    expect(body.endsWith('- Pre-commit: `npx tsc --noEmit`')).toBe(true);
  });

  it('puts the body in the worker prompt of that todo', () => {
    const t2 = byId(plan, 'T2');
    const prompt = buildSubtaskPrompt(plan, t2, []);
    expect(prompt).toContain(
      '## Your subtask\nRefactor `orchestrator.ts` — Implement Execution → Response phase transition\n',
    );
    expect(prompt).toContain(
      `## Details from the plan (${join(REAL, 'omo/oxinot/.sisyphus/plans/agent-phase-transition.md')}, line ${t2.line})`,
    );
    expect(prompt).toContain('**A. Remove all `taskProgress` logic (DELETE these code blocks):**');
    expect(prompt).toContain("\n  // DELETE this entire block from constructor's this.state\n");
    expect(prompt).toContain('## Skills to use\n- deep\n');
  });
});

describe('oh-my-opencode: blocky metrics refactor (its own layout)', () => {
  const plan = load('omo/blocky/.sisyphus/plans/metrics-refactor.md');

  it('runs the 11 open tasks of the Tasks sections; the final checklists are context', () => {
    expect(plan.subtasks.map((s) => s.id)).toEqual([
      'E3.1',
      'E3.2',
      'E3.3',
      'E3.4',
      ...['1', '2', '3', '4', '5', '6', '7'].map((n) => `F4.${n}`),
    ]);
    expect(plan.alreadyDone).toBe(15);
    expect(byId(plan, 'E3.1').description).toBe('Audit remaining event bus usage');
  });

  it('takes the Dependencies lines as edges, and the final wave after them', () => {
    expect(byId(plan, 'E3.1').dependsOn).toEqual([]); // "Phase 1 and Phase 2 complete": both done
    expect(byId(plan, 'E3.3').dependsOn).toEqual(['E3.1', 'E3.2']);
    expect(byId(plan, 'E3.3').reasons?.['E3.2']).toBe('E3.3 after E3.2: its Dependencies line');
    expect(byId(plan, 'E3.4').dependsOn).toEqual(['E3.3']);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) expect(byId(plan, `F4.${n}`).dependsOn).toEqual(['E3.4']);
  });

  it("keeps a task's nested checklist in its body, not as tasks", () => {
    expect(byId(plan, 'F4.1').context).toContain('  - [ ] PostStarter interface clearly documented');
  });
});

describe('oh-my-opencode: aisync path normalization (todos as headings)', () => {
  const plan = load('omo/aisync/.omo/plans/ai5-path-normalization.md');

  it('has the five Task headings and the final wave item', () => {
    expect(plan.subtasks.map((s) => [s.id, s.description])).toEqual([
      ['T1', 'Socle : `NormalizeFilePath` pure (TDD)'],
      ['T2', 'P1 : query blame dual-format (TDD)'],
      ['T3', "P2 : normalisation au choke point d'écriture (TDD)"],
      ['T4', 'P2 : commande `aisync backfill normalize-paths` (TDD)'],
      ['T5', 'Docs'],
      ['F1', 'Plan Compliance Audit'],
    ]);
    expect(byId(plan, 'F1').skills).toEqual(['oracle']);
  });

  it('reads the dependencies in the title tags, whatever their language, and runs the final wave last', () => {
    expect(Object.fromEntries(plan.subtasks.map((s) => [s.id, s.dependsOn]))).toEqual({
      T1: [],
      T2: ['T1'],
      T3: ['T1'],
      T4: ['T1', 'T3'],
      T5: ['T2', 'T3', 'T4'],
      F1: ['T5'],
    });
    expect(byId(plan, 'T5').reasons?.T3).toBe('T5 after T3: its title says [dépend de Task 2-4]');
  });

  it('gives each task its section as context', () => {
    const context = byId(plan, 'T4').context!;
    expect(context.startsWith('**WHERE** `pkg/cmd/backfillcmd/normalize_paths.go`')).toBe(true);
    expect(context).toContain('**VERIFY** Test sur copie DB seedée.');
    expect(byId(plan, 'F1').context).toBe(
      'conformité au plan + idempotence backfill + non-régression blame + couverture du gap pull.',
    );
  });
});
