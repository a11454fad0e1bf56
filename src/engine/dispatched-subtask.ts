/**
 * One subtask of a plan whose coordinator runs elsewhere: what a runner of the `actions` runtime does when it
 * is dispatched with a plan id and a subtask id. Nothing runs before both are checked against the plan the
 * coordinator published in the repository (git/remote-refs.ts): a plan that is not there, or a subtask that
 * is not in it, is refused (an InputError) with nothing fetched beyond the plan and nothing pushed.
 *
 * The subtask then runs as in any run (run.ts), on the runtime it is given: its domain's branch checked out
 * (from the base commit when the branch does not exist yet), its dependencies' branches merged into it, their
 * results (read from git) in its prompt, its changes committed. Its branch and its result go back to the
 * repository in one atomic push, made by this process once the worker is gone; the worker itself never
 * pushes.
 */
import { z } from 'zod';
import { isPlanId } from '../plan/plan-id.js';
import { TASK_ID } from '../plan/parse/task-id.js';
import type { Plan, Subtask } from '../plan/types.js';
import { workerName } from '../plan/types.js';
import {
  commitFile,
  domainBranch,
  fetchRefs,
  PLAN_FILE,
  planRef,
  pushRefs,
  readAt,
  remoteRefs,
  RESULT_FILE,
  resultRef,
} from '../git/remote-refs.js';
import { parseRemoteResult } from '../runtime/actions/result.js';
import { InputError, errorMessage } from '../util/errors.js';
import { openExecution } from './execution.js';
import type { OrchestrateOptions } from './options.js';
import { resolveRunConfig } from './run-config.js';
import type { RunState } from './run-files.js';
import { disposeRuntime, execute, registered } from './run.js';
import type { SubtaskResult } from './types.js';

export interface DispatchedSubtask {
  planId: string;
  taskId: string;
  /** The runner's checkout of the repository (GITHUB_WORKSPACE), with credentials to push. */
  repoDir: string;
  remote?: string;
  /** This run (GITHUB_RUN_ID): the result says which run wrote it. */
  runId: number;
  /** How the subtask runs here (runtime, image, workspace, env, logger, signal); the plan's settings fill the rest. */
  options: OrchestrateOptions;
}

export interface DispatchedOutcome {
  subtask: SubtaskResult;
  /** What was pushed: the domain branch and the result ref; or why the push failed. */
  pushed: boolean;
  pushError?: string;
}

