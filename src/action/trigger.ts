/**
 * What the event asks for, decided from the event name, its payload and the two task inputs alone. Pure:
 * no API call happens before this says the event is ours, so a comment that is not a command costs nothing.
 *
 * Comment events (issue_comment, pull_request_review_comment) answer only to a newly created comment whose
 * visible text starts with `/orchestrate` or `/plan-status`; the `tasks` and `plan-file` inputs are not
 * used there. Edited comments are ignored on purpose: an edit would re-run a request that already ran, and
 * an edit event's sender need not be the comment's author. Every other event runs the `plan-file` input
 * (a path or glob: one run per file) or else the `tasks` input.
 *
 * Plan paths are not judged here: the engine's plan file reader resolves every path, symlinks included,
 * against the repository (the root the action gives it) and refuses what lies outside, so a path means the
 * same thing to the check as to the reader.
 */
import { isPlanId } from '../plan/plan-id.js';
import { COMMAND_ORCHESTRATE, COMMAND_PLAN_STATUS } from './constants.js';
import { mayBeCommand, sanitizeCommentText } from './sanitize.js';

export interface CommentRef {
  /** `issue` for issue and PR conversation comments, `review` for PR review (diff) comments. */
  kind: 'issue' | 'review';
  commentId: number;
  /** The issue or PR the comment belongs to; replies and the status comment go there. */
  issueNumber: number;
  author: { login: string; type: string };
}

export type Trigger =
  | { kind: 'ignore'; reason: string }
  /** Bad command arguments or missing inputs: said to the user (a reply for comments), never run. */
  | { kind: 'invalid'; message: string; comment?: CommentRef }
  | { kind: 'run'; input: string; comment?: CommentRef; issueNumber?: number; onPullRequest?: boolean }
  | { kind: 'batch'; pattern: string; issueNumber?: number; onPullRequest?: boolean }
  | { kind: 'kill-all'; comment: CommentRef }
  | { kind: 'plan-status'; planId: string; comment: CommentRef }
  /** Run again what did not complete of a plan that ended; a run like any other, on the plan's own branch. */
  | { kind: 'retry'; planId: string; comment: CommentRef; issueNumber: number; onPullRequest?: boolean }
  /** Stop a running plan (its workflow run), from a job that does not wait behind it. */
  | { kind: 'cancel'; planId: string; comment: CommentRef };

export interface TriggerInputs {
  tasks: string;
  planFile: string;
}

export const COMMENT_EVENTS = new Set(['issue_comment', 'pull_request_review_comment']);

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null ? (value as Json) : undefined;

export function parseTrigger(eventName: string, payload: Json, inputs: TriggerInputs): Trigger {
  if (COMMENT_EVENTS.has(eventName)) return parseCommentEvent(eventName, payload);
  const issueNumber = issueNumberOf(payload);
  const pr = onPullRequest(payload) ? { onPullRequest: true } : {};
  if (inputs.planFile.trim()) return { kind: 'batch', pattern: inputs.planFile.trim(), issueNumber, ...pr };
  if (inputs.tasks.trim()) return { kind: 'run', input: inputs.tasks.trim(), issueNumber, ...pr };
  return {
    kind: 'invalid',
    message: `Nothing to do for event '${eventName || 'unknown'}': set the 'tasks' or the 'plan-file' input.`,
  };
}

