/**
 * The REST API (docs/interface.md, REST API), on Fastify for its speed, small surface and clean lifecycle.
 * The routes, what they take and what they answer are in routes.ts, which also gives the OpenAPI
 * description; the plans are PlanService's (plans.ts); the event stream is EventStream's (event-stream.ts).
 * Every route but the description needs the bearer token, compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { OrchestrateOptions } from '../engine/options.js';
import { resolveWorkspace } from '../engine/run-files.js';
import { runIsLive } from '../lifecycle/active-runs.js';
import { reapDeadRuns } from '../lifecycle/reaper.js';
import { InputError, errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { VERSION } from '../version.js';
import { EventStream } from './event-stream.js';
import { openApiDocument } from './openapi.js';
import { ApiError, PlanService } from './plans.js';
import { ROUTES, type RouteSpec } from './routes.js';

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
/** How long stopping waits for the plans it cancels to stop their workers. */
const STOP_WAIT_MS = 60_000;
const RETRY_AFTER_S = '10';

/** Compared as digests of equal length, so neither the bytes nor the length of the token leak through timing. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}

type Parsed<T> = T extends z.ZodType ? z.infer<T> : undefined;
interface Input<S extends RouteSpec> {
  params: Parsed<S['params']>;
  headers: Parsed<S['headers']>;
  body: Parsed<S['body']>;
}

/** `planId: expected … (got 'X')`: the part, the reason, and the bad value where it is short. */
function describeIssues(part: 'params' | 'headers' | 'body', error: z.ZodError, given: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], given);
      const quoted =
        part !== 'body' && typeof value === 'string' && value.length <= 100 ? ` (got '${value}')` : '';
      return `${path || part}: ${issue.message}${quoted}`;
    })
    .join('; ');
}

export async function startApiServer(
  options: ApiServerOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const workspace = resolveWorkspace(options.runOptions.workspace, process.env);
  const { logger } = options;
  // Plans whose orchestrator died (a server killed mid-plan) read `interrupted` from now on, and what they
  // left running is stopped; a resume takes them up.
  await reapDeadRuns(workspace, logger).catch((error: unknown) =>
    logger.warn(`cleaning up after runs that died: ${errorMessage(error)}`),
  );
  const plans = new PlanService({
    workspace,
    runOptions: options.runOptions,
    logger,
    maxPlans: options.maxPlans ?? DEFAULT_MAX_PLANS,
  });
  const streams = new Set<EventStream>();
  const description = openApiDocument(VERSION);

  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    requestTimeout: REQUEST_TIMEOUT_MS,
    connectionTimeout: 2 * REQUEST_TIMEOUT_MS,
    // Node checks request timeouts only this often (30 s by default).
    http: { headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
  });

  // Bodies are JSON (anything else is answered 415), and POSTs without one (cancel, retry, resume) may
  // still say they send JSON.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else json(request, body as string, done);
  });

  app.addHook('onRequest', async (request, reply) => {
    if ((request.routeOptions.config as { public?: boolean }).public) return;
    if (!tokenMatches(request.headers.authorization, options.token)) {
      // No reason to keep reading (or keep open) a connection that has no business here.
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .header('connection', 'close')
        .send({ error: 'missing or wrong bearer token' });
    }
  });

  // Every answer but a success is `{error}` with the reason, whoever refused: a route, or Fastify itself
  // (a body too large, not JSON, malformed).
  app.setErrorHandler(async (error: unknown, _request, reply) => {
    if (error instanceof ApiError) {
      if (error.statusCode === 429) void reply.header('retry-after', RETRY_AFTER_S);
      return reply.code(error.statusCode).send({ error: error.message });
    }
    if (error instanceof InputError) return reply.code(400).send({ error: error.message });
    const code = (error as { statusCode?: number }).statusCode;
    if (code !== undefined && code >= 400 && code < 500)
      return reply.code(code).send({ error: errorMessage(error) });
    logger.error(`API: ${errorMessage(error)}`);
    return reply.code(500).send({ error: 'internal error; the server log has the details' });
  });
  app.setNotFoundHandler(async (request, reply) =>
    reply.code(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}` }),
  );

  function route<S extends RouteSpec>(
    spec: S,
    handler: (input: Input<S>, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  ): void {
    app.route({
      method: spec.method,
      url: spec.path,
      config: { public: spec.public === true },
      handler: async (request, reply) => {
        const input: Record<string, unknown> = {};
        for (const part of ['params', 'headers', 'body'] as const) {
          const schema = spec[part];
          if (!schema) continue;
          const parsed = schema.safeParse(request[part]);
          if (!parsed.success)
            return reply.code(400).send({ error: describeIssues(part, parsed.error, request[part]) });
          input[part] = parsed.data;
        }
        return handler(input as unknown as Input<S>, request, reply);
      },
    });
  }

  route(ROUTES.submit, async ({ body }, _request, reply) => {
    const planId = await plans.submit(body.taskDescription, body.maxSubtasks);
    return reply.code(202).send({ planId });
  });

  route(ROUTES.status, async ({ params }, _request, reply) => {
    const status = plans.status(params.planId);
    if (!status) throw new ApiError(404, `no plan '${params.planId}'`);
    return reply.send(status);
  });

  route(ROUTES.events, async ({ params, headers }, _request, reply) => {
    const { planId } = params;
    if (!plans.status(planId)) throw new ApiError(404, `no plan '${planId}'`);
    reply.hijack();
    const stream = new EventStream(
      reply.raw,
      {
        runDir: plans.runDir(planId),
        after: Number(headers['last-event-id'] ?? 0),
        ended: () => !plans.runsHere(planId) && !runIsLive(workspace, planId),
        finalStatus: () => plans.status(planId)?.plan.status ?? 'failed',
        onChange: (listener) => plans.watch(planId, listener),
        logger,
      },
      () => streams.delete(stream),
    );
    streams.add(stream);
    stream.start();
  });

  route(ROUTES.cancel, async ({ params }, _request, reply) => {
    plans.cancel(params.planId);
    return reply.code(202).send({ planId: params.planId });
  });

  route(ROUTES.retry, async ({ params }, _request, reply) => {
    plans.takeUp(params.planId, 'retry');
    return reply.code(202).send({ planId: params.planId });
  });

  route(ROUTES.resume, async ({ params }, _request, reply) => {
    plans.takeUp(params.planId, 'resume');
    return reply.code(202).send({ planId: params.planId });
  });

  route(ROUTES.openapi, async (_input, _request, reply) => reply.send(description));

  // Open event streams would hold the server open; their clients reconnect with Last-Event-ID.
  app.addHook('preClose', async () => {
    for (const stream of [...streams]) stream.close();
  });

  const address = await app.listen({ host: options.host, port: options.port });
  return {
    url: address,
    close: async () => {
      await plans.close(STOP_WAIT_MS);
      await app.close();
    },
  };
}
