/** Makes the agent a run's configuration asks for, or says why it cannot run here. */
import type { AgentConfig } from './config.js';
import { CommandAgent } from './command.js';
import { resolveOpencodeBinary } from './opencode-binary.js';
import { OpencodeAgent, type OpencodeAgentOptions } from './opencode.js';
import type { Agent } from './types.js';

/**
 * OpenCode's options for a run. On the host the binary is looked up now (PATH, this package's dependencies,
 * the action's tool cache); in a container the worker image's own `opencode` is used.
 */
export function opencodeOptions(
  config: Extract<AgentConfig, { kind: 'opencode' }>,
  env: NodeJS.ProcessEnv,
  runtime: string,
): OpencodeAgentOptions | { unavailable: string } {
  const binary = runtime === 'docker' ? undefined : resolveOpencodeBinary(env);
  if (runtime !== 'docker' && !binary) {
    return {
      unavailable:
        'the opencode agent was not found (no `opencode` on PATH or in node_modules; install it with `npm install -g opencode-ai`, or use --runtime docker)',
    };
  }
  return {
    ...(config.model ? { model: config.model } : {}),
    binary,
    ...config.budget,
    ...(config.sessions === false ? { serve: false } : {}),
  };
}

/** The same OpenCode for a one-shot session (the planner, the synthesis): none of the workers' budgets. */
export function oneShotOpencodeOptions(
  config: AgentConfig,
  env: NodeJS.ProcessEnv,
  runtime: string,
): OpencodeAgentOptions | { unavailable: string } {
  if (config.kind !== 'opencode')
    return { unavailable: 'the planner and the synthesis need the opencode agent' };
  return opencodeOptions({ ...config, budget: {} }, env, runtime);
}

export function createAgent(
  config: AgentConfig,
  env: NodeJS.ProcessEnv,
  runtime: string,
): Agent | { unavailable: string } {
  if (config.kind === 'command') return new CommandAgent(config.command);
  const oc = opencodeOptions(config, env, runtime);
  return 'unavailable' in oc ? oc : new OpencodeAgent(oc);
}
