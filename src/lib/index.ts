/**
 * The library API: the same engine as the CLI and the action, for programmatic use.
 *
 *   import { orchestrate, DomainRegistry } from 'orchestrate-action';
 *   DomainRegistry.register('blockchain', ['smart contract', 'web3']);
 *   const result = await orchestrate('frontend:Build page | backend:Build API', { agent: 'command', agentCommand: 'echo ok' });
 */
export { orchestrate, runPlan, createPlan } from '../engine/orchestrate.js';
export type { OrchestrateOptions } from '../engine/options.js';
export type {
  OrchestratorEvent,
  RunResult,
  SubtaskResult,
  WorkerResult,
  SubtaskStatus,
  PlanStatus,
} from '../engine/types.js';
export { readRunStatus } from '../engine/status.js';
export { DomainRegistry } from '../plan/domains.js';
export { planToJson } from '../plan/build-plan.js';
export type { Plan, Subtask } from '../plan/types.js';
export { validateGraph, findCycle, topologicalWaves, criticalPath } from '../graph/dag.js';
export { shouldOrchestrate } from '../plan/heuristic.js';
export * from '../util/errors.js';
