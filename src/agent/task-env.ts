/**
 * The subtask's variables every agent gets. A description travels in full through the prompt file
 * (ORCH_PROMPT_FILE); the environment gets a bounded copy, because one variable over 128 KiB makes the
 * kernel refuse to start the command at all (E2BIG).
 */
import type { AgentInvocationContext } from './types.js';

export const MAX_ENV_DESCRIPTION_CHARS = 8 * 1024;

export function descriptionForEnv(description: string, max = MAX_ENV_DESCRIPTION_CHARS): string {
  if (description.length <= max) return description;
  return `${description.slice(0, max)} […truncated: the full description is in $ORCH_PROMPT_FILE]`;
}

export function taskEnv(ctx: AgentInvocationContext): Record<string, string> {
  return {
    ORCH_TASK_ID: ctx.taskId,
    ORCH_TASK_DESCRIPTION: descriptionForEnv(ctx.description),
    ORCH_TASK_DOMAIN: ctx.domain,
    ORCH_PROMPT_FILE: ctx.promptFile,
  };
}