function parseCommentEvent(eventName: string, payload: Json): Trigger {
  const action = payload.action;
  if (action !== 'created') return { kind: 'ignore', reason: `comment ${String(action)}, not created` };
  const comment = obj(payload.comment);
  const body = typeof comment?.body === 'string' ? comment.body : '';
  // The cheap test first: most comments are no command, and sanitizing is the costly part.
  const command = mayBeCommand(body) ? parseCommand(sanitizeCommentText(body)) : undefined;
  if (!command) return { kind: 'ignore', reason: 'not a command' };

  const user = obj(comment?.user);
  const issueNumber = issueNumberOf(payload);
  const commentId = typeof comment?.id === 'number' ? comment.id : undefined;
  if (issueNumber === undefined || commentId === undefined) {
    return { kind: 'ignore', reason: 'comment without an issue or pull request' };
  }
  const ref: CommentRef = {
    kind: eventName === 'pull_request_review_comment' ? 'review' : 'issue',
    commentId,
    issueNumber,
    author: { login: String(user?.login ?? ''), type: String(user?.type ?? 'User') },
  };

  if (command.name === COMMAND_PLAN_STATUS) {
    const planId = command.rest.split(/\s+/)[0] ?? '';
    if (!isPlanId(planId)) {
      return { kind: 'invalid', comment: ref, message: `Usage: \`${COMMAND_PLAN_STATUS} <planId>\`.` };
    }
    return { kind: 'plan-status', planId, comment: ref };
  }
  if (/^--kill-all\s*$/.test(command.rest)) return { kind: 'kill-all', comment: ref };
  const control = parsePlanCommand(command.rest);
  if (control) {
    if (!control.planId) {
      return {
        kind: 'invalid',
        comment: ref,
        message:
          `Usage: \`${COMMAND_ORCHESTRATE} ${control.name} <planId>\`, with the plan id the status comment ` +
          `shows (e.g. \`${COMMAND_ORCHESTRATE} ${control.name} 3f2a1b9c\`).`,
      };
    }
    if (control.name === 'cancel') return { kind: 'cancel', planId: control.planId, comment: ref };
    return {
      kind: 'retry',
      planId: control.planId,
      comment: ref,
      issueNumber,
      ...(onPullRequest(payload) ? { onPullRequest: true } : {}),
    };
  }
  if (!command.rest) {
    return {
      kind: 'invalid',
      comment: ref,
      message:
        `Usage: \`${COMMAND_ORCHESTRATE} <tasks>\` (e.g. \`${COMMAND_ORCHESTRATE} Build login UI, Create JWT API, ` +
        `Write tests\`), \`${COMMAND_ORCHESTRATE} execute <plan file>\`, \`${COMMAND_ORCHESTRATE} retry <planId>\`, ` +
        `\`${COMMAND_ORCHESTRATE} cancel <planId>\`, \`${COMMAND_ORCHESTRATE} --kill-all\` or ` +
        `\`${COMMAND_PLAN_STATUS} <planId>\`.`,
    };
  }
  return {
    kind: 'run',
    input: command.rest,
    comment: ref,
    issueNumber,
    ...(onPullRequest(payload) ? { onPullRequest: true } : {}),
  };
}

/**
 * `retry <planId>` and `cancel <planId>` after `/orchestrate`: the first word is reserved, so a request that
 * starts with it is a command with a bad argument (a usage reply), never a run by mistake. The id may be in
 * backticks, as the status comment shows it. `planId` is undefined when the argument is not one plan id.
 */
export function parsePlanCommand(rest: string): { name: 'retry' | 'cancel'; planId?: string } | undefined {
  const match = /^(retry|cancel)(?=\s|$)([\s\S]*)$/i.exec(rest);
  if (!match) return undefined;
  const name = (match[1] ?? '').toLowerCase() as 'retry' | 'cancel';
  const arg = /^`?([^\s`]+)`?$/.exec((match[2] ?? '').trim())?.[1];
  return arg !== undefined && isPlanId(arg) ? { name, planId: arg } : { name };
}

/** `/orchestrate …` or `/plan-status …` at the very start of the (sanitized) text; undefined otherwise. */
export function parseCommand(text: string): { name: string; rest: string } | undefined {
  const match = /^\s*(\/orchestrate|\/plan-status)(?=\s|$)([\s\S]*)$/i.exec(text);
  if (!match) return undefined;
  return { name: (match[1] ?? '').toLowerCase(), rest: (match[2] ?? '').trim() };
}

/** The event is about a pull request: a comment on one (its issue has a `pull_request` key), a review comment, a pull_request event. */
function onPullRequest(payload: Json): boolean {
  return obj(payload.pull_request) !== undefined || obj(obj(payload.issue)?.pull_request) !== undefined;
}

function issueNumberOf(payload: Json): number | undefined {
  const number = obj(payload.issue)?.number ?? obj(payload.pull_request)?.number;
  return typeof number === 'number' ? number : undefined;
}
