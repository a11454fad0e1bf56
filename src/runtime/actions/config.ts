/**
 * What the `actions` runtime is told (resolved once in engine/run-config.ts): which workflow runs a subtask,
 * from which ref, in which repository, through which API and token, and how long a run may sit queued.
 */
import type { RepoRef } from './rest.js';

export interface ActionsConfig {
  /** The worker workflow: its file name (`orchestrate-worker.yml`) or id. */
  workflow: string;
  /** The branch or tag the worker workflow is run from. */
  ref: string;
  /** Where the runs are; undefined: read from the checkout's `origin`. */
  repository?: RepoRef;
  apiUrl: string;
  /** A token that may dispatch and cancel workflow runs (`actions: write`). */
  token: string;
  /** The git remote the plan, results and branches travel through. */
  remote: string;
  /** A run still queued this long after its dispatch is cancelled, and its subtask failed. */
  startTimeoutMs: number;
  /** Time between two reads of a running run (conditional requests: an unchanged run costs no rate limit). */
  pollIntervalMs: number;
}

export const ACTIONS_DEFAULTS = {
  workflow: 'orchestrate-worker.yml',
  startTimeoutMs: 10 * 60_000,
  pollIntervalMs: 5_000,
  remote: 'origin',
} as const;

/** The dispatch inputs GitHub allows at most, and the worker workflow's two. */
export const DISPATCH_INPUTS = { planId: 'plan-id', taskId: 'task-id' } as const;

/** The worker workflow's `run-name`, which makes a run findable by its plan (see cancel.ts). */
export function runName(planId: string, taskId: string): string {
  return `orchestrate ${planId} ${taskId}`;
}

/**
 * `owner/repo` from a remote URL as actions/checkout and people set it (`https://github.com/o/r(.git)`,
 * `git@github.com:o/r.git`, `ssh://git@host/o/r`); undefined when it does not look like one.
 */
export function repoFromRemoteUrl(url: string): RepoRef | undefined {
  const m = /^(?:[a-z+]+:\/\/)?(?:[^@/]+@)?[^/:]+(?::\d+)?[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(
    url.trim(),
  );
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

/** `owner/repo` text, checked. */
export function parseRepository(text: string): RepoRef | undefined {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(text.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}
