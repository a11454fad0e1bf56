/**
 * The seam between the scheduler and the AI (or shell) doing a subtask. An Agent turns a subtask's prompt
 * into a bash script for a Worker to run, and the command's output back into the subtask's result; an
 * agent with a long-lived session on the worker (OpenCode's server) runs the subtask itself (`runTask`),
 * and may then hold a conversation: when it ends a turn asking something, the caller answers.
 */
import type { Usage } from '../engine/types.js';
import type { CommandOutcome, OutputListener, Worker } from '../runtime/types.js';

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
  /** Host files the script runs (the agent's binary); see WorkerCommand.hostPaths. */
  hostPaths?: readonly string[];
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

/** How an agent's turn ended, for whoever decides what comes next. */
export interface TurnEnd {
  /** 1 for the answer to the subtask's prompt, then one more per reply. */
  turn: number;
  /** What the agent said last in that turn. */
  text: string;
}

export type NextTurn =
  /** Send this into the same session, as the user's next message. */
  | { kind: 'reply'; text: string }
  /** The subtask is over: the turn's end is its result. */
  | { kind: 'done' }
  /** The subtask fails with this error (e.g. the agent still asks past the turn limit). */
  | { kind: 'fail'; error: string };

export interface AgentConversation {
  /** Called each time the agent ends a turn. The time it takes is not the agent stalling. */
  next(end: TurnEnd, signal: AbortSignal): Promise<NextTurn>;
}

export interface AgentTaskContext extends AgentInvocationContext {
  worker: Worker;
  /** Stops the subtask (budgets, stalls, timeout, cancellation); what it did so far is kept. */
  signal: AbortSignal;
  /** Its live output, as `worker.run` reports a command's (the agent's monitor watches it). */
  onOutput: OutputListener;
  /** Absent: the end of the first turn is the end of the subtask. */
  conversation?: AgentConversation;
  /** Something the run should record, e.g. why no session could be had and the subtask runs as a command. */
  notice(message: string): void;
}

export interface Agent {
  readonly kind: AgentKind;
  invocation(ctx: AgentInvocationContext): AgentInvocation;
  interpret(outcome: CommandOutcome): AgentVerdict;
  monitor?(limits?: MonitorLimits): AgentMonitor;
  /**
   * Runs the subtask in a session that outlives one command (a server per worker, reused by its subtasks).
   * Resolves undefined when no session can be had on this worker: the caller then runs `invocation`.
   */
  runTask?(ctx: AgentTaskContext): Promise<AgentVerdict | undefined>;
}
