/**
 * The action's inputs, read once and validated with zod into one typed settings object. A bad value fails
 * the run before anything else happens, with a message that names the input and quotes the value.
 */
import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { AgentKind } from '../agent/types.js';
import type { PlannerKind } from '../engine/options.js';
import { SUBTASK_LIMITS } from '../plan/limits.js';
import type { RuntimeKind } from '../runtime/types.js';
import type { PullRequestMode } from '../delivery/target.js';
import { parseDuration } from '../util/duration.js';
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

const MAX_TIMEOUT_MS = 24 * 3_600_000;

/** `600` (seconds), `90s`, `10m`, `1h30m`, `500ms` → milliseconds; undefined when not a duration. */
function durationMs(text: string): number | undefined {
  try {
    return parseDuration(text, Inputs.SubtaskTimeout);
  } catch {
    return undefined;
  }
}

/** Splits a comma or newline separated list, dropping blanks. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `a whole number from ${min} to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `a whole number from ${min} to ${max}` })
        .max(max, { error: `a whole number from ${min} to ${max}` }),
    );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.toLowerCase())
    .pipe(z.enum(values, { error: `one of ${values.join(', ')}` }));

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** An image reference as Docker reads it: `[host[:port]/]path[:tag][@digest]`, the path in lower case. */
const IMAGE_REF = new RegExp(
  '^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\\d+)?/)?' +
    '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*' +
    '(?::\\w[\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$',
);

/** Keyed exactly like action.yml; empty inputs arrive as undefined. */
const schema = z.object({
  [Inputs.Tasks]: z.string().default(''),
  [Inputs.PlanFile]: z.string().default(''),
  [Inputs.GithubToken]: z.string().default(''),
  [Inputs.Runtime]: oneOf(['docker', 'local', 'prompt-files', 'actions'] as const).default('docker'),
  [Inputs.Agent]: oneOf(['opencode', 'command'] as const).default('opencode'),
  [Inputs.AgentCommand]: z.string().optional(),
  [Inputs.Model]: z
    .string()
    .regex(/^[\w.-]+\/\S+$/, { error: 'provider/model, e.g. anthropic/claude-sonnet-4-5' })
    .optional(),
  [Inputs.MaxSubtasks]: wholeNumber(1, SUBTASK_LIMITS.ceiling).optional(),
  [Inputs.Concurrency]: wholeNumber(1, 64).optional(),
  [Inputs.SubtaskTimeout]: z
    .string()
    .transform((v) => durationMs(v) ?? -1)
    .pipe(
      z
        .number()
        .min(1_000, { error: 'a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h' })
        .max(MAX_TIMEOUT_MS, { error: 'a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h' }),
    )
    .optional(),
  [Inputs.MaxDepth]: wholeNumber(0, 10).optional(),
  [Inputs.Workspace]: z.string().optional(),
  [Inputs.Env]: z
    .string()
    .transform(splitList)
    .pipe(z.array(z.string().regex(ENV_NAME, { error: 'environment variable names (letters, digits, _)' })))
    .default([]),
  [Inputs.AllowedBots]: z
    .string()
    .transform((v) => splitList(v).map((bot) => bot.toLowerCase().replace(/\[bot\]$/, '')))
    .pipe(z.array(z.string().regex(/^[\w.-]+$/, { error: 'bot logins such as dependabot[bot]' })))
    .default([]),
  [Inputs.Planner]: oneOf(['llm', 'keyword', 'auto'] as const).optional(),
  [Inputs.Image]: z
    .string()
    .trim()
    .regex(IMAGE_REF, { error: 'an image reference such as ghcr.io/owner/orchestrate-action-worker:1.0.0' })
    .optional(),
  [Inputs.AllowUnsandboxedLocal]: oneOf(['true', 'false'] as const)
    .transform((v) => v === 'true')
    .default(false),
  [Inputs.PullRequest]: oneOf(['draft', 'ready', 'none'] as const).default('draft'),
  [Inputs.Mode]: oneOf(['run', 'worker'] as const).default('run'),
  [Inputs.WorkerWorkflow]: z
    .string()
    .trim()
    .regex(/^[\w.-]+\.ya?ml$/, { error: 'a workflow file name such as orchestrate-worker.yml' })
    .default('orchestrate-worker.yml'),
  [Inputs.WorkerStartTimeout]: z
    .string()
    .transform((v) => durationMs(v) ?? -1)
    .pipe(
      z
        .number()
        .min(1_000, { error: 'a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h' })
        .max(MAX_TIMEOUT_MS, { error: 'a duration from 1s to 24h, like 600 (seconds), 90s, 10m or 1h' }),
    )
    .optional(),
});

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
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'unknown') as InputName;
    const value = typeof issue?.input === 'string' ? issue.input : (raw[name] ?? '');
    throw new InputError(
      `Invalid input '${name}': '${value}'. Expected ${issue?.message ?? 'a valid value'}.`,
    );
  }
  const s = parsed.data;
  const agentCommand = s[Inputs.AgentCommand];
  if (s[Inputs.Agent] === 'command' && !agentCommand) {
    throw new InputError(`Input '${Inputs.AgentCommand}' is required when '${Inputs.Agent}' is 'command'.`);
  }
  const model = s[Inputs.Model];
  return {
    tasks: s[Inputs.Tasks],
    planFile: s[Inputs.PlanFile],
    githubToken: s[Inputs.GithubToken],
    runtime: s[Inputs.Runtime],
    agent: s[Inputs.Agent],
    agentCommand,
    model,
    maxSubtasks: s[Inputs.MaxSubtasks],
    concurrency: s[Inputs.Concurrency],
    subtaskTimeoutMs: s[Inputs.SubtaskTimeout],
    maxDepth: s[Inputs.MaxDepth],
    workspace: resolveWorkspace(s[Inputs.Workspace], env),
    envNames: s[Inputs.Env],
    allowedBots: s[Inputs.AllowedBots],
    // The contract makes the LLM planner the action's default once a model is configured.
    // Without a model there is nothing to plan with: keywords. (Trying the LLM first would wait out
    // OpenCode's provider retries before falling back.)
    planner: s[Inputs.Planner] ?? (model ? 'llm' : 'keyword'),
    image: s[Inputs.Image],
    allowUnsandboxedLocal: s[Inputs.AllowUnsandboxedLocal],
    pullRequest: s[Inputs.PullRequest],
    mode: s[Inputs.Mode],
    workerWorkflow: s[Inputs.WorkerWorkflow],
    workerStartTimeoutMs: s[Inputs.WorkerStartTimeout],
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
