import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { DomainRegistry } from '../../src/plan/domains.js';
import { parseInput } from '../../src/plan/parse/index.js';
import { PlanFileError } from '../../src/util/errors.js';
import { FIXTURES, fixturesIo, memoryIo } from './io.js';

const registry = new DomainRegistry();
const parse = (...args: string[]) => parseInput(args, fixturesIo, { registry });

describe('markdown plan files (speckit style)', () => {
  it('reads the open checkbox items with their annotations, skills, lines and bodies', () => {
    const parsed = parse('execute', 'user-auth-plan.md');
    expect(parsed.source).toEqual({ kind: 'markdown', file: join(FIXTURES, 'user-auth-plan.md') });
    expect(parsed.alreadyDone).toBe(1);
    const view = parsed.tasks.map((t) => [t.id, t.description, t.dependsOn, t.skills, t.line, t.domain]);
    expect(view).toEqual([
      // `setup` is checked: the dependency on it is satisfied.
      ['db', 'Create the users table migration', [], ['postgres-migrations'], 12, undefined],
      ['api', 'Build the JWT login API', ['db'], ['api-design'], 13, undefined],
      ['ui', 'Build the login form component', ['api'], ['react-forms'], 17, undefined],
      ['e2e', 'Write E2E tests for the login flow', ['ui', 'api'], ['tdd'], 18, undefined],
      ['audit', 'Security audit of the auth flow', ['api'], [], 19, undefined],
      // Under `### Documentation`, a heading that names a domain.
      ['doc-tokens', 'Explain the token lifetime', [], [], 25, 'documentation'],
    ]);
    // The plain bullets are context: the audit's sub-bullets are its body, the note under the docs is no task.
    expect(parsed.tasks.find((t) => t.id === 'audit')!.context).toBe(
      '- Check the token expiry and refresh paths\n- Note: findings go in SECURITY.md',
    );
    expect(parsed.tasks.find((t) => t.id === 'audit')!.lineText).toBe(
      '1. [ ] Security audit of the auth flow (id: audit) (depends_on: api)',
    );
  });

  it('is recognised in every spelling of form 4', () => {
    const expected = parse('user-auth-plan.md').tasks;
    expect(parse('execute user-auth-plan.md').tasks).toEqual(expected);
    expect(parse('execute tasks from user-auth-plan.md').tasks).toEqual(expected);
    expect(parse('execute', 'tasks', 'from', './user-auth-plan.md').tasks).toEqual(expected);
    expect(parse('execute `user-auth-plan.md`').tasks).toEqual(expected);
    // The source names the file resolved against the caller's cwd, for the check-off to write back.
    expect(parseInput(['sub/p.md'], memoryIo({ '/plans/sub/p.md': '- x' }), { registry }).source).toEqual({
      kind: 'markdown',
      file: '/plans/sub/p.md',
    });
  });

  it('takes speckit task ids and drops the [P] marker', () => {
    const parsed = parse('speckit-tasks.md');
    expect(parsed.alreadyDone).toBe(1);
    expect(parsed.tasks.map((t) => [t.id, t.description, t.dependsOn, t.line])).toEqual([
      ['T002', 'Configure linting and formatting tools', [], 5],
      ['T003', 'Contract test POST /api/albums in tests/contract/test_albums_post.py', ['T002'], 8],
    ]);
  });

  it('keeps CRLF files readable, with the right lines', () => {
    const parsed = parse('crlf-plan.md');
    expect(parsed.tasks).toMatchObject([{ description: 'Build UI', dependsOn: [], skills: [], line: 1 }]);
    expect(parsed.alreadyDone).toBe(1);
  });

  it('names file and line of a malformed item', () => {
    expect(() => parse('bad-item.md')).toThrow(PlanFileError);
    expect(() => parse('bad-item.md')).toThrow("bad-item.md:4: Invalid task id 'has space'");
  });

  it('says when the file is missing', () => {
    expect(() => parse('execute nowhere.md')).toThrow('nowhere.md: cannot read the plan file: no such file');
  });

  it('reads a file that is all done as no tasks', () => {
    expect(parse('all-done.md')).toMatchObject({ tasks: [], alreadyDone: 2 });
  });

  it('takes only checkbox items as tasks when there are any; an empty box is nothing', () => {
    const io = memoryIo({ '/plans/p.md': '- [ ] One\n- [ ]\n- context, not a task\n- [x] Done\n' });
    expect(parseInput(['p.md'], io, { registry }).tasks.map((t) => t.description)).toEqual(['One']);
  });

  it('lets a domain prefix beat a heading, and ignores phase headings', () => {
    const io = memoryIo({
      '/plans/p.md': '## Backend\n- frontend:Build page\n- Create API\n## Phase 2: Polish\n- Add UI\n',
    });
    expect(parseInput(['p.md'], io, { registry }).tasks.map((t) => [t.domain, t.description])).toEqual([
      ['frontend', 'Build page'],
      ['backend', 'Create API'],
      [undefined, 'Add UI'],
    ]);
  });

  it('skips fences, comments, rules, front matter and empty items', () => {
    const io = memoryIo({
      '/plans/p.md': [
        '---',
        'tags:',
        '- not a task',
        '---',
        '- One',
        '~~~',
        '- in a fence',
        '~~~',
        '* * *',
        '- ',
        '<!-- - hidden -->',
        '- Two <!-- note -->',
        '**Bold** line',
      ].join('\n'),
    });
    expect(parseInput(['p.md'], io, { registry }).tasks.map((t) => [t.description, t.line])).toEqual([
      ['One', 5],
      ['Two', 12],
    ]);
  });
});

