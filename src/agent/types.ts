/**
 * The seam between the scheduler and the AI (or shell) doing a subtask. An Agent turns a subtask's prompt
 * into a bash script for a Worker to run, and the command's output back into the subtask's result.
 */
import type { Usage } from '../engine/types.js';
import type { CommandOutcome } from '../runtime/types.js';

export type AgentKind = 'opencode' | 'command';

export interface AgentInvocationContext {
  taskId: string;
  description: string;
  domain: string;
  /** Path (valid inside the worker) of the file holding the subtask's full prompt. */
  promptFile: string;
  /** The worker's working directory as the worker sees it. */
  workdir: string;
}

export interface AgentInvocation {
  script: string;
  /** Extra variables for this subtask (e.g. ORCH_TASK_DESCRIPTION). */
  env: Record<string, string>;
}

export interface AgentVerdict {
  status: 'completed' | 'failed';
  result: string;
  error?: string;
  /** What the agent spent, where it reports it (OpenCode does; a shell command does not). */
  usage?: Usage;
  /** Agent-specific facts worth keeping in the result JSON (tool calls, files changed, token breakdown). */
  details?: Record<string, unknown>;
}

/**
 * Watches a running command's output, e.g. to enforce token and cost budgets or detect stalls.
 * Returning a reason stops the command; the reason is recorded with its partial output.
 */
export interface AgentMonitor {
  onOutput(stream: 'stdout' | 'stderr', chunk: string): string | undefined;
}

/** Budgets a run imposes on one subtask's monitor (what is left of the run's own budget). */
export interface MonitorLimits {
  maxTokens?: number;
  maxCostUsd?: number;
}

export interface Agent {
  readonly kind: AgentKind;
  invocation(ctx: AgentInvocationContext): AgentInvocation;
  interpret(outcome: CommandOutcome): AgentVerdict;
  monitor?(limits?: MonitorLimits): AgentMonitor;
}
