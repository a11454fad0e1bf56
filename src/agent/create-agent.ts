/** Picks the agent for a run, or the reason it cannot run (the caller falls back to prompt files). */
import type { OrchestrateOptions } from '../engine/options.js';
import { OptionError } from '../util/errors.js';
import { CommandAgent } from './command.js';
import type { Agent } from './types.js';

export function createAgent(
  options: OrchestrateOptions,
  _env: NodeJS.ProcessEnv,
  _runtime: string,
): Agent | { unavailable: string } {
  const kind = options.agent ?? 'opencode';
  if (kind === 'command') {
    if (!options.agentCommand?.trim())
      throw new OptionError(
        '--agent-command',
        options.agentCommand ?? '',
        'a shell command for the command agent',
      );
    return new CommandAgent(options.agentCommand);
  }
  return { unavailable: 'the opencode agent is not available yet' };
}
