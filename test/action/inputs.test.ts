import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { Inputs, Outputs } from '../../src/action/constants.js';
import { getSettings, splitList } from '../../src/action/inputs.js';

/** Inputs reach the action as INPUT_<NAME> variables, exactly as the runner sets them. */
function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => setInputs({}));

const settingsWith = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = process.env) => {
  setInputs(inputs);
  return getSettings(env);
};

describe('getSettings', () => {
  it('applies the defaults of action.yml', () => {
    const s = settingsWith({ tasks: 'a, b', 'github-token': 't', runtime: 'docker', agent: 'opencode' }, {});
    expect(s).toMatchObject({
      tasks: 'a, b',
      planFile: '',
      githubToken: 't',
      runtime: 'docker',
      agent: 'opencode',
      envNames: [],
      allowedBots: [],
      planner: 'keyword',
      workspace: path.join(os.homedir(), '.opencode-orchestrator'),
      pullRequest: 'draft',
    });
    expect(s.concurrency).toBeUndefined();
    expect(s.subtaskTimeoutMs).toBeUndefined();
  });

  it('reads every input into typed values', () => {
    const s = settingsWith(
      {
        runtime: 'Local',
        agent: 'command',
        'agent-command': 'echo "done: $ORCH_TASK_DESCRIPTION"',
        model: 'anthropic/claude-sonnet-4-5',
        'max-subtasks': '7',
        concurrency: '3',
        'subtask-timeout': '90s',
        'max-depth': '0',
        workspace: 'ws',
        env: 'OPENAI_API_KEY, ANTHROPIC_API_KEY\nEXTRA',
        'allowed-bots': 'renovate[bot], Dependabot',
        'pull-request': 'Ready',
      },
      { GITHUB_WORKSPACE: '/repo' },
    );
    expect(s).toMatchObject({
      runtime: 'local',
      agent: 'command',
      agentCommand: 'echo "done: $ORCH_TASK_DESCRIPTION"',
      model: 'anthropic/claude-sonnet-4-5',
      maxSubtasks: 7,
      concurrency: 3,
      subtaskTimeoutMs: 90_000,
      maxDepth: 0,
      workspace: '/repo/ws',
      envNames: ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'EXTRA'],
      allowedBots: ['renovate', 'dependabot'],
      planner: 'llm',
      pullRequest: 'ready',
    });
  });

  it.each([
    ['600', 600_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
  ])('reads subtask-timeout %s', (value, ms) => {
    expect(settingsWith({ 'subtask-timeout': value }).subtaskTimeoutMs).toBe(ms);
  });

  it('takes a worker image by any reference Docker accepts', () => {
    expect(settingsWith({}).image).toBeUndefined();
    for (const image of [
      'ghcr.io/o/orchestrate-action-worker:0.1.0',
      '127.0.0.1:5000/o/w:1',
      'ubuntu',
      `my/worker@sha256:${'a'.repeat(64)}`,
    ])
      expect(settingsWith({ image }).image).toBe(image);
  });

  it('takes ORCH_WORKSPACE when the input is empty', () => {
    expect(settingsWith({}, { ORCH_WORKSPACE: '/tmp/ws' }).workspace).toBe('/tmp/ws');
  });

  it.each([
    ['concurrency', 'abc', "Invalid input 'concurrency': 'abc'. Expected a whole number from 1 to 64."],
    ['concurrency', '0', "Invalid input 'concurrency': '0'. Expected a whole number from 1 to 64."],
    ['concurrency', '2.5', "Invalid input 'concurrency': '2.5'. Expected a whole number from 1 to 64."],
    [
      'max-subtasks',
      '10001',
      "Invalid input 'max-subtasks': '10001'. Expected a whole number from 1 to 10000.",
    ],
    ['max-depth', '-1', "Invalid input 'max-depth': '-1'. Expected a whole number from 0 to 10."],
    [
      'runtime',
      'podman',
      "Invalid input 'runtime': 'podman'. Expected one of docker, local, prompt-files, actions.",
    ],
    ['agent', 'gpt', "Invalid input 'agent': 'gpt'. Expected one of opencode, command."],
    ['planner', 'magic', "Invalid input 'planner': 'magic'. Expected one of llm, keyword, auto."],
    ['pull-request', 'yes', "Invalid input 'pull-request': 'yes'. Expected one of draft, ready, none."],
    [
      'model',
      'gpt-4',
      "Invalid input 'model': 'gpt-4'. Expected provider/model, e.g. anthropic/claude-sonnet-4-5.",
    ],
    [
      'subtask-timeout',
      'ten minutes',
      "Invalid input 'subtask-timeout': 'ten minutes'. Expected a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h.",
    ],
    [
      'subtask-timeout',
      '48h',
      "Invalid input 'subtask-timeout': '48h'. Expected a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h.",
    ],
    [
      'env',
      'GOOD, BAD-NAME',
      "Invalid input 'env': 'BAD-NAME'. Expected environment variable names (letters, digits, _).",
    ],
    [
      'image',
      'ghcr.io/Owner/Worker:1',
      "Invalid input 'image': 'ghcr.io/Owner/Worker:1'. Expected an image reference such as ghcr.io/owner/orchestrate-action-worker:1.0.0.",
    ],
  ])('refuses %s=%j naming the input and quoting the value', (name, value, message) => {
    expect(() => settingsWith({ [name]: value })).toThrow(message);
  });

  it('refuses agent command without agent-command, with exit code 2', () => {
    try {
      settingsWith({ agent: 'command' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe("Input 'agent-command' is required when 'agent' is 'command'.");
      expect((error as { exitCode?: number }).exitCode).toBe(2);
    }
  });

  it('splitList splits on commas and new lines', () => {
    expect(splitList(' a,b\n\n c ,')).toEqual(['a', 'b', 'c']);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as {
    inputs: Record<string, { default?: string; description: string }>;
    outputs: Record<string, unknown>;
    runs: Record<string, string>;
  };

  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
  });

  it('has the contract defaults and runs the bundle as main and post', () => {
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(action.inputs.runtime?.default).toBe('docker');
    expect(action.inputs.agent?.default).toBe('opencode');
    expect(action.inputs['pull-request']?.default).toBe('draft');
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    });
  });
});

describe('runtime: actions and worker mode', () => {
  it('reads the worker workflow, its start timeout and the mode', () => {
    expect(settingsWith({ runtime: 'actions' }, {})).toMatchObject({
      runtime: 'actions',
      mode: 'run',
      workerWorkflow: 'orchestrate-worker.yml',
    });
    expect(
      settingsWith({ mode: 'worker', 'worker-workflow': 'scale.yaml', 'worker-start-timeout': '3m' }, {}),
    ).toMatchObject({ mode: 'worker', workerWorkflow: 'scale.yaml', workerStartTimeoutMs: 180_000 });
  });
  it('names the input and quotes the value it refuses', () => {
    expect(() => settingsWith({ 'worker-workflow': '../ci.yml' }, {})).toThrow(
      "Invalid input 'worker-workflow': '../ci.yml'. Expected a workflow file name such as orchestrate-worker.yml.",
    );
    expect(() => settingsWith({ mode: 'boss' }, {})).toThrow(
      "Invalid input 'mode': 'boss'. Expected one of run, worker.",
    );
  });
});
