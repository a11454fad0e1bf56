import { describe, it, expect } from 'vitest';
import { DomainRegistry } from '../../src/plan/domains.js';
import { parseInput, parseTaskList } from '../../src/plan/parse/index.js';
import { OptionError } from '../../src/util/errors.js';
import { noFiles } from './io.js';

const registry = new DomainRegistry();
const parse = (...args: string[]) => parseInput(args, noFiles, { registry });
const descriptions = (...args: string[]) => parse(...args).tasks.map((t) => t.description);

describe('form 1: comma list', () => {
  it('splits the README example into four tasks', () => {
    expect(parse('Build login UI, Create JWT API, Write tests, Security audit').tasks).toEqual([
      { description: 'Build login UI', dependsOn: [], skills: [] },
      { description: 'Create JWT API', dependsOn: [], skills: [] },
      { description: 'Write tests', dependsOn: [], skills: [] },
      { description: 'Security audit', dependsOn: [], skills: [] },
    ]);
  });

  it('splits on semicolons and new lines, and drops blanks', () => {
    expect(descriptions('Build UI; Write tests\nDeploy,, \n')).toEqual(['Build UI', 'Write tests', 'Deploy']);
    expect(descriptions('Build UI\r\nWrite tests')).toEqual(['Build UI', 'Write tests']);
  });

  it('does not split inside quotes or parentheses', () => {
    expect(descriptions('"Build UI, with forms", Fix the parser (lexer, grammar); Deploy')).toEqual([
      'Build UI, with forms',
      'Fix the parser (lexer, grammar)',
      'Deploy',
    ]);
    expect(descriptions('Write a "hello, world" program, Test it')).toEqual([
      'Write a "hello, world" program',
      'Test it',
    ]);
    expect(descriptions("Say 'yes, no' politely, Test it")).toEqual(["Say 'yes, no' politely", 'Test it']);
  });

  it('reads apostrophes and stray quotes as text', () => {
    expect(descriptions("Don't break the user's API, Write tests")).toEqual([
      "Don't break the user's API",
      'Write tests',
    ]);
    expect(descriptions('Buy a 27" monitor, Fix (unclosed, Deploy')).toEqual([
      'Buy a 27" monitor',
      'Fix (unclosed',
      'Deploy',
    ]);
  });

  it('joins unquoted shell words into one list', () => {
    expect(descriptions('Build', 'login', 'UI,', 'Create', 'JWT', 'API')).toEqual([
      'Build login UI',
      'Create JWT API',
    ]);
  });

  it('reads a pasted checklist: markers stripped, checked items done', () => {
    const parsed = parse(
      '- [ ] Build UI\n- [x] Write tests (id: w)\n1. Deploy (depends_on: w)\n* Document it',
    );
    expect(parsed.tasks.map((t) => [t.description, t.dependsOn])).toEqual([
      ['Build UI', []],
      ['Deploy', []],
      ['Document it', []],
    ]);
    expect(parsed.alreadyDone).toBe(1);
  });

  it('gives free text as a comma list for now (form 5 without the planner)', () => {
    expect(descriptions('Research the top 3 AI coding tools, write a comparison, and draft a memo')).toEqual([
      'Research the top 3 AI coding tools',
      'write a comparison',
      'and draft a memo',
    ]);
  });

  it('gives no tasks for blank input', () => {
    expect(parse().tasks).toEqual([]);
    expect(parse('  ', ',;').tasks).toEqual([]);
  });
});

describe('form 2: explicit domains', () => {
  it('takes the README example', () => {
    expect(parse('frontend:Build login page | backend:Create API | testing:Write E2E tests').tasks).toEqual([
      { description: 'Build login page', domain: 'frontend', dependsOn: [], skills: [] },
      { description: 'Create API', domain: 'backend', dependsOn: [], skills: [] },
      { description: 'Write E2E tests', domain: 'testing', dependsOn: [], skills: [] },
    ]);
  });

  it('keeps unknown names as custom domains', () => {
    expect(
      parse('blockchain:Deploy smart contract | defi:Build liquidity pool').tasks.map((t) => t.domain),
    ).toEqual(['blockchain', 'defi']);
    expect(parse('blockchain: Deploy smart contract | DeFi: Build pool').tasks.map((t) => t.domain)).toEqual([
      'blockchain',
      'defi',
    ]);
  });

  it('keeps commas inside a task of the | form', () => {
    expect(descriptions('frontend:Build login, signup pages | backend:Create API')).toEqual([
      'Build login, signup pages',
      'Create API',
    ]);
  });

  it('takes a known domain with a space, an unknown one only as a tag or in the | form', () => {
    expect(parse('Security: audit the login flow').tasks[0]).toMatchObject({
      domain: 'security',
      description: 'audit the login flow',
    });
    expect(parse('blockchain:Deploy smart contract').tasks[0]).toMatchObject({
      domain: 'blockchain',
      description: 'Deploy smart contract',
    });
    expect(parse('Note: deploy on Friday').tasks[0]).toEqual({
      description: 'Note: deploy on Friday',
      dependsOn: [],
      skills: [],
    });
  });

  it('does not take prose, URLs, ports or scopes as domains', () => {
    for (const text of [
      'Fix bug: null pointer',
      'Read https://example.com/spec',
      'localhost:8080 is down',
      'Refactor std::vector use',
      'C:\\work is full',
    ]) {
      expect(parse(text).tasks[0]).toEqual({ description: text, dependsOn: [], skills: [] });
    }
  });

  it('refuses a prefix that leaves no description', () => {
    expect(() => parse('frontend:(id: x)')).toThrow("Invalid task 'frontend:(id: x)'");
    expect(() => parse('frontend: | backend:Create API')).toThrow("Invalid task 'frontend:'");
  });
});

