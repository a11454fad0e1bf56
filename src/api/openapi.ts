/**
 * The OpenAPI 3.1 description of the REST API, generated from the route table (routes.ts) and its zod
 * schemas (schemas.ts). OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits, so every
 * schema goes in as zod writes it.
 */
import { z } from 'zod';
import { ROUTES, type Answer, type RouteSpec } from './routes.js';
import { runEvent, streamEnd } from './schemas.js';

type JsonSchema = Record<string, unknown>;

const REF = (id: string) => `#/components/schemas/${id}`;

function idOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.id === 'string' ? meta.id : undefined;
}

function inline(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema) as JsonSchema;
  return rest;
}

function schemaOf(schema: z.ZodType): JsonSchema {
  const id = idOf(schema);
  return id ? { $ref: REF(id) } : inline(schema);
}

/** Every named schema (`.meta({ id })`) that the routes use, and the events the stream carries. */
function components(): Record<string, JsonSchema> {
  const used = new Set<string>();
  const note = (schema: z.ZodType | undefined) => {
    const id = schema && idOf(schema);
    if (id) used.add(id);
  };
  for (const route of Object.values(ROUTES) as RouteSpec[]) {
    note(route.body);
    for (const answer of Object.values(route.answers)) note(answer.json);
  }
  note(runEvent);
  note(streamEnd);
  const all = z.toJSONSchema(z.globalRegistry, { uri: REF }).schemas as Record<string, JsonSchema>;
  return Object.fromEntries(
    [...used].sort().map((id) => {
      const { $schema: _dialect, $id: _id, ...schema } = all[id]!;
      return [id, schema];
    }),
  );
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'header'): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema) as { properties: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(description ? { description } : {}),
    schema: property,
  }));
}

function response(answer: Answer): JsonSchema {
  if (answer.eventStream)
    return {
      description: answer.description,
      content: {
        'text/event-stream': {
          schema: {
            type: 'string',
            description: `Messages \`id: <line number>\` + \`data: <${idOf(runEvent)}>\`, then \`event: end\` + \`data: <${idOf(streamEnd)}>\`.`,
          },
        },
      },
    };
  return {
    description: answer.description,
    ...(answer.json ? { content: { 'application/json': { schema: schemaOf(answer.json) } } } : {}),
  };
}

function operation(route: RouteSpec): JsonSchema {
  const params = [...parameters(route.params, 'path'), ...parameters(route.headers, 'header')];
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    ...(route.public ? { security: [] } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body) } } } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.answers).map(([code, answer]) => [code, response(answer)]),
    ),
  };
}

/** `/v1/orchestrate/:planId` → `/v1/orchestrate/{planId}` */
export function openApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

export function openApiDocument(version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of Object.values(ROUTES) as RouteSpec[])
    (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operation(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'orchestrate-action',
      version,
      description:
        'Plans a request into subtasks and runs them in parallel, isolated workers (`orchestrate serve`). Every route but this description needs `Authorization: Bearer <ORCH_API_TOKEN>`.',
    },
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: components(),
    },
  };
}
