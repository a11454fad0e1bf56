/**
 * Real webhook payloads (from @octokit/webhooks-examples) with the parts a test cares about replaced: the
 * comment's body and author, the action, whether the issue is a pull request. The package has no
 * `schedule` example (GitHub sends `{schedule: '<cron>'}` plus the repository); that one is built here.
 */
import { createRequire } from 'node:module';

interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Definition[];

/** A deep copy of the first example of an event (with that action, when given). */
export function example(event: string, action?: string): Record<string, unknown> {
  const found = definitions
    .find((d) => d.name === event)
    ?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no ${event} example${action ? ` with action ${action}` : ''}`);
  return structuredClone(found);
}

export interface CommentOptions {
  body: string;
  login?: string;
  type?: 'User' | 'Bot';
  action?: 'created' | 'edited' | 'deleted';
  /** An issue_comment on a pull request (the issue carries a `pull_request` key). */
  onPullRequest?: boolean;
}

type Json = Record<string, Record<string, unknown> | undefined>;

export function issueComment(options: CommentOptions): Record<string, unknown> {
  const payload = example('issue_comment', options.action ?? 'created') as Json;
  const user = {
    ...(payload.comment?.user as object | undefined),
    login: options.login ?? 'Codertocat',
    type: options.type ?? 'User',
  };
  payload.comment = { ...payload.comment, body: options.body, user };
  payload.sender = { ...payload.sender, login: user.login, type: user.type };
  if (options.onPullRequest) {
    payload.issue = {
      ...payload.issue,
      pull_request: { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1' },
    };
  }
  return payload;
}

export function reviewComment(options: CommentOptions): Record<string, unknown> {
  const payload = example('pull_request_review_comment', options.action ?? 'created') as Json;
  const user = {
    ...(payload.comment?.user as object | undefined),
    login: options.login ?? 'Codertocat',
    type: options.type ?? 'User',
  };
  payload.comment = { ...payload.comment, body: options.body, user };
  payload.sender = { ...payload.sender, login: user.login, type: user.type };
  return payload;
}

export function workflowDispatch(inputs: Record<string, string> = {}): Record<string, unknown> {
  const payload = example('workflow_dispatch');
  payload.inputs = inputs;
  return payload;
}

export function schedule(cron = '0 3 * * 1'): Record<string, unknown> {
  const { repository, sender } = example('workflow_dispatch');
  return { schedule: cron, repository, sender };
}

/** A `pull_request` event (e.g. a workflow that runs the `tasks` input on every opened PR). */
export function pullRequest(action = 'opened'): Record<string, unknown> {
  return example('pull_request', action);
}
