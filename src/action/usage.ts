/**
 * Tokens and cost of a subtask, as its agent reported them. Everything that shows usage (the status comment,
 * the pull request's body, the `tokens` and `cost-usd` outputs) reads it through `subtaskUsage`, the one
 * place that knows where the agent put it (today the opencode agent's `details.tokens.total` and
 * `details.cost`, see agent/opencode.ts); the command agent reports none.
 */
import type { SubtaskResult } from '../engine/types.js';

export interface Usage {
  tokens?: number;
  costUsd?: number;
}

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

export function subtaskUsage(result: Pick<SubtaskResult, 'details'>): Usage {
  const details = result.details;
  if (!details) return {};
  const tokens = details.tokens;
  const total =
    typeof tokens === 'object' && tokens !== null ? finite((tokens as { total?: unknown }).total) : undefined;
  const cost = finite(details.cost);
  return {
    ...(total === undefined ? {} : { tokens: total }),
    ...(cost === undefined ? {} : { costUsd: cost }),
  };
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
