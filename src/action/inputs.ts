/**
 * The action's inputs, read once and validated with zod into one typed settings object. A bad value fails
 * the run before anything else happens, with a message that names the input and quotes the value. The run's
 * own settings are checked by the schema the CLI and the API use too (src/engine/run-settings.ts).
 */
import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { AgentKind } from '../agent/types.js';
import type { PlannerKind } from '../engine/options.js';
import { parseRunSettings, type RunSettingKey } from '../engine/run-settings.js';
import type { RuntimeKind } from '../runtime/types.js';
import type { PullRequestMode } from '../delivery/target.js';
import { InputError } from '../util/errors.js';
import { EnvKnobs, Inputs, type InputName } from './constants.js';

export interface ActionSettings {
  /** Task input of any form of docs/interface.md (empty when not given). */
  tasks: string;
  /** A plan file path or glob, relative to the checked-out repository (empty when not given). */
  planFile: string;
  githubToken: string;
  runtime: RuntimeKind;
  agent: AgentKind;
  agentCommand?: string;
  model?: string;
  maxSubtasks?: number;
  concurrency?: number;
  subtaskTimeoutMs?: number;
  maxDepth?: number;
  /** Absolute; run files go to `<workspace>/runs/<planId>/`. */
  workspace: string;
  /** Names of environment variables (secrets) passed to workers. */
  envNames: string[];
  /** Bot logins allowed to trigger, lower case, without the `[bot]` suffix. */
  allowedBots: string[];
  planner: PlannerKind;
  /** The worker image to use (docker runtime); else the release image of this version, or a build. */
  image?: string;
  /**
   * `runtime: local` without the sandbox where bubblewrap cannot run (workers can then read the job's
   * environment, tokens included): only when the workflow says so.
   */
  allowUnsandboxedLocal: boolean;
  /** How the run's pushed branch is proposed: a draft pull request, a ready one, or none (a compare link). */
  pullRequest: PullRequestMode;
  /** `run`: the request's coordinator; `worker`: one subtask a coordinator dispatched (the worker workflow). */
  mode: 'run' | 'worker';
  /** `runtime: actions`: the worker workflow run per subtask. */
  workerWorkflow: string;
  /** `runtime: actions`: how long a dispatched run may stay queued. */
  workerStartTimeoutMs?: number;
}

/** One runner's worth of workers: past this they fight over its CPU and memory (docs/scale-out.md). */
const MAX_CONCURRENCY = 64;

/** Splits a comma or newline separated list, dropping blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(values, { error: `one of ${values.join(', ')}` }));

/** The inputs only the action has; the run's own settings go through engine/run-settings.ts. */
const actionOnly = z.object({
  [Inputs.Tasks]: z.string().default(''),
  [Inputs.PlanFile]: z.string().default(''),
  [Inputs.GithubToken]: z.string().default(''),
  [Inputs.MaxDepth]: z
    .string()
    .regex(/^\d+$/, { error: 'a whole number from 0 to 10' })
    .transform(Number)
    .pipe(z.number().max(10, { error: 'a whole number from 0 to 10' }))
    .optional(),
  [Inputs.Workspace]: z.string().optional(),
  [Inputs.AllowedBots]: z
    .string()
    .transform((v) => splitList(v).map((bot) => bot.toLowerCase().replace(/\[bot\]$/, '')))
    .pipe(z.array(z.string().regex(/^[\w.-]+$/, { error: 'bot logins such as dependabot[bot]' })))
    .default([]),
  [Inputs.AllowUnsandboxedLocal]: oneOf(['true', 'false'] as const)
    .transform((v) => v === 'true')
    .default(false),
  [Inputs.PullRequest]: oneOf(['draft', 'ready', 'none'] as const).default('draft'),
  [Inputs.Mode]: oneOf(['run', 'worker'] as const).default('run'),
});

/** Which input each run setting is read from. */
const RUN_SETTING_INPUTS = {
  runtime: Inputs.Runtime,
  agent: Inputs.Agent,
  agentCommand: Inputs.AgentCommand,
  model: Inputs.Model,
  planner: Inputs.Planner,
  maxSubtasks: Inputs.MaxSubtasks,
  concurrency: Inputs.Concurrency,
  timeout: Inputs.SubtaskTimeout,
  envNames: Inputs.Env,
  image: Inputs.Image,
  workerWorkflow: Inputs.WorkerWorkflow,
  workerStartTimeout: Inputs.WorkerStartTimeout,
} as const satisfies Partial<Record<RunSettingKey, InputName>>;

const invalidInput = (name: string, value: string, expected: string) =>
  `Invalid input '${name}': '${value}'. Expected ${expected}.`;

/**
 * Reads every input through `core.getInput` (so tests drive it with INPUT_* variables) and validates it.
 * Throws an InputError naming the first bad input.
 */
export function getSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.values(Inputs)) {
    const value = core.getInput(name);
    raw[name] = value === '' ? undefined : value;
  }
  const parsed = actionOnly.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'unknown') as InputName;
    const value = typeof issue?.input === 'string' ? issue.input : (raw[name] ?? '');
    throw new InputError(invalidInput(name, value, issue?.message ?? 'a valid value'));
  }
  const s = parsed.data;
  const run = parseRunSettings(
    {
      ...Object.fromEntries(Object.entries(RUN_SETTING_INPUTS).map(([key, input]) => [key, raw[input]])),
      envNames: splitList(raw[Inputs.Env] ?? ''),
    },
    {
      nameOf: (key) => RUN_SETTING_INPUTS[key as keyof typeof RUN_SETTING_INPUTS] ?? key,
      invalid: invalidInput,
      required: (name, when, value) => `Input '${name}' is required when '${when}' is '${value}'.`,
      maxConcurrency: MAX_CONCURRENCY,
    },
  );
  const model = run.model;
  return {
    tasks: s[Inputs.Tasks],
    planFile: s[Inputs.PlanFile],
    githubToken: s[Inputs.GithubToken],
    runtime: (run.runtime ?? 'docker') as RuntimeKind,
    agent: (run.agent ?? 'opencode') as AgentKind,
    agentCommand: run.agentCommand,
    model,
    maxSubtasks: run.maxSubtasks,
    concurrency: run.concurrency,
    subtaskTimeoutMs: run.timeoutMs,
    maxDepth: s[Inputs.MaxDepth],
    workspace: resolveWorkspace(s[Inputs.Workspace], env),
    envNames: run.envNames ?? [],
    allowedBots: s[Inputs.AllowedBots],
    // The contract makes the LLM planner the action's default once a model is configured.
    // Without a model there is nothing to plan with: keywords. (Trying the LLM first would wait out
    // OpenCode's provider retries before falling back.)
    planner: run.planner ?? (model ? 'llm' : 'keyword'),
    image: run.image,
    allowUnsandboxedLocal: s[Inputs.AllowUnsandboxedLocal],
    pullRequest: s[Inputs.PullRequest],
    mode: s[Inputs.Mode],
    workerWorkflow: run.actions?.workflow ?? 'orchestrate-worker.yml',
    workerStartTimeoutMs: run.actions?.startTimeoutMs,
  };
}

/** The checked-out repository: plan files and `execute <path>` are read from here. */
export function repoDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/** Same precedence as the engine (input, ORCH_WORKSPACE, ~/.opencode-orchestrator), made absolute. */
function resolveWorkspace(input: string | undefined, env: NodeJS.ProcessEnv): string {
  const chosen = input || env[EnvKnobs.Workspace];
  if (!chosen) return path.join(os.homedir(), '.opencode-orchestrator');
  return path.resolve(repoDir(env), chosen);
}
