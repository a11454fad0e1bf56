/**
 * The command agent (docs/interface.md, Workers): runs the user's shell command with `sh -c` once per subtask.
 * Its trimmed standard output is the result; a non-zero exit fails the subtask.
 */
import type { CommandOutcome } from '../runtime/types.js';
import { taskEnv } from './task-env.js';
import type { Agent, AgentInvocation, AgentInvocationContext, AgentVerdict } from './types.js';

export class CommandAgent implements Agent {
  readonly kind = 'command' as const;

  constructor(private readonly command: string) {}

  invocation(ctx: AgentInvocationContext): AgentInvocation {
    return {
      // The command travels in the environment, never spliced into the script, so no quoting can break it.
      script: 'exec sh -c "$ORCH_AGENT_COMMAND"',
      env: { ORCH_AGENT_COMMAND: this.command, ...taskEnv(ctx) },
    };
  }

  interpret(outcome: CommandOutcome): AgentVerdict {
    const result = outcome.stdout.trim();
    if (outcome.exitCode === 0) return { status: 'completed', result };
    const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
    const how = outcome.exitCode === null ? 'was killed' : `exited with code ${outcome.exitCode}`;
    return { status: 'failed', result, error: `command ${how}${tail ? `: ${tail}` : ''}` };
  }
}
