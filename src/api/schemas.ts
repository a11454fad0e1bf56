/**
 * The shapes the REST API takes and answers, as zod schemas: they validate requests at the edge, and the
 * OpenAPI description (openapi.ts) is generated from these same objects, so the two cannot drift. The
 * answers mirror engine types (RunStatus, OrchestratorEvent); the type checks at the bottom fail to compile
 * when the engine changes a shape that this description does not follow.
 */
import { z } from 'zod';
import type { RunStatus } from '../engine/status.js';
import type { OrchestratorEvent } from '../engine/types.js';
import { SUBTASK_LIMITS } from '../plan/limits.js';
import { PLAN_ID_PATTERN } from '../plan/plan-id.js';

export const MAX_TASK_DESCRIPTION_CHARS = 256 * 1024;

export const planIdParams = z.object({
  planId: z
    .string()
    .regex(PLAN_ID_PATTERN, 'expected lowercase letters, digits and -, at most 64')
    .meta({ description: 'The plan id `POST /v1/orchestrate` answered.' }),
});

export const submitBody = z
  .strictObject({
    taskDescription: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_TASK_DESCRIPTION_CHARS, `is longer than ${MAX_TASK_DESCRIPTION_CHARS} characters`)
      .meta({ description: 'The request, in any input form of `orchestrate run` (docs/interface.md).' }),
    maxSubtasks: z
      .number()
      .int()
      .min(1)
      .max(SUBTASK_LIMITS.ceiling)
      .optional()
      .meta({ description: 'Most subtasks the plan may have.' }),
  })
  .meta({ id: 'SubmitRequest' });

export const eventsHeaders = z.object({
  'last-event-id': z
    .string()
    .regex(/^\d{1,15}$/, 'expected the id of an event received before (a line number)')
    .optional()
    .meta({
      description:
        'The `id` of the last event received: the stream goes on from the event after it. EventSource clients send it when they reconnect.',
    }),
});

export const errorAnswer = z
  .object({ error: z.string().meta({ description: 'What was wrong, naming the culprit.' }) })
  .meta({ id: 'Error' });

export const accepted = z
  .object({ planId: z.string().regex(PLAN_ID_PATTERN) })
  .meta({ id: 'Accepted', description: 'The plan is running (or planning) in the background.' });

const subtaskStatus = z.enum([
  'pending',
  'running',
  'completed',
  'failed',
  'timed_out',
  'skipped',
  'cancelled',
]);
const planStatus = z.enum([
  'planning',
  'executing',
  'completed',
  'failed',
  'cancelled',
  'interrupted',
  'prompts_written',
]);

export const runStatus = z
  .object({
    plan: z.object({ id: z.string(), status: planStatus, taskDescription: z.string() }),
    subtasks: z.array(
      z.object({
        index: z.number().int().min(0),
        id: z.string(),
        status: subtaskStatus,
        description: z.string(),
        domain: z.string(),
        result: z.string().optional(),
        error: z.string().optional(),
      }),
    ),
    error: z.string().optional(),
  })
  .meta({
    id: 'Status',
    description:
      'The status JSON of `orchestrate status`. `interrupted`: the orchestrator died while the plan was in flight.',
  });

const usage = z.object({ tokens: z.number(), costUsd: z.number() });
const eventBase = { ts: z.string(), planId: z.string() };
const subtaskEnd = <T extends string>(type: T) =>
  z.object({
    ...eventBase,
    type: z.literal(type),
    taskId: z.string(),
    worker: z.string(),
    status: subtaskStatus,
    durationMs: z.number().optional(),
    error: z.string().optional(),
    usage: usage.optional(),
  });

export const runEvent = z
  .discriminatedUnion('type', [
    z.object({
      ...eventBase,
      type: z.literal('plan.created'),
      taskDescription: z.string(),
      subtasks: z.array(
        z.object({
          id: z.string(),
          description: z.string(),
          domain: z.string(),
          dependsOn: z.array(z.string()),
        }),
      ),
      workers: z.array(z.string()),
      kept: z.array(z.string()).optional(),
    }),
    z.object({
      ...eventBase,
      type: z.literal('worker.spawned'),
      worker: z.string(),
      domain: z.string(),
      runtime: z.string(),
    }),
    z.object({
      ...eventBase,
      type: z.literal('task.started'),
      taskId: z.string(),
      worker: z.string(),
      description: z.string(),
    }),
    z.object({
      ...eventBase,
      type: z.literal('task.dispatched'),
      taskId: z.string(),
      worker: z.string(),
      runId: z.number(),
      url: z.string(),
    }),
    subtaskEnd('task.completed'),
    subtaskEnd('task.failed'),
    subtaskEnd('task.skipped'),
    subtaskEnd('task.cancelled'),
    z.object({ ...eventBase, type: z.literal('worker.stopped'), worker: z.string(), domain: z.string() }),
    z.object({
      ...eventBase,
      type: z.literal('plan.completed'),
      status: planStatus.exclude(['planning', 'executing']),
      durationMs: z.number(),
    }),
    z.object({
      ...eventBase,
      type: z.literal('log'),
      message: z.string(),
      taskId: z.string().optional(),
      worker: z.string().optional(),
    }),
  ])
  .meta({
    id: 'Event',
    description:
      "One line of the run's event_log.jsonl: the `data` of each event of `GET /v1/orchestrate/{planId}/events`.",
  });

export const streamEnd = z.object({ status: planStatus }).meta({
  id: 'StreamEnd',
  description:
    'The `data` of the last message, `event: end`: the plan ended (or is interrupted) with this status.',
});

export const openApiDocument = z
  .looseObject({ openapi: z.literal('3.1.0'), paths: z.record(z.string(), z.unknown()) })
  .meta({ id: 'OpenApiDocument' });

/** True only when A and B are the same type, optional properties included. */
type Same<A, B> =
  (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
/** Each member of a union as one object type (the engine writes its events as intersections). */
type Flat<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;
const schemasFollowTheEngine: [
  Same<z.infer<typeof runStatus>, RunStatus>,
  Same<z.infer<typeof runEvent>, OrchestratorEvent>,
] = [true, true];
void schemasFollowTheEngine;