describe('form 3: ids and dependencies', () => {
  it('takes the README example, one task per argument', () => {
    expect(
      parse(
        'Set up database (id: db)',
        'Create API (id: api) (depends_on: db)',
        'Build UI (id: ui) (depends_on: api)',
      ).tasks,
    ).toEqual([
      { id: 'db', description: 'Set up database', dependsOn: [], skills: [] },
      { id: 'api', description: 'Create API', dependsOn: ['db'], skills: [] },
      { id: 'ui', description: 'Build UI', dependsOn: ['api'], skills: [] },
    ]);
  });

  it('takes quoted strings in one text, with shell line continuations, as a comment carries them', () => {
    const text =
      '"Set up database (id: db)" \\\n  "Create API (id: api) (depends_on: db)" \\\n  "Build UI (depends_on: api)"';
    expect(parse(text).tasks.map((t) => [t.id, t.description, t.dependsOn])).toEqual([
      ['db', 'Set up database', []],
      ['api', 'Create API', ['db']],
      [undefined, 'Build UI', ['api']],
    ]);
  });

  it('does not split an argument of several arguments', () => {
    expect(descriptions('Refactor parser, lexer (id: p)', 'Write tests (depends_on: p)')).toEqual([
      'Refactor parser, lexer',
      'Write tests',
    ]);
  });

  it('takes several dependencies, in any spelling', () => {
    expect(parse('Ship it (depends_on: a, b) (Depends-On: c d)').tasks[0]!.dependsOn).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(parse('Ship it (depends on: a,a)').tasks[0]!.dependsOn).toEqual(['a']);
  });

  it('works inside the other forms', () => {
    expect(parse('frontend:Build UI (id: ui) | testing:Test UI (depends_on: ui)').tasks).toEqual([
      { id: 'ui', description: 'Build UI', domain: 'frontend', dependsOn: [], skills: [] },
      { description: 'Test UI', domain: 'testing', dependsOn: ['ui'], skills: [] },
    ]);
    expect(parse('Build UI (id: ui), Test UI (depends_on: ui)').tasks[1]!.dependsOn).toEqual(['ui']);
  });

  it('takes skill tags in text too', () => {
    expect(parse('Write tests [Skill: tdd] → /coverage').tasks[0]).toEqual({
      description: 'Write tests',
      dependsOn: [],
      skills: ['tdd', 'coverage'],
    });
  });

  it('refuses a bad id, two ids, and a task that is only annotations, quoting it', () => {
    expect(() => parse('Build UI (id: my ui)')).toThrow(OptionError);
    expect(() => parse('Build UI (id: my ui)')).toThrow("'my ui'");
    expect(() => parse('Build UI (depends_on: a/b)')).toThrow("'a/b'");
    expect(() => parse('Build UI (id: a) (id: b)')).toThrow('at most one');
    expect(() => parse('(id: a) (depends_on: b)')).toThrow("Invalid task '(id: a) (depends_on: b)'");
  });
});

describe('parseTaskList', () => {
  it('is the one-string reader', () => {
    expect(parseTaskList('a, b', registry).tasks).toHaveLength(2);
  });
});

describe('arguments', () => {
  const registry = new DomainRegistry();
  it('takes one-word tasks with a domain prefix as one task each', () => {
    expect(parseInput(['frontend:One', 'backend:Two'], noFiles, { registry }).tasks).toMatchObject([
      { description: 'One', domain: 'frontend' },
      { description: 'Two', domain: 'backend' },
    ]);
    // An unquoted shell line still reads as one list.
    expect(parseInput(['Build', 'login', 'UI,', 'Write', 'tests'], noFiles, { registry }).tasks).toHaveLength(
      2,
    );
  });

  it('refuses several plan files instead of making a task of their names', () => {
    expect(() => parseInput(['a.md', 'b.yaml'], noFiles, { registry })).toThrow(
      /^Several plan files given \(a\.md, b\.yaml\): run one plan at a time/,
    );
    expect(() => parseInput(['execute a.md b.md'], noFiles, { registry })).toThrow(/Several plan files/);
  });
});
