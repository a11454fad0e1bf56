/**
 * What a caller (the CLI, the action, the REST API, a library user) may set for a run. Validated once at
 * the edge that builds it; the engine trusts these values.
 */
import type { AgentKind } from '../agent/types.js';
import type { RuntimeKind } from '../runtime/types.js';
import type { Logger } from '../util/logger.js';
import type { OrchestratorEvent } from './types.js';

import type { NetworkMode } from '../runtime/config.js';

export type { NetworkMode };
export type PlannerKind = 'llm' | 'keyword' | 'auto';

export interface OrchestrateOptions {
  /** The directory workers work in (a git repo gets one worktree per worker). Default: process.cwd(). */
  cwd?: string;
  /**
   * Plan files must lie inside this directory, symlinks resolved (the action passes the repository, `serve`
   * its configured root); the check-off writes only there. Unset (the CLI): any file the user names.
   */
  planRoot?: string;
  /** Where run files go: `<workspace>/runs/<planId>/`. Default: ORCH_WORKSPACE, else ~/.opencode-orchestrator. */
  workspace?: string;
  /** Default: `local`. (The action defaults to `docker`.) */
  runtime?: RuntimeKind;
  /**
   * When the runtime or the agent cannot run here: write prompt files instead, with the reason (the
   * default), or `fail`: throw a WorkersUnavailableError with the reason and write no prompt files.
   */
  fallback?: 'prompt-files' | 'fail';
  /** Default: `opencode`. */
  agent?: AgentKind;
  /** The shell command of the `command` agent. */
  agentCommand?: string;
  /** `provider/model`, passed to OpenCode. */
  model?: string;
  /** Most workers running a subtask at once. Default: all. */
  concurrency?: number;
  /** Per-subtask timeout. Default: 10 minutes. */
  timeoutMs?: number;
  /** Local runtime: run workers inside tmux sessions. Default: when tmux is installed. */
  tmux?: boolean;
  /**
   * Local runtime: run each subtask in the bubblewrap sandbox (a PID namespace of its own, credential stores
   * hidden; see runtime/sandbox.ts). `auto` (default) uses it where it works and warns where not;
   * `required` refuses to run without it (the action's default); `off` never uses it.
   */
  sandbox?: 'auto' | 'required' | 'off';
  /** Docker network of worker containers. Default: bridge. */
  network?: NetworkMode;
  /** Names of caller environment variables to pass to workers (`--env NAME`). */
  envNames?: string[];
  /** Limit on subtasks (the planner's `maxSubtasks`, default 5, max 10; direct input defaults higher). */
  maxSubtasks?: number;
  /**
   * How free text becomes subtasks: `llm` (the LLM planner), `keyword` (split and detect domains), or `auto`
   * (the LLM, falling back to keywords). Default: `llm` when a model is given to the opencode agent, else `keyword`.
   */
  planner?: PlannerKind;
  /** Combine the results with the model into summary.md (opencode agent). Default: true. */
  synthesis?: boolean;
  /** Budgets for the whole run (all subtasks together); a run that crosses one stops its agents. */
  maxRunTokens?: number;
  maxRunCostUsd?: number;
  /** Budgets enforced outside the agent. */
  maxTokens?: number;
  maxCostUsd?: number;
  /** Stop an agent that produced no event for this long. */
  stallMs?: number;
  /** The `actions` runtime: which worker workflow runs each subtask, and how it is followed. */
  actions?: ActionsOptions;
  /** Docker worker limits. */
  image?: string;
  memory?: string;
  cpus?: number;
  pidsLimit?: number;
  /**
   * Push the run's integration branch (where the workdir is a git repository and something changed) to
   * `remote` as `branch` (default `orchestrate/<planId>`), and the worker branches whose merge conflicted
   * beside it as `<conflictPrefix>-<domain>` (default: the branch's own name). Never forced; a failure is
   * reported in the result, never thrown.
   */
  push?: PushTarget;
  /** Use this plan id instead of a random one. */
  planId?: string;
  /** Aborting cancels the run: every worker is stopped, pending subtasks become `cancelled`. */
  signal?: AbortSignal;
  /** Every event, as it happens (also appended to event_log.jsonl). */
  onEvent?: (event: OrchestratorEvent) => void;
  /** The caller's environment: source of ORCH_DEPTH / ORCH_MAX_DEPTH / OPENCODE_* and `envNames`. Default: process.env. */
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

/** The `actions` runtime's options; unset ones come from the environment GitHub sets, or the defaults. */
export interface ActionsOptions {
  /** The worker workflow's file name. Default: `orchestrate-worker.yml`. */
  workflow?: string;
  /** The branch or tag it is run from. Default: GITHUB_REF, else `main`. */
  ref?: string;
  /** A run still queued this long after its dispatch is cancelled and its subtask failed. Default: 10 minutes. */
  startTimeoutMs?: number;
  /** Time between two reads of a running run. Default: 5 s (ORCH_ACTIONS_POLL_MS). */
  pollIntervalMs?: number;
  /** `owner/name`. Default: GITHUB_REPOSITORY, else the checkout's `origin`. */
  repository?: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** A token with `actions: write`. Default: GITHUB_TOKEN, else GH_TOKEN. Never kept in the run's files. */
  token?: string;
}

export interface PushTarget {
  remote: string;
  branch?: string;
  /** What a conflicting worker branch is pushed as, before `-<domain>` (default: `branch`). */
  conflictPrefix?: string;
}

export const DEFAULT_TIMEOUT_MS = 10 * 60_000;
export const DEFAULT_MAX_DEPTH = 2;
