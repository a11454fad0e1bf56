/**
 * How a run will execute: the runtime and agent it asked for, or the prompt-files fallback with the reason
 * they cannot run here; and the small shared pieces around them.
 */
import { createAgent, opencodeOptions } from '../agent/create-agent.js';
import type { OpencodeAgentOptions } from '../agent/opencode.js';
import type { Agent } from '../agent/types.js';
import type { WorkerPlan } from '../plan/types.js';
import { createRuntime } from '../runtime/create-runtime.js';
import type { ResourceTracker, Runtime } from '../runtime/types.js';
import type { OrchestrateOptions } from './options.js';
import type { RunResult, SubtaskResult, WorkerResult } from './types.js';

export function workerResult(
  wp: WorkerPlan,
  subtasks: SubtaskResult[],
  mode: RunResult['mode'],
): WorkerResult {
  const status: WorkerResult['status'] = subtasks.every((s) => s.status === 'completed')
    ? 'completed'
    : subtasks.some((s) => s.status === 'pending' || s.status === 'running')
      ? 'pending'
      : subtasks.some((s) => s.status === 'cancelled')
        ? 'cancelled'
        : 'failed';
  return { worker: wp.name, domain: wp.domain, status, mode, subtasks };
}

export type ExecutionChoice =
  { kind: 'run'; runtime: Runtime; agent: Agent } | { kind: 'prompt-files'; reason?: string };

export async function chooseExecution(
  options: OrchestrateOptions,
  sequential: boolean,
  env: NodeJS.ProcessEnv,
  logger: NonNullable<OrchestrateOptions['logger']>,
  tracker?: ResourceTracker,
): Promise<ExecutionChoice> {
  const requested = options.runtime ?? 'local';
  if (requested === 'prompt-files') return { kind: 'prompt-files' };
  const agent = createAgent(options, env, requested);
  if ('unavailable' in agent) return { kind: 'prompt-files', reason: agent.unavailable };
  const runtime = await createRuntime(requested, sequential, options, logger, tracker);
  if ('unavailable' in runtime) return { kind: 'prompt-files', reason: runtime.unavailable };
  return { kind: 'run', runtime, agent };
}

/**
 * OpenCode's options for a one-shot session (the planner, the synthesis): the run's model and binary, but
 * none of the per-subtask budgets, which are for workers. Throws the reason when OpenCode is unavailable.
 */
export function oneShotAgentOptions(
  options: OrchestrateOptions,
  env: NodeJS.ProcessEnv,
  runtime: string,
): OpencodeAgentOptions {
  const oc = opencodeOptions(options, env, runtime);
  if ('unavailable' in oc) throw new Error(oc.unavailable);
  return { ...oc, maxTokens: undefined, maxCostUsd: undefined, stallMs: undefined };
}
