/**
 * Opening the run's pull request, and GitHub's two usual refusals:
 * - 422 "Draft pull requests are not supported in this repository" (private repositories on plans without
 *   drafts): opened again as ready, and the outcome says so;
 * - 403 "GitHub Actions is not permitted to create or approve pull requests" (a repository or organization
 *   setting, off by default), or "Resource not accessible by integration" (no `pull-requests: write`): the
 *   branch stays pushed and the caller offers a compare link instead.
 * Nothing here throws: every way it ends is an outcome the status comment can tell.
 */
import { apiErrorMessage, httpStatus, type GitHubGateway } from '../action/github.js';

export interface PullRequestRequest {
  head: string;
  base: string;
  title: string;
  body: string;
  draft: boolean;
}

export type OpenedPullRequest = {
  kind: 'opened';
  number: number;
  url: string;
  draft: boolean;
  /** GitHub's words when it refused the draft and the pull request was opened as ready instead. */
  draftRefused?: string;
};

export type PullRequestAttempt =
  | OpenedPullRequest
  /** 403: Actions may not open pull requests here (or the token may not). */
  | { kind: 'forbidden'; message: string }
  | { kind: 'failed'; message: string };

/** Refusals handled here rather than reported as failed API calls by the gateway. */
const handled = (error: unknown) => httpStatus(error) === 403 || httpStatus(error) === 422;

export async function openPullRequest(
  gateway: GitHubGateway,
  request: PullRequestRequest,
): Promise<PullRequestAttempt> {
  const first = await attempt(gateway, request);
  if (first.kind !== 'refused') return first;
  if (first.status === 422 && request.draft && /draft/i.test(first.message)) {
    const again = await attempt(gateway, { ...request, draft: false });
    if (again.kind === 'opened') return { ...again, draftRefused: first.message };
    return again.kind === 'refused' ? refusal(again) : again;
  }
  return refusal(first);
}

type Attempt =
  | OpenedPullRequest
  | { kind: 'failed'; message: string }
  | { kind: 'refused'; status: number; message: string };

function refusal(refused: { status: number; message: string }): PullRequestAttempt {
  return refused.status === 403
    ? { kind: 'forbidden', message: refused.message }
    : { kind: 'failed', message: refused.message };
}

async function attempt(gateway: GitHubGateway, request: PullRequestRequest): Promise<Attempt> {
  if (!gateway.available) {
    return {
      kind: 'failed',
      message: gateway.octokit
        ? 'the GitHub API is unreachable'
        : "no 'github-token' to call the GitHub API with",
    };
  }
  const failuresBefore = gateway.failures.length;
  try {
    const created = await gateway.call(
      `opening a ${request.draft ? 'draft ' : ''}pull request from ${request.head}`,
      (o) =>
        o.rest.pulls.create({
          ...gateway.repo,
          head: request.head,
          base: request.base,
          title: request.title,
          body: request.body,
          draft: request.draft,
        }),
      handled,
    );
    if (created) {
      return {
        kind: 'opened',
        number: created.data.number,
        url: created.data.html_url,
        draft: created.data.draft ?? request.draft,
      };
    }
    const why = gateway.failures.slice(failuresBefore).at(-1) ?? 'the GitHub API did not answer';
    return { kind: 'failed', message: why };
  } catch (error) {
    return { kind: 'refused', status: httpStatus(error) ?? 0, message: apiErrorMessage(error) };
  }
}
