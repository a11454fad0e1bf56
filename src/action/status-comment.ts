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
  /** The hidden line naming the plan and this workflow run, kept at the top of every write. */
  marker?: string;
  /** The plan's comment from an earlier run (a retry): edited in place instead of a new one. */
  existing?: { id: number; url: string };
  /** Lines shown under the table from the first write on (e.g. who asked for a retry). */
  notes?: string[];
  minIntervalMs?: number;
  clock?: Clock;
}

export class StatusComment {
  private view: RunView = emptyView();
  private summary: string | undefined;
  private notes: string[];
  private delivery: DeliveryOutcome | undefined;
  private commentId: number | undefined;
  /** Still the comment of an earlier run, not yet written by this one. */
  private adopted: boolean;
  private readonly throttler: Throttler;
  /** The comment's address once created (the `comment-url` output). */
  url: string | undefined;

  constructor(
    private readonly gateway: GitHubGateway,
    private readonly issueNumber: number,
    private readonly options: StatusCommentOptions = {},
  ) {
    this.commentId = options.existing?.id;
    this.url = options.existing?.url;
    this.adopted = options.existing !== undefined;
    this.notes = [...(options.notes ?? [])];
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
    this.notes = [...(this.options.notes ?? []), ...notes];
    this.delivery = delivery;
    await this.throttler.flush();
  }

  /** Ends the comment with the reason the request was not run (an invalid input, an engine error). */
  async fail(message: string): Promise<void> {
    this.view = { ...this.view, status: 'failed' };
    this.notes = [...(this.options.notes ?? []), `❌ ${message}`];
    await this.throttler.flush();
  }

  /** The comment's id once created (or adopted from an earlier run). */
  get id(): number | undefined {
    return this.commentId;
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
      marker: this.options.marker,
    });
    let written =
      this.commentId === undefined
        ? await this.gateway.createComment(this.issueNumber, body)
        : await this.gateway.updateComment(this.commentId, body);
    // The earlier run's comment is gone (deleted) or cannot be edited: the plan gets a new one.
    if (!written && this.adopted && this.gateway.available) {
      written = await this.gateway.createComment(this.issueNumber, body);
    }
    this.adopted = false;
    if (written) {
      this.commentId = written.id;
      this.url = written.url;
    }
  }
}
