/**
 * Every route of the REST API in one table: its path, what it takes (zod schemas, which validate it) and
 * every answer it can give. server.ts registers the routes from this table and openapi.ts describes them
 * from it, so the description served at /v1/openapi.json is the one the server keeps.
 */
import type { z } from 'zod';
import {
  accepted,
  errorAnswer,
  eventsHeaders,
  planIdParams,
  openApiDocument,
  runStatus,
  submitBody,
} from './schemas.js';

export interface Answer {
  description: string;
  /** A JSON body of this shape; absent for the event stream. */
  json?: z.ZodType;
  /** A `text/event-stream` body. */
  eventStream?: true;
}

export interface RouteSpec {
  operationId: string;
  method: 'GET' | 'POST';
  /** Fastify's form: `/v1/orchestrate/:planId`. */
  path: string;
  summary: string;
  description: string;
  /** Answered without the bearer token. */
  public?: true;
  params?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  answers: Record<number, Answer>;
}

const error = (description: string): Answer => ({ description, json: errorAnswer });

/** Answers every route that takes the token may give. */
const guarded = {
  401: error('No bearer token, or a wrong one; nothing was done.'),
};
/** Answers of every POST: its body is read (when one is sent) before anything else. */
const posted = {
  413: error('The body is larger than 1 MiB.'),
  415: error('The body is not JSON.'),
};
const ofAPlan = {
  400: error('The plan id is malformed (or, for POST, the body is): the reason is given.'),
  404: error('No plan with this id in the workspace.'),
};
const busy = {
  429: error(
    'As many plans as `--max-plans` are planning or running already; the `retry-after` header says when to ask again.',
  ),
};

export const ROUTES = {
  submit: {
    operationId: 'submitPlan',
    method: 'POST',
    path: '/v1/orchestrate',
    summary: 'Plan a request and run it in the background',
    description:
      'The request is planned at once (unless the LLM planner plans it: then the status says `planning` until it has), and invalid input is answered 400 with the reason, nothing run.',
    body: submitBody,
    answers: {
      202: { description: 'The plan runs; follow it by its id.', json: accepted },
      400: error(
        'The body or the request is invalid (a dependency cycle, an unknown id, …): the reason is given.',
      ),
      ...guarded,
      ...posted,
      ...busy,
    },
  },
  status: {
    operationId: 'getPlanStatus',
    method: 'GET',
    path: '/v1/orchestrate/:planId',
    summary: "A plan's status, from its files",
    description:
      'What `orchestrate status` answers, for a plan of this server or any other run of its workspace, old ones included. A plan whose orchestrator died while it was in flight reads `interrupted`.',
    params: planIdParams,
    answers: { 200: { description: 'The status.', json: runStatus }, ...ofAPlan, ...guarded },
  },
  events: {
    operationId: 'streamPlanEvents',
    method: 'GET',
    path: '/v1/orchestrate/:planId/events',
    summary: "The plan's event log, live, as Server-Sent Events",
    description:
      "Each line of the run's `event_log.jsonl` is one message: its `id` is the line number (from 1), its `data` the event (schema `Event`). The stream starts at the first line, or after the line `Last-Event-ID` names, so a client that reconnects with it loses and repeats nothing. It ends, with a message `event: end` whose data is `StreamEnd`, once no orchestrator runs the plan; a retry or resume started later appends to the same log and numbering. Comments (`: keep-alive`) keep idle connections open.",
    params: planIdParams,
    headers: eventsHeaders,
    answers: {
      200: { description: 'The event stream.', eventStream: true },
      ...ofAPlan,
      ...guarded,
    },
  },
  cancel: {
    operationId: 'cancelPlan',
    method: 'POST',
    path: '/v1/orchestrate/:planId/cancel',
    summary: 'Cancel a plan this server runs',
    description:
      'Every worker of the plan is stopped; the subtasks that did not complete become `cancelled` and the plan `cancelled` (a retry takes it up again). The answer comes at once; the status and the events show the end.',
    params: planIdParams,
    answers: {
      202: { description: 'The plan is being cancelled.', json: accepted },
      ...ofAPlan,
      409: error('The plan is not running here: it ended, or another orchestrator runs it.'),
      ...guarded,
      ...posted,
    },
  },
  retry: {
    operationId: 'retryPlan',
    method: 'POST',
    path: '/v1/orchestrate/:planId/retry',
    summary: 'Run again what did not complete',
    description:
      "Failed, timed-out, cancelled and skipped subtasks (and those an interruption left unfinished) run again, with the run's own settings; completed subtasks keep their results and branches, and their dependents get them as context. The plan keeps its id, files and event log. A plan that never got past planning is planned again.",
    params: planIdParams,
    answers: {
      202: { description: 'The plan runs again.', json: accepted },
      ...ofAPlan,
      409: error('The plan is running, or has nothing to run again (completed, or only prompt files).'),
      ...guarded,
      ...posted,
      ...busy,
    },
  },
  resume: {
    operationId: 'resumePlan',
    method: 'POST',
    path: '/v1/orchestrate/:planId/resume',
    summary: 'Continue a plan whose orchestrator died',
    description:
      'As retry, for a plan that reads `interrupted` only (the server, or the CLI that ran it, died while it was in flight), as `orchestrate resume` does.',
    params: planIdParams,
    answers: {
      202: { description: 'The plan runs on.', json: accepted },
      ...ofAPlan,
      409: error('The plan is not interrupted (use retry for a plan that ended).'),
      ...guarded,
      ...posted,
      ...busy,
    },
  },
  openapi: {
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    summary: 'This description',
    description:
      'Served without the token: it holds no data of any plan, and tools (clients generators, API browsers) fetch it before they have credentials.',
    public: true,
    answers: { 200: { description: 'The OpenAPI 3.1 description of this API.', json: openApiDocument } },
  },
} as const satisfies Record<string, RouteSpec>;
