/**
 * The action's only door to GitHub's REST API. Calls are retried (5xx, network errors: plugin-retry;
 * primary and secondary rate limits: plugin-throttling, a bounded number of times), and a call that still
 * fails never fails the run: it is reported with core.warning and answers undefined. Once GitHub looks down
 * (a server or network error after the retries), later calls are skipped, so a run does not spend its time
 * waiting on an API that is gone; its results stay in the artifacts and the job summary.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { errorMessage } from '../util/errors.js';
import {
  DEFAULT_GITHUB_RETRY_BASE_MS,
  EnvKnobs,
  RATE_LIMIT_RETRIES,
  SERVER_ERROR_RETRIES,
} from './constants.js';

export type Octokit = ReturnType<typeof getOctokit>;

export function createOctokit(token: string, apiUrl: string, env: NodeJS.ProcessEnv = process.env): Octokit {
  const base = Number(env[EnvKnobs.GithubRetryBaseMs] ?? DEFAULT_GITHUB_RETRY_BASE_MS);
  const retryBaseMs = Number.isFinite(base) && base >= 0 ? base : DEFAULT_GITHUB_RETRY_BASE_MS;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const again = retryCount < RATE_LIMIT_RETRIES;
      core.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}` +
          (again ? `; retrying after ${retryAfter}s` : '; giving up on this call'),
      );
      return again;
    };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      retry: { retries: SERVER_ERROR_RETRIES, retryAfterBaseValue: retryBaseMs },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: retryBaseMs,
        fallbackSecondaryRateRetryAfter: 60,
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of a failed Octokit call, if it got that far. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * What GitHub said, without the documentation link Octokit appends: the response's `message` and the
 * `errors[].message` (or `field code`) of a 422, else the error's own message.
 */
export function apiErrorMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data;
  if (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    const { message, errors } = data as { message: string; errors?: unknown };
    const details = Array.isArray(errors)
      ? errors
          .map((e: { message?: unknown; field?: unknown; code?: unknown }) =>
            typeof e?.message === 'string' ? e.message : [e?.field, e?.code].filter(Boolean).join(' '),
          )
          .filter(Boolean)
      : [];
    return details.length > 0 ? `${message}: ${details.join('; ')}` : message;
  }
  return errorMessage(error);
}

/**
 * A failure that says GitHub (or the way to it) is down or out of quota, as opposed to this one request
 * being refused (a 403 for a missing permission, a 404, a 422 are about the request, not the API).
 */
export function isOutage(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === undefined || status >= 500) return true;
  if (status !== 403 && status !== 429) return false;
  const response = (error as { response?: { headers?: Record<string, unknown> } }).response;
  return response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(errorMessage(error));
}

export interface Repo {
  owner: string;
  repo: string;
}

export class GitHubGateway {
  private down = false;
  /** Every call that failed for good, as `what: message` (the action's warnings and the job summary use them). */
  readonly failures: string[] = [];

  constructor(
    readonly octokit: Octokit | undefined,
    readonly repo: Repo,
  ) {}

  get available(): boolean {
    return this.octokit !== undefined && !this.down;
  }

  /**
   * Runs one API call; answers undefined (and warns) instead of throwing. `what` names the call in the
   * warning. Errors the caller wants to see itself (a 404 meaning "no") are passed through by `rethrow`.
   */
  async call<T>(what: string, fn: (octokit: Octokit) => Promise<T>, rethrow?: (error: unknown) => boolean) {
    if (!this.octokit) return undefined;
    if (this.down) {
      core.debug(`Skipped ${what}: the GitHub API is unreachable`);
      return undefined;
    }
    try {
      return await fn(this.octokit);
    } catch (error) {
      if (rethrow?.(error)) throw error;
      const message = `${what} failed: ${errorMessage(error)}`;
      this.failures.push(message);
      core.warning(`GitHub API: ${message}`);
      if (isOutage(error)) {
        this.down = true;
        core.warning(
          'The GitHub API looks unreachable; skipping further API calls. The run goes on: its results are in ' +
            'the job summary and the workflow artifacts.',
        );
      }
      return undefined;
    }
  }

  addEyes(kind: 'issue' | 'review', commentId: number) {
    return this.call('adding a reaction', (o) =>
      kind === 'review'
        ? o.rest.reactions.createForPullRequestReviewComment({
            ...this.repo,
            comment_id: commentId,
            content: 'eyes',
          })
        : o.rest.reactions.createForIssueComment({ ...this.repo, comment_id: commentId, content: 'eyes' }),
    );
  }

  async createComment(issueNumber: number, body: string) {
    const response = await this.call('creating a comment', (o) =>
      o.rest.issues.createComment({ ...this.repo, issue_number: issueNumber, body }),
    );
    return response ? { id: response.data.id, url: response.data.html_url } : undefined;
  }

  async updateComment(commentId: number, body: string) {
    const response = await this.call('updating a comment', (o) =>
      o.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body }),
    );
    return response ? { id: response.data.id, url: response.data.html_url } : undefined;
  }
}
