/**
 * A run's configuration, resolved once at the engine's entry from the caller's OrchestrateOptions: every
 * default applied here and nowhere else, every value checked here, and split by the seam it is for. The
 * scheduler gets `scheduling`, the runtime `runtime`, the agent `agent`; none of them sees the others, nor
 * the CLI's, the action's or the API's names for them.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { AgentConfig } from '../agent/config.js';
import type { DockerConfig, RuntimeConfig } from '../runtime/config.js';
import { ACTIONS_DEFAULTS, parseRepository, type ActionsConfig } from '../runtime/actions/config.js';
import { OptionError } from '../util/errors.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { readDepth, type DepthInfo } from './depth.js';
import { DEFAULT_TIMEOUT_MS, type OrchestrateOptions, type PlannerKind } from './options.js';
import { resolveWorkspace } from './run-files.js';

export interface SchedulingConfig {
  /** Most subtasks (= busy workers) at once; Infinity for all; 1 at the depth limit. */
  concurrency: number;
  timeoutMs: number;
}

export interface RunConfig {
  cwd: string;
  workspace: string;
  planRoot?: string;
  env: NodeJS.ProcessEnv;
  envNames: string[];
  depth: DepthInfo;
  logger: Logger;
  signal?: AbortSignal;
  scheduling: SchedulingConfig;
  runtime: RuntimeConfig;
  agent: AgentConfig;
  planner: PlannerKind;
  maxSubtasks?: number;
  budgets: { maxRunTokens?: number; maxRunCostUsd?: number };
  synthesis: boolean;
  fallback: 'prompt-files' | 'fail';
  push?: { remote: string; branch?: string };
}

export const DOCKER_DEFAULTS = { memory: '4g', pidsLimit: 512, network: 'bridge' } as const;

const positive = (name: string, value: number | undefined, expected: string, integer = false) => {
  if (value === undefined) return undefined;
  if (!(value > 0) || (integer && !Number.isInteger(value))) throw new OptionError(name, value, expected);
  return value;
};

export function resolveRunConfig(options: OrchestrateOptions): RunConfig {
  const env = options.env ?? process.env;
  const depth = readDepth(env);
  const concurrency = positive('concurrency', options.concurrency, 'a whole number of at least 1', true);
  const timeoutMs = positive('timeoutMs', options.timeoutMs, 'a positive number of milliseconds');
  return {
    cwd: resolve(options.cwd ?? process.cwd()),
    workspace: resolveWorkspace(options.workspace, env),
    ...(options.planRoot ? { planRoot: resolve(options.planRoot) } : {}),
    env,
    envNames: options.envNames ?? [],
    depth,
    logger: options.logger ?? silentLogger,
    ...(options.signal ? { signal: options.signal } : {}),
    scheduling: {
      concurrency: depth.sequential ? 1 : (concurrency ?? Infinity),
      timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    },
    runtime: runtimeConfig(options),
    agent: agentConfig(options),
    planner: defaultPlanner(options),
    ...(options.maxSubtasks !== undefined ? { maxSubtasks: options.maxSubtasks } : {}),
    budgets: {
      maxRunTokens: positive('maxRunTokens', options.maxRunTokens, 'a positive number of tokens'),
      maxRunCostUsd: positive('maxRunCostUsd', options.maxRunCostUsd, 'a positive amount of US dollars'),
    },
    synthesis: options.synthesis !== false,
    fallback: options.fallback ?? 'prompt-files',
    ...(options.push ? { push: options.push } : {}),
  };
}

/** The planner a run uses when none is given: the LLM when the opencode agent has a model. */
export function defaultPlanner(
  options: Pick<OrchestrateOptions, 'planner' | 'agent' | 'model'>,
): PlannerKind {
  if (options.planner) return options.planner;
  return (options.agent ?? 'opencode') === 'opencode' && options.model ? 'llm' : 'keyword';
}

function runtimeConfig(options: OrchestrateOptions): RuntimeConfig {
  const kind = options.runtime ?? 'local';
  if (kind === 'prompt-files') return { kind };
  if (kind === 'local')
    return {
      kind,
      local: {
        ...(options.tmux !== undefined ? { tmux: options.tmux } : {}),
        sandbox: options.sandbox ?? 'auto',
      },
    };
  const docker = dockerConfig(options);
  if (kind === 'actions') return { kind, actions: actionsConfig(options), docker };
  return { kind, docker };
}

