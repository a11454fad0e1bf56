/**
 * The live status comment on the issue or PR: created when a run starts (with a link to the workflow run),
 * edited in place as subtasks start and end, at most once every `minIntervalMs`, and finished with the run's
 * summary. Every API failure is the gateway's to report; the run never waits on this comment.
 */
import type { DeliveryOutcome } from '../delivery/outcome.js';
import type { OrchestratorEvent } from '../engine/types.js';
import { DEFAULT_STATUS_MIN_INTERVAL_MS, EnvKnobs } from './constants.js';
import type { GitHubGateway } from './github.js';
import { applyEvent, emptyView, type RunView } from './progress.js';
import { renderStatusComment } from './render.js';
import { systemClock, Throttler, type Clock } from './throttle.js';

export function statusMinIntervalMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[EnvKnobs.StatusMinIntervalMs]);
  return env[EnvKnobs.StatusMinIntervalMs] !== undefined && Number.isFinite(value) && value >= 0
    ? value
    : DEFAULT_STATUS_MIN_INTERVAL_MS;
}

export interface StatusCommentOptions {
  runUrl?: string;
  minIntervalMs?: number;
  clock?: Clock;
}

export class StatusComment {
  private view: RunView = emptyView();
  private summary: string | undefined;
  private notes: string[] = [];
  private delivery: DeliveryOutcome | undefined;
  private commentId: number | undefined;
  private readonly throttler: Throttler;
  /** The comment's address once created (the `comment-url` output). */
  url: string | undefined;

  constructor(
    private readonly gateway: GitHubGateway,
    private readonly issueNumber: number,
    private readonly options: StatusCommentOptions = {},
  ) {
    this.throttler = new Throttler(
      () => this.write(),
      options.minIntervalMs ?? statusMinIntervalMs(),
      options.clock ?? systemClock,
    );
  }

  /** Creates the comment now (the first write is never throttled away). */
  async start(): Promise<void> {
    await this.throttler.runNow();
  }

  onEvent(event: OrchestratorEvent): void {
    const next = applyEvent(this.view, event);
    if (next === this.view) return;
    this.view = next;
    this.throttler.request();
  }

  /** Writes the final state at once, whatever the interval. */
  async finish(
    view: RunView,
    summary: string,
    notes: string[] = [],
    delivery?: DeliveryOutcome,
  ): Promise<void> {
    this.view = view;
    this.summary = summary;
    this.notes = notes;
    this.delivery = delivery;
    await this.throttler.flush();
  }

  /** Ends the comment with the reason the request was not run (an invalid input, an engine error). */
  async fail(message: string): Promise<void> {
    this.view = { ...this.view, status: 'failed' };
    this.notes = [`❌ ${message}`];
    await this.throttler.flush();
  }

  /** For logs and tests: how many writes happened (create included). */
  get writes(): number {
    return this.throttler.runs;
  }

  private async write(): Promise<void> {
    const body = renderStatusComment({
      view: this.view,
      now: (this.options.clock ?? systemClock).now(),
      runUrl: this.options.runUrl,
      summary: this.summary,
      notes: this.notes,
      delivery: this.delivery,
    });
    const written =
      this.commentId === undefined
        ? await this.gateway.createComment(this.issueNumber, body)
        : await this.gateway.updateComment(this.commentId, body);
    if (written) {
      this.commentId = written.id;
      this.url = written.url;
    }
  }
}
