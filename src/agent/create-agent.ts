/** Picks the agent for a run, or the reason it cannot run (the caller falls back to prompt files). */
import type { OrchestrateOptions } from '../engine/options.js';
import { OptionError } from '../util/errors.js';
import { CommandAgent } from './command.js';
import { resolveOpencodeBinary } from './opencode-binary.js';
import { OpencodeAgent, type OpencodeAgentOptions } from './opencode.js';
import type { Agent } from './types.js';

/**
 * OpenCode's options for a run. On the host the binary is looked up now (PATH, this package's dependencies);
 * in a container the worker image's own `opencode` is used.
 */
export function opencodeOptions(
  options: OrchestrateOptions,
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
    model: options.model,
    binary,
    maxTokens: options.maxTokens,
    maxCostUsd: options.maxCostUsd,
    stallMs: options.stallMs,
  };
}

export function createAgent(
  options: OrchestrateOptions,
  env: NodeJS.ProcessEnv,
  runtime: string,
): Agent | { unavailable: string } {
  const kind = options.agent ?? 'opencode';
  if (kind === 'command') {
    if (!options.agentCommand?.trim()) {
      throw new OptionError(
        '--agent-command',
        options.agentCommand ?? '',
        'a shell command for the command agent',
      );
    }
    return new CommandAgent(options.agentCommand);
  }
  const oc = opencodeOptions(options, env, runtime);
  return 'unavailable' in oc ? oc : new OpencodeAgent(oc);
}