describe('every markdown plan', () => {
  const parse = (text: string) => parseInput(['p.md'], memoryIo({ '/plans/p.md': text }), { registry });

  it('reads a `Label:` item with nothing after it as a label, never a failure', () => {
    const parsed = parse(
      '- Send the webhook\n- Payload:\n  - id and status\n- **Backend**:\n  - Build the API\n',
    );
    expect(parsed.tasks.map((t) => [t.description, t.domain])).toEqual([
      ['Send the webhook', undefined],
      // The label's items are tasks; a label that names a domain sets it, as a heading would.
      ['id and status', undefined],
      ['Build the API', 'backend'],
    ]);
  });

  it('gives nested items to their parent; a done parent closes its children', () => {
    const parsed = parse(
      '- [x] Parent done\n  - [ ] child of a done parent\n- [ ] Parent open\n  - [ ] its step\n',
    );
    expect(parsed.tasks.map((t) => [t.description, t.context])).toEqual([['Parent open', '- [ ] its step']]);
    expect(parsed.alreadyDone).toBe(1);
  });

  it('takes ~~struck~~ items as done and strips emphasis from titles', () => {
    const parsed = parse('- ~~Old task~~\n- **Build** the _login_ form with `snake_case` and src/*.ts\n');
    expect(parsed.alreadyDone).toBe(1);
    expect(parsed.tasks.map((t) => t.description)).toEqual([
      'Build the login form with `snake_case` and src/*.ts',
    ]);
  });

  it('reads prose dependencies as edges with their reason, and refuses an id used twice', () => {
    const parsed = parse(
      [
        '- [ ] T001 Create the schema',
        '- [ ] T002 Seed data (depends on T001)',
        '- [ ] T003 Write the report after T002',
        '- [ ] T004 Blocks: T003. Draft the template',
      ].join('\n'),
    );
    expect(parsed.tasks.map((t) => [t.id, t.description, t.dependsOn])).toEqual([
      ['T001', 'Create the schema', []],
      ['T002', 'Seed data', ['T001']],
      ['T003', 'Write the report after T002', ['T002', 'T004']],
      ['T004', 'Blocks: T003. Draft the template', []],
    ]);
    expect(parsed.tasks[2]!.reasons).toEqual({
      T002: 'T003 after T002: its text says so',
      T004: 'T003 after T004: T004 says it blocks T003',
    });
    expect(() => parse('- [ ] T001 One\n- [ ] T001 Two\n')).toThrow(
      "p.md:2: task id 'T001' is already used by the open task on line 1",
    );
  });

  it('reads spec-kit ids in every spelling and tags in any order', () => {
    const parsed = parse(
      [
        '- [ ] **T001**: Create the project',
        '- [ ] [P] T002 [US1] Build the form',
        '- [ ] T012a [Setup] [P] Configure lint',
        '- [ ] T013: [Polish] Tidy the docs',
      ].join('\n'),
    );
    expect(parsed.tasks.map((t) => [t.id, t.description, t.story])).toEqual([
      ['T001', 'Create the project', undefined],
      ['T002', 'Build the form', 'US1'],
      ['T012a', 'Configure lint', undefined],
      ['T013', 'Tidy the docs', undefined],
    ]);
  });
});