function dockerConfig(options: OrchestrateOptions): DockerConfig {
  const pidsLimit = options.pidsLimit ?? DOCKER_DEFAULTS.pidsLimit;
  if (!Number.isInteger(pidsLimit) || pidsLimit < 16)
    throw new OptionError('pidsLimit', pidsLimit, 'a whole number of at least 16');
  const cpus =
    positive('cpus', options.cpus, 'a positive number like 1.5') ?? Math.min(2, availableParallelism());
  return {
    ...(options.image ? { image: options.image } : {}),
    memoryBytes: parseMemory(options.memory ?? DOCKER_DEFAULTS.memory),
    nanoCpus: Math.round(cpus * 1e9),
    pidsLimit,
    network: options.network ?? DOCKER_DEFAULTS.network,
  };
}

/** The `actions` runtime's configuration: the options given, else what GitHub sets for a workflow run. */
function actionsConfig(options: OrchestrateOptions): ActionsConfig {
  const env = options.env ?? process.env;
  const given = options.actions ?? {};
  const token = given.token || env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token)
    throw new OptionError('actions.token', '', 'a token that may dispatch workflows (set GITHUB_TOKEN)');
  const repositoryText = given.repository ?? env.GITHUB_REPOSITORY;
  const repository = repositoryText ? parseRepository(repositoryText) : undefined;
  if (repositoryText && !repository)
    throw new OptionError('actions.repository', repositoryText, 'owner/name');
  const workflow = given.workflow ?? ACTIONS_DEFAULTS.workflow;
  if (!/^[\w.-]+$/.test(workflow))
    throw new OptionError(
      'actions.workflow',
      workflow,
      'a workflow file name such as orchestrate-worker.yml',
    );
  const poll = Number(env.ORCH_ACTIONS_POLL_MS);
  return {
    workflow,
    ref: given.ref ?? (env.GITHUB_REF || 'main'),
    ...(repository ? { repository } : {}),
    apiUrl: given.apiUrl ?? (env.GITHUB_API_URL || 'https://api.github.com'),
    token,
    remote: ACTIONS_DEFAULTS.remote,
    startTimeoutMs:
      positive('actions.startTimeoutMs', given.startTimeoutMs, 'a positive number of milliseconds') ??
      ACTIONS_DEFAULTS.startTimeoutMs,
    pollIntervalMs:
      positive('actions.pollIntervalMs', given.pollIntervalMs, 'a positive number of milliseconds') ??
      (poll > 0 ? poll : ACTIONS_DEFAULTS.pollIntervalMs),
  };
}

function agentConfig(options: OrchestrateOptions): AgentConfig {
  if ((options.agent ?? 'opencode') === 'command') {
    const command = options.agentCommand?.trim();
    if (!command)
      throw new OptionError(
        'agentCommand',
        options.agentCommand ?? '',
        'a shell command for the command agent',
      );
    return { kind: 'command', command: options.agentCommand! };
  }
  return {
    kind: 'opencode',
    ...(options.model ? { model: options.model } : {}),
    budget: {
      maxTokens: positive('maxTokens', options.maxTokens, 'a positive number of tokens'),
      maxCostUsd: positive('maxCostUsd', options.maxCostUsd, 'a positive amount of US dollars'),
      stallMs: positive('stallMs', options.stallMs, 'a positive number of milliseconds'),
    },
  };
}

/** The docker configuration of a run that sets nothing but `overrides` (for callers of the runtime itself). */
export function defaultDockerConfig(overrides: Partial<DockerConfig> = {}): DockerConfig {
  return { ...dockerConfig({}), ...overrides };
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** Docker's size syntax: `512m`, `2g`, `1.5G`, `4gb`, or plain bytes. At least 6 MiB (Docker's minimum). */
export function parseMemory(value: string, name = 'memory'): number {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(value.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!) : NaN;
  if (!(bytes >= 6 * 2 ** 20)) throw new OptionError(name, value, 'a size like 512m or 4g (at least 6m)');
  return bytes;
}
