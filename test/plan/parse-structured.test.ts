import { describe, it, expect } from 'vitest';
import { DomainRegistry } from '../../src/plan/domains.js';
import { PlanFormatError } from '../../src/plan/errors.js';
import { parseInput, plannerTasksSchema, rawTasksFromPlannerArray } from '../../src/plan/parse/index.js';
import { PlanFileError } from '../../src/util/errors.js';
import { jsonErrorLine } from '../../src/plan/parse/structured-file.js';
import { fixturesIo, memoryIo } from './io.js';

const registry = new DomainRegistry();
const parse = (...args: string[]) => parseInput(args, fixturesIo, { registry });
const parseMemory = (name: string, text: string) =>
  parseInput([name], memoryIo({ [`/plans/${name}`]: text }), { registry });

describe('YAML and JSON object plan files', () => {
  it('reads the YAML tasks form, with a string shorthand and a string depends_on', () => {
    const parsed = parse('tasks.yaml');
    expect(parsed.source?.kind).toBe('yaml');
    expect(parsed.tasks).toEqual([
      { id: 'schema', description: 'Design the orders schema', dependsOn: [], skills: [] },
      { id: 'api', description: 'Build the checkout API', dependsOn: ['schema'], skills: ['api-design'] },
      {
        id: 'chain',
        description: 'Settle payments on chain',
        domain: 'blockchain',
        dependsOn: ['api'],
        skills: [],
      },
      { description: 'Write the release notes', dependsOn: [], skills: [] },
    ]);
  });

  it('reads the JSON tasks form', () => {
    expect(parse('execute tasks.json').tasks).toEqual([
      { id: 'db', description: 'Set up database', dependsOn: [], skills: [] },
      { id: 'api', description: 'Create API', dependsOn: ['db'], skills: [] },
      { id: 'ui', description: 'Build UI', dependsOn: ['api'], skills: ['react-forms'] },
    ]);
  });

  it('refuses an unknown key with its line', () => {
    expect(() => parse('typo.yaml')).toThrow(PlanFileError);
    expect(() => parse('typo.yaml')).toThrow("typo.yaml:6: tasks[1].depend_on: unknown key 'depend_on'");
  });

  it('refuses a missing description with the task line', () => {
    expect(() => parse('missing-description.json')).toThrow(
      'missing-description.json:2: tasks[1].description: a description (text) is required',
    );
  });

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "tasks": [\n    { "id": "a", "description": "x" }\n    { "id": "b" }\n  ]\n}\n';
    expect(() => parseMemory('bad.json', text)).toThrow(/^bad\.json:4: invalid JSON: /);
    expect(() => parseMemory('cut.json', '{\n  "tasks": [\n')).toThrow(/^cut\.json:3: invalid JSON: /);
  });

  it('names the line of a YAML syntax error', () => {
    const text = 'tasks:\n  - id: db\n    description: "Set up database\n  - id: api\n';
    expect(() => parseMemory('bad.yaml', text)).toThrow(/^bad\.yaml:\d+: invalid YAML: /);
  });

  it('refuses empty files, non-objects, bad ids and bad domains', () => {
    expect(() => parseMemory('e.yaml', '')).toThrow('e.yaml: the plan file is empty');
    expect(() => parseMemory('s.yaml', 'just text')).toThrow(
      "s.yaml:1: expected an object with a 'tasks' list",
    );
    expect(() => parseMemory('n.yaml', 'title: x\n')).toThrow("n.yaml:1: tasks: expected a 'tasks' list");
    expect(() => parseMemory('i.yaml', 'tasks:\n  - id: a b\n    description: x\n')).toThrow(
      'i.yaml:2: tasks[0].id: an id must be',
    );
    expect(() => parseMemory('d.yaml', 'tasks:\n  - description: x\n    domain: Front End\n')).toThrow(
      'd.yaml:3: tasks[0].domain: a domain must be',
    );
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((c, i) => {
        const prev = 'abcdefgh'[i]!;
        return `${c}: &${c} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
      'tasks: *h',
    ].join('\n');
    expect(() => parseMemory('bomb.yaml', bomb)).toThrow(PlanFileError);
  });
});

describe('the planner format', () => {
  it('reads a JSON array file, indices as t1..tN, agent a hint only', () => {
    expect(parse('planner.json').tasks).toEqual([
      { id: 't1', description: 'Research competitor A', dependsOn: [], skills: [] },
      { id: 't2', description: 'Research competitor B', dependsOn: [], skills: [] },
      {
        id: 't3',
        description: 'Write comparison table',
        domain: 'documentation',
        dependsOn: ['t1', 't2'],
        skills: [],
      },
    ]);
  });

  it('names an out-of-range index and its line', () => {
    expect(() => parse('planner-out-of-range.json')).toThrow(
      'planner-out-of-range.json:3: [1].dependencies[1]: dependency index 7 is out of range (tasks are 0..1)',
    );
  });

  it('validates an already-parsed value for the LLM planner', () => {
    const value: unknown = JSON.parse(
      '[{"description":"A","agent":"build","dependencies":[],"note":"ignored"},{"description":"B","dependencies":["0"]}]',
    );
    expect(plannerTasksSchema.safeParse(value).success).toBe(true);
    expect(rawTasksFromPlannerArray(value, registry)).toEqual([
      { id: 't1', description: 'A', dependsOn: [], skills: [] },
      { id: 't2', description: 'B', dependsOn: ['t1'], skills: [] },
    ]);
    expect(() => rawTasksFromPlannerArray({ tasks: [] })).toThrow(PlanFormatError);
    expect(() => rawTasksFromPlannerArray([{ description: '' }])).toThrow(
      '[0].description: the description is empty',
    );
    expect(() => rawTasksFromPlannerArray([{ description: 'x', dependencies: [-1] }])).toThrow(
      '[0].dependencies[0]: a dependency must be a 0-based task index',
    );
    expect(rawTasksFromPlannerArray([])).toEqual([]);
  });
});

describe('plan file detection', () => {
  it('keeps descriptions that mention files as tasks', () => {
    expect(parse('Update README.md').tasks).toEqual([
      { description: 'Update README.md', dependsOn: [], skills: [] },
    ]);
    expect(parse('Execute the migration, deploy').tasks.map((t) => t.description)).toEqual([
      'Execute the migration',
      'deploy',
    ]);
  });

  it('refuses a path of an unknown type', () => {
    expect(() => parse('execute plans/auth.txt')).toThrow(
      'plans/auth.txt: unsupported plan file type; expected .md, .yaml, .yml or .json',
    );
  });
});

describe('jsonErrorLine', () => {
  it.each([
    ['{\n  "tasks": [1,]\n}', 2],
    ['{\n"a": 1\n"b": 2}', 3],
    ['{"a":\n tru}', 2],
    ['[\n1,\n2', 3],
  ])('finds the line of the first error in %j', (text, line) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(jsonErrorLine(text, message)).toBe(line);
  });
});
