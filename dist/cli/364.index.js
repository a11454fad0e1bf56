export const id = 364;
export const ids = [364];
export const modules = {

/***/ 20364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startApiServer: () => (/* binding */ startApiServer)
});

// UNUSED EXPORTS: DEFAULT_MAX_PLANS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/fastify/fastify.js
var fastify = __webpack_require__(16703);
var fastify_default = /*#__PURE__*/__webpack_require__.n(fastify);
// EXTERNAL MODULE: ./src/engine/run-files.ts
var run_files = __webpack_require__(46113);
// EXTERNAL MODULE: ./src/lifecycle/active-runs.ts
var active_runs = __webpack_require__(14963);
// EXTERNAL MODULE: ./src/lifecycle/reaper.ts
var reaper = __webpack_require__(32513);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/api/line-tail.ts
/**
 * Reads a file that only grows, one line at a time, from where it left off: only whole lines (a line being
 * appended is left until its `\n` is there), numbered from 1 as they are in the file. The run's event log is
 * appended one whole line per write (engine/run-files.ts), so its line numbers never change.
 */

const NEWLINE = 0x0a;
class LineTail {
    path;
    after;
    fd;
    /** Bytes read up to the end of the last whole line. */
    offset = 0;
    lines = 0;
    /** Lines up to `after` (a line number) are read past and never returned. */
    constructor(path, after = 0) {
        this.path = path;
        this.after = after;
    }
    /**
     * The whole lines appended since the last call, about `chunk` bytes of them at most (more when one line
     * is longer); none while the file does not exist.
     */
    read(chunk = 256 * 1024) {
        if (this.fd === undefined) {
            try {
                this.fd = (0,external_node_fs_.openSync)(this.path, 'r');
            }
            catch {
                return [];
            }
        }
        const out = [];
        while (out.length === 0) {
            const size = (0,external_node_fs_.fstatSync)(this.fd).size;
            if (size <= this.offset)
                return out;
            let length = Math.min(size - this.offset, chunk);
            let bytes = this.readAt(length);
            let end = bytes.lastIndexOf(NEWLINE);
            if (end < 0 && length < size - this.offset) {
                // One line longer than a chunk: read to the end of the file for it.
                length = size - this.offset;
                bytes = this.readAt(length);
                end = bytes.lastIndexOf(NEWLINE);
            }
            if (end < 0)
                return out;
            let start = 0;
            while (start <= end) {
                const stop = bytes.indexOf(NEWLINE, start);
                this.lines++;
                if (this.lines > this.after)
                    out.push({ number: this.lines, text: bytes.toString('utf8', start, stop) });
                start = stop + 1;
            }
            this.offset += end + 1;
        }
        return out;
    }
    close() {
        if (this.fd !== undefined)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = undefined;
    }
    readAt(length) {
        const bytes = Buffer.alloc(length);
        const got = (0,external_node_fs_.readSync)(this.fd, bytes, 0, length, this.offset);
        return bytes.subarray(0, got);
    }
}

;// CONCATENATED MODULE: ./src/api/event-stream.ts
/**
 * `GET /v1/orchestrate/:planId/events`: the run's event log as Server-Sent Events, read from the file (so a
 * plan run by another orchestrator, or started before this server restarted, streams too). Each message's
 * `id` is its line number, so a client that reconnects with `Last-Event-ID` gets every later line once. The
 * file is watched (inotify through fs.watch) for low latency, and polled as well, since a watch can miss
 * events or be refused (no inotify watches left); the stream ends once no orchestrator runs the plan.
 */




