/**
 * The end of a run in a git repository: every worker branch is merged into the integration branch
 * (`orchestrate/<planId>/merged`) in the order the workers' work finished, so a branch comes after the
 * branches it built on. A conflict is never silent: with a model configured, the agent resolves it
 * (conflict-resolver.ts); otherwise, or when that fails, it is reported by file and worker, and the
 * conflicting branch is pushed beside the integration branch (deliver.ts), so no work is lost.
 */
import { basename } from 'node:path';
import type { WorktreeSet } from '../git/worktrees.js';
import type { Plan } from '../plan/types.js';
import type { WorkerSpec } from '../runtime/types.js';
import { checkOffInWorktree } from './checkoff.js';
import { agentResolver } from './conflict-resolver.js';
import { deliver } from './deliver.js';
import type { Execution } from './execution.js';
import type { RunConfig } from './run-config.js';
import type { RunRecorder } from './run-recorder.js';
import type { RunResult } from './types.js';

export interface IntegrationContext {
  plan: Plan;
  config: RunConfig;
  execution: Extract<Execution, { kind: 'run' }>;
  worktrees: WorktreeSet;
  recorder: RunRecorder;
  /** The integration worker's spec (plan id, depth, env, run dir, confinement). */
  spec: Omit<WorkerSpec, 'name' | 'domain' | 'workdir'>;
  /** Merge only: no agent, no push (a cancelled run keeps its work on local branches). */
  mergeOnly?: boolean;
}

export async function integrate(ctx: IntegrationContext): Promise<Pick<RunResult, 'branches' | 'delivery'>> {
  const { plan, config, execution, worktrees, recorder } = ctx;
  const order = integrationOrder(plan, recorder);
  const useAgent =
    !ctx.mergeOnly &&
    config.agent.kind === 'opencode' &&
    config.agent.model !== undefined &&
    execution.agent.kind === 'opencode';
  const resolver = useAgent
    ? agentResolver({
        plan,
        runtime: execution.runtime,
        agent: execution.agent,
        recorder,
        spec: ctx.spec,
        branchOf: (domain) => worktrees.branchOf(domain),
        signal: config.signal,
        logger: config.logger,
      })
    : undefined;
  // What is pushed carries the plan file's ticks too: the runner's checkout, where the run's own check-off
  // lands, is thrown away with the runner.
  const deliverCheckOff = !ctx.mergeOnly && config.push !== undefined && plan.source?.kind === 'markdown';
  const branches = await worktrees.mergeAll(
    order,
    resolver,
    deliverCheckOff
      ? {
          message: `Check off the completed tasks of ${basename(plan.source!.file)} (orchestrate ${plan.planId})`,
          apply: (dir) =>
            checkOffInWorktree(plan, recorder.subtasks, worktrees.repoRoot, dir, (why) => {
              config.logger.warn(why);
              recorder.log(why);
            }),
        }
      : undefined,
  );
  if (branches.conflicts.length > 0)
    recorder.log(
      `conflicts left out of ${worktrees.mergedBranch}: ${branches.conflicts.map((c) => `${c.file} (${c.worker})`).join(', ')}`,
    );
  const delivery =
    !ctx.mergeOnly && config.push
      ? await deliver(worktrees, branches, config.push, plan.planId, config.logger)
      : undefined;
  return { branches, ...(delivery ? { delivery } : {}) };
}

/** Worker domains by when their last subtask finished; workers with nothing finished last, in plan order. */
export function integrationOrder(plan: Plan, recorder: Pick<RunRecorder, 'results'>): string[] {
  const finished = (domain: string) => {
    const times = plan.subtasks
      .filter((s) => s.domain === domain)
      .map((s) => recorder.results.get(s.id)?.finishedAt)
      .filter((t): t is string => t !== null && t !== undefined)
      .map((t) => Date.parse(t));
    return times.length > 0 ? Math.max(...times) : Number.POSITIVE_INFINITY;
  };
  return plan.workers
    .map((w, i) => ({ domain: w.domain, at: finished(w.domain), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((w) => w.domain);
}
