/**
 * The few GitHub Actions endpoints the `actions` runtime needs, over `fetch`: dispatch a workflow, read a run
 * (conditionally: with the last ETag in `If-None-Match`, an unchanged run is a 304, which GitHub does not
 * count against the rate limit), cancel a run, list a workflow's runs. Kept apart from the action's Octokit
 * (src/action/github.ts) because the CLI and `orchestrate serve` use this runtime too, and because counting
 * and conditional requests are the point here. Server errors and network failures are retried a few times;
 * every other refusal is an ApiError with GitHub's own message.
 */
import { errorMessage } from '../../util/errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly what: string,
    message: string,
  ) {
    super(`${what}: ${status === undefined ? '' : `HTTP ${status}, `}${message}`);
  }
}

/** The fields of a workflow run (GitHub's `workflow-run` schema) the runtime reads. */
export interface WorkflowRun {
  id: number;
  status: string | null;
  conclusion: string | null;
  html_url: string;
  display_title?: string;
  created_at?: string;
}

export interface RestOptions {
  apiUrl: string;
  token: string;
  repo: RepoRef;
  /** Base delay between retries of a server error, in ms. */
  retryBaseMs?: number;
}

const RETRIES = 3;

export class ActionsApi {
  /** Requests sent, and how many of them GitHub answered 304 Not Modified. */
  readonly counts = { requests: 0, notModified: 0 };

  constructor(private readonly options: RestOptions) {}

  private get base(): string {
    const { owner, repo } = this.options.repo;
    return `${this.options.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  }

  /**
   * Dispatches the workflow and answers the run it started. GitHub answers the run's id only when asked for
   * (`return_run_details`); a server that answers 204 without it cannot be followed.
   */
  async dispatch(
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<{ id: number; url: string }> {
    const what = `dispatching ${workflow} on ${ref}`;
    const response = await this.send(
      what,
      'POST',
      `/actions/workflows/${encodeURIComponent(workflow)}/dispatches`,
      {
        ref,
        inputs,
        return_run_details: true,
      },
    );
    if (response.status === 204)
      throw new ApiError(
        204,
        what,
        'GitHub started the run but did not say which one (no return_run_details)',
      );
    const body = (await response.json()) as { workflow_run_id?: unknown; html_url?: unknown };
    if (typeof body.workflow_run_id !== 'number' || typeof body.html_url !== 'string')
      throw new ApiError(response.status, what, `unexpected answer ${JSON.stringify(body).slice(0, 200)}`);
    return { id: body.workflow_run_id, url: body.html_url };
  }

  /** The run, or `unchanged` when it is as it was at `etag`. */
  async run(
    id: number,
    etag?: string,
  ): Promise<{ unchanged: true } | { unchanged: false; run: WorkflowRun; etag?: string }> {
    const response = await this.send(
      `reading run ${id}`,
      'GET',
      `/actions/runs/${id}?exclude_pull_requests=true`,
      undefined,
      etag,
    );
    if (response.status === 304) return { unchanged: true };
    const run = (await response.json()) as WorkflowRun;
    return { unchanged: false, run, etag: response.headers.get('etag') ?? undefined };
  }

  /** Asks GitHub to cancel the run; a run that already ended (409) counts as done. */
  async cancel(id: number): Promise<void> {
    try {
      await this.send(`cancelling run ${id}`, 'POST', `/actions/runs/${id}/cancel`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) return;
      throw error;
    }
  }

  /** The workflow's runs in one status (`queued`, `in_progress`, …), newest first, one page of 100. */
  async runs(workflow: string, status: string): Promise<WorkflowRun[]> {
    const response = await this.send(
      `listing ${status} runs of ${workflow}`,
      'GET',
      `/actions/workflows/${encodeURIComponent(workflow)}/runs?status=${encodeURIComponent(status)}&per_page=100`,
    );
    return ((await response.json()) as { workflow_runs: WorkflowRun[] }).workflow_runs;
  }

  private async send(
    what: string,
    method: string,
    path: string,
    body?: unknown,
    etag?: string,
  ): Promise<Response> {
    const retryBaseMs = this.options.retryBaseMs ?? 1_000;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        this.counts.requests++;
        response = await fetch(`${this.base}${path}`, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.options.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'orchestrate-action',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(etag ? { 'if-none-match': etag } : {}),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(30_000),
        });
      } catch (error) {
        if (attempt < RETRIES) {
          await delay(retryBaseMs * 2 ** attempt);
          continue;
        }
        throw new ApiError(undefined, what, errorMessage(error));
      }
      if (response.status === 304) this.counts.notModified++;
      if (response.ok || response.status === 304) return response;
      if (response.status >= 500 && attempt < RETRIES) {
        await response.body?.cancel();
        await delay(retryBaseMs * 2 ** attempt);
        continue;
      }
      const text = await response.text();
      let message = text.slice(0, 300);
      try {
        message = String((JSON.parse(text) as { message?: unknown }).message ?? message);
      } catch {
        // Not JSON: the text is the message.
      }
      throw new ApiError(response.status, what, message);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