const EVENT_LOG = 'event_log.jsonl';
const HEARTBEAT_MS = 15_000;
class EventStream {
    res;
    source;
    onClose;
    tail;
    timers = [];
    watcher;
    stopListening = () => undefined;
    pumping = false;
    again = false;
    closed = false;
    constructor(res, source, 
    /** Called once when the stream is over, whoever ended it. */
    onClose) {
        this.res = res;
        this.source = source;
        this.onClose = onClose;
        this.tail = new LineTail((0,external_node_path_.join)(source.runDir, EVENT_LOG), source.after);
    }
    start() {
        this.res.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-cache',
            // Proxies that buffer responses (nginx) would hold the events back.
            'x-accel-buffering': 'no',
        });
        this.res.flushHeaders();
        this.res.on('close', () => this.close());
        let pollMs = 1_000;
        try {
            this.watcher = (0,external_node_fs_.watch)(this.source.runDir, (_, name) => {
                if (name === null || name === EVENT_LOG)
                    this.kick();
            });
            this.watcher.on('error', () => undefined);
        }
        catch (error) {
            this.source.logger.debug(`watching ${this.source.runDir}: ${(0,errors/* errorMessage */.gJ)(error)}; polling instead`);
            pollMs = 100;
        }
        this.timers.push(setInterval(() => this.kick(), pollMs));
        this.timers.push(setInterval(() => this.write(': keep-alive\n\n'), HEARTBEAT_MS));
        this.stopListening = this.source.onChange(() => this.kick());
        this.kick();
    }
    /** Ends the stream without the `end` message (the server stops; the client reconnects elsewhere). */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        for (const timer of this.timers)
            clearInterval(timer);
        this.watcher?.close();
        this.stopListening();
        this.tail.close();
        if (!this.res.writableEnded)
            this.res.end();
        this.onClose();
    }
    kick() {
        if (this.closed)
            return;
        if (this.pumping) {
            this.again = true;
            return;
        }
        this.pumping = true;
        void this.pump()
            .catch((error) => {
            this.source.logger.warn(`event stream of ${this.source.runDir}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            this.close();
        })
            .finally(() => {
            this.pumping = false;
            if (this.again) {
                this.again = false;
                this.kick();
            }
        });
    }
    async pump() {
        // Asked before the last read: once no orchestrator runs the plan, whatever it wrote is in the file.
        const ended = this.source.ended();
        for (let lines = this.tail.read(); lines.length > 0 && !this.closed; lines = this.tail.read()) {
            let room = true;
            for (const line of lines) {
                if (!isJson(line.text)) {
                    this.source.logger.warn(`${EVENT_LOG} of ${this.source.runDir}: line ${line.number} is not JSON`);
                    continue;
                }
                room = this.write(`id: ${line.number}\ndata: ${line.text}\n\n`);
            }
            if (!room)
                await this.drained();
        }
        if (ended && !this.closed) {
            this.write(`event: end\ndata: ${JSON.stringify({ status: this.source.finalStatus() })}\n\n`);
            this.close();
        }
    }
    /**
     * Writes to the socket itself: ServerResponse.write holds a chunk back until the next tick (it corks the
     * socket to join the chunk's framing and data), and a plan run by this process keeps the event loop busy
     * for tens of milliseconds after it logs an event (it starts the next subtask), so every event would wait
     * for that (bench/api.ts: 18 ms from the event to the client through ServerResponse, 1 ms this way). The framing is HTTP/1.1's chunked
     * encoding, which Node chose for the response (an HTTP/1.0 client gets the bytes as they are).
     */
    write(text) {
        const socket = this.res.socket;
        if (this.closed || this.res.writableEnded || !socket || socket.destroyed)
            return true;
        return this.res.chunkedEncoding
            ? socket.write(`${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`)
            : socket.write(text);
    }
    drained() {
        const socket = this.res.socket;
        if (!socket)
            return Promise.resolve();
        return new Promise((resolve) => {
            const done = () => {
                socket.off('drain', done);
                this.res.off('close', done);
                resolve();
            };
            socket.once('drain', done);
            this.res.once('close', done);
        });
    }
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/core/registries.js
var registries = __webpack_require__(29396);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 5 modules
var schemas = __webpack_require__(46843);
// EXTERNAL MODULE: ./src/plan/limits.ts
var limits = __webpack_require__(98079);
// EXTERNAL MODULE: ./src/plan/plan-id.ts
var plan_id = __webpack_require__(1464);
;// CONCATENATED MODULE: ./src/api/schemas.ts
/**
 * The shapes the REST API takes and answers, as zod schemas: they validate requests at the edge, and the
 * OpenAPI description (openapi.ts) is generated from these same objects, so the two cannot drift. The
 * answers mirror engine types (RunStatus, OrchestratorEvent); the type checks at the bottom fail to compile
 * when the engine changes a shape that this description does not follow.
 */



const MAX_TASK_DESCRIPTION_CHARS = 256 * 1024;
const planIdParams = schemas/* object */.Ikc({
    planId: schemas/* string */.YjP()
        .regex(plan_id/* PLAN_ID_PATTERN */.Z, 'expected lowercase letters, digits and -, at most 64')
        .meta({ description: 'The plan id `POST /v1/orchestrate` answered.' }),
});
const submitBody = schemas/* strictObject */.rej({
    taskDescription: schemas/* string */.YjP()
        .trim()
        .min(1, 'must not be empty')
        .max(MAX_TASK_DESCRIPTION_CHARS, `is longer than ${MAX_TASK_DESCRIPTION_CHARS} characters`)
        .meta({ description: 'The request, in any input form of `orchestrate run` (docs/interface.md).' }),
    maxSubtasks: schemas/* number */.aig()
        .int()
        .min(1)
        .max(limits/* SUBTASK_LIMITS */.R0.ceiling)
        .optional()
        .meta({ description: 'Most subtasks the plan may have.' }),
})
    .meta({ id: 'SubmitRequest' });
const eventsHeaders = schemas/* object */.Ikc({
    'last-event-id': schemas/* string */.YjP()
        .regex(/^\d{1,15}$/, 'expected the id of an event received before (a line number)')
        .optional()
        .meta({
        description: 'The `id` of the last event received: the stream goes on from the event after it. EventSource clients send it when they reconnect.',
    }),
});
const errorAnswer = schemas/* object */.Ikc({ error: schemas/* string */.YjP().meta({ description: 'What was wrong, naming the culprit.' }) })
    .meta({ id: 'Error' });
const accepted = schemas/* object */.Ikc({ planId: schemas/* string */.YjP().regex(plan_id/* PLAN_ID_PATTERN */.Z) })
    .meta({ id: 'Accepted', description: 'The plan is running (or planning) in the background.' });
const subtaskStatus = schemas/* enum */.k5n([
    'pending',
    'running',
    'completed',
    'failed',
    'timed_out',
    'skipped',
    'cancelled',
]);
const planStatus = schemas/* enum */.k5n([
    'planning',
    'executing',
    'completed',
    'failed',
    'cancelled',
    'interrupted',
    'prompts_written',
]);
const runStatus = schemas/* object */.Ikc({
    plan: schemas/* object */.Ikc({ id: schemas/* string */.YjP(), status: planStatus, taskDescription: schemas/* string */.YjP() }),
    subtasks: schemas/* array */.YOg(schemas/* object */.Ikc({
        index: schemas/* number */.aig().int().min(0),
        id: schemas/* string */.YjP(),
        status: subtaskStatus,
        description: schemas/* string */.YjP(),
        domain: schemas/* string */.YjP(),
        result: schemas/* string */.YjP().optional(),
        error: schemas/* string */.YjP().optional(),
    })),
    error: schemas/* string */.YjP().optional(),
})
    .meta({
    id: 'Status',
    description: 'The status JSON of `orchestrate status`. `interrupted`: the orchestrator died while the plan was in flight.',
});
const usage = schemas/* object */.Ikc({ tokens: schemas/* number */.aig(), costUsd: schemas/* number */.aig() });
const eventBase = { ts: schemas/* string */.YjP(), planId: schemas/* string */.YjP() };
const subtaskEnd = (type) => schemas/* object */.Ikc({
    ...eventBase,
    type: schemas/* literal */.euz(type),
    taskId: schemas/* string */.YjP(),
    worker: schemas/* string */.YjP(),
    status: subtaskStatus,
    durationMs: schemas/* number */.aig().optional(),
    error: schemas/* string */.YjP().optional(),
    usage: usage.optional(),
});
const runEvent = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('plan.created'),
        taskDescription: schemas/* string */.YjP(),
        subtasks: schemas/* array */.YOg(schemas/* object */.Ikc({
            id: schemas/* string */.YjP(),
            description: schemas/* string */.YjP(),
            domain: schemas/* string */.YjP(),
            dependsOn: schemas/* array */.YOg(schemas/* string */.YjP()),
        })),
        workers: schemas/* array */.YOg(schemas/* string */.YjP()),
        kept: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    }),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('worker.spawned'),
        worker: schemas/* string */.YjP(),
        domain: schemas/* string */.YjP(),
        runtime: schemas/* string */.YjP(),
    }),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('task.started'),
        taskId: schemas/* string */.YjP(),
        worker: schemas/* string */.YjP(),
        description: schemas/* string */.YjP(),
    }),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('task.dispatched'),
        taskId: schemas/* string */.YjP(),
        worker: schemas/* string */.YjP(),
        runId: schemas/* number */.aig(),
        url: schemas/* string */.YjP(),
    }),
    subtaskEnd('task.completed'),
    subtaskEnd('task.failed'),
    subtaskEnd('task.skipped'),
    subtaskEnd('task.cancelled'),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('worker.stopped'),
        worker: schemas/* string */.YjP(),
        domain: schemas/* string */.YjP(),
        taskId: schemas/* string */.YjP().optional(),
        reason: schemas/* literal */.euz('question').optional(),
        lastOutput: schemas/* string */.YjP().optional(),
    }),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('task.question'),
        taskId: schemas/* string */.YjP(),
        worker: schemas/* string */.YjP(),
        turn: schemas/* number */.aig(),
        question: schemas/* string */.YjP(),
        answer: schemas/* string */.YjP(),
        by: schemas/* enum */.k5n(['llm', 'policy']),
    }),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('plan.completed'),
        status: planStatus.exclude(['planning', 'executing']),
        durationMs: schemas/* number */.aig(),
    }),
    schemas/* object */.Ikc({
        ...eventBase,
        type: schemas/* literal */.euz('log'),
        message: schemas/* string */.YjP(),
        taskId: schemas/* string */.YjP().optional(),
        worker: schemas/* string */.YjP().optional(),
    }),
])
    .meta({
    id: 'Event',
    description: "One line of the run's event_log.jsonl: the `data` of each event of `GET /v1/orchestrate/{planId}/events`.",
});
const streamEnd = schemas/* object */.Ikc({ status: planStatus }).meta({
    id: 'StreamEnd',
    description: 'The `data` of the last message, `event: end`: the plan ended (or is interrupted) with this status.',
});
const openApiDocument = schemas/* looseObject */._H3({ openapi: schemas/* literal */.euz('3.1.0'), paths: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) })
    .meta({ id: 'OpenApiDocument' });
const schemasFollowTheEngine = [true, true];
void schemasFollowTheEngine;

;// CONCATENATED MODULE: ./src/api/routes.ts

const error = (description) => ({ description, json: errorAnswer });
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
    429: error('As many plans as `--max-plans` are planning or running already; the `retry-after` header says when to ask again.'),
};
const ROUTES = {
    submit: {
        operationId: 'submitPlan',
        method: 'POST',
        path: '/v1/orchestrate',
        summary: 'Plan a request and run it in the background',
        description: 'The request is planned at once (unless the LLM planner plans it: then the status says `planning` until it has), and invalid input is answered 400 with the reason, nothing run.',
        body: submitBody,
        answers: {
            202: { description: 'The plan runs; follow it by its id.', json: accepted },
            400: error('The body or the request is invalid (a dependency cycle, an unknown id, …): the reason is given.'),
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
        description: 'What `orchestrate status` answers, for a plan of this server or any other run of its workspace, old ones included. A plan whose orchestrator died while it was in flight reads `interrupted`.',
        params: planIdParams,
        answers: { 200: { description: 'The status.', json: runStatus }, ...ofAPlan, ...guarded },
    },
    events: {
        operationId: 'streamPlanEvents',
        method: 'GET',
        path: '/v1/orchestrate/:planId/events',
        summary: "The plan's event log, live, as Server-Sent Events",
        description: "Each line of the run's `event_log.jsonl` is one message: its `id` is the line number (from 1), its `data` the event (schema `Event`). The stream starts at the first line, or after the line `Last-Event-ID` names, so a client that reconnects with it loses and repeats nothing. It ends, with a message `event: end` whose data is `StreamEnd`, once no orchestrator runs the plan; a retry or resume started later appends to the same log and numbering. Comments (`: keep-alive`) keep idle connections open.",
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
        description: 'Every worker of the plan is stopped; the subtasks that did not complete become `cancelled` and the plan `cancelled` (a retry takes it up again). The answer comes at once; the status and the events show the end.',
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
        description: "Failed, timed-out, cancelled and skipped subtasks (and those an interruption left unfinished) run again, with the run's own settings; completed subtasks keep their results and branches, and their dependents get them as context. The plan keeps its id, files and event log. A plan that never got past planning is planned again.",
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
        description: 'As retry, for a plan that reads `interrupted` only (the server, or the CLI that ran it, died while it was in flight), as `orchestrate resume` does.',
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
        description: 'Served without the token: it holds no data of any plan, and tools (clients generators, API browsers) fetch it before they have credentials.',
        public: true,
        answers: { 200: { description: 'The OpenAPI 3.1 description of this API.', json: openApiDocument } },
    },
};

;// CONCATENATED MODULE: ./src/api/openapi.ts
/**
 * The OpenAPI 3.1 description of the REST API, generated from the route table (routes.ts) and its zod
 * schemas (schemas.ts). OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what zod emits, so every
 * schema goes in as zod writes it.
 */



const REF = (id) => `#/components/schemas/${id}`;
function idOf(schema) {
    const meta = registries/* globalRegistry */.fd.get(schema);
    return typeof meta?.id === 'string' ? meta.id : undefined;
}
function inline(schema) {
    const { $schema: _dialect, ...rest } = json_schema_processors/* toJSONSchema */.bl(schema);
    return rest;
}
function schemaOf(schema) {
    const id = idOf(schema);
    return id ? { $ref: REF(id) } : inline(schema);
}
/** Every named schema (`.meta({ id })`) that the routes use, and the events the stream carries. */
function components() {
    const used = new Set();
    const note = (schema) => {
        const id = schema && idOf(schema);
        if (id)
            used.add(id);
    };
    for (const route of Object.values(ROUTES)) {
        note(route.body);
        for (const answer of Object.values(route.answers))
            note(answer.json);
    }
    note(runEvent);
    note(streamEnd);
    const all = json_schema_processors/* toJSONSchema */.bl(registries/* globalRegistry */.fd, { uri: REF }).schemas;
    return Object.fromEntries([...used].sort().map((id) => {
        const { $schema: _dialect, $id: _id, ...schema } = all[id];
        return [id, schema];
    }));
}
function parameters(schema, where) {
    if (!schema)
        return [];
    const json = json_schema_processors/* toJSONSchema */.bl(schema);
    return Object.entries(json.properties).map(([name, { description, ...property }]) => ({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: property,
    }));
}
function response(answer) {
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
function operation(route) {
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
        responses: Object.fromEntries(Object.entries(route.answers).map(([code, answer]) => [code, response(answer)])),
    };
}
/** `/v1/orchestrate/:planId` → `/v1/orchestrate/{planId}` */
function openApiPath(path) {
    return path.replace(/:(\w+)/g, '{$1}');
}
function openapi_openApiDocument(version) {
    const paths = {};
    for (const route of Object.values(ROUTES))
        (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operation(route);
    return {
        openapi: '3.1.0',
        info: {
            title: 'orchestrate-action',
            version,
            description: 'Plans a request into subtasks and runs them in parallel, isolated workers (`orchestrate serve`). Every route but this description needs `Authorization: Bearer <ORCH_API_TOKEN>`.',
        },
        security: [{ bearer: [] }],
        paths,
        components: {
            securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
            schemas: components(),
        },
    };
}

// EXTERNAL MODULE: ./src/engine/create-plan.ts + 22 modules
var create_plan = __webpack_require__(29375);
// EXTERNAL MODULE: ./src/engine/orchestrate.ts + 1 modules
var orchestrate = __webpack_require__(61502);
// EXTERNAL MODULE: ./src/engine/retry.ts
var retry = __webpack_require__(73344);
// EXTERNAL MODULE: ./src/engine/run-config.ts
var run_config = __webpack_require__(86510);
// EXTERNAL MODULE: ./src/engine/status.ts + 1 modules
var engine_status = __webpack_require__(76229);
// EXTERNAL MODULE: ./src/util/fs-atomic.ts
var fs_atomic = __webpack_require__(48095);
;// CONCATENATED MODULE: ./src/api/plans.ts
/**
 * The plans a server runs: new ones, cancelled ones, and ones taken up again (retry, resume), each in the
 * background with its own abort signal, at most `maxPlans` at once. Every answer about a plan comes from its
 * files (readRunStatus), as `orchestrate status` and the action read them, so old plans, plans of other
 * orchestrators of the workspace and plans of a server that died are answered alike.
 */











/** An answer other than success, with its HTTP status. */
class ApiError extends Error {
    statusCode;
    constructor(statusCode, message) {
        super(message);
        this.statusCode = statusCode;
    }
}
const IN_FLIGHT = new Set(['planning', 'executing']);
class PlanService {
    options;
    running = new Map();
    /** Requests admitted under the limit that are still planning (not yet in `running`). */
    admitting = 0;
    watchers = new Map();
    constructor(options) {
        this.options = options;
    }
    /**
     * Calls `listener` whenever a plan of this server logs an event (at once, from inside the engine: the
     * line is in the file already, and the engine goes on with synchronous work before this process's
     * watchers would hear of it) and when its run stops. Returns how to stop listening.
     */
    watch(planId, listener) {
        let set = this.watchers.get(planId);
        if (!set)
            this.watchers.set(planId, (set = new Set()));
        set.add(listener);
        return () => {
            set.delete(listener);
            if (set.size === 0)
                this.watchers.delete(planId);
        };
    }
    runDir(planId) {
        return (0,run_files/* runDirOf */.yo)(this.options.workspace, planId);
    }
    /** Whether this server runs the plan (from its admission to the end of its run and cleanup). */
    runsHere(planId) {
        return this.running.has(planId);
    }
    status(planId) {
        const status = (0,engine_status/* readRunStatus */.qQ)(this.runDir(planId));
        // Between its admission and its registration (lifecycle/active-runs.ts) a plan of ours has no live record
        // yet, and reads as interrupted; it is not.
        if (status?.plan.status === 'interrupted' && this.runsHere(planId))
            return readStatusFile(this.runDir(planId)) ?? status;
        return status;
    }
    async submit(request, maxSubtasks) {
        this.admit();
        this.admitting++;
        try {
            const planId = (0,create_plan/* newPlanId */.hd)();
            const controller = new AbortController();
            const runWith = {
                ...this.options.runOptions,
                workspace: this.options.workspace,
                // Unset, the engine picks the limit by kind: the LLM planner's default, or the larger one of plan files.
                maxSubtasks: maxSubtasks ?? this.options.runOptions.maxSubtasks,
                planId,
                signal: controller.signal,
                logger: this.options.logger,
                onEvent: () => this.notify(planId),
            };
            if ((0,run_config/* defaultPlanner */.k2)(runWith) === 'keyword') {
                // Fast and local: bad input throws an InputError (answered 400) and nothing runs.
                const plan = await (0,orchestrate/* createPlan */.qT)(request, runWith);
                this.launch(planId, request, controller, () => (0,orchestrate/* runPlan */.Fo)(plan, runWith));
            }
            else {
                // The LLM planner may take minutes: the status says `planning` until the plan exists.
                this.launch(planId, request, controller, () => (0,orchestrate/* orchestrate */.rK)(request, runWith));
            }
            return planId;
        }
        finally {
            this.admitting--;
        }
    }
    cancel(planId) {
        const run = this.running.get(planId);
        if (run) {
            run.controller.abort(new Error('cancelled through the API'));
            return;
        }
        const status = this.known(planId);
        if (IN_FLIGHT.has(status.plan.status)) {
            const owner = (0,active_runs/* readActiveRuns */.ZO)(this.options.workspace).find((r) => r.planId === planId);
            throw new ApiError(409, `plan '${planId}' is run by another orchestrator (pid ${owner?.pid ?? '?'} on ${owner?.host ?? '?'}); this server cancels only the plans it runs`);
        }
        throw new ApiError(409, `plan '${planId}' is ${status.plan.status}, not running`);
    }
    /** `retry` takes up any plan that ended; `resume` only one that reads `interrupted`. */
    takeUp(planId, how) {
        if (this.runsHere(planId))
            throw new ApiError(409, `plan '${planId}' is running`);
        const status = this.known(planId);
        const now = status.plan.status;
        if (IN_FLIGHT.has(now))
            throw new ApiError(409, `plan '${planId}' is run by another orchestrator: cancel it there first`);
        if (how === 'resume' && now !== 'interrupted')
            throw new ApiError(409, `plan '${planId}' is ${now}, not interrupted: retry it instead`);
        if (now === 'completed')
            throw new ApiError(409, `plan '${planId}' is completed: every subtask completed, nothing to run again`);
        if (now === 'prompts_written')
            throw new ApiError(409, `plan '${planId}' only wrote prompt files (its runtime is prompt-files)`);
        const dir = this.runDir(planId);
        const state = (0,run_files/* readRunState */.xz)(dir);
        if (!state && status.subtasks.length > 0)
            throw new ApiError(409, `plan '${planId}' has no run state to take up again (made by an older version)`);
        this.admit();
        const controller = new AbortController();
        const common = {
            workspace: this.options.workspace,
            signal: controller.signal,
            logger: this.options.logger,
        };
        const request = status.plan.taskDescription;
        if (state)
            this.launch(planId, request, controller, () => (0,retry/* retryRun */.G)(planId, common));
        else
            // It never got past planning (the planner failed, or the server died while it planned): plan it again.
            this.launch(planId, request, controller, () => (0,orchestrate/* orchestrate */.rK)(request, { ...this.options.runOptions, ...common, planId }), true);
    }
    /** Cancels every plan of this server and waits until each has stopped its workers (at most `ms`). */
    async close(ms) {
        for (const run of this.running.values())
            run.controller.abort(new Error('the server is stopping'));
        const all = Promise.all([...this.running.values()].map((r) => r.done));
        await Promise.race([all, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
    }
    notify(planId) {
        for (const listener of [...(this.watchers.get(planId) ?? [])])
            listener();
    }
    known(planId) {
        const status = this.status(planId);
        if (!status)
            throw new ApiError(404, `no plan '${planId}'`);
        return status;
    }
    admit() {
        const busy = this.running.size + this.admitting;
        if (busy >= this.options.maxPlans)
            throw new ApiError(429, `${busy} plans are running already (the limit is ${this.options.maxPlans}); retry later`);
    }
    launch(planId, request, controller, work, planning = !readStatusFile(this.runDir(planId))) {
        const dir = this.runDir(planId);
        // The plan answers from the moment its id is given out, and a server that dies now leaves it `interrupted`.
        if (planning) {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            writeStatus(dir, (0,engine_status/* buildStatus */.Bg)({ planId, taskDescription: request }, 'planning', []));
        }
        const done = (async () => {
            try {
                await work();
            }
            catch (error) {
                this.options.logger.error(`plan ${planId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
                this.recordFailure(planId, controller.signal.aborted, (0,errors/* errorMessage */.gJ)(error));
            }
            finally {
                this.running.delete(planId);
                this.notify(planId);
            }
        })();
        this.running.set(planId, { controller, done });
    }
    /** A run that threw before its files said how it ended (the planner failed, or it could not start). */
    recordFailure(planId, cancelled, why) {
        const dir = this.runDir(planId);
        const status = readStatusFile(dir);
        if (status && !IN_FLIGHT.has(status.plan.status))
            return;
        const base = status ?? (0,engine_status/* buildStatus */.Bg)({ planId, taskDescription: '' }, 'planning', []);
        writeStatus(dir, {
            ...base,
            plan: { ...base.plan, status: cancelled ? 'cancelled' : 'failed' },
            subtasks: base.subtasks.map((s) => s.status === 'running' || s.status === 'pending' ? { ...s, status: 'cancelled', error: why } : s),
            error: why,
        });
    }
}
/** The status file as written, without readRunStatus's check for a live orchestrator. */
function readStatusFile(dir) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, engine_status/* STATUS_FILE */.C5), 'utf8'));
    }
    catch {
        return undefined;
    }
}
function writeStatus(dir, status) {
    (0,fs_atomic/* writeFileAtomic */.Z)((0,external_node_path_.join)(dir, engine_status/* STATUS_FILE */.C5), `${JSON.stringify(status, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./src/api/server.ts
/**
 * The REST API (docs/interface.md, REST API), on Fastify for its speed, small surface and clean lifecycle.
 * The routes, what they take and what they answer are in routes.ts, which also gives the OpenAPI
 * description; the plans are PlanService's (plans.ts); the event stream is EventStream's (event-stream.ts).
 * Every route but the description needs the bearer token, compared in constant time.
 */











const DEFAULT_MAX_PLANS = 4;
/** A request's body and headers must arrive within this; a client trickling bytes is cut off. */
const REQUEST_TIMEOUT_MS = 15_000;
/** How long stopping waits for the plans it cancels to stop their workers. */
const STOP_WAIT_MS = 60_000;
const RETRY_AFTER_S = '10';
/** Compared as digests of equal length, so neither the bytes nor the length of the token leak through timing. */
function tokenMatches(header, token) {
    const match = /^Bearer (.+)$/.exec(header ?? '');
    if (!match)
        return false;
    const digest = (value) => (0,external_node_crypto_.createHash)('sha256').update(value).digest();
    return (0,external_node_crypto_.timingSafeEqual)(digest(match[1]), digest(token));
}
/** `planId: expected … (got 'X')`: the part, the reason, and the bad value where it is short. */
function describeIssues(part, error, given) {
    return error.issues
        .map((issue) => {
        const path = issue.path.map(String).join('.');
        const value = path.split('.').reduce((v, k) => v?.[k], given);
        const quoted = part !== 'body' && typeof value === 'string' && value.length <= 100 ? ` (got '${value}')` : '';
        return `${path || part}: ${issue.message}${quoted}`;
    })
        .join('; ');
}
async function startApiServer(options) {
    const workspace = (0,run_files/* resolveWorkspace */.cz)(options.runOptions.workspace, process.env);
    const { logger } = options;
    // Plans whose orchestrator died (a server killed mid-plan) read `interrupted` from now on, and what they
    // left running is stopped; a resume takes them up.
    await (0,reaper/* reapDeadRuns */.t)(workspace, logger).catch((error) => logger.warn(`cleaning up after runs that died: ${(0,errors/* errorMessage */.gJ)(error)}`));
    const plans = new PlanService({
        workspace,
        runOptions: options.runOptions,
        logger,
        maxPlans: options.maxPlans ?? DEFAULT_MAX_PLANS,
    });
    const streams = new Set();
    const description = openapi_openApiDocument(version/* VERSION */.xv);
    const app = fastify_default()({
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
        if (body === '')
            done(null, undefined);
        else
            json(request, body, done);
    });
    app.addHook('onRequest', async (request, reply) => {
        if (request.routeOptions.config.public)
            return;
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
    app.setErrorHandler(async (error, _request, reply) => {
        if (error instanceof ApiError) {
            if (error.statusCode === 429)
                void reply.header('retry-after', RETRY_AFTER_S);
            return reply.code(error.statusCode).send({ error: error.message });
        }
        if (error instanceof errors/* InputError */.dz)
            return reply.code(400).send({ error: error.message });
        const code = error.statusCode;
        if (code !== undefined && code >= 400 && code < 500)
            return reply.code(code).send({ error: (0,errors/* errorMessage */.gJ)(error) });
        logger.error(`API: ${(0,errors/* errorMessage */.gJ)(error)}`);
        return reply.code(500).send({ error: 'internal error; the server log has the details' });
    });
    app.setNotFoundHandler(async (request, reply) => reply.code(404).send({ error: `no route ${request.method} ${request.url.split('?')[0]}` }));
    function route(spec, handler) {
        app.route({
            method: spec.method,
            url: spec.path,
            config: { public: spec.public === true },
            handler: async (request, reply) => {
                const input = {};
                for (const part of ['params', 'headers', 'body']) {
                    const schema = spec[part];
                    if (!schema)
                        continue;
                    const parsed = schema.safeParse(request[part]);
                    if (!parsed.success)
                        return reply.code(400).send({ error: describeIssues(part, parsed.error, request[part]) });
                    input[part] = parsed.data;
                }
                return handler(input, request, reply);
            },
        });
    }
    route(ROUTES.submit, async ({ body }, _request, reply) => {
        const planId = await plans.submit(body.taskDescription, body.maxSubtasks);
        return reply.code(202).send({ planId });
    });
    route(ROUTES.status, async ({ params }, _request, reply) => {
        const status = plans.status(params.planId);
        if (!status)
            throw new ApiError(404, `no plan '${params.planId}'`);
        return reply.send(status);
    });
    route(ROUTES.events, async ({ params, headers }, _request, reply) => {
        const { planId } = params;
        if (!plans.status(planId))
            throw new ApiError(404, `no plan '${planId}'`);
        reply.hijack();
        const stream = new EventStream(reply.raw, {
            runDir: plans.runDir(planId),
            after: Number(headers['last-event-id'] ?? 0),
            ended: () => !plans.runsHere(planId) && !(0,active_runs/* runIsLive */.Os)(workspace, planId),
            finalStatus: () => plans.status(planId)?.plan.status ?? 'failed',
            onChange: (listener) => plans.watch(planId, listener),
            logger,
        }, () => streams.delete(stream));
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
        for (const stream of [...streams])
            stream.close();
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


/***/ })

};
