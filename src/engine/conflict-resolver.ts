/**
 * The integration subtask: when merging a worker's branch into the integration branch stops on conflicts,
 * the run's agent (OpenCode with a model) gets the conflicted files in the integration worktree, mid-merge,
 * with what each side was doing (the subtasks' intents and results), and resolves them. It runs on the
 * run's runtime like any worker (`omo-worker-integration`); git/worktrees.ts checks that no conflict marker
 * is left before it commits the merge.
 */
import type { Agent } from '../agent/types.js';
import type { ConflictResolver } from '../git/worktrees.js';
import type { Plan } from '../plan/types.js';
import type { Runtime, WorkerSpec } from '../runtime/types.js';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import type { RunRecorder } from './run-recorder.js';
import type { SubtaskResult } from './types.js';

const EXCERPT = 1500;
export const INTEGRATION_TIMEOUT_MS = 10 * 60_000;
export const INTEGRATION_WORKER = 'omo-worker-integration';

export function conflictPrompt(
  plan: Pick<Plan, 'planId' | 'taskDescription'>,
  conflict: { branch: string; files: readonly string[] },
  integrated: readonly SubtaskResult[],
  incoming: readonly SubtaskResult[],
): string {
  const describe = (s: SubtaskResult) => {
    const result = (s.result ?? '').trim();
    const excerpt = result.length > EXCERPT ? `${result.slice(0, EXCERPT)}…` : result;
    return `- ${s.id} (${s.domain}): ${s.description}${excerpt ? `\n  Result: ${excerpt.replace(/\n/g, '\n  ')}` : ''}`;
  };
  return [
    `# Integration of plan ${plan.planId}: resolve merge conflicts`,
    '',
    `The request: ${plan.taskDescription}`,
    '',
    `Parallel workers did parts of it on their own branches. Merging \`${conflict.branch}\` into the integration`,
    'branch stopped on conflicts in these files (the working directory is that merge, in progress):',
    ...conflict.files.map((f) => `- ${f}`),
    '',
    '## The other workers',
    ...(integrated.length > 0 ? integrated.map(describe) : ['(nothing else)']),
    '',
    `## Being merged (${conflict.branch})`,
    ...incoming.map(describe),
    '',
    '## What to do',
    'Edit each file listed so that it keeps the intent of both sides, and remove every conflict marker',
    '(`<<<<<<<`, `=======`, `>>>>>>>`). Change nothing else. Do not run git, and do not commit: the',
    'orchestrator commits the merge once no marker is left. End with a short report of how you combined them.',
    '',
  ].join('\n');
}

export interface ConflictResolverDeps {
  plan: Plan;
  runtime: Runtime;
  agent: Agent;
  recorder: RunRecorder;
  /** The worker spec to start from (plan id, depth, env, run dir); name, domain and workdir are set here. */
  spec: Omit<WorkerSpec, 'name' | 'domain' | 'workdir'>;
  /** The worker branch of a domain. */
  branchOf(domain: string): string;
  signal?: AbortSignal;
  logger: Logger;
}

export function agentResolver(deps: ConflictResolverDeps): ConflictResolver {
  return async ({ branch, files, dir }) => {
    const { recorder, plan } = deps;
    const results = recorder.subtasks.filter((s) => s.status === 'completed');
    const domainOf = (b: string) => plan.workers.find((w) => deps.branchOf(w.domain) === b)?.domain;
    const incomingDomain = domainOf(branch);
    const incoming = results.filter((s) => s.domain === incomingDomain);
    // Branches merge in the order their work finished; the other workers' subtasks stand for "the other side".
    const integrated = results.filter((s) => s.domain !== incomingDomain);
    recorder.log(`merging ${branch} conflicted in ${files.join(', ')}: the agent resolves it`, {
      worker: INTEGRATION_WORKER,
    });
    const label = `integration-${incomingDomain ?? 'branch'}`;
    const promptFile = recorder.files.writeTaskPrompt(
      label,
      conflictPrompt(plan, { branch, files }, integrated, incoming),
    );
    try {
      const worker = await deps.runtime.startWorker({
        ...deps.spec,
        name: INTEGRATION_WORKER,
        domain: 'integration',
        workdir: dir,
      });
      try {
        const invocation = deps.agent.invocation({
          taskId: label,
          description: `resolve the merge conflicts of ${branch}`,
          domain: 'integration',
          promptFile,
          workdir: dir,
        });
        const timeout = AbortSignal.timeout(INTEGRATION_TIMEOUT_MS);
        const outcome = await worker.run(
          { taskId: label, ...invocation },
          deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout,
        );
        const verdict = deps.agent.interpret(outcome);
        recorder.log(
          verdict.status === 'completed'
            ? `the agent resolved the conflicts of ${branch}: ${verdict.result.trim().slice(0, 300)}`
            : `the agent could not resolve the conflicts of ${branch}: ${verdict.error ?? 'no answer'}`,
          { worker: INTEGRATION_WORKER },
        );
        return verdict.status === 'completed';
      } finally {
        await worker.stop();
      }
    } catch (error) {
      deps.logger.warn(`resolving the conflicts of ${branch}: ${errorMessage(error)}`);
      return false;
    }
  };
}
