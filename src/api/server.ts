/**
 * The REST API (docs/interface.md, REST API), on Fastify for its schema-free speed, small surface and clean
 * lifecycle. `POST /v1/orchestrate` plans synchronously (bad input answers 400 at once, nothing runs) and runs
 * in the background; `GET /v1/orchestrate/:planId` answers the status JSON. Every route needs the bearer token.
 */
import { timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import { z } from 'zod';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { newPlanId } from '../engine/create-plan.js';
import { defaultPlanner } from '../engine/run-config.js';
import { createPlan, orchestrate, runPlan } from '../engine/orchestrate.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import type { OrchestrateOptions } from '../engine/options.js';
import { SUBTASK_LIMITS } from '../plan/limits.js';
import { resolveWorkspace, runDirOf } from '../engine/run-files.js';
import { STATUS_FILE, buildStatus, readRunStatus } from '../engine/status.js';
import { InputError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { isPlanId } from '../plan/plan-id.js';

export interface ApiServerOptions {
  host: string;
  port: number;
  token: string;
  runOptions: OrchestrateOptions;
  logger: Logger;
  /** Plans planning or running at once; past it, POST answers 429. Default DEFAULT_MAX_PLANS. */
  maxPlans?: number;
}

export const DEFAULT_MAX_PLANS = 4;
/** A request's body and headers must arrive within this; a client trickling bytes is cut off. */
const REQUEST_TIMEOUT_MS = 15_000;
const MAX_TASK_DESCRIPTION_CHARS = 256 * 1024;

const postBody = z.object({
  taskDescription: z
    .string()
    .trim()
    .min(1, 'taskDescription must not be empty')
    .max(
      MAX_TASK_DESCRIPTION_CHARS,
      `taskDescription is longer than ${MAX_TASK_DESCRIPTION_CHARS} characters`,
    ),
  maxSubtasks: z.number().int().min(1).max(SUBTASK_LIMITS.ceiling).optional(),
});

function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startApiServer(
  options: ApiServerOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionTimeout: 2 * REQUEST_TIMEOUT_MS,
    // Node checks request timeouts only this often (30 s by default).
    http: { headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
  });
  const maxPlans = options.maxPlans ?? DEFAULT_MAX_PLANS;
  const workspace = resolveWorkspace(options.runOptions.workspace, process.env);
  const controllers = new Map<string, AbortController>();
  /** Requests past the limit check that are still planning (not yet in `controllers`). */
  let admitting = 0;

  const start = (
    planId: string,
    controller: AbortController,
    run: () => Promise<unknown>,
    request: string,
  ) => {
    controllers.set(planId, controller);
    void run()
      .catch((error: unknown) => {
        options.logger.error(`plan ${planId}: ${errorMessage(error)}`);
        // A plan that never started (the planner failed) still answers its status, with the reason.
        const dir = runDirOf(workspace, planId);
        const status = readRunStatus(dir);
        if (!status || status.plan.status === 'planning') {
          mkdirSync(dir, { recursive: true });
          const failed = {
            ...buildStatus({ planId, taskDescription: request }, 'failed', []),
            error: errorMessage(error),
          };
          writeFileAtomic(join(dir, STATUS_FILE), JSON.stringify(failed));
        }
      })
      .finally(() => controllers.delete(planId));
  };

  app.addHook('onRequest', async (request, reply) => {
    if (!tokenMatches(request.headers.authorization, options.token)) {
      // No reason to keep reading (or keep open) a connection that has no business here.
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .header('connection', 'close')
        .send({ error: 'missing or wrong bearer token' });
    }
  });

  app.post('/v1/orchestrate', async (request, reply) => {
    const body = postBody.safeParse(request.body);
    if (!body.success) {
      return reply.code(400).send({
        error: body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      });
    }
    const busy = controllers.size + admitting;
    if (busy >= maxPlans) {
      return reply
        .code(429)
        .header('retry-after', '10')
        .send({ error: `${busy} plans are running already (the limit is ${maxPlans}); retry later` });
    }
    admitting++;
    try {
      const runOptions: OrchestrateOptions = {
        ...options.runOptions,
        workspace,
        // Unset, the engine picks the limit by kind: the LLM planner's default, or the larger one of plan files.
        maxSubtasks: body.data.maxSubtasks ?? options.runOptions.maxSubtasks,
      };
      const request = body.data.taskDescription;
      const planId = newPlanId();
      const controller = new AbortController();
      const runWith = { ...runOptions, planId, signal: controller.signal, logger: options.logger };
      if (defaultPlanner(runOptions) === 'keyword') {
        // Fast and local: bad input is answered with 400 at once, and nothing runs.
        const plan = await createPlan(request, runWith);
        start(planId, controller, () => runPlan(plan, runWith), request);
      } else {
        // The LLM planner may take minutes: answer now; the status says `planning` until the plan exists.
        const dir = runDirOf(workspace, planId);
        mkdirSync(dir, { recursive: true });
        writeFileAtomic(
          join(dir, STATUS_FILE),
          JSON.stringify(buildStatus({ planId, taskDescription: request }, 'planning', [])),
        );
        start(planId, controller, () => orchestrate(request, runWith), request);
      }
      return reply.code(202).send({ planId });
    } catch (error) {
      if (error instanceof InputError) return reply.code(400).send({ error: error.message });
      throw error;
    } finally {
      admitting--;
    }
  });

  app.get<{ Params: { planId: string } }>('/v1/orchestrate/:planId', async (request, reply) => {
    const { planId } = request.params;
    if (!isPlanId(planId)) return reply.code(400).send({ error: `invalid plan id '${planId}'` });
    const status = readRunStatus(runDirOf(workspace, planId));
    if (!status) return reply.code(404).send({ error: `no plan '${planId}'` });
    return status;
  });

  const address = await app.listen({ host: options.host, port: options.port });
  return {
    url: address,
    close: async () => {
      for (const c of controllers.values()) c.abort(new Error('server stopping'));
      await app.close();
    },
  };
}
