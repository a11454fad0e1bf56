/**
 * Tokens and cost of a subtask, as its agent reported them. Everything that shows usage (the status comment,
 * the pull request's body, the `tokens` and `cost-usd` outputs) reads it through `subtaskUsage`, the one
 * place that knows where the engine puts it (`usage` of a result or of a subtask's end event); the command
 * agent reports none.
 */
import type { SubtaskResult } from '../engine/types.js';

export interface Usage {
  tokens?: number;
  costUsd?: number;
}

export function subtaskUsage(reported: Pick<SubtaskResult, 'usage'>): Usage {
  const usage = reported.usage;
  return usage ? { tokens: usage.tokens, costUsd: usage.costUsd } : {};
}

export interface UsageTotals extends Usage {
  /** How many subtasks reported any usage. */
  reporting: number;
}

/** Sums what was reported; a total stays undefined when no subtask reported that figure. */
export function totalUsage(usages: readonly Usage[]): UsageTotals {
  let tokens: number | undefined;
  let costUsd: number | undefined;
  let reporting = 0;
  for (const usage of usages) {
    if (usage.tokens !== undefined) tokens = (tokens ?? 0) + usage.tokens;
    if (usage.costUsd !== undefined) costUsd = (costUsd ?? 0) + usage.costUsd;
    if (usage.tokens !== undefined || usage.costUsd !== undefined) reporting++;
  }
  return {
    reporting,
    ...(tokens === undefined ? {} : { tokens }),
    ...(costUsd === undefined ? {} : { costUsd }),
  };
}
