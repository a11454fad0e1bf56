/**
 * The `actions` runtime: every subtask is a run of the worker workflow on a runner of its own. The plan goes
 * to the repository first (a ref, see git/remote-refs.ts); then each subtask is dispatched with two inputs
 * (the plan id and the subtask id: GitHub takes few and small inputs, everything else travels through git),
 * followed with conditional requests until it ends, and its result and branch fetched from the repository.
 * Every dispatched run is recorded in the run's files (runs-file.ts), so whoever outlives this process can
 * cancel what it left.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { git } from '../../git/git.js';
import {
  commitFile,
  fetchRefs,
  PLAN_FILE,
  planRef,
  pushRefs,
  readAt,
  remoteRefs,
  RESULT_FILE,
  resultRef,
} from '../../git/remote-refs.js';
import { errorMessage } from '../../util/errors.js';
import { formatDuration } from '../../util/format.js';
import type { Logger } from '../../util/logger.js';
import type { RemoteOutcome, RemotePlan, RemoteRun, RemoteRuntime, RemoteSubtask } from '../types.js';
import { DISPATCH_INPUTS, repoFromRemoteUrl, type ActionsConfig } from './config.js';
import { endedWithout, judgeRun } from './judge.js';
import { ActionsApi, type WorkflowRun } from './rest.js';
import { parseRemoteResult } from './result.js';
import { DispatchedRuns } from './runs-file.js';

interface Published {
  plan: RemotePlan;
  api: ActionsApi;
  record: DispatchedRuns;
}

export class ActionsRuntime implements RemoteRuntime {
  readonly kind = 'actions' as const;
  private published?: Published;
  /** Runs dispatched and not seen to end. */
  private readonly live = new Set<number>();

  constructor(
    private readonly config: ActionsConfig,
    private readonly logger: Logger,
  ) {}

  /** Requests sent to GitHub so far, and how many were answered 304 (for the bench and the logs). */
  get requests(): { requests: number; notModified: number } {
    return this.published?.api.counts ?? { requests: 0, notModified: 0 };
  }

  async publish(plan: RemotePlan): Promise<void> {
    const { remote } = this.config;
    const repository =
      this.config.repository ??
      repoFromRemoteUrl((await git(plan.repoDir, ['remote', 'get-url', remote])).trim());
    if (!repository)
      throw new Error(
        `cannot tell the repository from remote '${remote}': set GITHUB_REPOSITORY (owner/name)`,
      );
    const commit = await commitFile(
      plan.repoDir,
      PLAN_FILE,
      plan.state,
      [plan.base],
      `orchestrate plan ${plan.planId}`,
    );
    // The plan's ref is the coordinator's alone: a run taken up again replaces it.
    await pushRefs(plan.repoDir, remote, [`+${commit}:${planRef(plan.planId)}`]);
    // A run taken up again (maybe by another job) integrates the branches its kept subtasks left there.
    const branches = await remoteRefs(plan.repoDir, remote, [`refs/heads/orchestrate/${plan.planId}/*`]);
    await fetchRefs(plan.repoDir, remote, [...branches.keys()]);
    const api = new ActionsApi({ apiUrl: this.config.apiUrl, token: this.config.token, repo: repository });
    this.published = { plan, api, record: new DispatchedRuns(plan.runDir) };
    this.logger.info(
      `plan ${plan.planId} published as ${planRef(plan.planId)}; subtasks run as ${this.config.workflow} on ${repository.owner}/${repository.repo}@${this.config.ref}`,
    );
  }

  async runSubtask(
    subtask: RemoteSubtask,
    signal: AbortSignal,
    onDispatched: (run: RemoteRun) => void,
  ): Promise<RemoteOutcome> {
    const published = this.published;
    if (!published) return failed('the plan was not published');
    let run: RemoteRun | undefined;
    try {
      run = await published.api.dispatch(this.config.workflow, this.config.ref, {
        [DISPATCH_INPUTS.planId]: published.plan.planId,
        [DISPATCH_INPUTS.taskId]: subtask.taskId,
      });
      this.live.add(run.id);
      published.record.add({ taskId: subtask.taskId, runId: run.id, url: run.url });
      onDispatched(run);
      this.logger.info(`${subtask.taskId}: dispatched as run ${run.id} (${run.url})`);
      return await this.follow(published, subtask, run, signal);
    } catch (error) {
      if (run) await this.cancel(run.id);
      return failed(`${errorMessage(error)}${run ? ` (${run.url})` : ''}`, run);
    }
  }

  /** Waits for the run's end, then reads what it left. */
  private async follow(
    published: Published,
    subtask: RemoteSubtask,
    run: RemoteRun,
    signal: AbortSignal,
  ): Promise<RemoteOutcome> {
    const { api } = published;
    const dispatchedAt = Date.now();
    let etag: string | undefined;
    let last: WorkflowRun = { id: run.id, status: 'queued', conclusion: null, html_url: run.url };
    for (;;) {
      if (signal.aborted) {
        await this.cancel(run.id);
        return failed(`${stopReason(signal)}: the worker run was cancelled (${run.url})`, run);
      }
      const read = await api.run(run.id, etag);
      if (!read.unchanged) {
        last = read.run;
        etag = read.etag;
      }
      const verdict = judgeRun(last, Date.now() - dispatchedAt, this.config.startTimeoutMs);
      if (verdict.kind === 'never-started') {
        await this.cancel(run.id);
        return failed(
          `the worker run did not start within ${formatDuration(this.config.startTimeoutMs)} (still ${verdict.status}; is a runner available?): ${run.url}`,
          run,
        );
      }
      if (verdict.kind === 'ended') {
        this.ended(run.id);
        return this.collect(published, subtask, run, verdict.conclusion);
      }
      await sleep(this.config.pollIntervalMs, undefined, { signal }).catch(() => undefined);
    }
  }

  /** The result the run left, and its branch fetched here. */
  private async collect(
    { plan }: Published,
    subtask: RemoteSubtask,
    run: RemoteRun,
    conclusion: string,
  ): Promise<RemoteOutcome> {
    const { remote } = this.config;
    const result = resultRef(plan.planId, subtask.taskId);
    const branch = `refs/heads/${subtask.branch}`;
    const present = await remoteRefs(plan.repoDir, remote, [result, branch]);
    await fetchRefs(
      plan.repoDir,
      remote,
      [result, branch].filter((r) => present.has(r)),
    );
    const text = present.has(result) ? await readAt(plan.repoDir, result, RESULT_FILE) : undefined;
    const parsed = text === undefined ? undefined : parseRemoteResult(text);
    if (!parsed || 'invalid' in parsed || parsed.runId !== run.id) {
      const why =
        parsed && 'invalid' in parsed
          ? `; ${parsed.invalid}`
          : parsed
            ? `; the result in git is from another run (${parsed.runId})`
            : '';
      return failed(`${endedWithout(conclusion, run.url)}${why}`, run);
    }
    const details = { ...parsed.details, runId: run.id, runUrl: run.url };
    const usage = parsed.usage ? { usage: parsed.usage } : {};
    if (parsed.status === 'completed')
      return { status: 'completed', result: parsed.result ?? '', error: null, details, ...usage };
    return {
      status: 'failed',
      result: parsed.result,
      error: `${parsed.error ?? parsed.status} (${run.url})`,
      details,
      ...usage,
    };
  }

  private ended(runId: number): void {
    this.live.delete(runId);
    this.published?.record.ended(runId);
  }

  private async cancel(runId: number): Promise<void> {
    try {
      await this.published?.api.cancel(runId);
    } catch (error) {
      this.logger.warn(`cancelling run ${runId}: ${errorMessage(error)}`);
    }
    this.ended(runId);
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.live].map((id) => this.cancel(id)));
  }
}

function failed(error: string, run?: RemoteRun): RemoteOutcome {
  return {
    status: 'failed',
    result: null,
    error,
    ...(run ? { details: { runId: run.id, runUrl: run.url } } : {}),
  };
}

function stopReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : 'cancelled';
}
