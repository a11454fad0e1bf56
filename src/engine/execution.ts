/**
 * How a run executes: the runtime and agent its configuration asks for, made once and shared by the LLM
 * planner, the workers and the synthesis; or, when they cannot run here, the reason (the caller then writes
 * prompt files or fails, as the run's `fallback` says).
 */
import { createAgent, oneShotOpencodeOptions } from '../agent/create-agent.js';
import type { OpencodeAgentOptions } from '../agent/opencode.js';
import type { Agent } from '../agent/types.js';
import { createRuntime } from '../runtime/create-runtime.js';
import { ActionsRuntime } from '../runtime/actions/actions-runtime.js';
import { DeferredRuntime } from '../runtime/deferred.js';
import type { RemoteRuntime, ResourceTracker, Runtime } from '../runtime/types.js';
import type { RunConfig } from './run-config.js';

export type Execution =
  | {
      kind: 'run';
      runtime: Runtime;
      agent: Agent;
      /** OpenCode for one-shot sessions (planner, synthesis), or why there is none (the command agent). */
      oneShot: OpencodeAgentOptions | { unavailable: string };
      /** Subtasks on runners of their own (the `actions` runtime); `runtime` then serves one-shot sessions only. */
      remote?: RemoteRuntime;
    }
  /** `reason` is set when the run asked for workers and they cannot start; unset when prompt files were asked. */
  | { kind: 'prompt-files'; reason?: string };

export async function openExecution(config: RunConfig, tracker?: ResourceTracker): Promise<Execution> {
  if (config.runtime.kind === 'prompt-files') return { kind: 'prompt-files' };
  if (config.runtime.kind === 'actions') return openRemote(config, config.runtime, tracker);
  const agent = createAgent(config.agent, config.env, config.runtime.kind);
  if ('unavailable' in agent) return { kind: 'prompt-files', reason: agent.unavailable };
  const runtime = await createRuntime(config.runtime, {
    sequential: config.depth.sequential,
    env: config.env,
    logger: config.logger,
    tracker,
  });
  if ('unavailable' in runtime) return { kind: 'prompt-files', reason: runtime.unavailable };
  return {
    kind: 'run',
    runtime,
    agent,
    oneShot: oneShotOpencodeOptions(config.agent, config.env, runtime.kind),
  };
}

/**
 * The `actions` runtime: the agent as the remote workers run it (in the worker image), and a docker runtime
 * here, made only if a one-shot session (planner, synthesis, conflict resolution) needs it.
 */
function openRemote(
  config: RunConfig,
  runtimeConfig: Extract<RunConfig['runtime'], { kind: 'actions' }>,
  tracker?: ResourceTracker,
): Execution {
  const agent = createAgent(config.agent, config.env, 'docker');
  if ('unavailable' in agent) return { kind: 'prompt-files', reason: agent.unavailable };
  const context = { sequential: false, env: config.env, logger: config.logger, tracker };
  return {
    kind: 'run',
    runtime: new DeferredRuntime('docker', () =>
      createRuntime({ kind: 'docker', docker: runtimeConfig.docker }, context),
    ),
    agent,
    oneShot: oneShotOpencodeOptions(config.agent, config.env, 'docker'),
    remote: new ActionsRuntime(runtimeConfig.actions, config.logger),
  };
}
