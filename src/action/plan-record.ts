/**
 * What the action knows of a plan on GitHub, and where it keeps it.
 *
 * - `github.json` in the run's files (so it travels in the run's artifact): the repository, the workflow run
 *   that ran the plan last, the issue or pull request it was asked on, its status comment there, and where
 *   its work goes (the branch, the pull request). `/orchestrate retry` reads it on a runner that never saw
 *   the plan, to continue on the same branch, pull request and status comment.
 * - A hidden line in the status comment naming the plan and the workflow run that runs it: while a plan runs
 *   its files are on that run's runner only, so `/orchestrate cancel`, from another job, finds the run to
 *   cancel there. Anyone can write such a line in a comment of their own: only the action's (a bot's)
 *   comments are believed, and the run is checked with GitHub before it is cancelled.
 *
 * Both are read back with zod: an artifact or a comment is input like any other.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { deliveryBranch, type DeliveryPlan } from '../delivery/target.js';
import { PLAN_ID_PATTERN } from '../plan/plan-id.js';
import { writeFileAtomic } from '../util/fs-atomic.js';

export const PLAN_RECORD_FILE = 'github.json';

const pullRequestRef = z.object({ number: z.number().int().positive(), url: z.string() });

const deliverySchema = z.discriminatedUnion('kind', [
  z.object({
    /** A branch of the plan's own, `orchestrate/<number>-<planId>`, proposed as a pull request. */
    kind: z.literal('new-branch'),
    branch: z.string().min(1),
    /** The branch the pull request goes against. */
    base: z.string().min(1),
    /** The issue a merged pull request closes. */
    closes: z.number().int().positive().optional(),
    /** The pull request opened for the branch, once there is one. */
    pullRequest: pullRequestRef.optional(),
  }),
  z.object({
    /** The head branch of the pull request the plan was asked on. */
    kind: z.literal('pull-request-head'),
    branch: z.string().min(1),
    pullRequest: pullRequestRef,
  }),
]);

const recordSchema = z.object({
  /** `owner/repo`: a record of another repository is never acted on. */
  repository: z.string().min(1),
  runId: z.number().int().positive().optional(),
  /** The issue or pull request the plan was asked on; its status comment is there. */
  issueNumber: z.number().int().positive().optional(),
  statusComment: z.object({ id: z.number().int().positive(), url: z.string() }).optional(),
  delivery: deliverySchema.optional(),
});

export type PlanRecord = z.infer<typeof recordSchema>;
export type RecordedDelivery = z.infer<typeof deliverySchema>;

/** What to record of where a new plan's work goes. */
export function recordDelivery(plan: DeliveryPlan, planId: string): RecordedDelivery | undefined {
  switch (plan.kind) {
    case 'off':
      return undefined;
    case 'pull-request-head':
      return {
        kind: 'pull-request-head',
        branch: plan.pullRequest.headRef,
        pullRequest: { number: plan.pullRequest.number, url: plan.pullRequest.htmlUrl },
      };
    case 'new-branch':
      return {
        kind: 'new-branch',
        branch: deliveryBranch(plan, planId),
        base: plan.base,
        ...(plan.closes !== undefined ? { closes: plan.closes } : {}),
      };
  }
}

/**
 * The branch of the plan's own on origin: where its work is when it is not (yet) where it goes. For a plan
 * on a branch of its own, that branch; for one on a pull request's branch, `orchestrate/<pr>-<planId>` beside
 * it (where a cancelled run's work goes, and the work the pull request's branch refused).
 */
export function planBranch(delivery: RecordedDelivery, planId: string): string {
  return delivery.kind === 'new-branch'
    ? delivery.branch
    : `orchestrate/${delivery.pullRequest.number}-${planId}`;
}

export function writePlanRecord(runDir: string, record: PlanRecord): void {
  writeFileAtomic(join(runDir, PLAN_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record of a run dir; `error` says why there is none usable (absent: `missing`). */
export function readPlanRecord(runDir: string): { record?: PlanRecord; error?: string } {
  let text: string;
  try {
    text = readFileSync(join(runDir, PLAN_RECORD_FILE), 'utf8');
  } catch {
    return { error: 'missing' };
  }
  try {
    const parsed = recordSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { record: parsed.data };
    return { error: `${PLAN_RECORD_FILE} is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}` };
  } catch (error) {
    return { error: `${PLAN_RECORD_FILE} is not JSON: ${(error as Error).message}` };
  }
}

/** The plan a status comment is about, and the workflow run that wrote it last. */
export interface StatusMarker {
  planId: string;
  runId?: number;
}

const MARKER_PREFIX = '<!-- orchestrate-action:plan ';
const markerSchema = z.object({
  planId: z.string().regex(PLAN_ID_PATTERN),
  runId: z.number().int().positive().optional(),
});

/** The hidden line: `<!-- orchestrate-action:plan {"planId":"…","runId":…} -->`. */
export function statusMarker(marker: StatusMarker): string {
  return `${MARKER_PREFIX}${JSON.stringify(markerSchema.parse(marker))} -->`;
}

export function parseStatusMarker(body: string): StatusMarker | undefined {
  const start = body.indexOf(MARKER_PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(body.slice(start + MARKER_PREFIX.length, end)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
