/**
 * A run's budget across all of its subtasks (`--max-run-tokens`, `--max-run-cost`). Each subtask's agent is
 * held to what is left when it starts; what it reports spending is added when it ends, and a run that has
 * crossed its budget stops.
 */
import type { Usage } from './types.js';

export class RunBudget {
  private tokens = 0;
  private costUsd = 0;
  private exceeded: string | undefined;

  constructor(private readonly limits: { maxTokens?: number; maxCostUsd?: number }) {}

  remaining(): { maxTokens?: number; maxCostUsd?: number } {
    const { maxTokens, maxCostUsd } = this.limits;
    return {
      ...(maxTokens !== undefined ? { maxTokens: Math.max(0, maxTokens - this.tokens) } : {}),
      ...(maxCostUsd !== undefined ? { maxCostUsd: Math.max(0, maxCostUsd - this.costUsd) } : {}),
    };
  }

  /** Adds a subtask's reported usage; returns the reason the first time the run's budget is crossed. */
  spend(usage: Usage | undefined): string | undefined {
    if (usage) {
      this.tokens += usage.tokens;
      this.costUsd += usage.costUsd;
    }
    if (this.exceeded) return undefined;
    const { maxTokens, maxCostUsd } = this.limits;
    if (maxTokens !== undefined && this.tokens > maxTokens)
      this.exceeded = `run token budget exceeded: ${this.tokens} > ${maxTokens}`;
    else if (maxCostUsd !== undefined && this.costUsd > maxCostUsd)
      this.exceeded = `run cost budget exceeded: $${this.costUsd.toFixed(4)} > $${maxCostUsd}`;
    return this.exceeded;
  }

  get totals(): { tokens: number; costUsd: number } {
    return { tokens: this.tokens, costUsd: this.costUsd };
  }
}
