/**
 * The REST API's own OpenAPI description (GET /v1/openapi.json) turned into checks of real answers: whether
 * the description has this status for this operation, and whether the body (JSON, or each message of the
 * event stream) is of the schema it gives. The tests check every answer they receive with it.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Json = Record<string, unknown>;

/** The `$id` the description is registered under, so its `#/components/...` refs resolve. */
const DOC_ID = 'https://orchestrate-action.invalid/openapi.json';

interface Operation {
  template: string;
  regex: RegExp;
  method: string;
  op: Json;
}

export class ApiDescription {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly doc: Json) {
    this.ajv.addSchema(doc, DOC_ID, undefined, false);
    this.operations = Object.entries(doc.paths as Record<string, Json>).flatMap(([template, item]) =>
      Object.entries(item).map(([method, op]) => ({
        template,
        regex: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
        method: method.toUpperCase(),
        op: op as Json,
      })),
    );
  }

  /** What is wrong with this answer, by the description; empty when nothing is. */
  checkResponse(method: string, path: string, status: number, contentType: string, body: unknown): string[] {
    const where = `${method} ${path} answered ${status}`;
    const operation = this.operations.find((o) => o.method === method && o.regex.test(path.split('?')[0]!));
    if (!operation) return [`${where}: the description has no such operation`];
    const responses = operation.op.responses as Record<string, Json>;
    const response = responses[String(status)];
    if (!response)
      return [`${where}: a status it does not describe (it has ${Object.keys(responses).join(', ')})`];
    const content = (response.content ?? {}) as Record<string, Json>;
    const type = contentType.split(';')[0]!.trim();
    if (!content[type])
      return [`${where} with ${type || 'no content type'}, not ${Object.keys(content).join(', ') || 'none'}`];
    if (type !== 'application/json') return [];
    const pointer = `/paths/${esc(operation.template)}/${operation.method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    const errors = this.validate(pointer, body);
    return errors ? [`${where} with a body out of its schema: ${errors}`] : [];
  }

  /** What is wrong with this value as the named component schema (`Event`, `StreamEnd`). */
  checkSchema(name: string, value: unknown): string[] {
    const errors = this.validate(`/components/schemas/${name}`, value);
    return errors ? [`not a ${name}: ${errors}: ${JSON.stringify(value).slice(0, 300)}`] : [];
  }

  private validate(pointer: string, data: unknown): string | undefined {
    let validator = this.validators.get(pointer);
    if (!validator) {
      validator = this.ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      this.validators.set(pointer, validator);
    }
    if (validator(data)) return undefined;
    return (validator.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
      .join('; ');
  }
}

function esc(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
