export const id = 33;
export const ids = [33];
export const modules = {

/***/ 95033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startApiServer: () => (/* binding */ startApiServer)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_PLANS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fastify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16703);
/* harmony import */ var fastify__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fastify__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(55491);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _engine_create_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29375);
/* harmony import */ var _engine_run_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86510);
/* harmony import */ var _engine_orchestrate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(61502);
/* harmony import */ var _util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(48095);
/* harmony import */ var _plan_limits_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98079);
/* harmony import */ var _engine_run_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46113);
/* harmony import */ var _engine_status_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28678);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(70017);
/* harmony import */ var _plan_plan_id_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1464);
/**
 * The REST API (docs/interface.md, REST API), on Fastify for its schema-free speed, small surface and clean
 * lifecycle. `POST /v1/orchestrate` plans synchronously (bad input answers 400 at once, nothing runs) and runs
 * in the background; `GET /v1/orchestrate/:planId` answers the status JSON. Every route needs the bearer token.
 */














const DEFAULT_MAX_PLANS = 4;
/** A request's body and headers must arrive within this; a client trickling bytes is cut off. */
const REQUEST_TIMEOUT_MS = 15_000;
const MAX_TASK_DESCRIPTION_CHARS = 256 * 1024;
const postBody = zod__WEBPACK_IMPORTED_MODULE_12__/* .object */ .Ikc({
    taskDescription: zod__WEBPACK_IMPORTED_MODULE_12__/* .string */ .YjP()
        .trim()
        .min(1, 'taskDescription must not be empty')
        .max(MAX_TASK_DESCRIPTION_CHARS, `taskDescription is longer than ${MAX_TASK_DESCRIPTION_CHARS} characters`),
    maxSubtasks: zod__WEBPACK_IMPORTED_MODULE_12__/* .number */ .aig().int().min(1).max(_plan_limits_js__WEBPACK_IMPORTED_MODULE_8__/* .SUBTASK_LIMITS */ .R0.ceiling).optional(),
});
function tokenMatches(header, token) {
    const match = /^Bearer (.+)$/.exec(header ?? '');
    if (!match)
        return false;
    const given = Buffer.from(match[1]);
    const expected = Buffer.from(token);
    return given.length === expected.length && (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(given, expected);
}
async function startApiServer(options) {
    const app = fastify__WEBPACK_IMPORTED_MODULE_1___default()({
        logger: false,
        bodyLimit: 1024 * 1024,
        requestTimeout: REQUEST_TIMEOUT_MS,
        connectionTimeout: 2 * REQUEST_TIMEOUT_MS,
        // Node checks request timeouts only this often (30 s by default).
        http: { headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 },
    });
    const maxPlans = options.maxPlans ?? DEFAULT_MAX_PLANS;
    const workspace = (0,_engine_run_files_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveWorkspace */ .cz)(options.runOptions.workspace, process.env);
    const controllers = new Map();
    /** Requests past the limit check that are still planning (not yet in `controllers`). */
    let admitting = 0;
    const start = (planId, controller, run, request) => {
        controllers.set(planId, controller);
        void run()
            .catch((error) => {
            options.logger.error(`plan ${planId}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .gJ)(error)}`);
            // A plan that never started (the planner failed) still answers its status, with the reason.
            const dir = (0,_engine_run_files_js__WEBPACK_IMPORTED_MODULE_9__/* .runDirOf */ .yo)(workspace, planId);
            const status = (0,_engine_status_js__WEBPACK_IMPORTED_MODULE_10__/* .readRunStatus */ .qQ)(dir);
            if (!status || status.plan.status === 'planning') {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(dir, { recursive: true });
                const failed = {
                    ...(0,_engine_status_js__WEBPACK_IMPORTED_MODULE_10__/* .buildStatus */ .Bg)({ planId, taskDescription: request }, 'failed', []),
                    error: (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .gJ)(error),
                };
                (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _engine_status_js__WEBPACK_IMPORTED_MODULE_10__/* .STATUS_FILE */ .C5), JSON.stringify(failed));
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
            const runOptions = {
                ...options.runOptions,
                workspace,
                // Unset, the engine picks the limit by kind: the LLM planner's default, or the larger one of plan files.
                maxSubtasks: body.data.maxSubtasks ?? options.runOptions.maxSubtasks,
            };
            const request = body.data.taskDescription;
            const planId = (0,_engine_create_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .newPlanId */ .hd)();
            const controller = new AbortController();
            const runWith = { ...runOptions, planId, signal: controller.signal, logger: options.logger };
            if ((0,_engine_run_config_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultPlanner */ .k2)(runOptions) === 'keyword') {
                // Fast and local: bad input is answered with 400 at once, and nothing runs.
                const plan = await (0,_engine_orchestrate_js__WEBPACK_IMPORTED_MODULE_6__/* .createPlan */ .qT)(request, runWith);
                start(planId, controller, () => (0,_engine_orchestrate_js__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .Fo)(plan, runWith), request);
            }
            else {
                // The LLM planner may take minutes: answer now; the status says `planning` until the plan exists.
                const dir = (0,_engine_run_files_js__WEBPACK_IMPORTED_MODULE_9__/* .runDirOf */ .yo)(workspace, planId);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync)(dir, { recursive: true });
                (0,_util_fs_atomic_js__WEBPACK_IMPORTED_MODULE_7__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _engine_status_js__WEBPACK_IMPORTED_MODULE_10__/* .STATUS_FILE */ .C5), JSON.stringify((0,_engine_status_js__WEBPACK_IMPORTED_MODULE_10__/* .buildStatus */ .Bg)({ planId, taskDescription: request }, 'planning', [])));
                start(planId, controller, () => (0,_engine_orchestrate_js__WEBPACK_IMPORTED_MODULE_6__/* .orchestrate */ .rK)(request, runWith), request);
            }
            return reply.code(202).send({ planId });
        }
        catch (error) {
            if (error instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .InputError */ .dz)
                return reply.code(400).send({ error: error.message });
            throw error;
        }
        finally {
            admitting--;
        }
    });
    app.get('/v1/orchestrate/:planId', async (request, reply) => {
        const { planId } = request.params;
        if (!(0,_plan_plan_id_js__WEBPACK_IMPORTED_MODULE_13__/* .isPlanId */ .D)(planId))
            return reply.code(400).send({ error: `invalid plan id '${planId}'` });
        const status = (0,_engine_status_js__WEBPACK_IMPORTED_MODULE_10__/* .readRunStatus */ .qQ)((0,_engine_run_files_js__WEBPACK_IMPORTED_MODULE_9__/* .runDirOf */ .yo)(workspace, planId));
        if (!status)
            return reply.code(404).send({ error: `no plan '${planId}'` });
        return status;
    });
    const address = await app.listen({ host: options.host, port: options.port });
    return {
        url: address,
        close: async () => {
            for (const c of controllers.values())
                c.abort(new Error('server stopping'));
            await app.close();
        },
    };
}


/***/ })

};
