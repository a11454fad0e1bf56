/**
 * GitHub's own description of its REST API (api.github.com, from the `@octokit/openapi` package), turned into
 * the checks that keep the fake GitHub API honest: which operation a request is, whether GitHub would accept
 * its path, query and JSON body, and whether an answer of the fake is one GitHub could give.
 *
 * The description is 13 MB of JSON: it is parsed once per process (about 0.2 s), and a schema is compiled the
 * first time it is needed, so a test pays only for the operations it uses. The description is OpenAPI 3.0,
 * whose `nullable` is not JSON Schema: it is rewritten into JSON Schema once, when loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext the default import is the plugin itself at run time.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = Record<string, unknown>;

/** The `$id` the description is registered under, so its internal `#/components/...` refs resolve. */
const SPEC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Errors GitHub may answer on any route, documented or not (its docs list them per operation only in part). */
const GENERIC_ERROR_STATUSES = new Set([401, 403, 404, 409, 410, 422, 429, 500, 502, 503]);

export interface Operation {
  /** GitHub's operationId, e.g. `pulls/create`. */
  id: string;
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/pulls`. */
  template: string;
  /** The operation's documentation page. */
  docsUrl: string;
}

export interface RequestCheck {
  operation?: Operation;
  /** Path parameters by name, decoded. */
  params: Record<string, string>;
  /** What GitHub would refuse (or silently ignore) about this request; empty when it is fine. */
  violations: string[];
}

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  /** Literal segments sort first, so `/issues/comments` wins over `/issues/{issue_number}`. */
  rank: string;
  item: Json;
}

export class GitHubOpenApi {
  private static loaded?: GitHubOpenApi;
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  /** Query and path values arrive as text; this instance coerces them to the schema's type. */
  private readonly paramAjv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private byId?: Map<string, Operation>;

  private constructor(readonly spec: Json) {
    this.routes = Object.entries(spec.paths as Record<string, Json>)
      .map(([template, item]) => route(template, item))
      .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    const make = (coerceTypes: boolean) => {
      // strict: false because the description carries OpenAPI keywords (example, discriminator, x-github…)
      // that are annotations, not constraints.
      const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
      addFormats(ajv);
      ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
      // Not checked against the meta-schema: it is an OpenAPI document, and checking 13 MB costs seconds.
      ajv.addSchema(spec, SPEC_ID, undefined, false);
      return ajv;
    };
    this.ajv = make(false);
    this.paramAjv = make(true);
  }

  /** The description, loaded and prepared once per process. */
  static load(): GitHubOpenApi {
    if (!GitHubOpenApi.loaded) {
      const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
      const spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
      nullableToJsonSchema(spec.paths);
      nullableToJsonSchema(spec.components);
      GitHubOpenApi.loaded = new GitHubOpenApi(spec);
    }
    return GitHubOpenApi.loaded;
  }

  /** The description's version (the package's). */
  get version(): string {
    return String((this.spec.info as Json).version);
  }

  operation(id: string): Operation | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const r of this.routes) {
        for (const method of METHODS) {
          const op = r.item[method] as Json | undefined;
          if (op) this.byId.set(String(op.operationId), toOperation(r.template, method, op));
        }
      }
    }
    return this.byId.get(id);
  }

  checkRequest(method: string, path: string, query: Record<string, string>, body: unknown): RequestCheck {
    const found = this.routes
      .map((r) => ({ r, m: r.regex.exec(path) }))
      .filter((x): x is { r: Route; m: RegExpExecArray } => x.m !== null);
    if (found.length === 0) return { params: {}, violations: [`GitHub has no route ${method} ${path}`] };
    const hit = found.find(({ r }) => r.item[method.toLowerCase()]);
    if (!hit) {
      const allowed = [...new Set(found.flatMap(({ r }) => METHODS.filter((m) => r.item[m])))];
      return {
        params: {},
        violations: [
          `GitHub has no ${method} on ${found[0]!.r.template} (it has ${allowed.join(', ').toUpperCase()})`,
        ],
      };
    }
    const { r, m } = hit;
    const op = r.item[method.toLowerCase()] as Json;
    const operation = toOperation(r.template, method.toLowerCase(), op);
    const params = Object.fromEntries(r.names.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? '')]));
    const opPointer = `/paths/${esc(r.template)}/${method.toLowerCase()}`;
    const violations = [
      ...this.checkParams(r, op, opPointer, params, query),
      ...this.checkBody(op, opPointer, body),
    ].map((v) => `${operation.id} (${method} ${r.template}): ${v}`);
    return { operation, params, violations };
  }

  /** Whether GitHub could answer `status` with `body` for this operation. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const opPointer = `/paths/${esc(operation.template)}/${operation.method}`;
    const responses = (this.at(opPointer) as Json).responses as Record<string, Json>;
    const where = `${operation.id} answered ${status}`;
    let pointer: string;
    let response = responses[String(status)] ?? responses.default;
    if (response) {
      pointer = `${opPointer}/responses/${responses[String(status)] ? status : 'default'}`;
      if (typeof response.$ref === 'string') {
        pointer = response.$ref.slice(1);
        response = this.at(pointer) as Json;
      }
    } else if (GENERIC_ERROR_STATUSES.has(status)) {
      pointer = '/components/responses/not_found';
      response = this.at(pointer) as Json;
    } else {
      return [
        `${where}, a status GitHub does not give there (it gives ${Object.keys(responses).join(', ')})`,
      ];
    }
    const content = response.content as Record<string, unknown> | undefined;
    if (!content?.['application/json']) {
      return body === undefined ? [] : [`${where} with a body, where GitHub sends none`];
    }
    const errors = this.validate(`${pointer}/content/application~1json/schema`, body, 'response');
    return errors ? [`${where} with a body GitHub would not send: ${errors}`] : [];
  }

  /** A deep copy of an example answer from the description (`default`, or the only one). */
  example(operationId: string, status: number, name?: string): unknown {
    const operation = this.operation(operationId);
    if (!operation) throw new Error(`GitHub has no operation ${operationId}`);
    const op = this.at(`/paths/${esc(operation.template)}/${operation.method}`) as Json;
    const content = ((op.responses as Record<string, Json>)[String(status)]?.content ?? {}) as Record<
      string,
      Json
    >;
    const examples = (content['application/json']?.examples ?? {}) as Record<string, Json>;
    const chosen = examples[name ?? 'default'] ?? Object.values(examples)[0];
    if (!chosen) throw new Error(`GitHub's description has no example of ${operationId} answering ${status}`);
    // An example is inline, a $ref, or (in places) an inline value that is itself only a $ref.
    let value =
      typeof chosen.$ref === 'string' ? (this.at(chosen.$ref.slice(1)) as Json).value : chosen.value;
    if (isObject(value) && typeof value.$ref === 'string' && Object.keys(value).length === 1) {
      value = (this.at(value.$ref.slice(1)) as Json).value;
    }
    return structuredClone(value);
  }

  /** The schema object at a JSON pointer of the description, e.g. `/components/schemas/pull-request-simple`. */
  at(pointer: string): unknown {
    let node: unknown = this.spec;
    for (const part of pointer.split('/').slice(1)) {
      node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (node === undefined) throw new Error(`GitHub's description has nothing at ${pointer}`);
    }
    return node;
  }

  private checkParams(
    r: Route,
    op: Json,
    opPointer: string,
    params: Record<string, string>,
    query: Record<string, string>,
  ): string[] {
    const out: string[] = [];
    const declared = [
      ...((r.item.parameters as Json[] | undefined) ?? []).map((p, i) => ({
        p,
        at: `/paths/${esc(r.template)}/parameters/${i}`,
      })),
      ...((op.parameters as Json[] | undefined) ?? []).map((p, i) => ({
        p,
        at: `${opPointer}/parameters/${i}`,
      })),
    ].map(({ p, at }) =>
      typeof p.$ref === 'string' ? { p: this.at(p.$ref.slice(1)) as Json, at: p.$ref.slice(1) } : { p, at },
    );
    const inQuery = new Set<string>();
    for (const { p, at } of declared) {
      const name = String(p.name);
      if (p.in === 'query') inQuery.add(name);
      if (p.in !== 'query' && p.in !== 'path') continue;
      const value = p.in === 'path' ? params[name] : query[name];
      if (value === undefined) {
        if (p.required) out.push(`the ${p.in} parameter '${name}' is required`);
        continue;
      }
      // Text first (a `oneOf: [integer, string]` must not match twice), then coerced to the schema's type.
      const errors =
        this.validate(`${at}/schema`, value, name) && this.validate(`${at}/schema`, value, name, true);
      if (errors) out.push(`the ${p.in} parameter ${errors} (got '${value}')`);
    }
    for (const name of Object.keys(query)) {
      if (!inQuery.has(name)) out.push(`it has no query parameter '${name}' (GitHub ignores it)`);
    }
    return out;
  }

  private checkBody(op: Json, opPointer: string, body: unknown): string[] {
    const requestBody = op.requestBody as Json | undefined;
    const json = (requestBody?.content as Record<string, Json> | undefined)?.['application/json'];
    if (!json) {
      const empty = body === undefined || (isObject(body) && Object.keys(body).length === 0);
      return empty ? [] : ['it takes no JSON body, but one was sent'];
    }
    if (body === undefined) return requestBody?.required ? ['a JSON body is required'] : [];
    const pointer = `${opPointer}/requestBody/content/application~1json/schema`;
    const errors = this.validate(pointer, body, 'body');
    const out = errors ? [errors] : [];
    // GitHub silently ignores properties it does not know: a misspelt field is a bug GitHub would not report.
    let schema = json.schema as Json;
    if (typeof schema.$ref === 'string') schema = this.at(schema.$ref.slice(1)) as Json;
    if (isObject(body) && isObject(schema.properties) && schema.additionalProperties === undefined) {
      for (const key of Object.keys(body)) {
        if (!(key in schema.properties))
          out.push(`body has property '${key}', which GitHub does not take here`);
      }
    }
    return out;
  }

  /** Validates data against the schema at a pointer; answers the errors as text, or undefined. */
  private validate(pointer: string, data: unknown, name: string, coerce = false): string | undefined {
    const key = `${coerce ? 'param' : 'data'}:${pointer}`;
    let validator = this.validators.get(key);
    if (!validator) {
      const ref = { $ref: `${SPEC_ID}#${pointer.split('/').map(encodeURIComponent).join('/')}` };
      const ajv = coerce ? this.paramAjv : this.ajv;
      // Params are checked inside a wrapper object, as Ajv can only coerce values that have a parent.
      validator = ajv.compile(coerce ? { type: 'object', properties: { value: ref } } : ref);
      this.validators.set(key, validator);
    }
    const ok = validator(coerce ? { value: data } : data);
    return ok ? undefined : describe(validator.errors ?? [], name, coerce);
  }
}