/** The part of run-state.json a worker relies on; the rest is taken as the coordinator wrote it. */
const stateSchema = z.object({
  plan: z
    .object({
      planId: z.string(),
      subtasks: z.array(
        z.object({ id: z.string(), domain: z.string(), dependsOn: z.array(z.string()) }).loose(),
      ),
    })
    .loose(),
  base: z.string().regex(/^[0-9a-f]{40,64}$/),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export async function runDispatchedSubtask(d: DispatchedSubtask): Promise<DispatchedOutcome> {
  const { planId, taskId, repoDir } = d;
  const remote = d.remote ?? 'origin';
  if (!isPlanId(planId))
    throw new InputError(`Invalid plan id '${planId}'. Expected lowercase letters, digits and '-'.`);
  if (!TASK_ID.test(taskId))
    throw new InputError(`Invalid task id '${taskId}'. Expected letters, digits, '.', '_' and '-'.`);

  const refs = await remoteRefs(repoDir, remote, [
    `refs/orchestrate/${planId}/*`,
    `refs/heads/orchestrate/${planId}/*`,
  ]);
  const plan = planRef(planId);
  if (!refs.has(plan))
    throw new InputError(`No plan '${planId}' in the repository (no ${plan}): nothing was run.`);
  await fetchRefs(repoDir, remote, [plan]);
  const state = readState(await readAt(repoDir, plan, PLAN_FILE), planId);
  const task = state.plan.subtasks.find((s) => s.id === taskId);
  if (!task) throw new InputError(`Plan '${planId}' has no subtask '${taskId}': nothing was run.`);

  // The dependencies' results, and every branch this subtask starts from or merges.
  const dependencies = state.plan.subtasks.filter((s) => task.dependsOn.includes(s.id));
  const wanted = [
    ...dependencies.map((s) => resultRef(planId, s.id)),
    resultRef(planId, taskId),
    ...[task, ...dependencies].map((s) => `refs/heads/${domainBranch(planId, s.domain)}`),
  ];
  await fetchRefs(
    repoDir,
    remote,
    [...new Set(wanted)].filter((r) => refs.has(r)),
  );
  const previous: SubtaskResult[] = [];
  for (const dep of dependencies) {
    const text = await readAt(repoDir, resultRef(planId, dep.id), RESULT_FILE);
    const parsed = text === undefined ? undefined : parseRemoteResult(text);
    if (!parsed || 'invalid' in parsed || parsed.status !== 'completed')
      throw new InputError(
        `Subtask '${taskId}' depends on '${dep.id}', which has not completed: nothing was run.`,
      );
    const { runId: _runId, ...rest } = parsed;
    previous.push({
      ...rest,
      description: dep.description,
      domain: dep.domain,
      worker: workerName(dep.domain),
      dependsOn: [],
      startedAt: rest.startedAt ?? null,
      finishedAt: rest.finishedAt ?? null,
      durationMs: rest.durationMs ?? null,
    });
  }

  const options: OrchestrateOptions = {
    ...(state.settings as OrchestrateOptions | undefined),
    ...d.options,
    planId,
    cwd: repoDir,
    // Here only this subtask: the coordinator integrates, synthesizes, delivers and checks off.
    synthesis: false,
    push: undefined,
    planRoot: undefined,
  };
  const config = resolveRunConfig(options);
  const result = await registered(config, planId, async (active) => {
    const execution = await openExecution(config, active);
    try {
      return await execute(onlyThis(state.plan, task, dependencies), config, execution, active, options, {
        previous,
        base: state.base,
      });
    } finally {
      if (execution.kind === 'run') await disposeRuntime(execution, config);
    }
  });
  const subtask = result.subtasks.find((s) => s.id === taskId)!;

  // The branch and the result, together or not at all; a later attempt's result builds on the earlier one.
  const branch = domainBranch(planId, task.domain);
  const ownResult = resultRef(planId, taskId);
  const parents = refs.has(ownResult) ? [refs.get(ownResult)!] : [];
  const json = `${JSON.stringify({ ...subtask, runId: d.runId }, null, 2)}\n`;
  try {
    const commit = await commitFile(
      repoDir,
      RESULT_FILE,
      json,
      parents,
      `orchestrate result ${planId} ${taskId}: ${subtask.status}`,
    );
    await pushRefs(repoDir, remote, [`refs/heads/${branch}:refs/heads/${branch}`, `${commit}:${ownResult}`]);
    return { subtask, pushed: true };
  } catch (error) {
    return { subtask, pushed: false, pushError: errorMessage(error) };
  }
}

function readState(text: string | undefined, planId: string): RunState & { base: string } {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    throw new InputError(
      `The plan '${planId}' in the repository has no readable ${PLAN_FILE}: nothing was run.`,
    );
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success || parsed.data.plan.planId !== planId)
    throw new InputError(
      `The plan '${planId}' in the repository is not a plan of this version: nothing was run.`,
    );
  return json as RunState & { base: string };
}

/**
 * The plan cut down to this subtask and its dependencies (kept as completed, so the scheduler starts it at
 * once). Without its source: checking items off in the plan file is the coordinator's job.
 */
function onlyThis(plan: Plan, task: Subtask, dependencies: readonly Subtask[]): Plan {
  const subtasks = [...dependencies.map((s) => ({ ...s, dependsOn: [] })), task];
  const domains = [...new Set(subtasks.map((s) => s.domain))];
  const { source: _source, ...rest } = plan;
  return {
    ...rest,
    subtasks,
    workers: domains.map((domain) => ({
      name: workerName(domain),
      domain,
      subtasks: subtasks.filter((s) => s.domain === domain).map((s) => s.id),
    })),
  };
}
