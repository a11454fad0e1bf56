/**
 * What an agent is told: the part of a run's configuration that concerns who does a subtask, resolved and
 * validated once at the engine's entry (engine/run-config.ts).
 */
export interface AgentBudget {
  /** Stop a subtask's agent once it has used more tokens than this. */
  maxTokens?: number;
  /** Stop it once it has cost more than this many US dollars (models with a price). */
  maxCostUsd?: number;
  /** Stop it when it shows no activity for this long (ms). */
  stallMs?: number;
}

export type AgentConfig =
  | { kind: 'command'; command: string }
  | {
      kind: 'opencode';
      model?: string;
      budget: AgentBudget;
      /** Run subtasks as sessions of a long-lived `opencode serve` per worker (false: `opencode run` each). */
      sessions?: boolean;
    };