function describe(errors: ErrorObject[], name: string, param: boolean): string {
  const lines = errors.slice(0, 6).map((e) => {
    const at = param ? e.instancePath.replace(/^\/value/, '') : e.instancePath;
    const extra =
      e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    return `${name}${at} ${e.message ?? e.keyword}${extra}`;
  });
  if (errors.length > 6) lines.push(`and ${errors.length - 6} more`);
  return lines.join('; ');
}

function route(template: string, item: Json): Route {
  const segments = template.split('/').slice(1);
  const names: string[] = [];
  const pattern = segments
    .map((s) => {
      const param = /^\{([^}]+)\}$/.exec(s);
      if (param) {
        names.push(param[1]!);
        return '([^/]+)';
      }
      return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return {
    template,
    regex: new RegExp(`^/${pattern}/?$`),
    names,
    rank: segments.map((s) => (s.startsWith('{') ? '1' : '0')).join(''),
    item,
  };
}

function toOperation(template: string, method: string, op: Json): Operation {
  return {
    id: String(op.operationId),
    method,
    template,
    docsUrl: String((op.externalDocs as Json | undefined)?.url ?? 'https://docs.github.com/rest'),
  };
}

/** JSON-pointer escaping of one segment. */
function esc(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms, in place: with a `type`, null joins the types (and
 * the `enum`, as GitHub means it, though OpenAPI 3.0.3 would leave the enum to refuse null); on a bare `$ref`/`allOf`/`anyOf`/`oneOf`, where GitHub
 * uses it to mean "this object, or null", the schema becomes `anyOf: [null, it]`.
 */
export function nullableToJsonSchema(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) nullableToJsonSchema(child);
    return;
  }
  if (!isObject(node)) return;
  for (const value of Object.values(node)) nullableToJsonSchema(value);
  if (node.nullable !== true) return;
  delete node.nullable;
  if (typeof node.type === 'string') {
    node.type = [node.type, 'null'];
    // GitHub sends null for a nullable enum whose list leaves null out (an open issue's `state_reason`).
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum.push(null);
    return;
  }
  const constraints = Object.keys(node).filter(
    (k) => !['description', 'title', 'example', 'readOnly'].includes(k),
  );
  if (constraints.length === 0) return; // nullable alone: anything goes already
  const inner: Json = {};
  for (const key of constraints) {
    inner[key] = node[key];
    delete node[key];
  }
  node.anyOf = [{ type: 'null' }, inner];
}
