/**
 * The pull request a run is about. Read from the API when it can be (its state now, not when the event was
 * sent); else from the event's payload where the event carries the pull request (`pull_request`,
 * `pull_request_review_comment`). An `issue_comment` on a pull request carries only a link to it, so without
 * the API there is nothing to go on, and the caller refuses rather than guess.
 */
import type { GitHubGateway } from '../action/github.js';
import type { PullRequestFacts } from './target.js';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null ? (value as Json) : undefined;
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A pull request object as GitHub sends it (REST answer or webhook payload); undefined when it is not one. */
export function pullRequestFacts(value: unknown): PullRequestFacts | undefined {
  const pr = obj(value);
  const head = obj(pr?.head);
  const base = obj(pr?.base);
  const number = pr?.number;
  const headRef = str(head?.ref);
  if (typeof number !== 'number' || !headRef || !base) return undefined;
  return {
    number,
    state: str(pr?.state) ?? 'open',
    merged: pr?.merged === true || typeof pr?.merged_at === 'string',
    headRef,
    headSha: str(head?.sha) ?? '',
    headRepo: str(obj(head?.repo)?.full_name),
    baseRef: str(base.ref) ?? '',
    htmlUrl: str(pr?.html_url) ?? '',
  };
}

export async function readPullRequest(
  gateway: GitHubGateway,
  number: number,
  payload: Json,
): Promise<{ facts?: PullRequestFacts; source: 'api' | 'payload'; error?: string }> {
  const failuresBefore = gateway.failures.length;
  const answer = await gateway.call(`reading pull request #${number}`, (o) =>
    o.rest.pulls.get({ ...gateway.repo, pull_number: number }),
  );
  const fromApi = answer ? pullRequestFacts(answer.data) : undefined;
  if (fromApi) return { facts: fromApi, source: 'api' };
  const fromPayload = pullRequestFacts(payload.pull_request);
  if (fromPayload?.number === number) return { facts: fromPayload, source: 'payload' };
  const error =
    gateway.failures.slice(failuresBefore).at(-1) ??
    (gateway.octokit ? 'the GitHub API is unreachable' : "no 'github-token' to call the GitHub API with");
  return { source: 'api', error };
}
