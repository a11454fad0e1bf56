import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ workerName)
/* harmony export */ });
/* unused harmony export WORKER_PREFIX */
/**
 * The plan: what the input parsers produce and everything downstream consumes. Pure data.
 */
const WORKER_PREFIX = 'omo-worker-';
const workerName = (domain) => `${WORKER_PREFIX}${domain}`;


/***/ }),

/***/ 9455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BoundedOutput)
/* harmony export */ });
/* unused harmony export DEFAULT_CAPTURE_LIMIT */
/**
 * What the orchestrator keeps in memory of one command's output stream: the first and the last part, never
 * more than `limit` characters in all, and how much was dropped in between. A command may print gigabytes;
 * its full output is in the worker's log (written as it streams), not here. The tail matters as much as the
 * head: an agent's answer (OpenCode's last events, a command's last lines) comes at the end.
 */
const DEFAULT_CAPTURE_LIMIT = 16 * 1024 * 1024;
class BoundedOutput {
    limit;
    head = '';
    tail = [];
    tailLength = 0;
    /** Characters dropped between the head and the tail. */
    dropped = 0;
    constructor(limit = DEFAULT_CAPTURE_LIMIT) {
        this.limit = limit;
    }
    push(chunk) {
        const headRoom = Math.floor(this.limit / 2) - this.head.length;
        if (headRoom > 0) {
            this.head += chunk.slice(0, headRoom);
            chunk = chunk.slice(headRoom);
            if (chunk === '')
                return;
        }
        this.tail.push(chunk);
        this.tailLength += chunk.length;
        const tailLimit = this.limit - Math.floor(this.limit / 2);
        while (this.tailLength > tailLimit) {
            const first = this.tail[0];
            const excess = this.tailLength - tailLimit;
            if (first.length <= excess) {
                this.tail.shift();
                this.tailLength -= first.length;
                this.dropped += first.length;
            }
            else {
                this.tail[0] = first.slice(excess);
                this.tailLength -= excess;
                this.dropped += excess;
            }
        }
    }
    /** Head and tail, with a line saying how much is missing between them when anything was dropped. */
    text() {
        const tail = this.tail.join('');
        if (this.dropped === 0)
            return this.head + tail;
        return `${this.head}\n[… ${this.dropped} characters of output not kept in memory; the worker's log has them …]\n${tail}`;
    }
}


/***/ }),

/***/ 1387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ WorkerLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A worker's log, `<runDir>/omo-worker-<domain>.log`: everything its subtasks print, appended as it comes,
 * plus a line per subtask's end. It is the one full copy of a worker's output (results and memory keep
 * bounded parts) and what the first window of a worker's tmux session follows. Writes are synchronous, so
 * whoever reads the log once a subtask has ended sees all of it.
 */

class WorkerLog {
    path;
    fd;
    failed = false;
    constructor(path) {
        this.path = path;
    }
    write(text) {
        if (this.failed)
            return;
        try {
            this.fd ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(this.path, 'a');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, text);
        }
        catch {
            // The log is a convenience: a run must not fail because its directory went away or the disk is full.
            this.failed = true;
        }
    }
    /** Closes the file; writing afterwards opens it again. */
    close() {
        if (this.fd !== undefined) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
            }
            catch {
                // Already closed.
            }
        }
        this.fd = undefined;
        return Promise.resolve();
    }
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ SelfDependencyError),
/* harmony export */   AL: () => (/* binding */ TooManySubtasksError),
/* harmony export */   KR: () => (/* binding */ PlanFileError),
/* harmony export */   V_: () => (/* binding */ EmptyPlanError),
/* harmony export */   d6: () => (/* binding */ CycleError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eR: () => (/* binding */ OptionError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hl: () => (/* binding */ DuplicateIdError),
/* harmony export */   mj: () => (/* binding */ UnknownDependencyError),
/* harmony export */   qu: () => (/* binding */ WorkersUnavailableError)
/* harmony export */ });
/**
 * Errors a user must act on. Everything the orchestrator refuses before running anything is an
 * `InputError` (exit code 2): one message that names the culprit.
 */
class InputError extends Error {
    exitCode = 2;
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** A dependency cycle; `path` is the cycle with its first id repeated at the end (`a -> b -> a`). */
class CycleError extends InputError {
    path;
    constructor(path) {
        super(`Dependency cycle: ${path.join(' -> ')}`);
        this.path = path;
    }
}
class UnknownDependencyError extends InputError {
    taskId;
    dependencyId;
    constructor(taskId, dependencyId) {
        super(`Task '${taskId}' depends on unknown task id '${dependencyId}'`);
        this.taskId = taskId;
        this.dependencyId = dependencyId;
    }
}
class DuplicateIdError extends InputError {
    taskId;
    constructor(taskId) {
        super(`Duplicate task id '${taskId}'`);
        this.taskId = taskId;
    }
}
class SelfDependencyError extends InputError {
    taskId;
    constructor(taskId) {
        super(`Task '${taskId}' depends on itself`);
        this.taskId = taskId;
    }
}
class EmptyPlanError extends InputError {
    constructor(detail = 'no tasks were given') {
        super(`Empty task list: ${detail}`);
    }
}
class TooManySubtasksError extends InputError {
    count;
    limit;
    constructor(count, limit, 
    /** What the user can do about it (`; raise it with --max-subtasks …`). */
    hint = '') {
        super(`Too many subtasks: ${count} (the limit is ${limit}${hint})`);
        this.count = count;
        this.limit = limit;
    }
}
/** A plan file that cannot be read or parsed; names the file and, where known, the line. */
class PlanFileError extends InputError {
    file;
    line;
    constructor(file, line, detail) {
        super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
        this.file = file;
        this.line = line;
    }
}
/** An option or setting with a bad value; quotes the value. */
class OptionError extends InputError {
    option;
    value;
    expected;
    constructor(option, value, expected) {
        super(`Invalid ${option} '${String(value)}'. Expected ${expected}.`);
        this.option = option;
        this.value = value;
        this.expected = expected;
    }
    /** The same error under the name the user knows the option by (`--timeout` for `timeoutMs`). */
    named(name) {
        return new OptionError(name, this.value, this.expected);
    }
}
/**
 * Workers cannot start here (no engine, no worker image, no agent) and the run was told not to fall back on
 * prompt files. Not an input error: the request was fine, the machine is not ready for it.
 */
class WorkersUnavailableError extends Error {
    reason;
    constructor(reason) {
        super(`Workers cannot start: ${reason}`);
        this.reason = reason;
        this.name = new.target.name;
    }
}
/** The one way to turn anything thrown into a message. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 2693:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   o7: () => (/* binding */ statusWords),
/* harmony export */   w8: () => (/* binding */ statusMark)
/* harmony export */ });
/* unused harmony exports STATUS_EMOJI, PLAN_EMOJI */
/** `850ms`, `12.3s`, `2m 05s`, `1h 02m`; `—` for none. */
function formatDuration(ms) {
    if (ms === null || ms === undefined || !Number.isFinite(ms))
        return '—';
    if (ms < 1_000)
        return `${Math.max(0, Math.round(ms))}ms`;
    if (ms < 60_000)
        return `${(Math.floor(ms / 100) / 10).toFixed(1)}s`;
    const seconds = Math.round(ms / 1_000);
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
const STATUS_EMOJI = {
    pending: '⏳',
    running: '🔄',
    completed: '✅',
    failed: '❌',
    timed_out: '⏱️',
    skipped: '⏭️',
    cancelled: '🚫',
};
const PLAN_EMOJI = {
    planning: '🧭',
    executing: '🔄',
    completed: '✅',
    failed: '❌',
    cancelled: '🚫',
    interrupted: '💥',
    prompts_written: '📝',
};
/** `timed out`: a status as words. */
function statusWords(status) {
    return status.replace('_', ' ');
}
/** `✅ completed` */
function statusMark(status) {
    return `${STATUS_EMOJI[status]} ${statusWords(status)}`;
}
/** One markdown table cell: no pipes, no new lines, no HTML, at most `max` characters. */
function escapeCell(text, max = 120) {
    const flat = text.replace(/\s+/g, ' ').trim();
    const short = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return short.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A markdown table; cells are written as given (escape them with escapeCell). */
function markdownTable(headers, rows) {
    return [
        `| ${headers.join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
}


/***/ }),

/***/ 4921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ ancestors),
  e: () => (/* binding */ thisModuleDir)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/util/module-dir.ts
/**
 * Where the running code is, for finding the files shipped beside it (node_modules, docker/Dockerfile): the
 * bundle's directory in a bundle, this source file's directory when run from source.
 */


function thisModuleDir() {
    try {
        return (0,external_node_path_.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    }
    catch {
        // Bundled to CommonJS, or loaded from somewhere without a file URL.
        return undefined;
    }
}
/** `dir` and every directory above it, nearest first. */
function ancestors(dir) {
    const out = [];
    let current = (0,external_node_path_.resolve)(dir);
    for (;;) {
        out.push(current);
        const parent = (0,external_node_path_.dirname)(current);
        if (parent === current)
            return out;
        current = parent;
    }
}


/***/ }),

/***/ 5813:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ processStartTime),
/* harmony export */   p: () => (/* binding */ pidAlive)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/** Facts about processes of this machine, from /proc and signal 0. */

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc (then only the pid is compared). */
function processStartTime(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Fields after the parenthesised command start at field 3 (state); starttime is field 22.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: alive, owned by another user.
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 8056:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d6: () => (/* reexport */ errors/* CycleError */.d6),
  AQ: () => (/* reexport */ DomainRegistry),
  hl: () => (/* reexport */ errors/* DuplicateIdError */.hl),
  V_: () => (/* reexport */ errors/* EmptyPlanError */.V_),
  dz: () => (/* reexport */ errors/* InputError */.dz),
  eR: () => (/* reexport */ errors/* OptionError */.eR),
  KR: () => (/* reexport */ errors/* PlanFileError */.KR),
  AJ: () => (/* reexport */ errors/* SelfDependencyError */.AJ),
  AL: () => (/* reexport */ errors/* TooManySubtasksError */.AL),
  mj: () => (/* reexport */ errors/* UnknownDependencyError */.mj),
  qu: () => (/* reexport */ errors/* WorkersUnavailableError */.qu),
  qT: () => (/* reexport */ createPlan),
  vC: () => (/* reexport */ criticalPath),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  u8: () => (/* reexport */ findCycle),
  rK: () => (/* reexport */ orchestrate),
  $p: () => (/* reexport */ planToJson),
  qQ: () => (/* reexport */ readRunStatus),
  Fo: () => (/* reexport */ runPlan),
  Yq: () => (/* reexport */ shouldOrchestrate),
  _v: () => (/* reexport */ topologicalWaves),
  dC: () => (/* reexport */ validateGraph)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __nccwpck_require__(9898);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * Running git for the orchestrator. Workers write into their worktrees (and, in the local runtime, may write
 * anywhere their user can), so the host never lets anything a worker could have written decide what git
 * runs:
 * - hooks and fsmonitor are off for every call (`core.hooksPath=/dev/null`, `core.fsmonitor=false`);
 * - a worktree is always addressed by its git directory and work tree explicitly (`--git-dir`,
 *   `--work-tree`), so a `.git` file the worker rewrote is never followed, and git's ownership check
 *   (`safe.directory`) does not apply: it guards repository discovery, which never happens here;
 * - global and system configuration come from snapshots taken when the run started, before any worker ran
 *   (see trusted-config.ts), so a worker that writes `~/.gitconfig` cannot define filters, merge drivers or
 *   credential helpers for the host's git;
 * - the caller's `GIT_*` variables that would point git elsewhere (GIT_DIR, GIT_INDEX_FILE, …, e.g. when the
 *   orchestrator runs from a git hook) or change the commit identity are dropped.
 */


const execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
class GitError extends Error {
    args;
    stderr;
    code;
    constructor(args, stderr, code) {
        super(`git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
        this.args = args;
        this.stderr = stderr;
        this.code = code;
    }
}
const BASE_ARGS = [
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'core.fsmonitor=false',
    // The orchestrator's commits carry its own identity.
    '-c',
    'user.name=orchestrate-action',
    '-c',
    'user.email=orchestrate-action@users.noreply.github.com',
    '-c',
    'commit.gpgsign=false',
];
/** GIT_* variables that only tune transport or tracing; every other GIT_* of the caller is dropped. */
const KEPT_GIT_VARIABLES = new Set([
    'GIT_SSH',
    'GIT_SSH_COMMAND',
    'GIT_SSH_VARIANT',
    'GIT_ASKPASS',
    'GIT_TRACE',
    'GIT_TRACE_PACKET',
    'GIT_TRACE_CURL',
    'GIT_CURL_VERBOSE',
    'GIT_EXEC_PATH',
]);
function gitEnv(trusted, base = process.env) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (!name.startsWith('GIT_') || KEPT_GIT_VARIABLES.has(name))
            env[name] = value;
    }
    env.GIT_TERMINAL_PROMPT = '0';
    env.LC_ALL = 'C';
    if (trusted) {
        env.GIT_CONFIG_GLOBAL = trusted.global;
        env.GIT_CONFIG_SYSTEM = trusted.system;
    }
    return env;
}
function gitArgs(args, options = {}) {
    const location = options.gitDir !== undefined
        ? [`--git-dir=${options.gitDir}`, `--work-tree=${options.workTree ?? '.'}`]
        : [];
    return [...location, ...BASE_ARGS, ...args];
}
async function git(cwd, args, options = {}) {
    try {
        const { stdout } = await execFileAsync('git', gitArgs(args, options), {
            cwd,
            env: gitEnv(options.trusted),
            maxBuffer: 64 * 1024 * 1024,
        });
        return stdout;
    }
    catch (error) {
        const e = error;
        throw new GitError(args, e.stderr ?? String(error), typeof e.code === 'number' ? e.code : null);
    }
}
async function tryGit(cwd, args, options = {}) {
    try {
        return await git(cwd, args, options);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/git/trusted-config.ts
/**
 * Snapshots of the global and system git configuration, taken when a run starts (before any worker ran) and
 * read by every later git call of the host instead of the live files (GIT_CONFIG_GLOBAL, GIT_CONFIG_SYSTEM).
 * A worker of the local runtime runs as the same user and could otherwise plant a filter, merge driver or
 * credential helper in `~/.gitconfig` that the host's git would run. Includes are resolved into the snapshot,
 * so an included file that changes later does not matter either.
 */





const trusted_config_execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
async function snapshotGitConfig(dir) {
    const trusted = { global: (0,external_node_path_.join)(dir, 'gitconfig-global'), system: (0,external_node_path_.join)(dir, 'gitconfig-system') };
    const [global, system] = await Promise.all([readScope('--global'), readScope('--system')]);
    (0,external_node_fs_.writeFileSync)(trusted.global, renderConfig(global), { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)(trusted.system, renderConfig(system), { mode: 0o600 });
    return trusted;
}
/** `key\nvalue` entries of one scope, includes resolved; empty when the scope has no file. */
async function readScope(scope) {
    try {
        const { stdout } = await trusted_config_execFileAsync('git', ['config', scope, '--includes', '--list', '-z'], {
            cwd: '/',
            env: gitEnv(),
            maxBuffer: 16 * 1024 * 1024,
        });
        return parseConfigList(stdout);
    }
    catch {
        return [];
    }
}
function parseConfigList(text) {
    return text
        .split('\0')
        .filter((entry) => entry !== '')
        .map((entry) => {
        const newline = entry.indexOf('\n');
        return newline === -1 ? [entry, undefined] : [entry.slice(0, newline), entry.slice(newline + 1)];
    });
}
/** The entries as a config file git reads back to the same values (order kept, so multi-values stay). */
function renderConfig(entries) {
    const lines = [];
    let header = '';
    for (const [key, value] of entries) {
        const first = key.indexOf('.');
        const last = key.lastIndexOf('.');
        if (first <= 0 || last === key.length - 1)
            continue;
        const section = key.slice(0, first);
        const name = key.slice(last + 1);
        const subsection = first === last ? undefined : key.slice(first + 1, last);
        const next = subsection === undefined ? `[${section}]` : `[${section} "${subsection.replace(/(["\\])/g, '\\$1')}"]`;
        if (next !== header) {
            lines.push(next);
            header = next;
        }
        lines.push(value === undefined ? `\t${name}` : `\t${name} = ${quoteValue(value)}`);
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
function quoteValue(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\t/g, '\\t');
    return `"${escaped}"`;
}
/** Keys whose value is a credential, or that pull in other files (which may hold one). */
const CREDENTIAL_KEY = /extraheader|credential|token|password|secret|^include(if)?\./i;
const URL_USERINFO = /(\w+:\/\/)[^/\s@]+@/g;
/**
 * The repository's own configuration without what a worker must not read: the token actions/checkout
 * keeps there (`http.<url>.extraheader`), credential helpers, includes, and user:password parts of URLs.
 * The local runtime's sandbox shows a worker this file in place of the real one.
 */
function sanitizeConfig(entries) {
    return entries
        .filter(([key]) => !CREDENTIAL_KEY.test(key))
        .map(([key, value]) => [key.replace(URL_USERINFO, '$1'), value?.replace(URL_USERINFO, '$1')]);
}
async function writeSanitizedRepoConfig(commonDir, file) {
    let entries = [];
    try {
        const { stdout } = await trusted_config_execFileAsync('git', ['config', '--file', (0,external_node_path_.join)(commonDir, 'config'), '--list', '-z'], { cwd: '/', env: gitEnv(), maxBuffer: 16 * 1024 * 1024 });
        entries = parseConfigList(stdout);
    }
    catch {
        // No readable config: the worker sees an empty one.
    }
    (0,external_node_fs_.writeFileSync)(file, renderConfig(sanitizeConfig(entries)), { mode: 0o644 });
}

;// CONCATENATED MODULE: ./src/git/worktrees.ts
/**
 * Isolated git worktrees (for every runtime). Where the working directory is a git repository, each worker
 * works in its own worktree on `orchestrate/<planId>/<domain>`, branched from the user's HEAD. A subtask's
 * changes are committed when it ends; before a subtask runs, the branches of the workers it depends on are
 * merged into its worktree. At the end every worker branch is merged into `orchestrate/<planId>/merged`, and
 * conflicts are reported by file. The user's checkout (its files, index and HEAD) is never touched.
 *
 * A worktree is the worker's to write, so the host treats it as untrusted (see git.ts): every call names
 * the worktree's git directory explicitly, with hooks off and the configuration snapshotted at the start.
 * The worktree's `.git` file is checked before each commit: a worker that rewrote it (to point git at
 * metadata of its own) has its changes refused.
 *
 * Each worktree has a queue of its own (a merge and a commit in one worktree never overlap), so workers
 * prepare and commit in parallel; the end-of-run integration and pushes wait for every queue. A merge is
 * skipped when the dependency's branch has nothing new for this worktree, and a subtask that changed
 * nothing makes no commit: a dependency hop with nothing to carry costs no git call at all.
 */





const REPO = ':repo';
const MARKER = /^(<{7}|>{7})( |$)|^={7}$/m;
/** Whether a file still holds git's conflict markers (a file the resolution deleted holds none). */
function hasConflictMarkers(file) {
    try {
        return MARKER.test((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return false;
    }
}
class WorktreeSet {
    repoRoot;
    baseCommit;
    planId;
    root;
    commonDir;
    sanitizedConfig;
    trusted;
    queues = new Map();
    worktrees = new Map();
    conflicts = [];
    /** The last commit made on each worker's branch (none: the branch is still the base). */
    tips = new Map();
    /** Per worktree, the tips of other branches already merged into it. */
    mergedTips = new Map();
    constructor(repoRoot, baseCommit, planId, 
    /** `<workspace>/worktrees/<planId>`: every worktree of the run, and the config snapshots. */
    root, 
    /** The repository's git directory (`<repo>/.git`), shared by every worktree. */
    commonDir, 
    /** A copy of the repository's config without credentials, for sandboxed workers (see sandbox.ts). */
    sanitizedConfig, trusted) {
        this.repoRoot = repoRoot;
        this.baseCommit = baseCommit;
        this.planId = planId;
        this.root = root;
        this.commonDir = commonDir;
        this.sanitizedConfig = sanitizedConfig;
        this.trusted = trusted;
    }
    /** Undefined when `cwd` is not inside a git repository with at least one commit. */
    static async open(cwd, planId, workspace) {
        const top = (await tryGit(cwd, ['rev-parse', '--show-toplevel']))?.trim();
        if (!top)
            return undefined;
        const head = (await tryGit(top, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim();
        if (!head)
            return undefined;
        const common = (await git(top, ['rev-parse', '--git-common-dir'])).trim();
        const commonDir = (0,external_node_path_.resolve)(top, common);
        const root = (0,external_node_path_.join)(workspace, 'worktrees', planId);
        const trustedDir = (0,external_node_path_.join)(root, '.trusted');
        (0,external_node_fs_.mkdirSync)(trustedDir, { recursive: true, mode: 0o700 });
        const sanitizedConfig = (0,external_node_path_.join)(root, '.repo-config');
        await writeSanitizedRepoConfig(commonDir, sanitizedConfig);
        return new WorktreeSet(top, head, planId, root, commonDir, sanitizedConfig, await snapshotGitConfig(trustedDir));
    }
    /** Runs `work` after everything queued on `key` (a domain, or `repo` for the repository itself). */
    serial(key, work) {
        const previous = this.queues.get(key) ?? Promise.resolve();
        const next = previous.then(work, work);
        this.queues.set(key, next.catch(() => undefined));
        return next;
    }
    /** Runs `work` once every queue is idle, holding all of them meanwhile (integration, pushes, clean-up). */
    exclusive(work) {
        const all = Promise.all([...this.queues.values()]);
        const next = all.then(work, work);
        const settled = next.catch(() => undefined);
        for (const key of [...this.queues.keys(), REPO])
            this.queues.set(key, settled);
        return next;
    }
    /** Options for a call in the repository itself (not in a worktree). */
    get repo() {
        return { trusted: this.trusted };
    }
    in(tree) {
        return { gitDir: tree.gitDir, workTree: tree.path, trusted: this.trusted };
    }
    /**
     * Where all worker branches are merged. Git cannot hold `orchestrate/<planId>` beside
     * `orchestrate/<planId>/<domain>` (a ref cannot also be a directory of refs), so it sits beside them.
     */
    get mergedBranch() {
        return `orchestrate/${this.planId}/merged`;
    }
    branchOf(domain) {
        return `orchestrate/${this.planId}/${domain}`;
    }
    /**
     * Creates the worker's worktree (once) and returns its path. One `worktree add` at a time: concurrent ones
     * read each other's half-made entries under `.git/worktrees` and fail.
     */
    add(domain) {
        return this.serial(REPO, async () => {
            const existing = this.worktrees.get(domain);
            if (existing)
                return existing.path;
            const tree = await this.create((0,external_node_path_.join)(this.root, domain), this.branchOf(domain), '-b');
            this.worktrees.set(domain, tree);
            return tree.path;
        });
    }
    async create(path, branch, flag) {
        await git(this.repoRoot, ['worktree', 'add', '-q', flag, branch, path, this.baseCommit], this.repo);
        const pointer = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(path, '.git'), 'utf8');
        const match = /^gitdir: (.+)$/m.exec(pointer);
        if (!match)
            throw new Error(`git wrote an unexpected ${(0,external_node_path_.join)(path, '.git')}: ${pointer.trim()}`);
        const gitDir = (0,external_node_path_.isAbsolute)(match[1]) ? match[1] : (0,external_node_path_.resolve)(path, match[1]);
        return { path, branch, gitDir, pointer };
    }
    /**
     * Merges the branches of other workers into `domain`'s worktree so a subtask sees its dependencies' commits.
     * Returns the files that conflicted (the merge is then abandoned and the worktree left as it was).
     */
    mergeInto(domain, fromDomains) {
        return this.serial(domain, async () => {
            const tree = this.worktrees.get(domain);
            if (!tree)
                throw new Error(`no worktree for ${domain}`);
            const merged = this.mergedTips.get(domain) ?? new Set();
            this.mergedTips.set(domain, merged);
            const conflicted = [];
            let moved = false;
            for (const from of fromDomains) {
                const tip = this.tips.get(from);
                // Nothing committed there yet, or merged already: the worktree has all of it.
                if (from === domain || !this.worktrees.has(from) || tip === undefined || merged.has(tip))
                    continue;
                const files = await this.mergeBranch(tree, this.branchOf(from));
                if (files.length === 0) {
                    merged.add(tip);
                    moved = true;
                }
                conflicted.push(...files);
            }
            // This branch now carries what it merged: whoever depends on it next must get that too.
            if (moved)
                this.tips.set(domain, (await git(tree.path, ['rev-parse', 'HEAD'], this.in(tree))).trim());
            return conflicted;
        });
    }
    /**
     * Commits everything the subtask changed in its worktree. Refuses (and puts the pointer back) when the
     * worker rewrote the worktree's `.git`: whatever it meant git to run or read, its work is not taken.
     */
    commit(domain, message) {
        return this.serial(domain, async () => {
            const tree = this.worktrees.get(domain);
            if (!tree)
                return {};
            const tampered = this.tamperedPointer(tree);
            if (tampered) {
                this.restorePointer(tree);
                return {
                    refused: `the worker changed its worktree's git metadata (${tampered}); its changes were not committed`,
                };
            }
            const options = this.in(tree);
            const changes = await git(tree.path, ['status', '--porcelain', '-z', '--untracked-files=all'], options);
            if (changes === '')
                return {};
            await git(tree.path, ['add', '-A'], options);
            await git(tree.path, ['commit', '-q', '--no-verify', '--allow-empty', '-m', message], options);
            const commit = (await git(tree.path, ['rev-parse', 'HEAD'], options)).trim();
            this.tips.set(domain, commit);
            return { commit };
        });
    }
    /** What is wrong with `<worktree>/.git`, or undefined when it is exactly what git wrote. */
    tamperedPointer(tree) {
        const file = (0,external_node_path_.join)(tree.path, '.git');
        try {
            const st = (0,external_node_fs_.lstatSync)(file);
            if (!st.isFile())
                return `.git is no longer a file`;
            if ((0,external_node_fs_.readFileSync)(file, 'utf8') !== tree.pointer)
                return `.git points elsewhere`;
            return undefined;
        }
        catch {
            return '.git was removed';
        }
    }
    restorePointer(tree) {
        try {
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(tree.path, '.git'), tree.pointer);
        }
        catch {
            // A directory in its place: the worktree is removed at the end of the run all the same.
        }
    }
    /**
     * Merges every worker branch with commits into `orchestrate/<planId>/merged` (from the base), in the given
     * order, in a scratch worktree. Conflicting merges are skipped and their files reported.
     */
    mergeAll(order, resolve) {
        return this.exclusive(async () => {
            const workers = {};
            for (const domain of order) {
                const tree = this.worktrees.get(domain);
                if (tree)
                    workers[(0,types/* workerName */.i)(domain)] = tree.branch;
            }
            // Branches that moved (own commits or merges); the others are the base.
            const withCommits = order.filter((d) => this.tips.has(d)).map((d) => this.branchOf(d));
            if (withCommits.length === 0)
                return { workers, conflicts: [...this.conflicts], conflictBranches: [] };
            const merged = this.mergedBranch;
            const scratch = await this.create((0,external_node_path_.join)(this.root, '_merge'), merged, '-B');
            const conflictBranches = [];
            try {
                for (const branch of withCommits) {
                    const files = await this.mergeBranch(scratch, branch, resolve);
                    for (const f of files)
                        this.conflicts.push(`${f} (${branch})`);
                    if (files.length > 0)
                        conflictBranches.push(branch);
                }
            }
            finally {
                await tryGit(this.repoRoot, ['worktree', 'remove', '--force', scratch.path], this.repo);
            }
            return { merged, workers, conflicts: [...new Set(this.conflicts)], conflictBranches };
        });
    }
    /**
     * Pushes a local branch of the run to `remote` as `remoteBranch`, never forced, with the repository's own
     * credentials (the checkout's config) and the configuration snapshotted before any worker ran.
     */
    push(remote, localBranch, remoteBranch) {
        return this.exclusive(async () => {
            const commit = (await tryGit(this.repoRoot, ['rev-parse', '--verify', '-q', localBranch], this.repo))?.trim();
            try {
                await git(this.repoRoot, ['push', remote, `${localBranch}:refs/heads/${remoteBranch}`], this.repo);
                return { branch: remoteBranch, commit, pushed: true };
            }
            catch (error) {
                const stderr = error.stderr ?? String(error);
                const why = stderr
                    .split('\n')
                    .map((l) => l.trim())
                    .filter((l) => l && !l.startsWith('To ') && !l.startsWith('hint:'))
                    .slice(-4)
                    .join(' ');
                return { branch: remoteBranch, commit, pushed: false, error: why || 'git push failed' };
            }
        });
    }
    /** Removes every worktree of the run; the branches stay. */
    removeAll() {
        return this.exclusive(async () => {
            for (const tree of this.worktrees.values()) {
                const removed = await tryGit(this.repoRoot, ['worktree', 'remove', '--force', tree.path], this.repo);
                // Git refuses a worktree whose `.git` no longer points back; its files go all the same.
                if (removed === undefined)
                    (0,external_node_fs_.rmSync)(tree.path, { recursive: true, force: true });
            }
            this.worktrees.clear();
            await tryGit(this.repoRoot, ['worktree', 'prune'], this.repo);
        });
    }
    /**
     * Merges `branch` into the worktree; answers the files that conflicted, after `resolve` (when given) had
     * its chance: a resolution is taken only when no conflict marker is left in those files, and is committed
     * as the merge. Otherwise the merge is abandoned and the worktree left as it was.
     */
    async mergeBranch(tree, branch, resolve) {
        const options = this.in(tree);
        const out = await tryGit(tree.path, ['merge', '--no-edit', '--no-verify', '-q', branch], options);
        if (out !== undefined)
            return [];
        const files = (await tryGit(tree.path, ['diff', '--name-only', '--diff-filter=U'], options))
            ?.split('\n')
            .filter(Boolean) ?? [];
        if (files.length > 0 && resolve && (await resolve({ branch, files, dir: tree.path }))) {
            const left = files.filter((f) => hasConflictMarkers((0,external_node_path_.join)(tree.path, f)));
            if (left.length === 0) {
                await git(tree.path, ['add', '-A'], options);
                const done = await tryGit(tree.path, ['commit', '-q', '--no-verify', '--no-edit'], options);
                if (done !== undefined)
                    return [];
            }
        }
        await tryGit(tree.path, ['merge', '--abort'], options);
        return files.length > 0 ? files : [`(merge of ${branch} failed)`];
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/util/fs-atomic.ts

/**
 * Writes a whole file so that a reader (or a crash) never sees half of it: write a sibling, then rename.
 * Used for every result file of a run.
 */
function writeFileAtomic(path, content, mode) {
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, content, mode === undefined ? undefined : { mode });
    (0,external_node_fs_.renameSync)(tmp, path);
}

// EXTERNAL MODULE: ./src/util/processes.ts
var processes = __nccwpck_require__(5813);
;// CONCATENATED MODULE: ./src/lifecycle/active-runs.ts
/**
 * Every run on this machine registers itself in `<workspace>/active/<planId>.json` while it runs: who runs
 * it (pid, the pid's start time, the host) and what it has created that must not outlive it (its tmux
 * server, running process groups, temp folders, worktrees, directories handed to a container user). A run
 * that ends removes its record; a record whose owner is gone is a run that died, and reaper.ts ends and
 * removes what it lists.
 */





const activeDir = (workspace) => (0,external_node_path_.join)(workspace, 'active');
const recordFile = (workspace, planId) => (0,external_node_path_.join)(activeDir(workspace), `${planId}.json`);
/** Whether the process that wrote the record still runs (always true for another host's record). */
function ownerAlive(record) {
    if (record.host !== (0,external_node_os_.hostname)())
        return true;
    if (!(0,processes/* pidAlive */.p)(record.pid))
        return false;
    if (record.procStart === undefined)
        return true;
    const start = (0,processes/* processStartTime */.X)(record.pid);
    return start === undefined || start === record.procStart;
}
/** The record of this process's run, kept on disk as resources come and go. */
class ActiveRun {
    workspace;
    record;
    closed = false;
    constructor(workspace, planId, runDir) {
        this.workspace = workspace;
        (0,external_node_fs_.mkdirSync)(activeDir(workspace), { recursive: true });
        this.record = {
            planId,
            pid: process.pid,
            procStart: (0,processes/* processStartTime */.X)(process.pid),
            host: (0,external_node_os_.hostname)(),
            startedAt: new Date().toISOString(),
            runDir,
            resources: [],
        };
        this.save();
    }
    setWorktrees(worktrees) {
        this.record.worktrees = worktrees;
        this.save();
    }
    track(resource) {
        this.record.resources.push(resource);
        this.save();
    }
    untrack(resource) {
        const key = JSON.stringify(resource);
        const i = this.record.resources.findIndex((r) => JSON.stringify(r) === key);
        if (i >= 0)
            this.record.resources.splice(i, 1);
        this.save();
    }
    /** The run ended and cleaned up after itself. */
    close() {
        this.closed = true;
        (0,external_node_fs_.rmSync)(recordFile(this.workspace, this.record.planId), { force: true });
    }
    save() {
        if (this.closed)
            return;
        try {
            writeFileAtomic(recordFile(this.workspace, this.record.planId), JSON.stringify(this.record));
        }
        catch {
            // The record only helps a later reaper; a run must not fail on it.
        }
    }
}
/** Every record in the workspace (unreadable ones are skipped). */
function readActiveRuns(workspace) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(activeDir(workspace));
    }
    catch {
        return [];
    }
    const records = [];
    for (const name of names) {
        if (!name.endsWith('.json'))
            continue;
        try {
            const record = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(activeDir(workspace), name), 'utf8'));
            if (typeof record.pid === 'number' && typeof record.planId === 'string')
                records.push(record);
        }
        catch {
            // Half-written by a writer killed mid-rename cannot happen (atomic); anything else is not ours.
        }
    }
    return records;
}
function removeActiveRun(workspace, planId) {
    (0,external_node_fs_.rmSync)(recordFile(workspace, planId), { force: true });
}
/** Whether the run `planId` is registered here by a live orchestrator. */
function runIsLive(workspace, planId) {
    return readActiveRuns(workspace).some((r) => r.planId === planId && ownerAlive(r));
}

;// CONCATENATED MODULE: ./src/engine/status.ts
/**
 * The status of a run as `orchestrate status` and `GET /v1/orchestrate/:planId` answer it:
 * `{plan: {id, status, taskDescription}, subtasks: [{index, id, status, description, domain, result?}]}`.
 * A run that says it is planning or executing while no live orchestrator holds it is `interrupted`.
 */




const STATUS_FILE = 'status.json';
function buildStatus(plan, status, subtasks) {
    return {
        plan: { id: plan.planId, status, taskDescription: plan.taskDescription },
        subtasks: subtasks.map((s, index) => ({
            index,
            id: s.id,
            status: s.status,
            description: s.description,
            domain: s.domain,
            ...(s.result !== null && s.result !== '' ? { result: s.result } : {}),
            ...(s.error ? { error: s.error } : {}),
        })),
    };
}
const IN_FLIGHT = new Set(['planning', 'executing']);
function readStatusFile(runDir) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(runDir, STATUS_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Reads a run's status from its files; undefined when there is no such run. A run dir inside a workspace
 * (`<workspace>/runs/<planId>`) is checked against the workspace's live runs: in flight with no live
 * orchestrator means interrupted.
 */
function readRunStatus(runDir) {
    const status = readStatusFile(runDir);
    if (!status || !IN_FLIGHT.has(status.plan.status))
        return status;
    const workspace = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(runDir));
    if (runIsLive(workspace, (0,external_node_path_.basename)(runDir)))
        return status;
    // The run may have finished between the two reads.
    const again = readStatusFile(runDir);
    if (again && !IN_FLIGHT.has(again.plan.status))
        return again;
    return interrupted(status, 'no live orchestrator runs this plan');
}
function interrupted(status, why) {
    return {
        ...status,
        plan: { ...status.plan, status: 'interrupted' },
        subtasks: status.subtasks.map((s) => s.status === 'running' || s.status === 'pending'
            ? { ...s, status: 'cancelled', error: `interrupted: ${why}` }
            : s),
        error: `interrupted: ${why}`,
    };
}
/** Writes `interrupted` into a dead run's status file; true when it changed anything. */
function interruptRunStatus(runDir, why) {
    const status = readStatusFile(runDir);
    if (!status || !IN_FLIGHT.has(status.plan.status))
        return false;
    writeFileAtomic((0,external_node_path_.join)(runDir, STATUS_FILE), `${JSON.stringify(interrupted(status, why), null, 2)}\n`);
    return true;
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __nccwpck_require__(17);
// EXTERNAL MODULE: ./src/runtime/bounded-output.ts
var bounded_output = __nccwpck_require__(9455);
;// CONCATENATED MODULE: ./src/runtime/process-tree.ts
/**
 * Spawning a command as its own process group, and ending the whole group: a timeout or a cancellation
 * must not leave grandchildren (an agent's shells, dev servers, test runners) behind.
 */



/** How long background children left by a finished command get to exit on SIGTERM before SIGKILL. */
const LEFTOVER_GRACE_MS = 1000;
/**
 * Whether any live (non-zombie) process is in the group. Orphaned zombies whose parent never reaps them (a
 * minimal init) would otherwise make a dead group look alive for the whole grace period.
 */
function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch {
        return false;
    }
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // Fields after the parenthesised command: state, ppid, pgrp, …
            const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(pgrp) === pgid && state !== 'Z')
                return true;
        }
        catch {
            // The process ended while we looked.
        }
    }
    return false;
}
/** SIGTERM to the group, then SIGKILL after `graceMs` if anything is left. */
async function killProcessGroup(pgid, graceMs = 2000) {
    try {
        process.kill(-pgid, 'SIGTERM');
    }
    catch {
        return;
    }
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && groupAlive(pgid))
        await new Promise((r) => setTimeout(r, 25));
    if (groupAlive(pgid)) {
        try {
            process.kill(-pgid, 'SIGKILL');
        }
        catch {
            // Gone between the check and the kill.
        }
    }
}
/**
 * Runs argv as the leader of a new process group with exactly `env`; resolves when it exits and its output
 * is drained. When it exits, whatever it left running in its group is ended (so a background child can
 * neither hold the output open nor outlive it). Aborting the signal ends the whole group at once; the
 * promise then settles with the output so far.
 */
function runProcessGroup(cmd) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(cmd.argv[0], cmd.argv.slice(1), {
            cwd: cmd.cwd,
            env: cmd.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stdout = new bounded_output/* BoundedOutput */.l();
        const stderr = new bounded_output/* BoundedOutput */.l();
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            stdout.push(chunk);
            cmd.onOutput?.('stdout', chunk);
        });
        child.stderr.on('data', (chunk) => {
            stderr.push(chunk);
            cmd.onOutput?.('stderr', chunk);
        });
        let spawnError;
        child.on('error', (error) => {
            // Node reports a missing working directory as the program not being found; say what is missing.
            spawnError = (0,external_node_fs_.existsSync)(cmd.cwd) ? error : new Error(`working directory ${cmd.cwd} does not exist`);
        });
        if (child.pid !== undefined)
            cmd.onStart?.(child.pid);
        const abort = () => {
            void (async () => {
                await cmd.onAbort?.();
                if (child.pid !== undefined)
                    await killProcessGroup(child.pid);
            })();
        };
        if (cmd.signal.aborted)
            abort();
        else
            cmd.signal.addEventListener('abort', abort, { once: true });
        child.on('exit', () => {
            if (child.pid !== undefined)
                void killProcessGroup(child.pid, LEFTOVER_GRACE_MS);
        });
        child.on('close', (code) => {
            cmd.signal.removeEventListener('abort', abort);
            let err = stderr.text();
            if (spawnError)
                err += `${err && !err.endsWith('\n') ? '\n' : ''}${spawnError.message}\n`;
            resolve({ exitCode: spawnError ? 127 : code, stdout: stdout.text(), stderr: err });
        });
    });
}

;// CONCATENATED MODULE: ./src/runtime/sandbox.ts
/**
 * The sandbox of the local runtime: each subtask's command runs under bubblewrap (`bwrap`) in a PID namespace
 * of its own with a fresh /proc, so it cannot see the orchestrator's processes (whose environment holds the
 * job's tokens, readable through /proc/<pid>/environ by any process of the same user) nor any other
 * worker's; and when the command ends, the namespace ends with it, taking every background child along.
 *
 * The file system stays the user's (a coding agent needs the toolchain and HOME), with these exceptions:
 * - a private /tmp;
 * - the run's workspace (run files, the other workers' worktrees) and the repository's git directory are
 *   read-only, the worker's own working directory writable;
 * - credential stores are hidden: the repository's git config (where actions/checkout keeps the token) is
 *   replaced by a copy without credentials, RUNNER_TEMP and the usual credential files of HOME are masked.
 *
 * Docker workers need none of this: their container is the sandbox.
 */




let probed;
/**
 * Whether bubblewrap can make a PID namespace here (it may be installed and still refused, e.g. by AppArmor).
 * ORCH_BWRAP names the binary to use instead of the usual places (operators, and tests of a machine without).
 */
function probeSandbox(env = process.env) {
    if (probed)
        return probed;
    const candidates = env.ORCH_BWRAP
        ? [env.ORCH_BWRAP]
        : ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'];
    const bwrap = candidates.find((p) => (0,external_node_fs_.existsSync)(p));
    if (!bwrap) {
        probed = {
            available: false,
            reason: 'bubblewrap (bwrap) is not installed: `sudo apt-get install -y bubblewrap`',
        };
        return probed;
    }
    const trial = (0,external_node_child_process_.spawnSync)(bwrap, [...NAMESPACE_ARGS, '--', 'true'], { encoding: 'utf8', timeout: 10_000 });
    probed =
        trial.status === 0
            ? { available: true, bwrap }
            : {
                available: false,
                reason: `bubblewrap cannot create a PID namespace here (${(trial.stderr || trial.error?.message || `exit ${trial.status}`).trim()}); ` +
                    'on Ubuntu 24.04 runners allow it with `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`',
            };
    return probed;
}
/**
 * The command is the namespace's PID 1 (`--as-pid-1`): when it exits, the kernel ends everything else in the
 * namespace at once, and no helper process of bwrap is left for the host to reap.
 */
const NAMESPACE_ARGS = [
    '--die-with-parent',
    '--unshare-pid',
    '--as-pid-1',
    '--dev-bind',
    '/',
    '/',
    '--proc',
    '/proc',
];
/** Credential stores of HOME a worker has no business reading. */
function homeCredentialPaths(home = (0,external_node_os_.homedir)()) {
    return [
        '.git-credentials',
        '.config/git/credentials',
        '.docker/config.json',
        '.config/gh',
        '.netrc',
        '.ssh',
        '.aws',
        '.kube',
    ].map((p) => (0,external_node_path_.join)(home, p));
}
/**
 * The bwrap argv (up to and including `--`) that runs a command in the sandbox. Mounts go shallowest first, so
 * each deeper one lands on top: a workspace under a hidden RUNNER_TEMP is visible again, a hidden folder
 * under the read-only workspace stays hidden.
 */
function sandboxArgv(bwrap, spec, extraReadOnly = []) {
    const mounts = [];
    for (const path of realPaths(spec.readOnly))
        mounts.push({ path, args: ['--ro-bind', path, path] });
    const workdir = realpathOr(spec.workdir);
    mounts.push({ path: workdir, args: ['--bind', workdir, workdir] });
    for (const [source, target] of spec.replace) {
        const [from, to] = realPaths([source, target]);
        if (from !== undefined && to !== undefined)
            mounts.push({ path: to, args: ['--ro-bind', from, to] });
    }
    for (const path of realPaths(spec.hidden)) {
        const args = (0,external_node_fs_.statSync)(path).isDirectory() ? ['--tmpfs', path] : ['--ro-bind', '/dev/null', path];
        mounts.push({ path, args });
    }
    // Files the command itself needs from the (now hidden) host /tmp, e.g. the tmux runner's script.
    for (const path of extraReadOnly)
        mounts.push({ path, args: ['--ro-bind', path, path] });
    const depth = (path) => path.split('/').filter(Boolean).length;
    mounts.sort((a, b) => depth(a.path) - depth(b.path));
    return [
        bwrap,
        ...NAMESPACE_ARGS,
        '--tmpfs',
        '/tmp',
        ...mounts.flatMap((m) => m.args),
        '--chdir',
        workdir,
        '--',
    ];
}
/**
 * The existing paths among `paths`, symlinks resolved (bwrap cannot mount over a path through a symlink,
 * e.g. /var/run/docker.sock), without repeats.
 */
function realPaths(paths) {
    const out = [];
    for (const path of paths) {
        try {
            const real = (0,external_node_fs_.realpathSync)(path);
            if (!out.includes(real))
                out.push(real);
        }
        catch {
            // Not there: nothing to protect.
        }
    }
    return out;
}
function realpathOr(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return path;
    }
}

;// CONCATENATED MODULE: ./src/runtime/tmux.ts
/**
 * tmux for the local runtime, `workers`, `attach` and `kill-all`. Every run has a tmux server of its own
 * (socket `omo-<planId>` in tmux's usual socket directory), so its sessions keep their plain names
 * (`omo-worker-<domain>`) without ever colliding with another run's, and ending a run (or reaping a dead
 * one) is one `kill-server`. A person attaches with `tmux -L omo-<planId> attach -t omo-worker-<domain>`,
 * or `orchestrate attach <domain>`.
 */




const tmux_execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
const SERVER_PREFIX = 'omo-';
/**
 * The environment tmux clients run with: enough to find the same server the user's `tmux attach` finds
 * (TMUX_TMPDIR, the uid's socket directory), and nothing the caller holds as a secret.
 */
function tmuxEnv(env = process.env) {
    const out = {};
    for (const name of ['PATH', 'HOME', 'TMUX_TMPDIR', 'LANG', 'LC_ALL', 'TERM', 'TZ', 'USER', 'LOGNAME']) {
        if (env[name] !== undefined)
            out[name] = env[name];
    }
    return out;
}
function tmuxAvailable(env = process.env) {
    return (0,external_node_child_process_.spawnSync)('tmux', ['-V'], { env: tmuxEnv(env), stdio: 'ignore' }).status === 0;
}
/** Where tmux keeps this user's sockets (what `tmux -L <name>` uses). */
function socketDir(env = process.env) {
    return (0,external_node_path_.join)(env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`);
}
function serverSocket(planId, env = process.env) {
    return (0,external_node_path_.join)(socketDir(env), `${SERVER_PREFIX}${planId}`);
}
/** Runs a tmux client against the server at `socket`. */
async function tmux(socket, args) {
    const { stdout } = await tmux_execFileAsync('tmux', ['-S', socket, ...args], { env: tmuxEnv() });
    return stdout;
}
/** Starts the run's server; it stays up with no session until killServer. */
async function startServer(socket) {
    await tmux(socket, ['start-server', ';', 'set-option', '-s', 'exit-empty', 'off']);
}
/** Ends a server and every process of its panes, and removes its socket. Quiet when it is gone already. */
async function killServer(socket) {
    let killed = true;
    try {
        await tmux(socket, ['kill-server']);
    }
    catch {
        killed = false;
    }
    (0,external_node_fs_.rmSync)(socket, { force: true });
    return killed;
}
async function hasSession(socket, name) {
    try {
        await tmux(socket, ['has-session', '-t', `=${name}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function killSession(socket, name) {
    try {
        await tmux(socket, ['kill-session', '-t', `=${name}`]);
        return true;
    }
    catch {
        return false;
    }
}
/** The runs' tmux servers whose sockets are in the socket directory (live or not). */
function runServers(env = process.env) {
    const dir = socketDir(env);
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return [];
    }
    return names
        .filter((name) => name.startsWith(SERVER_PREFIX))
        .map((name) => ({ socket: join(dir, name), planId: name.slice(SERVER_PREFIX.length) }))
        .filter(({ socket }) => {
        try {
            return statSync(socket).isSocket();
        }
        catch {
            return false;
        }
    });
}
/** Session names on one server; undefined when no server answers on that socket. */
async function listSessions(socket) {
    try {
        const out = await tmux(socket, ['list-sessions', '-F', '#{session_name}']);
        return out.split('\n').filter(Boolean);
    }
    catch {
        // A live server with no session answers nothing with exit 0; a failure means no server.
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/runtime/shell-quote.ts
/** One shell word whatever the value holds: `'…'`, with each `'` written as `'\''`. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/runtime/tmux-dispatcher.ts
/**
 * How a local worker runs its subtasks inside its tmux session cheaply. The session's `agent` window runs a
 * dispatcher, a bash loop started once per worker, so a subtask costs no tmux client, no new window and no
 * new shell: the orchestrator writes a job folder (script, environment, sandbox words), puts its path on the
 * worker's control FIFO, and the dispatcher runs it as a process group of its own (ended, background
 * children included, when the command ends), its stdout and stderr going to files in the job folder. The
 * orchestrator follows those files with inotify (fs.watch) as they grow and takes the exit code from the
 * `rc` file the dispatcher writes last. The session's first window follows the worker's log, where the
 * orchestrator copies every byte, so a person attaching watches the agent live.
 *
 * Job folder: `script` (bash), `env` (`export NAME='value'` lines), `workdir`, optional `prefix` (NUL-separated
 * words put before the command: the sandbox), then written by the dispatcher: `out`, `err`, `pgid` (the
 * command's process group, for a caller that must stop it early) and `rc`.
 */




const DISPATCHER = `
ctl=$1
exec 3<>"$ctl"
# (A group whose members are all zombies, orphans of an init that never reaps, counts as ended.)
group_alive() {
  kill -0 -- -"$1" 2>/dev/null || return 1
  local f line st grp
  for f in /proc/[0-9]*/stat; do
    { read -r line < "$f"; } 2>/dev/null || continue
    read -r st _ grp _ <<< "\${line##*) }"
    [ "$grp" = "$1" ] && [ "$st" != Z ] && return 0
  done
  return 1
}
while IFS= read -r job <&3; do
  [ "$job" = exit ] && exit 0
  [ -e "$job/cancel" ] && { echo 130 > "$job/rc"; continue; }
  IFS= read -r name < "$job/name"
  printf '\\033[1m[%(%T)T] %s\\033[0m\\n' -1 "$name"
  (
    exec 3<&-
    source "$job/env"
    prefix=()
    if [ -s "$job/prefix" ]; then mapfile -d '' -t prefix < "$job/prefix"; fi
    IFS= read -r dir < "$job/workdir"
    if ! cd "$dir" 2>/dev/null; then
      printf 'working directory %s does not exist\\n' "$dir" > "$job/err"
      echo 127 > "$job/rc"
      exit
    fi
    export PWD="$dir"
    setsid "\${prefix[@]}" bash "$job/script" < /dev/null > "$job/out" 2> "$job/err" &
    cmd=$!
    echo "$cmd" > "$job/pgid"
    wait "$cmd"
    rc=$?
    if group_alive "$cmd"; then
      kill -TERM -- -"$cmd" 2>/dev/null
      for _ in 1 2 3 4 5 6 7 8 9 10; do group_alive "$cmd" || break; sleep 0.1; done
      kill -KILL -- -"$cmd" 2>/dev/null
    fi
    echo "$rc" > "$job/rc"
  )
  read -r rc < "$job/rc"
  printf '  exit %s\\n' "$rc"
done
`;
function writeJob(job) {
    (0,external_node_fs_.mkdirSync)(job.dir, { recursive: true, mode: 0o700 });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'name'), job.name);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'script'), job.script);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'env'), Object.entries(job.env)
        .filter(([name]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        .map(([name, value]) => `export ${name}=${shellQuote(value)}\n`)
        .join(''), { mode: 0o600 });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'workdir'), job.workdir);
    if (job.prefix.length > 0)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'prefix'), job.prefix.join('\0'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'out'), '');
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(job.dir, 'err'), '');
}
/** Reads a file's new bytes from `offset` on, as UTF-8 across reads. */
class FileFollower {
    path;
    emit;
    offset = 0;
    decoder = new TextDecoder('utf-8');
    constructor(path, emit) {
        this.path = path;
        this.emit = emit;
    }
    pull(final = false) {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(this.path, 'r');
        }
        catch {
            return;
        }
        try {
            const size = (0,external_node_fs_.statSync)(this.path).size;
            const buffer = Buffer.alloc(64 * 1024);
            while (this.offset < size) {
                const n = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, size - this.offset), this.offset);
                if (n <= 0)
                    break;
                this.offset += n;
                const text = this.decoder.decode(buffer.subarray(0, n), { stream: true });
                if (text)
                    this.emit(text);
            }
            if (final) {
                const rest = this.decoder.decode();
                if (rest)
                    this.emit(rest);
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
}
/**
 * Follows a dispatched job to its end: streams `out` and `err` as they grow, and settles with the exit code
 * once `rc` holds one. `onAbort` is what the caller does to stop it early (see stopJob).
 */
function followJob(dir, signal, onOutput, onAbort) {
    return new Promise((resolve) => {
        const stdout = new bounded_output/* BoundedOutput */.l();
        const stderr = new bounded_output/* BoundedOutput */.l();
        const out = new FileFollower((0,external_node_path_.join)(dir, 'out'), (t) => {
            stdout.push(t);
            onOutput('stdout', t);
        });
        const err = new FileFollower((0,external_node_path_.join)(dir, 'err'), (t) => {
            stderr.push(t);
            onOutput('stderr', t);
        });
        let done = false;
        const finish = (exitCode) => {
            if (done)
                return;
            done = true;
            watcher.close();
            signal.removeEventListener('abort', abort);
            out.pull(true);
            err.pull(true);
            resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
        };
        const check = () => {
            if (done)
                return;
            out.pull();
            err.pull();
            const rc = readRc(dir);
            if (rc !== undefined)
                finish(rc >= 128 && signal.aborted ? null : rc);
        };
        const watcher = (0,external_node_fs_.watch)(dir, () => check());
        // Stopping the command makes the dispatcher write `rc`; a dispatcher that is gone (its tmux server
        // killed) never will, so the outcome is settled without it a moment later.
        const abort = () => void onAbort().then(() => {
            check();
            setTimeout(() => finish(null), 3000).unref();
        });
        if (signal.aborted)
            abort();
        else
            signal.addEventListener('abort', abort, { once: true });
        check();
    });
}
function readRc(dir) {
    try {
        const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'rc'), 'utf8').trim();
        return /^\d+$/.test(text) ? Number(text) : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/runtime/worker-log.ts
var worker_log = __nccwpck_require__(1387);
;// CONCATENATED MODULE: ./src/runtime/local.ts
/**
 * The local runtime: each worker is a process group on this machine. With tmux present, a worker is the
 * tmux session `omo-worker-<domain>` on the run's own tmux server (see tmux.ts) and each subtask runs in a
 * window of it, so a person can attach and watch the agent live; without tmux, subtasks are plain process
 * groups. Where bubblewrap works, every subtask runs in the sandbox of sandbox.ts. The `inline` variant is
 * the sequential mode at the depth limit: no worker, no session, the run's own child processes.
 *
 * Whatever a subtask prints goes to the worker's log (`<runDir>/omo-worker-<domain>.log`) as it comes: the
 * one full copy of a worker's output; memory keeps a bounded part (bounded-output.ts).
 */












const local_execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_.execFile);
const noTracker = { track: () => undefined, untrack: () => undefined };
class LocalRuntime {
    options;
    kind;
    workers = new Set();
    server;
    tracker;
    constructor(options) {
        this.options = options;
        this.kind = options.kind ?? 'local';
        this.tracker = options.tracker ?? noTracker;
    }
    get sandboxed() {
        return this.options.sandbox !== undefined && this.kind === 'local';
    }
    async startWorker(spec) {
        const useTmux = this.options.tmux && this.kind === 'local';
        const socket = useTmux ? await (this.server ??= this.openServer(spec.planId)) : undefined;
        const worker = new LocalWorker(spec, {
            socket,
            sandbox: this.kind === 'local' ? this.options.sandbox : undefined,
            tracker: this.tracker,
            logger: this.options.logger,
            onStop: () => this.workers.delete(worker),
        });
        await worker.open();
        this.workers.add(worker);
        return worker;
    }
    /** The run's own tmux server: sessions of this run only, gone with one kill-server. */
    async openServer(planId) {
        const socket = serverSocket(planId);
        this.tracker.track({ kind: 'tmux-server', socket });
        try {
            await startServer(socket);
        }
        catch (error) {
            this.server = undefined;
            throw new Error(`could not start the run's tmux server (${socket}): ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        return socket;
    }
    async dispose() {
        await Promise.all([...this.workers].map((w) => w.stop()));
        const socket = await this.server?.catch(() => undefined);
        this.server = undefined;
        if (socket) {
            await killServer(socket);
            this.tracker.untrack({ kind: 'tmux-server', socket });
        }
    }
}
class LocalWorker {
    spec;
    deps;
    stopped = false;
    running = new Set();
    log;
    /** With tmux: the worker's folder of jobs (and its dispatcher's control FIFO, open for writing). */
    jobs;
    constructor(spec, deps) {
        this.spec = spec;
        this.deps = deps;
        this.log = new worker_log/* WorkerLog */.j((0,external_node_path_.join)(spec.runDir, `${spec.name}.log`));
    }
    /**
     * Starts the log and, with tmux, the worker's session: its first window follows the log, its `agent` window
     * runs the dispatcher that will run every subtask of the worker (see tmux-dispatcher.ts).
     */
    async open() {
        this.log.write(`worker ${this.spec.name} of plan ${this.spec.planId} (depth ${this.spec.depth})\n`);
        const { socket } = this.deps;
        if (!socket)
            return;
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `${this.spec.name}-`));
        this.deps.tracker.track({ kind: 'temp-dir', path: dir });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'dispatcher.sh'), DISPATCHER);
        await local_execFileAsync('mkfifo', ['-m', '600', (0,external_node_path_.join)(dir, 'ctl')]);
        // Read-write: never blocks, and the FIFO keeps what is written until the dispatcher reads it.
        this.jobs = { dir, ctl: (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'ctl'), external_node_fs_.constants.O_RDWR), next: 1 };
        const dispatcher = ['exec env -i', `PATH=${shellQuote(DISPATCHER_PATH)}`, 'bash --noprofile --norc']
            .concat([shellQuote((0,external_node_path_.join)(dir, 'dispatcher.sh')), shellQuote((0,external_node_path_.join)(dir, 'ctl'))])
            .join(' ');
        await tmux(socket, [
            'new-session',
            '-d',
            '-s',
            this.spec.name,
            '-x',
            '200',
            '-y',
            '50',
            `exec tail -n +1 -F ${shellQuote(this.log.path)}`,
            ';',
            'new-window',
            '-d',
            '-n',
            'agent',
            '-t',
            `=${this.spec.name}:`,
            dispatcher,
        ]);
    }
    /** The words put before the command: the sandbox, when there is one. */
    prefix(extraReadOnly = []) {
        const { sandbox } = this.deps;
        if (!sandbox)
            return [];
        const confinement = this.spec.confinement ?? { readOnly: [], replace: [], hidden: [] };
        return sandboxArgv(sandbox.bwrap, { workdir: this.spec.workdir, ...confinement }, extraReadOnly);
    }
    async run(command, signal, onOutput) {
        if (this.stopped)
            throw new Error(`worker ${this.spec.name} is stopped`);
        const env = { ...this.spec.env, ...command.env, PWD: this.spec.workdir };
        const controller = new AbortController();
        const forward = () => controller.abort(signal.reason);
        if (signal.aborted)
            forward();
        else
            signal.addEventListener('abort', forward, { once: true });
        this.running.add(controller);
        const listener = (stream, chunk) => {
            this.log.write(chunk);
            onOutput?.(stream, chunk);
        };
        try {
            const outcome = this.jobs
                ? await this.dispatch(this.jobs, command, env, controller.signal, listener)
                : await this.runTracked({
                    argv: argv([...this.prefix(), 'bash', '-c', command.script]),
                    env,
                    signal: controller.signal,
                    onOutput: listener,
                });
            this.log.write(`[${command.taskId}] exit ${outcome.exitCode}\n`);
            return outcome;
        }
        finally {
            signal.removeEventListener('abort', forward);
            this.running.delete(controller);
        }
    }
    /** A process group recorded for the reaper while it runs. */
    async runTracked(cmd) {
        let pgid;
        try {
            return await runProcessGroup({
                ...cmd,
                cwd: this.spec.workdir,
                onStart: (id) => {
                    pgid = id;
                    this.deps.tracker.track({ kind: 'process-group', pgid: id });
                },
            });
        }
        finally {
            if (pgid !== undefined)
                this.deps.tracker.untrack({ kind: 'process-group', pgid });
        }
    }
    /** Hands a subtask to the worker's dispatcher and follows it to its end. */
    async dispatch(jobs, command, env, signal, onOutput) {
        const dir = (0,external_node_path_.join)(jobs.dir, `${jobs.next++}-${command.taskId.replace(/[^\w.-]/g, '_')}`);
        try {
            writeJob({
                dir,
                name: command.taskId,
                script: command.script,
                env,
                workdir: this.spec.workdir,
                prefix: this.prefix([dir]),
            });
            (0,external_node_fs_.writeSync)(jobs.ctl, `${dir}\n`);
            return await followJob(dir, signal, onOutput, () => stopJob(dir));
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    async stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        for (const c of this.running)
            c.abort(new Error('worker stopped'));
        if (this.deps.socket)
            await tmux(this.deps.socket, ['kill-session', '-t', `=${this.spec.name}`]).catch(() => undefined);
        if (this.jobs) {
            (0,external_node_fs_.closeSync)(this.jobs.ctl);
            (0,external_node_fs_.rmSync)(this.jobs.dir, { recursive: true, force: true });
            this.deps.tracker.untrack({ kind: 'temp-dir', path: this.jobs.dir });
            this.jobs = undefined;
        }
        await this.log.close();
        this.deps.onStop();
    }
}
/** Where the dispatcher finds `setsid`, `sleep` and `bash` before a job's own PATH is in place. */
const DISPATCHER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Stops a dispatched job: one that has not started never will; one that runs has its process group ended. */
async function stopJob(dir) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'cancel'), '');
    await killJobGroups(dir);
}
/**
 * Ends the process groups of the jobs in a worker's job folder, or of the job folder itself (their `pgid`
 * files, see tmux-dispatcher.ts). The reaper and `kill-all` use it on what a dead run left: killing its tmux
 * server ends the dispatchers, but not the commands, which lead process groups of their own.
 */
async function killJobGroups(dir) {
    const folders = [dir];
    try {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }))
            if (entry.isDirectory())
                folders.push((0,external_node_path_.join)(dir, entry.name));
    }
    catch {
        return;
    }
    for (const folder of folders) {
        let pgid = '';
        try {
            pgid = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(folder, 'pgid'), 'utf8').trim();
        }
        catch {
            continue;
        }
        if (/^\d+$/.test(pgid))
            await killProcessGroup(Number(pgid));
    }
}
function argv(words) {
    const [first, ...rest] = words;
    if (first === undefined)
        throw new Error('empty command');
    return [first, ...rest];
}

;// CONCATENATED MODULE: ./src/lifecycle/reaper.ts
/**
 * Ends and removes what a dead run left behind, from its record (active-runs.ts): its tmux server (and so
 * every session and pane of it), process groups still running, runner temp folders, worker containers,
 * worktrees, directories handed to a container user (given back), and its status, which becomes
 * `interrupted`. The next run and `kill-all` call it, so a crash costs nothing that lasts.
 */









/** Reaps every run of the workspace whose orchestrator is gone; returns what it did, a line each. */
async function reapDeadRuns(workspace, logger) {
    const done = [];
    for (const record of readActiveRuns(workspace)) {
        if (ownerAlive(record))
            continue;
        done.push(...(await reapRun(workspace, record, logger)));
    }
    return done;
}
async function reapRun(workspace, record, logger) {
    const done = [];
    const why = `the orchestrator of plan ${record.planId} (pid ${record.pid}) stopped without cleaning up`;
    for (const resource of record.resources) {
        try {
            const what = await reapResource(resource);
            if (what)
                done.push(what);
        }
        catch (error) {
            logger.warn(`reaping ${describe(resource)} of plan ${record.planId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    try {
        const { removeWorkerContainers } = await __nccwpck_require__.e(/* import() */ 540).then(__nccwpck_require__.bind(__nccwpck_require__, 6540));
        for (const name of await removeWorkerContainers({ planId: record.planId }))
            done.push(`container ${name}`);
    }
    catch (error) {
        logger.warn(`reaping the containers of plan ${record.planId}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (record.worktrees)
        done.push(...(await removeWorktrees(record.worktrees)));
    if (interruptRunStatus(record.runDir, why))
        done.push(`status of plan ${record.planId}: interrupted`);
    removeActiveRun(workspace, record.planId);
    for (const line of done)
        logger.info(`reaped ${line} (${why})`);
    return done;
}
async function reapResource(resource) {
    switch (resource.kind) {
        case 'tmux-server':
            return (await killServer(resource.socket)) ? `tmux server ${resource.socket}` : undefined;
        case 'process-group':
            await killProcessGroup(resource.pgid, 500);
            return `process group ${resource.pgid}`;
        case 'temp-dir':
            await killJobGroups(resource.path);
            (0,external_node_fs_.rmSync)(resource.path, { recursive: true, force: true });
            return `temp folder ${resource.path}`;
        case 'ownership':
            giveBack(resource.dir, resource.uid, resource.gid);
            return `ownership of ${resource.dir} (back to ${resource.uid}:${resource.gid})`;
    }
}
function describe(resource) {
    return JSON.stringify(resource);
}
/** Hands every entry under `dir` (symlinks not followed) to uid:gid. */
function giveBack(dir, uid, gid) {
    const stack = [dir];
    while (stack.length > 0) {
        const path = stack.pop();
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(path);
        }
        catch {
            continue;
        }
        if (st.uid !== uid || st.gid !== gid)
            (0,external_node_fs_.lchownSync)(path, uid, gid);
        if (st.isDirectory())
            for (const name of (0,external_node_fs_.readdirSync)(path))
                stack.push((0,external_node_path_.join)(path, name));
    }
}
/** The run's worktrees go (their branches stay, with whatever was committed). */
async function removeWorktrees(worktrees) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(worktrees.root);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (name.startsWith('.'))
            continue;
        const path = (0,external_node_path_.join)(worktrees.root, name);
        await tryGit(worktrees.repoRoot, ['worktree', 'remove', '--force', path]);
        removed.push(`worktree ${path}`);
    }
    (0,external_node_fs_.rmSync)(worktrees.root, { recursive: true, force: true });
    await tryGit(worktrees.repoRoot, ['worktree', 'prune']);
    return removed;
}

;// CONCATENATED MODULE: ./src/runtime/worker-env.ts
/**
 * The environment a worker gets (contract sections 4-6): the orchestration variables, the caller's
 * OPENCODE_* configuration, the variables the caller named with `--env`, the basics, and nothing else.
 * No token reaches a worker unless it is named.
 */
const BASICS = ['PATH', 'HOME', 'LANG', 'TERM', 'TZ'];
function workerEnvironment(input) {
    const env = {};
    const { callerEnv } = input;
    for (const name of BASICS) {
        const value = callerEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    for (const [name, value] of Object.entries(callerEnv)) {
        if (name.startsWith('OPENCODE_') && value !== undefined)
            env[name] = value;
    }
    for (const name of input.envNames) {
        const value = callerEnv[name];
        if (value !== undefined)
            env[name] = value;
    }
    env.ORCH_DEPTH = String(input.depth);
    env.ORCH_MAX_DEPTH = String(input.maxDepth);
    env.ORCH_WORKER_NAME = input.workerName;
    env.ORCH_PLAN_ID = input.planId;
    return env;
}
/** The environment of a worker of one run, from the run's caller environment, `--env` names and depth. */
function runWorkerEnv(run, workerName) {
    return workerEnvironment({
        callerEnv: run.callerEnv,
        envNames: run.envNames ?? [],
        depth: run.depth + 1,
        maxDepth: run.maxDepth,
        workerName,
        planId: run.planId,
    });
}

;// CONCATENATED MODULE: ./src/agent/opencode-events.ts
/**
 * Reads what `opencode run --format json` prints: one JSON event a line (`step_start`, `text`, `tool_use`,
 * `step_finish`, `error`, and `reasoning` with --thinking). Incremental, because a monitor sees stdout in
 * arbitrary chunks while the run is going and must judge budgets as steps finish; the same parser reads the
 * whole output afterwards, or what was captured before a kill.
 *
 * Shapes seen from OpenCode 1.18 (see test/fixtures/opencode/*.jsonl): every event has `type`, `timestamp`
 * and `sessionID`; `part` for the first four (`part.messageID` names the step: one assistant message per
 * step), `error: {name, data: {message, statusCode?}}` for errors. `tool_use` is printed once a call has
 * ended (`part.state.status` completed or error), never while it runs. Anything that is not such a line is
 * counted and ignored.
 */
const FILE_TOOLS = new Set(['write', 'edit', 'multiedit']);
const INPUT_SUMMARY_MAX = 200;
class OpencodeEventParser {
    buffer = '';
    summaryState = emptySummary();
    /** Text parts grouped by step (message id), in order, so the last step with text can be found. */
    stepTexts = new Map();
    anonymousSteps = 0;
    /** Feeds a chunk of stdout; returns the events of the lines it completed. */
    push(chunk) {
        this.buffer += chunk;
        const lines = this.buffer.split('\n');
        this.buffer = lines.pop() ?? '';
        return this.consume(lines);
    }
    /** Reads a last line that had no newline (output cut short by a kill). */
    end() {
        const rest = this.buffer;
        this.buffer = '';
        return this.consume([rest]);
    }
    /** A snapshot; later chunks do not change it. */
    summary() {
        const s = this.summaryState;
        return {
            ...s,
            finalText: this.finalText(),
            texts: [...s.texts],
            toolCalls: s.toolCalls.map((call) => ({ ...call })),
            filesChanged: [...s.filesChanged],
            tokens: { ...s.tokens },
            errors: s.errors.map((error) => ({ ...error })),
            permissionRejections: s.permissionRejections.map((rejection) => ({ ...rejection })),
        };
    }
    consume(lines) {
        const events = [];
        for (const line of lines) {
            const event = parseLine(line);
            if (event === undefined) {
                if (line.trim() !== '')
                    this.summaryState.ignoredLines++;
                continue;
            }
            this.apply(event);
            events.push(event);
        }
        return events;
    }
    apply(event) {
        const s = this.summaryState;
        if (event.sessionID && !s.sessionId)
            s.sessionId = event.sessionID;
        const part = event.part ?? {};
        switch (event.type) {
            case 'text': {
                const text = str(part.text);
                if (text.trim() === '')
                    return;
                s.texts.push(text);
                const step = str(part.messageID) || `anonymous-${++this.anonymousSteps}`;
                const texts = this.stepTexts.get(step) ?? [];
                // Re-inserting moves the step to the end of the Map's order: the latest step with text is last.
                this.stepTexts.delete(step);
                this.stepTexts.set(step, [...texts, text]);
                return;
            }
            case 'tool_use':
                return this.applyTool(part);
            case 'step_finish': {
                s.steps++;
                s.lastFinishReason = str(part.reason) || s.lastFinishReason;
                const tokens = obj(part.tokens);
                const cache = obj(tokens.cache);
                const step = {
                    input: num(tokens.input),
                    output: num(tokens.output),
                    reasoning: num(tokens.reasoning),
                    cacheRead: num(cache.read),
                    cacheWrite: num(cache.write),
                };
                s.tokens.input += step.input;
                s.tokens.output += step.output;
                s.tokens.reasoning += step.reasoning;
                s.tokens.cacheRead += step.cacheRead;
                s.tokens.cacheWrite += step.cacheWrite;
                s.tokens.total +=
                    typeof tokens.total === 'number'
                        ? tokens.total
                        : step.input + step.output + step.reasoning + step.cacheRead + step.cacheWrite;
                s.cost += num(part.cost);
                return;
            }
            case 'error': {
                const error = event.error ?? {};
                const data = obj(error.data);
                const name = str(error.name) || 'UnknownError';
                const statusCode = typeof data.statusCode === 'number' ? data.statusCode : undefined;
                s.errors.push({
                    name,
                    message: str(data.message) || str(error.message) || name,
                    ...(statusCode === undefined ? {} : { statusCode }),
                });
                return;
            }
            default:
                return;
        }
    }
    applyTool(part) {
        const s = this.summaryState;
        const tool = str(part.tool) || 'unknown';
        const state = obj(part.state);
        const input = obj(state.input);
        const status = str(state.status) || 'unknown';
        const error = state.error === undefined ? undefined : str(state.error) || JSON.stringify(state.error);
        const summary = summarizeInput(tool, input);
        s.toolCalls.push({ tool, status, input: summary, ...(error === undefined ? {} : { error }) });
        if (status === 'completed') {
            for (const file of changedFiles(tool, input))
                if (!s.filesChanged.includes(file))
                    s.filesChanged.push(file);
        }
        const kind = error === undefined ? undefined : permissionKind(error);
        if (kind && error !== undefined)
            s.permissionRejections.push({ tool, kind, input: summary, message: error });
    }
    finalText() {
        const steps = [...this.stepTexts.values()];
        return (steps.at(-1) ?? []).join('\n').trim();
    }
}
/** Reads a whole output at once. */
function parseOpencodeOutput(stdout) {
    const parser = new OpencodeEventParser();
    parser.push(stdout);
    parser.end();
    return parser.summary();
}
/**
 * The permissions `run` auto-rejected, from its standard error (`! permission requested: external_directory
 * (/etc/*); auto-rejecting`): the tool result only says "rejected permission", this says which rule.
 */
function autoRejectedPermissions(stderr) {
    // eslint-disable-next-line no-control-regex
    const plain = stderr.replace(/\u001b\[[0-9;]*m/g, '');
    return [...plain.matchAll(/permission requested: ([^\n]*?); auto-rejecting/g)].map((m) => m[1] ?? '');
}
function parseLine(line) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{'))
        return undefined;
    try {
        const value = JSON.parse(trimmed);
        if (typeof value !== 'object' ||
            value === null ||
            typeof value.type !== 'string') {
            return undefined;
        }
        const event = value;
        return {
            type: event.type,
            ...(typeof event.timestamp === 'number' ? { timestamp: event.timestamp } : {}),
            ...(typeof event.sessionID === 'string' ? { sessionID: event.sessionID } : {}),
            ...(isObject(event.part) ? { part: event.part } : {}),
            ...(isObject(event.error) ? { error: event.error } : {}),
        };
    }
    catch {
        return undefined;
    }
}
function summarizeInput(tool, input) {
    const pick = str(input.filePath) ||
        str(input.command) ||
        str(input.pattern) ||
        str(input.url) ||
        str(input.description) ||
        (tool === 'apply_patch' ? patchFiles(str(input.patchText)).join(', ') : '');
    const text = pick || (Object.keys(input).length > 0 ? JSON.stringify(input) : '');
    return text.length > INPUT_SUMMARY_MAX ? `${text.slice(0, INPUT_SUMMARY_MAX - 1)}…` : text;
}
function changedFiles(tool, input) {
    if (FILE_TOOLS.has(tool))
        return str(input.filePath) ? [str(input.filePath)] : [];
    if (tool === 'apply_patch')
        return patchFiles(str(input.patchText));
    return [];
}
/** `*** Add File: a.ts`, `*** Update File: b.ts`, `*** Delete File: c.ts`, `*** Move to: d.ts`. */
function patchFiles(patch) {
    const files = [...patch.matchAll(/^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm)].map((m) => (m[1] ?? '').trim());
    return [...new Set(files.filter(Boolean))];
}
// The two messages OpenCode gives a model when a permission stops a tool call (PermissionRejectedError and
// PermissionDeniedError in 1.18).
function permissionKind(error) {
    if (error.includes('rejected permission'))
        return 'rejected';
    if (error.includes('specified a rule which prevents'))
        return 'denied';
    return undefined;
}
function emptySummary() {
    return {
        finalText: '',
        texts: [],
        toolCalls: [],
        filesChanged: [],
        tokens: { input: 0, output: 0, reasoning: 0, cacheRead: 0, cacheWrite: 0, total: 0 },
        cost: 0,
        steps: 0,
        errors: [],
        permissionRejections: [],
        ignoredLines: 0,
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function obj(value) {
    return isObject(value) ? value : {};
}
function str(value) {
    return typeof value === 'string' ? value : '';
}
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./src/agent/task-env.ts
const MAX_ENV_DESCRIPTION_CHARS = 8 * 1024;
function descriptionForEnv(description, max = MAX_ENV_DESCRIPTION_CHARS) {
    if (description.length <= max)
        return description;
    return `${description.slice(0, max)} […truncated: the full description is in $ORCH_PROMPT_FILE]`;
}
function taskEnv(ctx) {
    return {
        ORCH_TASK_ID: ctx.taskId,
        ORCH_TASK_DESCRIPTION: descriptionForEnv(ctx.description),
        ORCH_TASK_DOMAIN: ctx.domain,
        ORCH_PROMPT_FILE: ctx.promptFile,
    };
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __nccwpck_require__(2693);
;// CONCATENATED MODULE: ./src/agent/opencode.ts
/**
 * The `opencode` agent: each subtask is one headless `opencode run --format json`, its prompt on stdin.
 * The JSON events it prints become the subtask's result (the final answer text) and details (tool calls,
 * files changed, tokens, cost); its monitor holds a run to token and cost budgets and notices stalls.
 */



/**
 * A headless run has nobody to answer "ask": `opencode run` rejects such a call, which ends the run with
 * exit code 0 and no answer. So say yes to what a coding worker needs (editing files, running commands in
 * its checkout) and no, rather than ask, to leaving the checkout and to repeating the same call in a loop
 * (a denied call lets the model carry on; a rejected one stops it).
 */
const HEADLESS_PERMISSION = Object.freeze({
    edit: 'allow',
    bash: 'allow',
    external_directory: 'deny',
    doom_loop: 'deny',
});
/**
 * Everything comes in through the environment, so no value is ever spliced into shell text. `cd` (which
 * also sets PWD) matters as much as `--dir`: OpenCode takes its directory from $PWD, not from the process's
 * real working directory. The prompt file on stdin is read to EOF; an open pipe would hang the run.
 */
const OPENCODE_SCRIPT = `set -u
bin="\${ORCH_OPENCODE_BIN:-}"
if [ -z "$bin" ]; then bin="$(command -v opencode || true)"; fi
if [ -z "$bin" ] && [ -x /usr/local/bin/opencode ]; then bin=/usr/local/bin/opencode; fi
if [ -z "$bin" ]; then
  echo "orchestrate: opencode not found (put it on PATH or set ORCH_OPENCODE_BIN)" >&2
  exit 127
fi
cd "$ORCH_OPENCODE_DIR" || exit 1
export PWD="$ORCH_OPENCODE_DIR"
export OPENCODE_PERMISSION="\${OPENCODE_PERMISSION:-\${ORCH_OPENCODE_PERMISSION:-}}"
set -- run --format json --dir "$ORCH_OPENCODE_DIR" --title "$ORCH_OPENCODE_TITLE"
if [ -n "\${ORCH_MODEL:-}" ]; then set -- "$@" --model "$ORCH_MODEL"; fi
if [ -n "\${ORCH_OPENCODE_AGENT:-}" ]; then set -- "$@" --agent "$ORCH_OPENCODE_AGENT"; fi
exec "$bin" "$@" < "$ORCH_PROMPT_FILE"
`;
const TITLE_MAX = 80;
const STDERR_TAIL_LINES = 5;
class OpencodeAgent {
    options;
    kind = 'opencode';
    constructor(options = {}) {
        this.options = options;
    }
    invocation(ctx) {
        const { model, binary, agentName, permission = HEADLESS_PERMISSION } = this.options;
        return {
            script: OPENCODE_SCRIPT,
            env: {
                ...taskEnv(ctx),
                ORCH_OPENCODE_DIR: ctx.workdir,
                // A title of our own also spares the model a title-generation request on every run.
                ORCH_OPENCODE_TITLE: sessionTitle(ctx),
                ORCH_OPENCODE_PERMISSION: JSON.stringify(permission),
                ...(model ? { ORCH_MODEL: model } : {}),
                ...(binary ? { ORCH_OPENCODE_BIN: binary } : {}),
                ...(agentName ? { ORCH_OPENCODE_AGENT: agentName } : {}),
            },
        };
    }
    interpret(outcome) {
        const run = parseOpencodeOutput(outcome.stdout);
        const details = {
            sessionId: run.sessionId,
            steps: run.steps,
            toolCalls: run.toolCalls,
            filesChanged: run.filesChanged,
            tokens: run.tokens,
            cost: run.cost,
            permissionRejections: run.permissionRejections,
            ...(run.errors.length > 0 ? { errors: run.errors } : {}),
        };
        const result = run.finalText;
        const usage = { tokens: run.tokens.total, costUsd: run.cost };
        const failed = (error) => ({ status: 'failed', result, error, usage, details });
        if (outcome.exitCode === null) {
            return failed(`OpenCode was stopped before it finished (after ${run.steps} steps and ${run.toolCalls.length} tool calls)`);
        }
        if (run.errors.length > 0) {
            return failed(run.errors.map((e) => `${e.message} (${e.name}${e.statusCode ? ` ${e.statusCode}` : ''})`).join('; '));
        }
        if (outcome.exitCode !== 0) {
            const tail = lastLines(outcome.stderr, STDERR_TAIL_LINES);
            return failed(`opencode exited with code ${outcome.exitCode}${tail ? `: ${tail}` : ''}`);
        }
        if (result === '') {
            const rejected = run.permissionRejections.filter((r) => r.kind === 'rejected');
            if (rejected.length > 0) {
                const rules = autoRejectedPermissions(outcome.stderr);
                const what = rejected.map((r) => `${r.tool} ${r.input}`.trim()).join(', ');
                return failed(`OpenCode stopped: permission rejected for ${what}${rules.length > 0 ? ` (${rules.join('; ')})` : ''}. ` +
                    'A headless run cannot ask; allow it in the OpenCode "permission" config or OPENCODE_PERMISSION.');
            }
            // Completing with nothing to hand on would pass an empty `Result:` to every dependent subtask.
            return failed(`OpenCode finished without an answer (${run.steps} steps, ${run.toolCalls.length} tool calls` +
                `${run.lastFinishReason ? `, last step ended with '${run.lastFinishReason}'` : ''})`);
        }
        return { status: 'completed', result, usage, details };
    }
    /** `limits` (e.g. what is left of a run's budget) tighten the agent's own per-subtask budgets. */
    monitor(limits = {}) {
        const min = (a, b) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
        return new OpencodeMonitor({
            ...this.options,
            maxTokens: min(this.options.maxTokens, limits.maxTokens),
            maxCostUsd: min(this.options.maxCostUsd, limits.maxCostUsd),
        });
    }
}
/**
 * Holds one run to its budgets. Budgets are judged at every `step_finish` (that is when OpenCode reports
 * tokens and cost), so a run stops within one model step of crossing them. Only stdout counts as progress:
 * it carries the events, while stderr may be log noise (e.g. a provider's retries).
 */
class OpencodeMonitor {
    budget;
    tickMs;
    parser = new OpencodeEventParser();
    now;
    lastActivity;
    stopped = false;
    constructor(budget = {}) {
        this.budget = budget;
        this.now = budget.now ?? Date.now;
        this.lastActivity = this.now();
        // Fine enough to stop within a quarter of the stall limit, never busier than 10 ticks a second.
        this.tickMs = budget.stallMs ? Math.min(1000, Math.max(100, Math.floor(budget.stallMs / 4))) : 0;
    }
    onOutput(stream, chunk) {
        if (stream !== 'stdout')
            return undefined;
        this.lastActivity = this.now();
        const events = this.parser.push(chunk);
        if (this.stopped || !events.some((event) => event.type === 'step_finish'))
            return undefined;
        return this.stop(this.budgetExceeded());
    }
    onTick(now) {
        const { stallMs } = this.budget;
        if (this.stopped || !stallMs)
            return undefined;
        const idle = now - this.lastActivity;
        return this.stop(idle >= stallMs
            ? `stalled: no output for ${(0,format/* formatDuration */.a3)(idle)} (limit ${(0,format/* formatDuration */.a3)(stallMs)})`
            : undefined);
    }
    budgetExceeded() {
        const { tokens, cost } = this.parser.summary();
        const { maxTokens, maxCostUsd } = this.budget;
        if (maxTokens !== undefined && tokens.total > maxTokens) {
            return `token budget exceeded: ${tokens.total} > ${maxTokens}`;
        }
        if (maxCostUsd !== undefined && cost > maxCostUsd) {
            return `cost budget exceeded: $${cost.toFixed(4)} > $${maxCostUsd}`;
        }
        return undefined;
    }
    stop(reason) {
        if (reason !== undefined)
            this.stopped = true;
        return reason;
    }
}
function sessionTitle(ctx) {
    const title = `${ctx.taskId}: ${ctx.description}`.replace(/\s+/g, ' ').trim();
    return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}
function lastLines(text, count) {
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
    return plain.trim().split('\n').slice(-count).join('\n').trim();
}

;// CONCATENATED MODULE: ./src/agent/one-shot.ts
/**
 * One OpenCode session outside the plan's subtasks: the LLM planner and the synthesis. It runs on the same
 * runtime as the workers (on the host, or in a container from the worker image), in a directory of its own
 * under the run's files that defines an OpenCode agent (`.opencode/agent/<name>.md`) whose system prompt is
 * ours and whose tools are off: a planner or a synthesizer only answers in text.
 */



async function openOneShot(session) {
    const dir = (0,external_node_path_.join)(session.spec.runDir, session.role);
    const agentName = `orchestrate-${session.role}`;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(dir, '.opencode', 'agent'), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, '.opencode', 'agent', `${agentName}.md`), [
        '---',
        `description: orchestrate-action ${session.role}`,
        'mode: primary',
        'tools:',
        ...['write', 'edit', 'bash', 'patch', 'webfetch', 'task', 'todowrite'].map((t) => `  ${t}: false`),
        '---',
        session.systemPrompt,
        '',
    ].join('\n'));
    const agent = new OpencodeAgent({
        ...session.agentOptions,
        agentName,
        permission: { edit: 'deny', bash: 'deny', webfetch: 'deny', external_directory: 'deny' },
    });
    const worker = await session.runtime.startWorker({
        ...session.spec,
        name: `omo-${session.role}`,
        domain: session.role,
        workdir: dir,
    });
    return {
        async ask(label, prompt, signal) {
            const promptFile = (0,external_node_path_.join)(dir, `${label}.md`);
            (0,external_node_fs_.writeFileSync)(promptFile, prompt);
            const invocation = agent.invocation({
                taskId: label,
                description: session.role,
                domain: session.role,
                promptFile,
                workdir: dir,
            });
            const outcome = await worker.run({ taskId: label, script: invocation.script, env: invocation.env }, signal);
            const verdict = agent.interpret(outcome);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, `${label}.answer.txt`), verdict.result || verdict.error || '');
            return verdict;
        },
        close: () => worker.stop(),
    };
}

;// CONCATENATED MODULE: ./src/synthesis/synthesize.ts
/**
 * LLM synthesis: when every subtask has ended, one OpenCode session combines the results into one coherent
 * answer for the person who asked, and says plainly what failed or was skipped. The caller falls back to the
 * deterministic report when this fails.
 */

const SYNTHESIS_TIMEOUT_MS = 5 * 60_000;
const SYSTEM_PROMPT = [
    'You are the synthesizer of a team of parallel AI workers.',
    'You receive the original request and every subtask with its status and result.',
    'Write one coherent answer to the original request, in Markdown, for the person who asked:',
    'combine the results (do not just list them), keep concrete facts such as file names, and end with a',
    'short "Status" section that says plainly which subtasks failed, timed out or were skipped, and why.',
    'Do not invent work that no subtask reports.',
].join('\n');
function synthesisPrompt(request, subtasks) {
    const parts = [`Original request:\n${request.trim()}\n`, 'Subtasks:'];
    for (const s of subtasks) {
        parts.push(`\n### ${s.id} (${s.domain}): ${s.description}\nStatus: ${s.status}${s.error ? `\nError: ${s.error}` : ''}\nResult:\n${s.result?.trim() || '(none)'}`);
    }
    return parts.join('\n');
}
async function synthesize(request, subtasks, session, signal) {
    const timeout = AbortSignal.timeout(SYNTHESIS_TIMEOUT_MS);
    const runner = await openOneShot({ ...session, role: 'synthesis', systemPrompt: SYSTEM_PROMPT });
    try {
        const verdict = await runner.ask('synthesis', synthesisPrompt(request, subtasks), signal ? AbortSignal.any([signal, timeout]) : timeout);
        if (verdict.status !== 'completed' || !verdict.result.trim())
            throw new Error(verdict.error ?? 'no answer');
        return verdict.result.trim();
    }
    finally {
        await runner.close();
    }
}

;// CONCATENATED MODULE: ./src/engine/confinement.ts
/**
 * Bounds a run puts on its workers beyond the runtime's own: what a sandboxed local worker may not write or
 * read (see runtime/sandbox.ts), and how much of a subtask's result travels on (the full output is in the
 * worker's log).
 */



const DOCKER_SOCKETS = ['/var/run/docker.sock', '/run/docker.sock'];
/** A result longer than this is cut, with a marker saying where the rest is. */
const MAX_RESULT_CHARS = 64 * 1024;
function workerConfinement(workspace, worktrees, env) {
    return {
        // The user's checkout too: a worker works in its own worktree, and the checkout is never touched.
        readOnly: [workspace, ...(worktrees ? [worktrees.repoRoot, worktrees.commonDir] : [])],
        replace: worktrees ? [[worktrees.sanitizedConfig, (0,external_node_path_.join)(worktrees.commonDir, 'config')]] : [],
        hidden: [
            ...(worktrees ? [(0,external_node_path_.join)(worktrees.root, '.trusted')] : []),
            ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : []),
            ...(env.HOME ? homeCredentialPaths(env.HOME) : []),
            // Ways out of the sandbox: a tmux server (runs commands outside it), the Docker engine, the session bus.
            socketDir(env),
            ...DOCKER_SOCKETS,
            env.XDG_RUNTIME_DIR || `/run/user/${process.getuid?.() ?? 0}`,
        ],
    };
}
/**
 * The result as dependents, files and comments get it: at most about MAX_RESULT_CHARS, saying what was cut
 * and where all of it is. The end weighs more than the beginning: agents report last.
 */
function capResult(result, logFile, max = MAX_RESULT_CHARS) {
    if (result.length <= max)
        return result;
    const head = Math.floor(max / 4);
    const tail = max - head;
    const cut = result.length - max;
    return `${result.slice(0, head)}\n\n[… ${cut} characters of the result cut here; the full output is in ${logFile} …]\n\n${result.slice(-tail)}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/graph/dag.ts
/**
 * The dependency graph as pure functions over `{id, dependsOn}` nodes: validation (with the cycle's path),
 * topological waves and the critical path. No I/O, no mutation of the input.
 */

/** Throws the first problem found, in input order: duplicate id, self dependency, unknown id, then a cycle. */
function validateGraph(nodes) {
    const ids = new Set();
    for (const node of nodes) {
        if (ids.has(node.id))
            throw new errors/* DuplicateIdError */.hl(node.id);
        ids.add(node.id);
    }
    for (const node of nodes) {
        for (const dep of node.dependsOn) {
            if (dep === node.id)
                throw new errors/* SelfDependencyError */.AJ(node.id);
            if (!ids.has(dep))
                throw new errors/* UnknownDependencyError */.mj(node.id, dep);
        }
    }
    const cycle = findCycle(nodes);
    if (cycle)
        throw new errors/* CycleError */.d6(cycle);
}
/**
 * Returns a cycle as a path whose first id is repeated at the end (`['a', 'b', 'a']`), or undefined.
 * Iterative DFS (white/grey/black) so a 5,000-deep chain cannot overflow the stack.
 */
function findCycle(nodes) {
    const deps = new Map(nodes.map((n) => [n.id, n.dependsOn]));
    const state = new Map(); // 1 = on the current path, 2 = finished
    for (const root of nodes) {
        if (state.has(root.id))
            continue;
        const path = [];
        const stack = [{ id: root.id, next: 0 }];
        state.set(root.id, 1);
        path.push(root.id);
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            const edges = deps.get(frame.id) ?? [];
            if (frame.next < edges.length) {
                const dep = edges[frame.next++];
                if (!deps.has(dep))
                    continue;
                const s = state.get(dep);
                if (s === 1) {
                    // The path runs dependent -> dependency; print it the same way, closing the loop.
                    return [...path.slice(path.indexOf(dep)), dep];
                }
                if (s === undefined) {
                    state.set(dep, 1);
                    path.push(dep);
                    stack.push({ id: dep, next: 0 });
                }
            }
            else {
                state.set(frame.id, 2);
                path.pop();
                stack.pop();
            }
        }
    }
    return undefined;
}
/** Kahn's algorithm by levels: wave 0 has no dependencies, wave k depends only on earlier waves. Input order is kept within a wave. */
function topologicalWaves(nodes) {
    const indegree = new Map();
    const dependents = new Map();
    for (const n of nodes) {
        indegree.set(n.id, n.dependsOn.length);
        for (const d of n.dependsOn) {
            const list = dependents.get(d);
            if (list)
                list.push(n.id);
            else
                dependents.set(d, [n.id]);
        }
    }
    const order = new Map(nodes.map((n, i) => [n.id, i]));
    let wave = nodes.filter((n) => n.dependsOn.length === 0).map((n) => n.id);
    const waves = [];
    let seen = 0;
    while (wave.length > 0) {
        waves.push(wave);
        seen += wave.length;
        const next = [];
        for (const id of wave) {
            for (const child of dependents.get(id) ?? []) {
                const left = indegree.get(child) - 1;
                indegree.set(child, left);
                if (left === 0)
                    next.push(child);
            }
        }
        next.sort((a, b) => order.get(a) - order.get(b));
        wave = next;
    }
    if (seen !== nodes.length)
        throw new errors/* CycleError */.d6(findCycle(nodes) ?? []);
    return waves;
}
/** A topological order (waves flattened). */
function topologicalOrder(nodes) {
    return topologicalWaves(nodes).flat();
}
/**
 * The longest chain of dependencies, weighted by `weight(id)` (default 1 per task): the lower bound on a
 * run's wall time with unlimited workers. Returns the chain from first to last task and its total weight.
 */
function criticalPath(nodes, weight = () => 1) {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const best = new Map();
    for (const id of topologicalOrder(nodes)) {
        const node = byId.get(id);
        let length = 0;
        let prev;
        for (const d of node.dependsOn) {
            const b = best.get(d);
            if (b.length > length) {
                length = b.length;
                prev = d;
            }
        }
        best.set(id, { length: length + weight(id), prev });
    }
    let end;
    let max = -Infinity;
    for (const n of nodes) {
        const b = best.get(n.id);
        if (b.length > max) {
            max = b.length;
            end = n.id;
        }
    }
    const path = [];
    for (let id = end; id !== undefined; id = best.get(id).prev)
        path.unshift(id);
    return { path, length: path.length === 0 ? 0 : max };
}
/** Every task that depends on `id`, directly or not. */
function transitiveDependents(nodes, id) {
    const dependents = new Map();
    for (const n of nodes)
        for (const d of n.dependsOn)
            (dependents.get(d) ?? dependents.set(d, []).get(d)).push(n.id);
    const out = new Set();
    const stack = [id];
    while (stack.length > 0) {
        for (const child of dependents.get(stack.pop()) ?? []) {
            if (!out.has(child)) {
                out.add(child);
                stack.push(child);
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/plan/domains.ts
/**
 * The domain registry: which domains exist, their keywords, and keyword-based detection of a task's domain.
 * A domain becomes a worker (`omo-worker-<domain>`), a container name and a git branch segment, so names are
 * held to a safe lowercase form here, once.
 */

/** The seed's table, in its order: the order breaks ties. A domain's own name is added as a keyword. */
const DEFAULT_DOMAINS = [
    ['frontend', ['ui', 'ux', 'component', 'react', 'vue', 'css', 'tailwind', 'form']],
    ['backend', ['api', 'endpoint', 'server', 'jwt', 'oauth', 'middleware']],
    ['testing', ['test', 'spec', 'coverage', 'jest', 'pytest', 'e2e']],
    ['database', ['sql', 'migration', 'schema', 'orm', 'postgres', 'mongodb']],
    ['devops', ['docker', 'kubernetes', 'ci/cd', 'deploy', 'terraform']],
    ['security', ['audit', 'penetration', 'vulnerability', 'owasp', 'encryption']],
    ['ml', ['model', 'training', 'dataset', 'neural network', 'pytorch']],
    ['mobile', ['ios', 'android', 'react native', 'flutter']],
    ['documentation', ['docs', 'readme', 'api docs', 'guide']],
];
/** What a task that matches no keyword gets. Always a valid domain, never needs registering. */
const GENERAL_DOMAIN = 'general';
const DOMAIN_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const DOMAIN_NAME_EXPECTED = 'a domain name of lowercase letters, digits and "-", starting with a letter, 1-40 long';
const MAX_KEYWORD_LENGTH = 100;
/** Lowercases and checks a domain name; throws `OptionError` quoting a name unsafe for containers and branches. */
function normalizeDomainName(name) {
    const normalized = name.trim().toLowerCase();
    if (!DOMAIN_NAME.test(normalized))
        throw new errors/* OptionError */.eR('domain', name, DOMAIN_NAME_EXPECTED);
    return normalized;
}
/** True when `name` (any case) is a well-formed domain name. */
function isDomainName(name) {
    return DOMAIN_NAME.test(name.trim().toLowerCase());
}
function normalizeKeyword(keyword) {
    const normalized = keyword.trim().toLowerCase().replace(/\s+/g, ' ');
    if (normalized.length === 0 ||
        normalized.length > MAX_KEYWORD_LENGTH ||
        !/[\p{L}\p{N}]/u.test(normalized)) {
        throw new errors/* OptionError */.eR('keyword', keyword, `1-${MAX_KEYWORD_LENGTH} characters with a letter or digit`);
    }
    return normalized;
}
// Unicode-mode regexes refuse needless escapes (`\-`), so only the syntax characters are escaped.
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A keyword as a regex source: phrase words joined by spaces or hyphens, plurals (`s`, `es`, `y` → `ies`) allowed. */
function keywordSource(keyword) {
    const words = keyword.split(' ').map(escapeRegExp);
    const last = words.length - 1;
    const lastWord = keyword.split(' ')[last];
    words[last] = /[^aeiou]y$/.test(lastWord)
        ? `${escapeRegExp(lastWord.slice(0, -1))}(?:y|ies)`
        : `${words[last]}(?:e?s)?`;
    return words.join('[\\s-]+');
}
class DomainRegistry {
    /** The shared registry library users extend (`DomainRegistry.register(...)`); plans work on clones of it. */
    static default = new DomainRegistry();
    /** Registers on the shared default registry, as the seed's `DomainRegistry.register("blockchain", [...])`. */
    static register(name, keywords = []) {
        return DomainRegistry.default.register(name, keywords);
    }
    /** Domain -> its keywords (own name included), in registration order: the order breaks ties. */
    domains = new Map();
    matcher;
    constructor(domains = DEFAULT_DOMAINS) {
        for (const [name, keywords] of domains)
            this.register(name, keywords);
    }
    /**
     * Adds a domain, or more keywords to an existing one (its place in the tie order stays). Returns the
     * normalized name. Throws `OptionError` for a bad name or keyword.
     */
    register(name, keywords = []) {
        const domain = normalizeDomainName(name);
        const normalized = keywords.map(normalizeKeyword);
        let set = this.domains.get(domain);
        if (!set) {
            set = new Set([domain]);
            this.domains.set(domain, set);
        }
        for (const k of normalized)
            set.add(k);
        this.matcher = undefined;
        return domain;
    }
    /** True for a registered domain and for `general`; any case. Never throws. */
    has(name) {
        const n = name.trim().toLowerCase();
        return n === GENERAL_DOMAIN || this.domains.has(n);
    }
    /** Every domain `detect` can return, in tie-break order, `general` last. */
    names() {
        const names = [...this.domains.keys()];
        if (!this.domains.has(GENERAL_DOMAIN))
            names.push(GENERAL_DOMAIN);
        return names;
    }
    /** A domain's keywords (its own name first), or undefined when it is not registered. */
    keywords(name) {
        const set = this.domains.get(name.trim().toLowerCase());
        return set ? [...set] : undefined;
    }
    /**
     * The domain whose keywords occur most often in `description` as whole words or phrases; ties go to the
     * domain registered first; no match gives `general`.
     */
    detect(description) {
        const { regex, groups } = this.compiled();
        const counts = new Map();
        regex.lastIndex = 0;
        for (let m = regex.exec(description); m !== null; m = regex.exec(description)) {
            const group = m.findIndex((g, i) => i > 0 && g !== undefined);
            for (const domain of groups[group - 1] ?? [])
                counts.set(domain, (counts.get(domain) ?? 0) + 1);
        }
        let best = GENERAL_DOMAIN;
        let bestCount = 0;
        // Map iteration is registration order, so a strict `>` leaves ties with the domain listed first.
        for (const domain of this.domains.keys()) {
            const count = counts.get(domain) ?? 0;
            if (count > bestCount) {
                best = domain;
                bestCount = count;
            }
        }
        return best;
    }
    /** An independent copy: registering on it leaves this registry untouched. */
    clone() {
        return new DomainRegistry([...this.domains].map(([name, set]) => [name, [...set]]));
    }
    /**
     * One alternation of every keyword, longest first, compiled once per change. Scanning with it is
     * leftmost-longest, so a phrase consumes its words: `react native` counts for mobile, not also `react` for
     * frontend, and `api docs` for documentation, not `api` for backend.
     */
    compiled() {
        if (this.matcher)
            return this.matcher;
        const owners = new Map();
        for (const [domain, keywords] of this.domains) {
            for (const k of keywords)
                (owners.get(k) ?? owners.set(k, []).get(k)).push(domain);
        }
        const keywords = [...owners.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
        // An empty registry must match nothing (an empty alternation would match everywhere, forever).
        const body = keywords.length === 0 ? '(?!)' : keywords.map((k) => `(${keywordSource(k)})`).join('|');
        this.matcher = {
            regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'),
            groups: keywords.map((k) => owners.get(k)),
        };
        return this.matcher;
    }
}

;// CONCATENATED MODULE: ./src/plan/errors.ts
/**
 * Input errors specific to plan building, beside the shared ones in `util/errors.ts`.
 */

function formatValuePath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
/**
 * A structured task list (a plan file's value, or the LLM planner's answer) that does not fit its schema.
 * Carries the path so a file reader can turn it into a line (`PlanFileError`); the planner can show it as is.
 */
class PlanFormatError extends errors/* InputError */.dz {
    path;
    detail;
    constructor(path, detail) {
        super(path.length === 0 ? detail : `${formatValuePath(path)}: ${detail}`);
        this.path = path;
        this.detail = detail;
    }
}
/**
 * An explicit id that takes the auto id of another task (`(id: t2)` written on a task other than the second).
 * Refused rather than renumbered, so `t<n>` in a `depends_on` always means the n-th task.
 */
class AutoIdCollisionError extends errors/* DuplicateIdError */.hl {
    explicitOn;
    autoFor;
    constructor(taskId, explicitOn, autoFor) {
        super(taskId);
        this.explicitOn = explicitOn;
        this.autoFor = autoFor;
        this.message =
            `Task id '${taskId}' given to task ${explicitOn} is the auto id of task ${autoFor}; ` +
                `auto ids are t<position>, choose another id`;
    }
}

;// CONCATENATED MODULE: ./src/plan/limits.ts
/**
 * How many subtasks a plan may have: the one place that says so. Every surface (the CLI's `--max-subtasks`,
 * the action's `max-subtasks` input, the API's `maxSubtasks`, the LLM planner, direct input) takes its
 * bounds from here.
 *
 * - The LLM planner decomposes free text into a handful of subtasks: 5 unless asked otherwise, never more
 *   than 10, because a model asked for more tends to pad the plan with filler.
 * - Plan files and explicit lists are the user's own work, taken as written: real spec-kit plans hold
 *   100-300 tasks, so they are not refused below 1,000.
 * - No option may go past `ceiling`, which keeps one accidental input from holding the machine.
 */

const SUBTASK_LIMITS = {
    plannerDefault: 5,
    plannerMax: 10,
    directDefault: 1000,
    ceiling: 10_000,
    /** A task's title: it travels in an environment variable and every log line; details go in its body. */
    descriptionChars: 4000,
    /** A task's details (a todo's body, a phase's goal) in its worker's prompt; more is cut with a marker. */
    contextChars: 32_000,
};
/** The option that raises the limit, as each surface spells it, for the error message. */
const MAX_SUBTASKS_OPTION = '--max-subtasks (the action input max-subtasks, the API field maxSubtasks)';
/** The limit for tasks given directly (lists, plan files). */
function directLimit(requested) {
    return requested ?? SUBTASK_LIMITS.directDefault;
}
/**
 * The LLM planner's limit: what was asked, held to `plannerMax`. A higher request (say the action's
 * `max-subtasks: 50`, meant for plan files) is not an error for free text; the planner just plans fewer.
 */
function plannerLimit(requested) {
    return Math.min(requested ?? SUBTASK_LIMITS.plannerDefault, SUBTASK_LIMITS.plannerMax);
}
/** Throws when `count` is past `limit`, naming the limit and the option that raises it. */
function checkSubtaskCount(count, limit) {
    if (count <= limit)
        return;
    const raise = limit < SUBTASK_LIMITS.ceiling
        ? `; raise it with ${MAX_SUBTASKS_OPTION}, up to ${SUBTASK_LIMITS.ceiling}`
        : `, the most any plan may have`;
    throw new errors/* TooManySubtasksError */.AL(count, limit, raise);
}

;// CONCATENATED MODULE: ./src/plan/plan-id.ts
/**
 * Plan ids: lowercase letters, digits and `-`, 1-64 long. An id becomes part of container, tmux socket,
 * branch and directory names, so anything else (`.`, `..`, `/`) is refused wherever an id comes in.
 */
const PLAN_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
function isPlanId(value) {
    return PLAN_ID_PATTERN.test(value);
}

;// CONCATENATED MODULE: ./src/plan/parse/task-id.ts
/**
 * Task ids: what `(id: …)`, `depends_on` and plan files may use. They travel into environment variables,
 * event logs and file names, so they are held to a plain form.
 */

const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const TASK_ID_EXPECTED = 'letters, digits, ".", "_" or "-", starting with a letter or digit, 1-64 long';
/** Trims and checks an id; throws `OptionError` quoting a bad one. Ids are case-sensitive. */
function checkTaskId(id) {
    const trimmed = id.trim();
    if (!TASK_ID.test(trimmed))
        throw new errors/* OptionError */.eR('task id', id, TASK_ID_EXPECTED);
    return trimmed;
}

;// CONCATENATED MODULE: ./src/plan/build-plan.ts
/**
 * Parsed tasks to a validated plan: ids, domains, the dependency graph's checks, and one worker per domain.
 * Pure apart from drawing a random plan id when none is given.
 */









/**
 * Throws an `InputError` subclass, before anything runs, for: an empty list, more than `maxSubtasks`, a bad
 * or colliding id, a bad domain name, a duplicate/unknown/self dependency, or a cycle (with its path).
 */
function buildPlan(parsed, options = {}) {
    const max = directLimit(options.maxSubtasks);
    if (!Number.isInteger(max) || max < 1)
        throw new errors/* OptionError */.eR('maxSubtasks', max, 'a whole number of at least 1');
    const planId = options.planId ?? (0,external_node_crypto_.randomBytes)(4).toString('hex');
    if (!isPlanId(planId))
        throw new errors/* OptionError */.eR('planId', planId, 'lowercase letters, digits and "-", 1-64 long');
    const raws = parsed.tasks;
    if (raws.length === 0 && (parsed.alreadyDone ?? 0) > 0)
        return completePlan(parsed, planId, options);
    if (raws.length === 0)
        throw new errors/* EmptyPlanError */.V_(emptyDetail(parsed));
    checkSubtaskCount(raws.length, max);
    const ids = assignIds(raws.map((r) => r.id));
    // Explicit domains are registered before any detection, so a custom domain's name also attracts the
    // other tasks that mention it, whatever their order.
    const registry = (options.registry ?? DomainRegistry.default).clone();
    const explicit = raws.map((r) => (r.domain === undefined ? undefined : normalizeDomainName(r.domain)));
    for (const domain of explicit)
        if (domain !== undefined && !registry.has(domain))
            registry.register(domain);
    const subtasks = raws.map((raw, i) => {
        const description = raw.description.trim();
        if (description.length === 0)
            throw new errors/* OptionError */.eR(`description of task ${i + 1}`, raw.description, 'text');
        if (description.length > SUBTASK_LIMITS.descriptionChars) {
            throw new errors/* InputError */.dz(`The description of task ${ids[i]} is ${description.length} characters long; the limit is ` +
                `${SUBTASK_LIMITS.descriptionChars} (longer instructions belong in a plan file, under the task's item)`);
        }
        const subtask = {
            id: ids[i],
            description,
            domain: explicit[i] ?? registry.detect(description),
            dependsOn: [...new Set(raw.dependsOn.map((d) => d.trim()))],
            skills: [...new Set(raw.skills.map((s) => s.trim()).filter((s) => s.length > 0))],
        };
        if (raw.line !== undefined)
            subtask.line = raw.line;
        if (raw.lineText !== undefined)
            subtask.lineText = raw.lineText;
        if (raw.context !== undefined)
            subtask.context = raw.context;
        if (raw.phase !== undefined)
            subtask.phase = raw.phase;
        if (raw.story !== undefined)
            subtask.story = raw.story;
        if (raw.reasons !== undefined)
            subtask.reasons = { ...raw.reasons };
        return subtask;
    });
    validateGraph(subtasks);
    const plan = {
        planId,
        taskDescription: options.taskDescription ?? defaultDescription(parsed, subtasks),
        subtasks,
        workers: groupWorkers(subtasks),
    };
    return withFileFacts(plan, parsed);
}
function withFileFacts(plan, parsed) {
    if (parsed.source)
        plan.source = parsed.source;
    if (parsed.alreadyDone)
        plan.alreadyDone = parsed.alreadyDone;
    if (parsed.phases && parsed.phases.length > 0)
        plan.phases = [...parsed.phases];
    if (parsed.warnings && parsed.warnings.length > 0)
        plan.warnings = [...parsed.warnings];
    return plan;
}
/** A plan whose every item is done: nothing to run, and that is a success, not an input error. */
function completePlan(parsed, planId, options) {
    const plan = {
        planId,
        taskDescription: options.taskDescription ?? defaultDescription(parsed, []),
        subtasks: [],
        workers: [],
    };
    return withFileFacts(plan, parsed);
}
/** What a plan with no subtasks says: `plan complete: nothing to run (…)`. */
function nothingToRunMessage(plan) {
    const where = plan.source ? ` in ${plan.source.file}` : '';
    return `plan complete: nothing to run (${plan.alreadyDone ?? 0} item(s) already done${where})`;
}
/**
 * Explicit ids are kept; a task without one gets `t<position>` (1-based), the same id the planner format
 * gives by index, so `depends_on: t2` always means the second task. An explicit `tN` on another task than
 * the N-th, while the N-th has no id of its own, is refused rather than renumbering anyone.
 */
function assignIds(explicit) {
    const checked = explicit.map((id) => (id === undefined ? undefined : checkTaskId(id)));
    checked.forEach((id, i) => {
        const auto = id === undefined ? undefined : /^t([1-9]\d*)$/.exec(id);
        if (!auto)
            return;
        const position = Number(auto[1]);
        if (position !== i + 1 && position <= checked.length && checked[position - 1] === undefined) {
            throw new AutoIdCollisionError(id, i + 1, position);
        }
    });
    return checked.map((id, i) => id ?? `t${i + 1}`);
}
/** One worker per domain in order of first appearance, each running its subtasks in a topological order. */
function groupWorkers(subtasks) {
    const byDomain = new Map();
    for (const s of subtasks)
        if (!byDomain.has(s.domain))
            byDomain.set(s.domain, []);
    const domainOf = new Map(subtasks.map((s) => [s.id, s.domain]));
    for (const id of topologicalOrder(subtasks))
        byDomain.get(domainOf.get(id)).push(id);
    return [...byDomain].map(([domain, ids]) => ({ name: (0,types/* workerName */.i)(domain), domain, subtasks: ids }));
}
function emptyDetail(parsed) {
    if (!parsed.source)
        return 'no tasks were given';
    const done = parsed.alreadyDone ?? 0;
    return `${parsed.source.file} has no open tasks${done > 0 ? ` (${done} already done)` : ''}`;
}
function defaultDescription(parsed, subtasks) {
    return parsed.source ? `execute ${parsed.source.file}` : subtasks.map((s) => s.description).join('; ');
}
function planToJson(plan) {
    const json = {
        planId: plan.planId,
        subtasks: plan.subtasks.map((s) => ({
            id: s.id,
            description: s.description,
            domain: s.domain,
            dependsOn: [...s.dependsOn],
            skills: [...s.skills],
            ...(s.phase !== undefined ? { phase: s.phase } : {}),
            ...(s.story !== undefined ? { story: s.story } : {}),
            ...(s.context !== undefined ? { context: s.context } : {}),
            ...(s.reasons !== undefined ? { reasons: { ...s.reasons } } : {}),
        })),
        workers: plan.workers.map((w) => ({ name: w.name, domain: w.domain, subtasks: [...w.subtasks] })),
    };
    if (plan.phases)
        json.phases = [...plan.phases];
    if (plan.alreadyDone !== undefined)
        json.alreadyDone = plan.alreadyDone;
    if (plan.subtasks.length === 0)
        json.complete = true;
    return json;
}

;// CONCATENATED MODULE: ./src/plan/parse/emphasis.ts
/**
 * Markdown emphasis off a task's title: `**bold**`, `__bold__`, `*em*`, `_em_` and `~~struck~~` read as their
 * text. Code spans are kept: a path in backticks says something. Underscores inside words (`snake_case`) and
 * stars in globs (`src/*.ts`) are not emphasis and stay.
 */
/** `~~text~~` around the whole title: a struck-through item, which a reader takes as done. */
function isStruck(text) {
    return /^~~[^~](?:[\s\S]*[^~])?~~$/.test(text.trim());
}
function stripEmphasis(text) {
    return text
        .replace(/~~([^~\n]+)~~/g, '$1')
        .replace(/\*\*([^*\n]+)\*\*/g, '$1')
        .replace(/(^|[^\w])__([^_\n]+)__(?![\w])/g, '$1$2')
        .replace(/(^|[^\w*])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])/g, '$1$2')
        .replace(/(^|[^\w])_([^_\s](?:[^_\n]*[^_\s])?)_(?![\w])/g, '$1$2');
}

;// CONCATENATED MODULE: ./src/plan/parse/list-item.ts
/**
 * Markdown list items (`- x`, `* x`, `+ x`, `1. x`, `2) x`, with an optional `[ ]` / `[x]` box), shared by the
 * markdown plan reader and the text forms (a checklist pasted into a comment reads the same way).
 */
const ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CHECKBOX = /^\[([ xX])\](?:[ \t]+(.*))?$/;
/** The item on this line, or undefined when the line is not a list item. */
function parseListItem(line) {
    if (THEMATIC_BREAK.test(line))
        return undefined;
    const m = ITEM.exec(line);
    if (!m)
        return undefined;
    const rest = (m[1] ?? '').trim();
    const box = CHECKBOX.exec(rest);
    if (!box)
        return { text: rest };
    return { text: (box[2] ?? '').trim(), checked: box[1] !== ' ' };
}

;// CONCATENATED MODULE: ./src/plan/parse/markdown-blocks.ts
/**
 * A markdown plan's structure, as a reader sees it: headings, list items with the lines that belong to them
 * (everything indented under an item, nested items and code included), and plain text. Front matter, HTML
 * comments and fenced code outside items are set aside; a fence or comment that never closes is kept set
 * aside to the end, as a renderer would, and reported with its line so the user learns why tasks vanished.
 * One pass over the lines; nothing here is quadratic in the file size.
 */

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+([\s\S]*))?$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const markdown_blocks_MARKER = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;
const indentOf = (line) => {
    let n = 0;
    for (const c of line) {
        if (c === ' ')
            n++;
        else if (c === '\t')
            n += 4 - (n % 4);
        else
            break;
    }
    return n;
};
/** `file` names the plan in warnings (`file:line`). */
function markdownStructure(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    const out = { lines, headings: [], items: [], text: [], warnings: [] };
    let start = 0;
    if (lines[0]?.trim() === '---') {
        const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
        if (end > 0)
            start = end + 1;
    }
    // Open items, innermost last, each with the column its content starts at.
    const open = [];
    const close = (downTo, at) => {
        while (open.length > downTo)
            out.items[open.pop().index].end = at;
    };
    let fence;
    let comment;
    let heading;
    // Headings whose sections are open, outermost first.
    const sections = [];
    for (let i = start; i < lines.length; i++) {
        const line = lines[i];
        const lineNo = i + 1;
        const blank = line.trim() === '';
        const indent = indentOf(line);
        // Which open items this line belongs to: blank lines and code stay with the innermost item.
        if (!blank && fence === undefined && comment === undefined) {
            let keep = open.length;
            while (keep > 0 && indent < open[keep - 1].content)
                keep--;
            close(keep, i);
        }
        const owner = open[open.length - 1];
        if (fence !== undefined) {
            const shut = FENCE.exec(line);
            if (shut &&
                shut[1][0] === fence.marker[0] &&
                shut[1].length >= fence.marker.length &&
                line.trim() === shut[1])
                fence = undefined;
            continue;
        }
        if (comment !== undefined) {
            if (line.includes('-->'))
                comment = undefined;
            continue;
        }
        const opening = FENCE.exec(line);
        if (opening) {
            fence = { marker: opening[1], line: lineNo };
            continue;
        }
        const commentAt = line.indexOf('<!--');
        if (commentAt !== -1 && !line.includes('-->', commentAt)) {
            comment = lineNo;
            if (line.slice(0, commentAt).trim() === '')
                continue;
        }
        const visible = line.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
        const h = HEADING.exec(visible);
        if (h) {
            close(0, i);
            const level = h[1].length;
            while (sections.length > 0 && out.headings[sections[sections.length - 1]].level >= level)
                sections.pop();
            heading = out.headings.length;
            const parent = sections[sections.length - 1];
            out.headings.push({
                kind: 'heading',
                level,
                text: closingHashesOff(h[2] ?? ''),
                line: lineNo,
                ...(parent === undefined ? {} : { parent }),
            });
            sections.push(heading);
            continue;
        }
        const marker = markdown_blocks_MARKER.exec(visible);
        const item = marker ? parseListItem(visible) : undefined;
        if (marker && item) {
            const index = out.items.length;
            out.items.push({
                kind: 'item',
                indent,
                text: item.text,
                ...(item.checked === undefined ? {} : { checked: item.checked }),
                line: lineNo,
                raw: line,
                ...(owner ? { parent: owner.index } : {}),
                content: indentOf(marker[1]) + marker[2].length,
                end: lines.length,
                ...(heading === undefined ? {} : { heading }),
            });
            open.push({ index, content: indentOf(marker[1]) + marker[2].length });
            continue;
        }
        if (!owner && !blank)
            out.text.push({
                kind: 'text',
                text: visible,
                line: lineNo,
                ...(heading === undefined ? {} : { heading }),
            });
    }
    if (fence !== undefined) {
        out.warnings.push(`${file}:${fence.line}: a code fence opened here is never closed; everything after it is read as code, not tasks`);
    }
    if (comment !== undefined) {
        out.warnings.push(`${file}:${comment}: an HTML comment opened here is never closed; everything after it is hidden`);
    }
    close(0, lines.length);
    return out;
}
/**
 * The lines under an item (nested items, text, code), dedented to its content column, without the blank
 * lines around them. Computed on demand: only the items that become tasks need theirs.
 */
function itemBody(structure, item) {
    const body = [];
    for (let i = item.line; i < item.end; i++) {
        const line = structure.lines[i];
        body.push(line.slice(Math.min(item.content, indentOf(line))));
    }
    trimBody(body);
    return body;
}
function closingHashesOff(text) {
    // A closing sequence (`## Frontend ##`) is not part of the text; trimmed by hand to stay linear.
    let end = text.trimEnd().length;
    while (end > 0 && text[end - 1] === '#')
        end--;
    return text.slice(0, end).trim();
}
function trimBody(body) {
    while (body.length > 0 && body[body.length - 1].trim() === '')
        body.pop();
    while (body.length > 0 && body[0].trim() === '')
        body.shift();
}
/** The heading `h` and the headings of the sections it lies in, innermost first. */
function* headingPath(structure, h) {
    for (let at = h; at !== undefined; at = structure.headings[at].parent)
        yield structure.headings[at];
}
/** For each heading, the 0-based index of the line its section ends before, in one pass with a stack. */
function sectionEnds(structure) {
    const ends = structure.headings.map(() => structure.lines.length);
    const open = [];
    structure.headings.forEach((h, index) => {
        while (open.length > 0 && structure.headings[open[open.length - 1]].level >= h.level) {
            ends[open.pop()] = h.line - 1;
        }
        open.push(index);
    });
    return ends;
}

;// CONCATENATED MODULE: ./src/plan/parse/task-refs.ts
/**
 * References to other tasks in a plan's prose: `T012, T013`, `Task 2`, `Tasks 1, 3`, `F1-F4`, `T2-T6`, and in
 * a dependency line of an oh-my-opencode plan bare numbers (`Blocked By: 1, 3`), which name its numbered todos.
 * A reference counts only when it names a task of the file, so prose that happens to hold a number
 * (`after 5 minutes`, `Wave 1`, `Phase 2`) adds no edge.
 */
const TOKEN = /(\b(?:phases?|waves?|steps?|lines?|stories|story|us|p)\s*)?\b([A-Z]{0,3}\d+(?:\.\d+)*[a-z]?)\b(?:\s*[-\u2013\u2014]\s*([A-Z]{0,3}\d+(?:\.\d+)*[a-z]?)\b)?/gi;
/** The ids `text` names, in order, without repeats. */
function taskRefs(text, options) {
    const out = [];
    for (const m of text.matchAll(TOKEN)) {
        if (m[1])
            continue; // `Phase 2`, `Wave 1`, `US3`: not a task
        const from = m[2];
        const to = m[3];
        const ids = to === undefined ? [from] : expandRange(from, to);
        for (const raw of ids) {
            const id = resolveRef(raw, options);
            if (id !== undefined && !out.includes(id))
                out.push(id);
        }
    }
    return out;
}
function resolveRef(raw, { known, bareNumbers }) {
    if (known.has(raw))
        return raw;
    const upper = raw.toUpperCase();
    if (known.has(upper))
        return upper;
    if (/^\d+$/.test(raw) && bareNumbers && known.has(`T${Number(raw)}`))
        return `T${Number(raw)}`;
    return undefined;
}
/** `F1-F4` → F1, F2, F3, F4; `2-5` → 2, 3, 4, 5. Ranges of differing prefixes or over 500 ids give the ends. */
function expandRange(from, to) {
    const a = /^([A-Z]*)(\d+)$/i.exec(from);
    const b = /^([A-Z]*)(\d+)$/i.exec(to);
    if (!a || !b || a[1].toUpperCase() !== (b[1] || a[1]).toUpperCase())
        return [from, to];
    const start = Number(a[2]);
    const end = Number(b[2]);
    if (end < start || end - start > 500)
        return [from, to];
    const width = a[2].length;
    const prefix = a[1];
    return Array.from({ length: end - start + 1 }, (_, i) => {
        const n = String(start + i);
        return `${prefix}${width > 1 && a[2].startsWith('0') ? n.padStart(width, '0') : n}`;
    });
}
/** Text of a labelled dependency line up to its explanation: `Tasks 1, 3 (needs the types)` → `Tasks 1, 3`. */
function refListPart(text) {
    const cut = text.search(/\(|\s[\u2014\u2013]\s|\s-\s|;/);
    return cut === -1 ? text : text.slice(0, cut);
}

;// CONCATENATED MODULE: ./src/plan/parse/heading-todos.ts
/**
 * oh-my-opencode plans that write their todos as headings rather than checkboxes:
 *
 *   ## Tasks
 *   ### Task 2 — Query both path forms (TDD)  [depends on Task 1]
 *   **WHERE** … **WHAT** … **VERIFY** …
 *   ### Final Wave
 *   - **F1 — Plan Compliance Audit** (`oracle`) : …
 *
 * Each `Task N` heading under the tasks section is a todo (id `TN`) whose section is its body; a bracketed
 * tag at the end of its title that names other tasks is its dependencies (whatever the language: the
 * reference is what counts), or the tasks it blocks when the tag says so. Items of a final-wave section
 * that start with `F1`… are the final verification todos. Headings have no box, so every such todo is open.
 */



const TASK_HEADING = /^(?:task|todo|step)\s+(\d{1,4})\b\s*(?:[\u2014\u2013:.-]\s*)?(.*)$/i;
const TASKS_SECTION = /^(?:todos?|tasks?|to-?dos?|work items)\b/i;
const TRAILING_TAGS = /((?:\s*\[[^\]\n]*\])+)\s*$/;
/** `**F1 — Plan Compliance Audit** (`oracle`) : what it checks`, or plainly `F1. Audit`. */
const FINAL_ITEM = /^(?:\*\*)?(F\d{1,3})\b\s*[\u2014\u2013:.-]?\s*([^*(:]*?)(?:\*\*)?\s*(?:\(`([\w-]+)`\))?\s*(?::\s*([\s\S]*))?$/;
function headingTodos(structure) {
    const { headings, lines } = structure;
    const ends = sectionEnds(structure);
    const found = [];
    headings.forEach((h, index) => {
        const path = [...headingPath(structure, h.parent)];
        if (!path.some((p) => TASKS_SECTION.test(stripEmphasis(p.text))))
            return;
        const m = TASK_HEADING.exec(stripEmphasis(h.text));
        if (!m)
            return;
        const tags = TRAILING_TAGS.exec(m[2]);
        const title = (tags ? m[2].slice(0, tags.index) : m[2]).trim();
        if (title === '')
            return;
        found.push({
            item: standIn(h.line, lines[h.line - 1], title, ends[index], index),
            id: `T${Number(m[1])}`,
            title,
            ...(tags ? { tag: tags[1].trim() } : {}),
        });
    });
    // The final wave: `- **F1 — Audit** (`oracle`) : …` items of a final-wave section inside the tasks section.
    for (const item of structure.items) {
        if (item.parent !== undefined || item.checked !== undefined || item.heading === undefined)
            continue;
        const path = [...headingPath(structure, item.heading)];
        if (!/final/i.test(path[0]?.text ?? '') || !path.some((p) => TASKS_SECTION.test(stripEmphasis(p.text))))
            continue;
        const m = FINAL_ITEM.exec(item.text);
        if (!m)
            continue;
        found.push({
            item,
            id: m[1],
            title: stripEmphasis(m[2]).trim() || m[1],
            ...(m[3] ? { category: m[3] } : {}),
            ...(m[4]?.trim() ? { note: m[4].trim() } : {}),
        });
    }
    const known = new Set(found.map((t) => t.id));
    return found.map((t) => {
        const refs = t.tag ? taskRefs(t.tag, { known, bareNumbers: true }).filter((r) => r !== t.id) : [];
        const blocking = t.tag !== undefined &&
            /\bblock|\bbloque|\bblockiert/i.test(t.tag) &&
            !/\bafter\b|\bdépend|\bdepend/i.test(t.tag);
        return { ...t, needs: blocking ? [] : refs, blocks: blocking ? refs : [] };
    });
}
function standIn(line, raw, text, end, heading) {
    return { kind: 'item', indent: 0, text, line, raw, content: 0, end, heading };
}

;// CONCATENATED MODULE: ./src/plan/parse/speckit-order.ts
/**
 * The order a spec-kit `tasks.md` gives its work: Setup → Foundational → each user story (after the stories
 * the file's own dependency section or graph says it needs) → Polish; a file without stories runs its phases
 * in file order. Inside a phase the tasks run in steps: a task without `[P]` is a step of its own, a run of
 * `[P]` tasks is one step, and a `**Checkpoint**` line ends a step; each step follows the one before.
 * Everything here is linear in the file and free of recursion: a hostile file may hold thousands of phases.
 */



const PHASE_HEADING = /\bphase\b|user stor(?:y|ies)\b|\bsetup\b|foundation|\bpolish\b/i;
function specKitPhases(drafts, structure, warnings, file) {
    const { headings } = structure;
    // The heading that names a phase (`## Phase 3: User Story 1`) wins over a part of it
    // (`### Implementation for User Story 1`); failing one, the outermost heading that reads like a phase.
    const phaseOf = (item) => {
        let outer;
        for (let h = item.heading; h !== undefined; h = headings[h].parent) {
            if (/\bphase\b/i.test(headings[h].text))
                return h;
            if (PHASE_HEADING.test(headings[h].text))
                outer = h;
        }
        return outer;
    };
    const byHeading = new Map();
    drafts.forEach((d, i) => {
        const h = phaseOf(d.item);
        if (h === undefined)
            return;
        let phase = byHeading.get(h);
        if (!phase) {
            phase = {
                heading: h,
                name: stripEmphasis(headings[h].text),
                kind: 'other',
                members: [],
                rank: 0,
                preds: [],
            };
            byHeading.set(h, phase);
        }
        phase.members.push(i);
    });
    const phases = [...byHeading.values()];
    for (const phase of phases) {
        const name = phase.name;
        const tags = phase.members.map((m) => drafts[m].phaseTag ?? '');
        const stories = phase.members.map((m) => drafts[m].task.story).filter((s) => s !== undefined);
        const story = /user story\s*(\d+)/i.exec(name)?.[1];
        if (/\bsetup\b/i.test(name) || tags.includes('setup'))
            phase.kind = 'setup';
        else if (/foundation/i.test(name) || tags.some((t) => t.startsWith('foundation')))
            phase.kind = 'foundational';
        else if (/\bpolish\b|cross-cutting/i.test(name) || tags.includes('polish'))
            phase.kind = 'polish';
        else if (story !== undefined) {
            phase.kind = 'story';
            phase.story = `US${story}`;
        }
        else if (stories.length > 0 && !/\bphase\b/i.test(name)) {
            // A section without a phase name whose tasks carry a story tag is that story's part.
            phase.kind = 'story';
            phase.story = stories[0];
        }
    }
    const hasStories = phases.some((p) => p.kind === 'story');
    phases.sort((a, b) => a.heading - b.heading);
    if (!hasStories) {
        // An older spec-kit layout (3.1 Setup, 3.2 Tests First, 3.3 Core, …): phases in file order.
        phases.forEach((p, i) => {
            p.rank = i;
            if (i > 0)
                p.preds = [phases[i - 1]];
        });
        return phases;
    }
    const storyDeps = userStoryDependencies(structure, warnings, file);
    const of = (kinds) => phases.filter((p) => kinds.includes(p.kind));
    const setup = of(['setup']);
    const foundational = of(['foundational']);
    const middle = of(['story', 'other']);
    const polish = of(['polish']);
    const first = foundational.length > 0 ? foundational : setup;
    // Stories after the stories they need, by a topological order of the file's own section (ties: file order).
    const storyPhase = new Map(middle.filter((p) => p.story).map((p) => [p.story, p]));
    const orderedMiddle = [];
    const placed = new Set();
    const needsOf = (p) => (storyDeps.get(p.story ?? '') ?? [])
        .map((s) => storyPhase.get(s))
        .filter((d) => !!d && d !== p);
    // A depth-first post-order with an explicit stack: a file can hold thousands of chained stories.
    for (const start of middle) {
        if (placed.has(start))
            continue;
        const visiting = new Set([start]);
        const stack = [[start, 0]];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            const needs = needsOf(top[0]);
            if (top[1] < needs.length) {
                const dep = needs[top[1]++];
                if (!placed.has(dep) && !visiting.has(dep)) {
                    visiting.add(dep);
                    stack.push([dep, 0]);
                }
                continue;
            }
            stack.pop();
            placed.add(top[0]);
            orderedMiddle.push(top[0]);
        }
    }
    let rank = 0;
    for (const p of setup)
        p.rank = rank;
    if (setup.length > 0)
        rank++;
    for (const p of foundational) {
        p.rank = rank;
        p.preds = setup;
    }
    if (foundational.length > 0)
        rank++;
    for (const p of orderedMiddle) {
        p.rank = rank++;
        const needs = (storyDeps.get(p.story ?? '') ?? [])
            .map((s) => storyPhase.get(s))
            .filter((d) => !!d && d !== p && d.rank < p.rank);
        p.preds = [...first, ...needs];
    }
    for (const p of polish) {
        p.rank = rank;
        p.preds = middle.length > 0 ? middle : first;
    }
    return phases;
}
/**
 * What the file itself says about the order of its user stories, in any section about dependencies: prose
 * (`User Story 4 (P2): Depends on User Story 1 completion`, `US3 requires both US1 and US2`) and mermaid
 * arrows (`US1 --> US3`, or `C --> E` with `C[Phase 3: US1 …]`). Story → the stories it needs.
 */
function userStoryDependencies(structure, warnings, file) {
    const deps = new Map();
    const add = (story, needs) => {
        const list = needs.filter((s) => s !== story);
        if (list.length > 0)
            deps.set(story, [...new Set([...(deps.get(story) ?? []), ...list])]);
    };
    const storyRef = /\b(?:user story|story|us)\s*(\d+)/gi;
    const storiesIn = (text) => [
        ...new Set([...text.matchAll(storyRef)].map((m) => `US${m[1]}`)),
    ];
    const cue = /\b(?:depends? on|requires?|needs?|after|blocked by|builds on)\b/i;
    for (const [from, to] of dependencySections(structure)) {
        const nodes = new Map();
        for (let i = from; i < to; i++) {
            // Node labels only from graph lines (`A[Phase 3: US1] --> B`, `A[…]`), never from prose parentheses.
            const graphLine = /-->|==>|-\.->/.test(structure.lines[i]) || /^\s*\w+\s*[[(]/.test(structure.lines[i]);
            if (!graphLine)
                continue;
            for (const m of structure.lines[i].matchAll(/\b(\w+)\s*[[(]{1,2}([^\])\n]*)[\])]/g)) {
                const stories = storiesIn(m[2]);
                if (stories.length > 0)
                    nodes.set(m[1], stories);
            }
        }
        for (let i = from; i < to; i++) {
            const line = stripEmphasis(structure.lines[i]);
            const arrow = /^\s*(\w+)(?:\s*[[(]{1,2}[^\])\n]*[\])]{1,2})?\s*-+(?:\.|-)*>\s*(\w+)/.exec(line);
            if (arrow) {
                const left = storiesIn(arrow[1]).length > 0 ? storiesIn(arrow[1]) : (nodes.get(arrow[1]) ?? []);
                const right = storiesIn(arrow[2]).length > 0 ? storiesIn(arrow[2]) : (nodes.get(arrow[2]) ?? []);
                for (const r of right)
                    add(r, left);
                continue;
            }
            const at = cue.exec(line);
            if (!at)
                continue;
            const before = line.slice(0, at.index);
            const subject = storiesIn(before.includes(':') ? before.slice(0, before.indexOf(':')) : before)[0];
            if (subject === undefined)
                continue;
            add(subject, storiesIn(line.slice(at.index).split(/[.;(]/)[0]));
        }
    }
    if (storyCycle(deps)) {
        warnings.push(`${file}: the user story dependencies form a cycle; stories run after Foundational only`);
        return new Map();
    }
    return deps;
}
/** Line ranges (0-based, end exclusive) of the sections whose heading is about dependencies. */
function dependencySections(structure) {
    const out = [];
    const ends = sectionEnds(structure);
    structure.headings.forEach((h, index) => {
        if (/dependenc/i.test(h.text))
            out.push([h.line, ends[index]]);
    });
    return out;
}
function storyCycle(deps) {
    const nodes = new Set([...deps.keys(), ...[...deps.values()].flat()]);
    return findCycle([...nodes].map((id) => ({ id, dependsOn: deps.get(id) ?? [] }))) !== undefined;
}
function inferSpecKitOrder(drafts, phases, structure, open, inferred, idOf) {
    const checkpoints = structure.text
        .filter((t) => /^\s*(?:\*\*|__)?checkpoint\b/i.test(t.text))
        .map((t) => t.line);
    // Whether a checkpoint lies between two lines, by binary search: checkpoints are in file order.
    const checkpointBetween = (after, before) => {
        let lo = 0;
        let hi = checkpoints.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (checkpoints[mid] <= after)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < checkpoints.length && checkpoints[lo] < before;
    };
    // Steps of each phase, as lists of open draft indices (empty steps dropped).
    const steps = new Map();
    for (const phase of phases) {
        const list = [];
        let current = [];
        let currentParallel = false;
        let last = -1;
        for (const m of phase.members) {
            const d = drafts[m];
            const line = d.item.line;
            const barrier = checkpointBetween(last, line);
            const joins = d.parallel && currentParallel && !barrier && current.length > 0;
            if (!joins && current.length > 0) {
                list.push(current);
                current = [];
            }
            current.push(m);
            currentParallel = d.parallel;
            last = line;
        }
        if (current.length > 0)
            list.push(current);
        steps.set(phase, list);
    }
    const openOf = (step) => step.filter((m) => open[m]);
    for (const phase of phases) {
        let previous = [];
        for (const step of steps.get(phase)) {
            const members = openOf(step);
            if (members.length === 0)
                continue;
            for (const m of members) {
                for (const p of previous) {
                    const why = drafts[m].parallel
                        ? 'same phase, the [P] tasks follow the step before them'
                        : 'same phase, not [P]';
                    inferred[m].set(drafts[p].task.id ?? '', `${idOf(m)} after ${idOf(p)}: ${why}`);
                }
            }
            previous = members;
        }
    }
    // Phase barriers: the first open step of a phase follows the last open step of each phase before it; a
    // phase with nothing open passes on what its own predecessors end with.
    // Computed in rank order (a phase's predecessors always rank lower), without recursion: a file may hold
    // thousands of phases.
    const byRank = [...phases].sort((a, b) => a.rank - b.rank || a.heading - b.heading);
    const exitsOf = new Map();
    for (const phase of byRank) {
        const own = [...steps.get(phase)]
            .reverse()
            .map(openOf)
            .find((s) => s.length > 0);
        if (own) {
            exitsOf.set(phase, own.map((m) => [m, phase]));
            continue;
        }
        const seen = new Set();
        const passed = phase.preds
            .flatMap((p) => exitsOf.get(p) ?? [])
            .filter(([m]) => !seen.has(m) && !!seen.add(m));
        exitsOf.set(phase, passed);
    }
    // Which phases each phase comes after, to keep only the nearest predecessors' tasks. Past a couple of
    // hundred phases (no real plan has them) the edges are kept whole rather than spending quadratic time.
    const ancestors = new Map();
    if (phases.length <= 200) {
        for (const phase of byRank) {
            const set = new Set();
            for (const p of phase.preds) {
                set.add(p);
                for (const a of ancestors.get(p) ?? [])
                    set.add(a);
            }
            ancestors.set(phase, set);
        }
    }
    for (const phase of phases) {
        const firstStep = steps
            .get(phase)
            .map(openOf)
            .find((s) => s.length > 0);
        if (!firstStep)
            continue;
        const candidates = phase.preds.flatMap((p) => exitsOf.get(p) ?? []);
        // Only the nearest: a task of a phase that another candidate's phase already follows adds nothing.
        const origins = new Set(candidates.map(([, from]) => from));
        const nearest = candidates.filter(([, from]) => ![...origins].some((o) => o !== from && ancestors.get(o)?.has(from) === true));
        for (const [p, from] of nearest) {
            for (const m of firstStep) {
                inferred[m].set(drafts[p].task.id ?? '', `${idOf(m)} after ${idOf(p)}: ${shortName(phase)} follows ${shortName(from)}`);
            }
        }
    }
}
/** `Phase 3: User Story 1 - View photos (Priority: P1) 🎯 MVP` → `Phase 3: User Story 1`. */
function shortName(phase) {
    const short = phase.name
        .replace(/\s*\(.*$/, '')
        .replace(/\s+[-\u2013\u2014]\s+.*$/, '')
        .trim();
    return short || phase.name;
}

;// CONCATENATED MODULE: ./src/plan/parse/written-edges.ts
/**
 * Edges a plan writes down, in prose or in labelled lines: `(depends on T012, T013)`, `Depends on T003`,
 * `after T003`, `Blocked by: …`, `Blocks: …` (the other way round), and an oh-my-opencode plan's dependency
 * matrix, as a table (`| Task | Depends On | Blocks |`) or a list (`- **T7**: deps T2 — unblocks T8`).
 */


const PROSE_DEPENDENCY = /\(\s*(depends? on|after|blocked by|requires)\b[:\s]*([^)]*)\)|\b(depends? on|after|blocked by|blocks)\b\s*:?\s*((?:(?:tasks?\s*)?[A-Z]{0,3}\d+(?:\.\d+)*[a-z]?(?:\s*[-\u2013]\s*[A-Z]{0,3}\d+[a-z]?)?(?:\s*(?:,|and|&)\s*)?)+)/gi;
const LABELLED_DEPENDENCY = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(blocked by|depends on|dependencies|deps|requires|after|blocks|unblocks)(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(.*)$/i;
/** Dependencies written in a title; the parenthesised forms are removed from the description. */
function proseDependencies(description, options) {
    const deps = [];
    const blocks = [];
    const cleaned = description.replace(PROSE_DEPENDENCY, (whole, pWord, pList, word, list) => {
        const refs = taskRefs((pList ?? list), options);
        if (refs.length === 0)
            return whole;
        if ((word ?? pWord).toLowerCase() === 'blocks')
            blocks.push(...refs);
        else
            deps.push(...refs);
        return pWord !== undefined ? ' ' : whole;
    });
    return { description: cleaned.replace(/\s+/g, ' ').trim() || description, deps, blocks };
}
/** A dependency matrix, as a table (`| Task | Depends On | Blocks |`) or a list (`- **T7**: deps T2 — unblocks T8`). */
function dependencyMatrix(structure, options) {
    const edges = [];
    const section = structure.headings.findIndex((h) => /dependenc(?:y|ies)\s+(?:matrix|graph|table)/i.test(h.text));
    if (section === -1)
        return edges;
    const level = structure.headings[section].level;
    let end = structure.headings.findIndex((h, i) => i > section && h.level <= level);
    end = end === -1 ? Infinity : structure.headings[end].line;
    const from = structure.headings[section].line;
    let header;
    for (let i = from; i < Math.min(end - 1, structure.lines.length); i++) {
        const line = stripEmphasis(structure.lines[i]).trim();
        if (line.startsWith('|')) {
            const cells = line
                .replace(/^\||\|$/g, '')
                .split('|')
                .map((c) => c.trim());
            if (cells.every((c) => /^:?-+:?$/.test(c)))
                continue;
            if (!header) {
                header = cells.map((c) => c.toLowerCase());
                continue;
            }
            const col = (re) => header.findIndex((h) => re.test(h));
            const subjects = taskRefs(cells[col(/^(task|todo|id|#)$/)] ?? '', options);
            const deps = taskRefs(cells[col(/depends|blocked by|deps|dependencies|after/)] ?? '', options);
            const blocks = taskRefs(cells[col(/^(blocks|unblocks)$/)] ?? '', options);
            for (const s of subjects) {
                for (const d of deps)
                    if (d !== s)
                        edges.push([s, d]);
                for (const b of blocks)
                    if (b !== s)
                        edges.push([b, s]);
            }
            continue;
        }
        header = undefined;
        const item = /^[-*+]\s+([A-Z]{0,3}\d+(?:\.\d+)*)\s*:\s*(.*)$/.exec(line);
        if (!item)
            continue;
        const [subject] = taskRefs(item[1], options);
        if (!subject)
            continue;
        const [before, after = ''] = item[2].split(/\bunblocks\b|\bblocks\b/i);
        for (const d of taskRefs(before.replace(/^deps?\b|^depends on\b/i, ''), options))
            if (d !== subject)
                edges.push([subject, d]);
        for (const b of taskRefs(after, options))
            if (b !== subject)
                edges.push([b, subject]);
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/plan/parse/plan-order.ts
/**
 * The edges of a markdown plan, each with the reason a user can check it against (`T005 after T004: same
 * phase, not [P]`):
 *
 * - written edges: `(depends_on: x)`, prose (`(depends on T012, T013)`, `Depends on T003`, `after T003`,
 *   `Blocked by: …`, and `Blocks: …` the other way round), labelled lines in a todo's body, and an
 *   oh-my-opencode plan's dependency matrix;
 * - spec-kit order: Setup → Foundational → each user story (after the stories it needs, by the file's own
 *   "User Story Dependencies" section) → Polish; a file without stories runs its phases in file order. Inside
 *   a phase the tasks run in steps: a task without `[P]` is a step of its own, a run of `[P]` tasks is one
 *   step, and a `**Checkpoint**` line ends a step; each step follows the one before;
 * - an oh-my-opencode final verification wave runs after every other todo.
 *
 * Inferred edges only ever point forward in the order phases and file give, so they cannot form a cycle
 * among themselves; an inferred edge that would close a cycle with written ones is dropped, with a warning.
 */







function orderPlan(drafts, structure, kind, file) {
    const warnings = [];
    const known = new Set(drafts.flatMap((d) => (d.task.id === undefined ? [] : [d.task.id])));
    const open = drafts.map((d) => !d.done);
    // Edges by draft index: dependency index → reason; `undefined` reason for `(depends_on:)` as written.
    const written = drafts.map(() => new Map());
    const inferred = drafts.map(() => new Map());
    // An id used twice (a done item and an open one, as real files have) means the open one.
    const indexOf = new Map();
    drafts.forEach((d, i) => {
        const id = d.task.id;
        if (id === undefined)
            return;
        const seen = indexOf.get(id);
        if (seen === undefined || (drafts[seen].done && !d.done))
            indexOf.set(id, i);
    });
    const idOf = (i) => drafts[i].task.id ?? `line ${drafts[i].item.line}`;
    const proseOptions = { known, bareNumbers: false };
    const bodyOptions = { known, bareNumbers: kind === 'omo' };
    drafts.forEach((d, i) => {
        for (const dep of d.task.dependsOn)
            written[i].set(dep, d.task.reasons?.[dep]);
        const { description, deps, blocks } = proseDependencies(d.task.description, proseOptions);
        d.task.description = description;
        for (const dep of deps)
            written[i].set(dep, `${idOf(i)} after ${dep}: its text says so`);
        for (const later of blocks)
            addWritten(later, d.task.id, `${later} after ${idOf(i)}: ${idOf(i)} says it blocks ${later}`);
        for (const line of d.body) {
            const m = LABELLED_DEPENDENCY.exec(stripEmphasis(line));
            if (!m)
                continue;
            const refs = taskRefs(refListPart(m[2]), bodyOptions).filter((r) => r !== d.task.id);
            const label = m[1].toLowerCase();
            if (label === 'blocks' || label === 'unblocks') {
                for (const later of refs)
                    addWritten(later, d.task.id, `${later} after ${idOf(i)}: ${idOf(i)} says Blocks: ${later}`);
            }
            else {
                for (const dep of refs)
                    written[i].set(dep, `${idOf(i)} after ${dep}: its ${m[1]} line`);
            }
        }
    });
    function addWritten(laterId, earlierId, reason) {
        const later = indexOf.get(laterId);
        if (later === undefined || earlierId === undefined || laterId === earlierId)
            return;
        if (!written[later].has(earlierId))
            written[later].set(earlierId, reason);
    }
    if (kind === 'omo') {
        for (const [later, earlier] of dependencyMatrix(structure, bodyOptions)) {
            addWritten(later, earlier, `${later} after ${earlier}: the dependency matrix`);
        }
    }
    // Rank: where a task stands in the order the inferred edges follow (phase rank, then file position).
    const rank = drafts.map((_, i) => i);
    let phases = [];
    if (kind === 'speckit') {
        phases = specKitPhases(drafts, structure, warnings, file);
        const base = drafts.length + 1;
        for (const phase of phases)
            for (const m of phase.members)
                rank[m] = phase.rank * base + m;
        inferSpecKitOrder(drafts, phases, structure, open, inferred, idOf);
    }
    else if (kind === 'omo') {
        inferFinalWave(drafts, structure, open, written, inferred, indexOf, idOf, rank);
    }
    const tasks = assemble(drafts, written, inferred, indexOf, idOf, rank, warnings, phases, structure);
    return {
        tasks,
        phases: [...phases].sort((a, b) => a.rank - b.rank || a.heading - b.heading).map((p) => p.name),
        warnings,
    };
}
/** The final verification wave of an oh-my-opencode plan runs after every other open todo. */
function inferFinalWave(drafts, structure, open, written, inferred, indexOf, idOf, rank) {
    const isFinal = drafts.map((d) => {
        if (/^F\d+$/.test(d.task.id ?? ''))
            return true;
        for (const heading of headingPath(structure, d.item.heading)) {
            if (/final verification/i.test(heading.text))
                return true;
        }
        return false;
    });
    if (!isFinal.some(Boolean))
        return;
    const others = drafts.map((_, i) => i).filter((i) => !isFinal[i] && open[i]);
    // Exits: open todos no other open non-final todo waits for.
    const waitedFor = new Set();
    for (const i of others) {
        for (const dep of written[i].keys()) {
            const j = indexOf.get(dep);
            if (j !== undefined)
                waitedFor.add(j);
        }
    }
    const exits = others.filter((i) => !waitedFor.has(i));
    const base = drafts.length + 1;
    drafts.forEach((_, i) => {
        if (!isFinal[i])
            return;
        rank[i] = base + i;
        if (!open[i])
            return;
        for (const e of exits)
            inferred[i].set(drafts[e].task.id ?? '', `${idOf(i)} after ${idOf(e)}: the final verification wave runs after every todo`);
    });
}
function assemble(drafts, written, inferred, indexOf, idOf, rank, warnings, phases, structure) {
    const phaseOfDraft = new Map();
    for (const p of phases)
        for (const m of p.members)
            phaseOfDraft.set(m, p);
    const intros = phaseIntros(phases, structure);
    // Inferred edges only forward in rank; an id-less task cannot be depended on.
    const keep = inferred.map((edges, i) => {
        const out = new Map();
        for (const [dep, why] of edges) {
            const j = indexOf.get(dep);
            if (dep !== '' && j !== undefined && rank[j] < rank[i] && !written[i].has(dep))
                out.set(dep, why);
        }
        return out;
    });
    const openIdx = drafts.map((_, i) => i).filter((i) => !drafts[i].done);
    const nodes = () => openIdx
        .filter((i) => drafts[i].task.id !== undefined)
        .map((i) => ({
        id: drafts[i].task.id,
        dependsOn: [...written[i].keys(), ...keep[i].keys()].filter((d) => {
            const j = indexOf.get(d);
            return j !== undefined && !drafts[j].done;
        }),
    }));
    for (let round = 0; round < 100; round++) {
        const cycle = findCycle(nodes());
        if (!cycle)
            break;
        let dropped = false;
        for (let k = 0; k + 1 < cycle.length; k++) {
            const i = indexOf.get(cycle[k]);
            if (keep[i].delete(cycle[k + 1])) {
                warnings.push(`${idOf(i)} no longer waits for ${cycle[k + 1]}: that order would close a cycle with the plan's written dependencies`);
                dropped = true;
            }
        }
        if (!dropped)
            break; // A cycle of written edges: the plan builder reports it with its path.
    }
    return openIdx.map((i) => {
        const d = drafts[i];
        const task = { ...d.task, dependsOn: [...new Set([...written[i].keys(), ...keep[i].keys()])] };
        const reasons = {};
        for (const [dep, why] of written[i])
            if (why !== undefined)
                reasons[dep] = why;
        for (const [dep, why] of keep[i])
            reasons[dep] = why;
        if (Object.keys(reasons).length > 0)
            task.reasons = reasons;
        const phase = phaseOfDraft.get(i);
        if (phase)
            task.phase = phase.name;
        const context = contextOf(d, phase, phase ? intros.get(phase) : undefined);
        if (context)
            task.context = context;
        return task;
    });
}
/** The text right under each phase heading (its purpose, goal, independent test), rules left out. */
function phaseIntros(phases, structure) {
    const byHeading = new Map();
    for (const t of structure.text) {
        if (t.heading === undefined || /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(t.text))
            continue;
        const list = byHeading.get(t.heading) ?? [];
        list.push(t.text.trim());
        byHeading.set(t.heading, list);
    }
    return new Map(phases.map((p) => [p, (byHeading.get(p.heading) ?? []).join('\n')]));
}
/** A task's body, and for a spec-kit task the introduction of its phase (its goal and independent test). */
function contextOf(draft, phase, intro) {
    const parts = [];
    if (phase)
        parts.push(intro ? `Phase: ${phase.name}\n${intro}` : `Phase: ${phase.name}`);
    const body = draft.body
        .join('\n')
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .trim();
    if (body)
        parts.push(body);
    const text = parts.join('\n\n');
    if (text === '')
        return undefined;
    const limit = SUBTASK_LIMITS.contextChars;
    if (text.length <= limit)
        return text;
    return `${text.slice(0, limit)}\n…(${text.length - limit} more characters of this task's text are in the plan file, line ${draft.item.line})`;
}

;// CONCATENATED MODULE: ./src/plan/parse/task-text.ts


// Values are captured greedily and trimmed in code: a lazy `(.*?)\s*\)` backtracks quadratically on long
// runs of spaces, and these patterns see whatever a comment holds.
const ID = /\(\s*id\s*[:=]([^()]*)\)/gi;
const DEPENDS_ON = /\(\s*depends[\s_-]*on\s*[:=]([^()]*)\)/gi;
const SKILL_TAG = /\[\s*skills?\s*:([^\]]*)\]/gi;
const SKILL_ARROW = /(?:\u2192|->)\s*\/([A-Za-z0-9][\w.:/-]*)/g;
/**
 * `name:` at the very start: a letter, then letters, digits or `-` (up to 40), directly followed by the colon.
 * A colon followed by `/`, `\`, `:` or a digit is a URL, a path, a scope or a port, never a prefix.
 */
const DOMAIN_PREFIX = /^([A-Za-z][A-Za-z0-9-]{0,39}):(?![/\\:\d])([ \t]*)([\s\S]*)$/;
/** Splits `a, b c` into ids, checking each. */
function splitIdList(list) {
    return list
        .split(/[\s,]+/)
        .filter((s) => s.length > 0)
        .map(checkTaskId);
}
/** Drops trailing characters of `chars`; a loop, since `/[…]+$/` is quadratic on long runs. */
function trimEndOf(text, chars) {
    let end = text.length;
    while (end > 0 && chars.includes(text[end - 1]))
        end--;
    return text.slice(0, end);
}
const skillName = (s) => s
    .trim()
    .replace(/^\/+/, '')
    .replace(/[.:,;]+$/, '');
/**
 * Parses one task's text. Returns undefined for blank text (a trailing comma, an empty item). Throws
 * `OptionError` for a bad id, two ids, or a task that is only annotations.
 */
function parseTaskText(text, ctx) {
    const original = text.trim();
    if (original.length === 0)
        return undefined;
    const ids = [];
    const dependsOn = [];
    const skills = [];
    let rest = original
        .replace(ID, (_m, id) => {
        ids.push(checkTaskId(id.trim()));
        return ' ';
    })
        .replace(DEPENDS_ON, (_m, list) => {
        dependsOn.push(...splitIdList(list));
        return ' ';
    })
        .replace(SKILL_TAG, (_m, list) => {
        skills.push(...list.split(',').map(skillName));
        return ' ';
    })
        .replace(SKILL_ARROW, (_m, name) => {
        skills.push(skillName(name));
        return ' ';
    });
    if (ids.length > 1)
        throw new errors/* OptionError */.eR('task', original, 'at most one (id: …) annotation');
    const annotated = rest !== original;
    rest = rest.replace(/\s+/g, ' ').trim();
    let domain;
    const prefix = DOMAIN_PREFIX.exec(rest);
    if (prefix) {
        const [, name, space, description] = prefix;
        // Known domains always count. An unknown name counts when written as a tag (`blockchain:Deploy`, no
        // space) or in the explicit form; prose such as `Note: x` or `Fix bug: y` stays a description.
        if (ctx.registry.has(name) || space.length === 0 || ctx.explicitForm) {
            domain = name.toLowerCase();
            rest = description.trim();
        }
    }
    // Removing a trailing tag can leave its lead-in behind (`Write tests - [Skill: tdd]`).
    if (annotated)
        rest = trimEndOf(rest, ' :;,-\u2013\u2014');
    if (rest.length === 0) {
        throw new errors/* OptionError */.eR('task', original, 'a description besides its annotations and domain');
    }
    const task = {
        description: rest,
        dependsOn: [...new Set(dependsOn)],
        skills: [...new Set(skills.filter((s) => s.length > 0))],
    };
    if (ids[0] !== undefined)
        task.id = ids[0];
    if (domain !== undefined)
        task.domain = domain;
    return task;
}

;// CONCATENATED MODULE: ./src/plan/parse/split.ts
/**
 * Top-level splitting of a task list: separators inside quotes or parentheses do not split, so
 * `"Build UI, with forms", Fix parser (lexer, grammar)` is two tasks. Quotes and parentheses never span a line
 * break and an unmatched one is plain text, so a stray quote or apostrophe damages at most its own line.
 */
const BOUNDARY_BEFORE = /[\s,;|(]/;
const BOUNDARY_AFTER = /[\s,;|)]/;
/** For each index of `text`, 1 when it lies in a quoted span or a balanced pair of parentheses. */
function protectedMask(text) {
    // Spans are summed in a difference array and resolved once at the end, so deeply nested parentheses
    // cost O(n), not O(n x depth).
    const diff = new Int32Array(text.length + 1);
    const quoted = new Uint8Array(text.length);
    const mark = (from, to) => {
        diff[from]++;
        diff[to + 1]--;
    };
    const lineEnd = (from) => {
        const n = text.indexOf('\n', from);
        return n === -1 ? text.length : n;
    };
    // Where a single quote may close (at a word end) and where a curly quote closes, each list walked once
    // with a pointer, so a line full of openers stays linear.
    const closers = (isCloser) => {
        const out = [];
        for (let j = 0; j < text.length; j++)
            if (isCloser(j))
                out.push(j);
        return out;
    };
    const single = closers((j) => text[j] === "'" && (j + 1 === text.length || BOUNDARY_AFTER.test(text[j + 1])));
    const curly = closers((j) => text[j] === '\u201d');
    let nextSingle = 0;
    let nextCurly = 0;
    // The end of the current line, found once per line.
    let eol = lineEnd(0);
    for (let i = 0; i < text.length; i++) {
        if (i > eol)
            eol = lineEnd(i);
        const c = text[i];
        let close = -1;
        if (c === '"') {
            const j = text.indexOf('"', i + 1);
            if (j !== -1 && j < eol)
                close = j;
        }
        else if (c === '\u201c') {
            while (nextCurly < curly.length && curly[nextCurly] <= i)
                nextCurly++;
            const j = curly[nextCurly];
            if (j !== undefined && j < eol)
                close = j;
        }
        else if (c === "'" && (i === 0 || BOUNDARY_BEFORE.test(text[i - 1]))) {
            // A single quote opens only at a word start and closes only at a word end, so apostrophes
            // (`don't`, `user's`) stay plain text.
            while (nextSingle < single.length && single[nextSingle] <= i)
                nextSingle++;
            const j = single[nextSingle];
            if (j !== undefined && j < eol)
                close = j;
        }
        if (close > i) {
            mark(i, close);
            quoted.fill(1, i, close + 1);
            i = close;
        }
    }
    const open = [];
    for (let i = 0; i < text.length; i++) {
        if (quoted[i] === 1)
            continue;
        const c = text[i];
        if (c === '\n')
            open.length = 0;
        else if (c === '(')
            open.push(i);
        else if (c === ')' && open.length > 0)
            mark(open.pop(), i);
    }
    const mask = new Uint8Array(text.length);
    for (let i = 0, depth = 0; i < text.length; i++) {
        depth += diff[i];
        if (depth > 0)
            mask[i] = 1;
    }
    return mask;
}
/** True when one of `separators` occurs outside quotes and parentheses. */
function hasTopLevel(text, mask, separators) {
    for (let i = 0; i < text.length; i++)
        if (mask[i] === 0 && separators.includes(text[i]))
            return true;
    return false;
}
/** Splits at every top-level separator character; segments are returned untrimmed. */
function splitTopLevel(text, mask, separators) {
    const out = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        if (mask[i] === 0 && separators.includes(text[i])) {
            out.push(text.slice(start, i));
            start = i + 1;
        }
    }
    out.push(text.slice(start));
    return out;
}
const QUOTED = String.raw `"[^"\n]*"|\u201c[^\u201d\n]*\u201d|'[^'\n]*'`;
const ALL_QUOTED = new RegExp(String.raw `^(?:${QUOTED})(?:\s+(?:${QUOTED}))*$`);
const EACH_QUOTED = new RegExp(QUOTED, 'g');
/**
 * A segment made only of quoted strings (`"Set up db (id: db)" "Create API (depends_on: db)"`, as a comment
 * carries the seed's one-task-per-argument example) gives one task per string, unquoted; any other segment is
 * one task, as written.
 */
function quotedParts(segment) {
    const trimmed = segment.trim();
    if (!ALL_QUOTED.test(trimmed))
        return [trimmed];
    return [...trimmed.matchAll(EACH_QUOTED)].map((m) => m[0].slice(1, -1).trim());
}
/** Removes one pair of quotes around the whole text, if there is one. */
function unquote(text) {
    const t = text.trim();
    return t.length >= 2 && new RegExp(String.raw `^(?:${QUOTED})$`).test(t) ? t.slice(1, -1).trim() : t;
}

;// CONCATENATED MODULE: ./src/plan/parse/text.ts



/**
 * Arguments to tasks. Several arguments where one holds a space were quoted one task each (form 3), and
 * each is exactly one task; so is each of several arguments that all start with a `domain:` prefix. One
 * argument, or several single words (an unquoted shell line such as `orchestrate plan Build login UI, Write
 * tests`), are joined and read as a list.
 */
const DOMAIN_TAG = /^[A-Za-z][A-Za-z0-9-]{0,39}:(?![/\\:\d])\S/;
function parseTextInput(args, registry) {
    const parts = args.map((a) => a.trim()).filter((a) => a.length > 0);
    // `'frontend:One' 'backend:Two'`: every argument carries its own domain, so each is its own task.
    const eachPrefixed = parts.every((a) => DOMAIN_TAG.test(a));
    if (parts.length > 1 && (eachPrefixed || parts.some((a) => /\s/.test(a)))) {
        const acc = new Accumulator({ registry, explicitForm: false });
        for (const part of parts)
            acc.add(part);
        return acc.result();
    }
    return parseTaskList(parts.join(' '), registry);
}
/**
 * A list in one string. `|` at the top level marks the explicit-domain form, and then only `|` and new lines
 * split, so a description may hold commas; otherwise commas, semicolons and new lines split.
 */
function parseTaskList(text, registry) {
    // Shell-style line continuations (`\` at a line end), as the seed writes multi-line examples.
    const normalized = text.replace(/\\\r?\n/g, ' ').replace(/\r\n?/g, '\n');
    const mask = protectedMask(normalized);
    const explicitForm = hasTopLevel(normalized, mask, '|');
    const acc = new Accumulator({ registry, explicitForm });
    for (const segment of splitTopLevel(normalized, mask, explicitForm ? '|\n' : ',;\n')) {
        for (const part of quotedParts(segment))
            acc.add(part);
    }
    return acc.result();
}
/** Collects tasks; a pasted checklist's `[x]` items are done, and dependencies on them are satisfied. */
class Accumulator {
    ctx;
    tasks = [];
    doneIds = new Set();
    done = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    add(text) {
        const item = parseListItem(text);
        const task = parseTaskText(unquote(item ? item.text : text), this.ctx);
        if (!task)
            return;
        if (item?.checked === true) {
            this.done++;
            if (task.id !== undefined)
                this.doneIds.add(task.id);
            return;
        }
        this.tasks.push(task);
    }
    result() {
        const tasks = dropDoneDependencies(this.tasks, this.doneIds);
        return this.done > 0 ? { tasks, alreadyDone: this.done } : { tasks };
    }
}
/** A dependency on a done item is satisfied, unless an open task has the same id (then it is that task). */
function dropDoneDependencies(tasks, doneIds) {
    if (doneIds.size === 0)
        return tasks;
    const open = new Set(tasks.flatMap((t) => (t.id === undefined ? [] : [t.id])));
    return tasks.map((t) => ({ ...t, dependsOn: t.dependsOn.filter((d) => open.has(d) || !doneIds.has(d)) }));
}

;// CONCATENATED MODULE: ./src/plan/parse/markdown.ts








/**
 * A task id at the start of an item: a spec-kit id (`T001`, `T012a`, `**T001**`, `T001:`), a labelled id
 * (`F1.`, `L1.1:`, `**E3.2: …**`), or in an oh-my-opencode plan a todo number (`1.`, which becomes `T1`).
 */
const SPECKIT_LEAD = /^(\*\*|__)?(T\d{3,}[a-z]?)(?:\*\*|__)?:?(?:\*\*|__)?(?:\s+|$)/;
const LABELLED_LEAD = /^(\*\*|__)?([A-Z]{1,2}\d+(?:\.\d+)*[a-z]?)(?:\*\*|__)?[.:)](?:\*\*|__)?(?:\s+|$)/;
const NUMBER_LEAD = /^(\*\*|__)?(\d{1,4})(?:\*\*|__)?[.)](?:\*\*|__)?(?:\s+|$)/;
const SPECKIT_ID = /^T\d{3,}[a-z]?$/;
const TAG = /^\[(P|P\d|US\s?\d+|Story\s?\d+|Setup|Foundation|Foundational|Polish)\]\s*/i;
const OMO_PATH = /(?:^|[\\/])\.(?:sisyphus|omo)[\\/]plans[\\/]/;
const TODO_SECTION = /^(?:todos?|tasks?|to-?dos?|work items)\b|final verification wave/i;
const CHECKLIST_SECTION = /checklist|criteria|definition of done|verification commands|success|must have/i;
/** `file` names the plan in messages (`file:line: …`). */
function parseMarkdownPlan(text, file, registry) {
    const structure = markdownStructure(text, file);
    const kind = planKind(structure, file);
    const taskItems = chooseTaskItems(structure, kind);
    const drafts = [];
    let done = 0;
    for (const index of taskItems) {
        const item = structure.items[index];
        let draft;
        try {
            draft = draftOf(structure, item, kind, registry);
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz && !(error instanceof errors/* PlanFileError */.KR))
                throw new errors/* PlanFileError */.KR(file, item.line, error.message);
            throw error;
        }
        if (!draft)
            continue;
        if (draft.done)
            done++;
        drafts.push(draft);
    }
    if (kind === 'omo' && drafts.length === 0)
        drafts.push(...headingDrafts(structure, registry));
    const openAt = new Map();
    for (const d of drafts) {
        if (d.done || d.task.id === undefined)
            continue;
        const first = openAt.get(d.task.id);
        if (first !== undefined) {
            throw new errors/* PlanFileError */.KR(file, d.item.line, `task id '${d.task.id}' is already used by the open task on line ${first}`);
        }
        openAt.set(d.task.id, d.item.line);
    }
    const ordered = orderPlan(drafts, structure, kind, file);
    const doneIds = new Set(drafts.filter((d) => d.done && d.task.id !== undefined).map((d) => d.task.id));
    const tasks = dropDoneDependencies(ordered.tasks, doneIds);
    const warnings = [...structure.warnings, ...ordered.warnings];
    return {
        tasks,
        alreadyDone: done,
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(ordered.phases.length > 0 ? { phases: ordered.phases } : {}),
    };
}
function planKind(structure, file) {
    const boxed = structure.items.filter((i) => i.checked !== undefined);
    if (boxed.some((i) => SPECKIT_ID.test(leadingId(stripTags(i.text)) ?? '')))
        return 'speckit';
    const todoHeading = structure.headings.some((h) => /^todos?\b/i.test(stripEmphasis(h.text)));
    if (OMO_PATH.test(file) || todoHeading)
        return 'omo';
    return boxed.length > 0 ? 'checklist' : 'list';
}
/** Indices of the items that are tasks, in file order: see the kinds above. */
function chooseTaskItems(structure, kind) {
    const { items } = structure;
    const isTask = new Uint8Array(items.length);
    // In an oh-my-opencode plan, todos live in the TODOs / Tasks / final verification sections when it has any.
    // The nearest heading decides when it names a todo section or a checklist ("Final Checklist",
    // "Definition of Done"); otherwise an enclosing todo section does.
    const inTodoSection = (item) => {
        let nearest = true;
        for (const heading of headingPath(structure, item.heading)) {
            const text = stripEmphasis(heading.text);
            if (TODO_SECTION.test(text) && !(nearest && CHECKLIST_SECTION.test(text)))
                return true;
            if (nearest && CHECKLIST_SECTION.test(text))
                return false;
            nearest = false;
        }
        return false;
    };
    const hasTodoSections = kind === 'omo' && items.some((i) => i.checked !== undefined && inTodoSection(i));
    items.forEach((item, i) => {
        // Nested in a task: part of that task's body.
        for (let p = item.parent; p !== undefined; p = items[p].parent)
            if (isTask[p])
                return;
        let candidate;
        if (kind === 'speckit')
            candidate = item.checked !== undefined && leadingId(stripTags(item.text)) !== undefined;
        else if (kind === 'omo')
            candidate = item.checked !== undefined && (!hasTodoSections || inTodoSection(item));
        else if (kind === 'checklist')
            candidate = item.checked !== undefined;
        else
            candidate = !isLabel(item.text);
        if (candidate && item.text.trim() !== '')
            isTask[i] = 1;
    });
    const out = [];
    isTask.forEach((t, i) => t && out.push(i));
    return out;
}
/** `Payload:` or `**Backend**:` alone: a label for what follows, never a task. */
function isLabel(text) {
    const plain = stripEmphasis(text).trim();
    return /^[^\s:][^:]{0,80}:$/.test(plain) || plain === '';
}
function stripTags(text) {
    let rest = text.trim();
    for (let m = TAG.exec(rest); m; m = TAG.exec(rest))
        rest = rest.slice(m[0].length);
    return rest;
}
function leadingId(text) {
    return (SPECKIT_LEAD.exec(text) ?? LABELLED_LEAD.exec(text))?.[2];
}
/** The id at the start of `text` and what follows it, for this kind of plan. */
function takeId(text, kind) {
    const m = SPECKIT_LEAD.exec(text) ?? LABELLED_LEAD.exec(text) ?? (kind === 'omo' ? NUMBER_LEAD.exec(text) : null);
    if (!m)
        return undefined;
    let rest = text.slice(m[0].length);
    // `**L1.1: Title**`: the bold opened before the id closes at the end of the title.
    if (m[1] && rest.endsWith(m[1]) && !rest.slice(0, -2).includes(m[1]))
        rest = rest.slice(0, -2);
    return { id: /^\d+$/.test(m[2]) ? `T${Number(m[2])}` : m[2], rest };
}
/** Leading spec-kit tags, before and after the id, in any order; the rest is the title. */
function takeTags(text, tags) {
    let rest = text.trim();
    for (let m = TAG.exec(rest); m; m = TAG.exec(rest)) {
        const tag = m[1].replace(/\s+/g, '');
        if (/^P$/i.test(tag))
            tags.parallel = true;
        else if (/^(US|Story)\d+$/i.test(tag))
            tags.story = `US${tag.replace(/\D/g, '')}`;
        else if (/^(Setup|Foundation|Foundational|Polish)$/i.test(tag))
            tags.phase = tag.toLowerCase();
        rest = rest.slice(m[0].length);
    }
    return rest;
}
function draftOf(structure, item, kind, registry) {
    if (item.text.length > SUBTASK_LIMITS.descriptionChars) {
        throw new errors/* InputError */.dz(`the task's title is ${item.text.length} characters long; the limit is ${SUBTASK_LIMITS.descriptionChars} ` +
            '(put long instructions in lines indented under the item: they reach the worker as its details)');
    }
    const tags = { parallel: false };
    let text = takeTags(item.text, tags);
    let id;
    const lead = takeId(text, kind);
    if (lead) {
        id = lead.id;
        text = takeTags(lead.rest, tags);
    }
    const struck = isStruck(text);
    const skills = [];
    // An oh-my-opencode final-wave todo names its category after a dash: `F1. **Audit** — `oracle``.
    const category = /\s[\u2014\u2013-]\s`([\w-]+)`(?:\s*\(\+\s*`([\w-]+)`\s*skills?\))?\s*$/.exec(text);
    if (kind === 'omo' && category) {
        skills.push(category[1]);
        if (category[2])
            skills.push(category[2]);
        text = text.slice(0, category.index);
    }
    const title = stripEmphasis(text).trim();
    if (title === '' || (id === undefined && isLabel(title)))
        return undefined;
    const task = parseTaskText(title, { registry, explicitForm: false });
    if (!task)
        return undefined;
    // An explicit `(id: …)` wins; the plan's own id then stays in the description, where the author wrote it.
    if (id !== undefined) {
        if (task.id === undefined)
            task.id = id;
        else
            task.description = `${id} ${task.description}`;
    }
    const body = itemBody(structure, item);
    skills.push(...bodySkills(body));
    task.skills = [...new Set([...task.skills, ...skills])];
    if (tags.story)
        task.story = tags.story;
    task.line = item.line;
    task.lineText = item.raw;
    const hint = domainHint(structure, item, registry);
    if (task.domain === undefined && hint !== undefined)
        task.domain = hint;
    return {
        task,
        item,
        body,
        done: item.checked === true || struck,
        parallel: tags.parallel,
        ...(tags.phase ? { phaseTag: tags.phase } : {}),
    };
}
/** `**Skills**: [`a`, `b`]` and `**Category**: `quick`` lines of a todo's body. */
function bodySkills(body) {
    const out = [];
    for (const line of body) {
        const m = /^\s*(?:[-*+]\s+)?\*\*(Skills|Category)\*\*\s*:\s*(.*)$/i.exec(line);
        if (!m)
            continue;
        const value = m[2];
        const quoted = [...value.matchAll(/`([^`\s]+)`/g)].map((q) => q[1]);
        const names = quoted.length > 0
            ? quoted
            : (/^\[([^\]]*)\]/.exec(value)?.[1] ?? '')
                .split(',')
                .map((s) => s.trim().replace(/^['"]|['"]$/g, ''));
        for (const name of names)
            if (/^[A-Za-z][\w.:/-]*$/.test(name) && !/^none$/i.test(name))
                out.push(name);
    }
    return out;
}
/** The domain named by the nearest heading or label item above, when one names a domain exactly. */
function domainHint(structure, item, registry) {
    for (let p = item.parent; p !== undefined; p = structure.items[p].parent) {
        const label = structure.items[p].text;
        if (isLabel(label)) {
            const name = domainName(stripEmphasis(label).replace(/:$/, ''), registry);
            if (name)
                return name;
        }
    }
    for (const heading of headingPath(structure, item.heading)) {
        const name = domainName(heading.text, registry);
        if (name)
            return name;
    }
    return undefined;
}
function domainName(text, registry) {
    // Nothing this long names a domain (at most 40 characters plus a word or two).
    if (text.length > 80)
        return undefined;
    const name = stripEmphasis(text)
        .replace(/[*_`]/g, '')
        .trim()
        .replace(/:$/, '')
        .replace(/\s+(?:tasks?|work|domain)$/i, '')
        .toLowerCase();
    return registry.has(name) ? name : undefined;
}
/** Todos written as `### Task N — …` headings (see heading-todos.ts), as drafts like any other. */
function headingDrafts(structure, registry) {
    const todos = headingTodos(structure);
    const drafts = todos.flatMap((todo) => {
        const task = parseTaskText(todo.title, { registry, explicitForm: false });
        if (!task)
            return [];
        task.id = todo.id;
        task.line = todo.item.line;
        task.lineText = todo.item.raw;
        const reasons = {};
        for (const dep of todo.needs)
            reasons[dep] = `${todo.id} after ${dep}: its title says ${todo.tag}`;
        task.dependsOn = [...new Set([...task.dependsOn, ...todo.needs])];
        if (todo.needs.length > 0)
            task.reasons = reasons;
        const body = todo.note !== undefined ? [todo.note] : itemBody(structure, todo.item);
        task.skills = [
            ...new Set([...task.skills, ...(todo.category ? [todo.category] : []), ...bodySkills(body)]),
        ];
        const hint = domainHint(structure, todo.item, registry);
        if (task.domain === undefined && hint !== undefined)
            task.domain = hint;
        return [{ task, item: todo.item, body, done: false, parallel: false }];
    });
    const byId = new Map(drafts.map((d) => [d.task.id, d]));
    for (const todo of todos) {
        for (const later of todo.blocks) {
            const d = byId.get(later);
            if (!d || d.task.dependsOn.includes(todo.id))
                continue;
            d.task.dependsOn.push(todo.id);
            d.task.reasons = {
                ...d.task.reasons,
                [todo.id]: `${later} after ${todo.id}: ${todo.id}'s title says ${todo.tag}`,
            };
        }
    }
    return drafts;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/plan/parse/json-error-offset.ts
/**
 * Where a JSON text first goes wrong. `JSON.parse` only says so on some Node versions (Node 20 often reports
 * `Unexpected token ']', "…" is not valid JSON` with no position), and a plan file error must name its line.
 * A small scanner of the JSON grammar, with an explicit stack so deep nesting cannot overflow.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
/** The offset of the first syntax error, or undefined when `text` is valid JSON. */
function jsonErrorOffset(text) {
    const n = text.length;
    let i = 0;
    const stack = [];
    let state = 'value';
    const skipSpace = () => {
        while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const string = () => {
        i++;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return true;
            }
            if (c === 0x5c) {
                ESCAPE.lastIndex = i;
                if (!ESCAPE.test(text))
                    return false;
                i = ESCAPE.lastIndex;
            }
            else if (c < 0x20) {
                return false;
            }
            else {
                i++;
            }
        }
        return false;
    };
    const scalar = () => {
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return true;
            }
        }
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text))
            return false;
        i = NUMBER.lastIndex;
        return true;
    };
    for (;;) {
        skipSpace();
        const c = text[i];
        if (state === 'value') {
            if (c === '{' || c === '[') {
                stack.push(c);
                i++;
                skipSpace();
                if (text[i] === (c === '{' ? '}' : ']')) {
                    i++;
                    stack.pop();
                    state = 'after';
                }
                else {
                    state = c === '{' ? 'key' : 'value';
                }
            }
            else if (c === '"') {
                if (!string())
                    return i;
                state = 'after';
            }
            else if (!scalar()) {
                return i;
            }
            else {
                state = 'after';
            }
        }
        else if (state === 'key') {
            if (c !== '"' || !string())
                return i;
            skipSpace();
            if (text[i] !== ':')
                return i;
            i++;
            state = 'value';
        }
        else {
            const top = stack[stack.length - 1];
            if (top === undefined)
                return i < n ? i : undefined;
            if (c === ',') {
                i++;
                state = top === '{' ? 'key' : 'value';
            }
            else if (c === (top === '{' ? '}' : ']')) {
                i++;
                stack.pop();
            }
            else {
                return i;
            }
        }
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    util.defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? util.escapeRegex(o) : o ? util.escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ $constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
});
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function api_describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBoolean", (inst, def) => {
    core.$ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.booleanProcessor(inst, ctx, json, params);
})));
function schemas_boolean(params) {
    return core._boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLiteral", (inst, def) => {
    core.$ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
})));
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ $constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    $ZodPreprocess.init(inst, def);
});
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = api_describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/plan/parse/zod-issue.ts

function planFormatError(error) {
    const issue = error.issues[0];
    if (!issue)
        return new PlanFormatError([], 'invalid value');
    const path = issue.path.filter((p) => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) {
        return new PlanFormatError([...path, issue.keys[0]], `unknown key '${issue.keys[0]}'`);
    }
    return new PlanFormatError(path, issue.message);
}

;// CONCATENATED MODULE: ./src/plan/parse/planner-array.ts
/**
 * The planner's format: `[{"description", "agent", "dependencies": [0-based indices]}]`, as the LLM planner
 * answers and as a JSON plan file may hold. Unknown keys are ignored (a model adds them); what is there must
 * be right. Indices become the auto ids `t1..tN`, so a plan reads the same whichever form it came from.
 */




const INDEX_EXPECTED = 'a dependency must be a 0-based task index';
const indexSchema = union([
    schemas_int({ error: INDEX_EXPECTED }).nonnegative({ error: INDEX_EXPECTED }),
    // Models sometimes quote numbers; `"2"` is unambiguous.
    schemas_string()
        .regex(/^\d+$/)
        .transform((s) => Number(s)),
], { error: INDEX_EXPECTED });
const plannerTaskSchema = object({
    description: schemas_string({ error: 'a description (text) is required' })
        .trim()
        .min(1, { error: 'the description is empty' }),
    agent: schemas_string().nullish(),
    dependencies: preprocess((v) => v ?? [], array(indexSchema, { error: 'dependencies must be a list of 0-based task indices' })),
}, { error: 'each task must be an object {description, agent, dependencies}' });
const plannerTasksSchema = array(plannerTaskSchema, {
    error: 'expected a JSON array of {description, agent, dependencies}',
});
/**
 * Validates the planner's array (already parsed from JSON) into RawTasks with ids `t1..tN`. `agent` sets the
 * domain only when it names a domain of `registry` (planners say `build`, which is not a domain). Throws
 * `PlanFormatError` with the path of the first problem, e.g. an index out of range. An empty array is valid
 * here; `buildPlan` refuses it.
 */
function rawTasksFromPlannerArray(value, registry = DomainRegistry.default) {
    const parsed = plannerTasksSchema.safeParse(value);
    if (!parsed.success)
        throw planFormatError(parsed.error);
    const count = parsed.data.length;
    return parsed.data.map((t, i) => {
        const dependsOn = t.dependencies.map((d, j) => {
            if (d >= count) {
                throw new PlanFormatError([i, 'dependencies', j], `dependency index ${d} is out of range (tasks are 0..${count - 1})`);
            }
            return `t${d + 1}`;
        });
        const task = {
            id: `t${i + 1}`,
            description: t.description,
            dependsOn: [...new Set(dependsOn)],
            skills: [],
        };
        const agent = t.agent?.trim().toLowerCase();
        if (agent && registry.has(agent))
            task.domain = agent;
        return task;
    });
}

;// CONCATENATED MODULE: ./src/plan/parse/tasks-object.ts
/**
 * The YAML/JSON object form: `tasks: [{id, description, domain?, depends_on?: [ids], skills?: [..]}]`.
 * Keys of a task are checked strictly, so a typo such as `depend_on` is refused rather than silently dropping
 * the dependency; other top-level keys (a title, a version) are allowed.
 */




const idSchema = union([schemas_string(), schemas_number()], { error: 'an id must be text' })
    .transform((v) => String(v).trim())
    .pipe(schemas_string().regex(TASK_ID, { error: `an id must be ${TASK_ID_EXPECTED}` }));
/** `[a, b]`, or `a, b` as one string, or nothing. */
const idListSchema = preprocess((v) => v == null
    ? []
    : typeof v === 'string'
        ? v.split(/[\s,]+/).filter(Boolean)
        : typeof v === 'number'
            ? [v]
            : v, array(idSchema, { error: 'expected a list of task ids' }));
const skillsSchema = preprocess((v) => (v == null ? [] : typeof v === 'string' ? [v] : v), array(schemas_string().trim().min(1), { error: 'expected a list of skill names' }));
const domainSchema = schemas_string({ error: 'a domain must be text' }).trim().toLowerCase().refine(isDomainName, {
    error: 'a domain must be lowercase letters, digits and "-", starting with a letter',
});
const fileTaskSchema = preprocess(
// `- Build the UI` is shorthand for `- description: Build the UI`.
(v) => (typeof v === 'string' ? { description: v } : v), strictObject({
    id: idSchema.optional(),
    description: schemas_string({ error: 'a description (text) is required' })
        .trim()
        .min(1, { error: 'the description is empty' }),
    domain: domainSchema.nullish(),
    depends_on: idListSchema,
    dependsOn: idListSchema,
    skills: skillsSchema,
}, { error: 'a task must be an object with a description, or a string' }));
const tasksObjectSchema = looseObject({ tasks: array(fileTaskSchema, { error: "expected a 'tasks' list" }) }, { error: "expected an object with a 'tasks' list, or an array in the planner format" });
/** Validates a parsed YAML/JSON value; throws `PlanFormatError` with the path of the first problem. */
function rawTasksFromTasksObject(value) {
    const parsed = tasksObjectSchema.safeParse(value);
    if (!parsed.success)
        throw planFormatError(parsed.error);
    return parsed.data.tasks.map((t) => {
        const task = {
            description: t.description,
            dependsOn: [...new Set([...t.depends_on, ...t.dependsOn])],
            skills: [...new Set(t.skills.map((s) => s.replace(/^\/+/, '')))],
        };
        if (t.id !== undefined)
            task.id = t.id;
        if (t.domain != null)
            task.domain = t.domain;
        return task;
    });
}

;// CONCATENATED MODULE: ./src/plan/parse/structured-file.ts
/**
 * YAML and JSON plan files: parse, pick the form (an array is the planner's format, an object the `tasks:`
 * form), validate, and turn any problem into `PlanFileError(file, line, detail)`. Lines of validation errors
 * come from the `yaml` package's node positions, for JSON too (JSON is YAML), so both forms point at the task.
 */






/** Far beyond any real plan (3-4 levels), far below what exhausts the stack of the parsers and validators. */
const MAX_NESTING = 64;
/**
 * How deep a JSON or YAML text nests, estimated in one pass: brackets outside quoted strings, plus for YAML
 * block sequences (`- - - x`) and indentation steps. Linear; an estimate, with the parse guarded as well.
 */
function nestingDepth(text) {
    let max = 0;
    let flow = 0;
    let quote;
    let lineStart = true;
    let block = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote !== undefined) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = undefined;
            continue;
        }
        if (c === '\n') {
            lineStart = true;
            block = 0;
            continue;
        }
        if (lineStart) {
            if (c === ' ') {
                block += 0.5;
                continue;
            }
            if (c === '-' && text[i + 1] === ' ') {
                block++;
                i++;
                continue;
            }
            lineStart = false;
            max = Math.max(max, Math.ceil(block) + flow);
        }
        if (c === '"' || c === "'")
            quote = c;
        else if (c === '[' || c === '{')
            max = Math.max(max, ++flow + Math.ceil(block));
        else if ((c === ']' || c === '}') && flow > 0)
            flow--;
    }
    return Math.max(max, Math.ceil(block) + flow);
}
function parseStructuredPlan(text, file, kind, registry) {
    const source = text.replace(/^\uFEFF/, '');
    const depth = nestingDepth(source);
    if (depth > MAX_NESTING) {
        throw new errors/* PlanFileError */.KR(file, undefined, `the plan nests ${depth} levels deep; a plan nests a few levels, and the limit is ${MAX_NESTING}`);
    }
    let value;
    try {
        value = kind === 'json' ? parseJson(source, file) : parseYaml(source, file);
    }
    catch (error) {
        // Whatever the estimate above missed: a recursion that ran out of stack is still the file's nesting.
        if (error instanceof RangeError)
            throw new errors/* PlanFileError */.KR(file, undefined, 'the plan nests too deep to read');
        throw error;
    }
    if (value === null || value === undefined)
        throw new errors/* PlanFileError */.KR(file, undefined, 'the plan file is empty');
    try {
        return Array.isArray(value) ? rawTasksFromPlannerArray(value, registry) : rawTasksFromTasksObject(value);
    }
    catch (error) {
        if (error instanceof PlanFormatError)
            throw new errors/* PlanFileError */.KR(file, lineOf(source, error.path), error.message);
        throw error;
    }
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* PlanFileError */.KR(file, jsonErrorLine(text, (0,errors/* errorMessage */.gJ)(error)), `invalid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** The line of a JSON syntax error: from our own scanner, else from what this Node's message says. */
function jsonErrorLine(text, message) {
    const offset = jsonErrorOffset(text);
    if (offset !== undefined)
        return lineAt(text, offset);
    const line = /\(line (\d+) column \d+\)/.exec(message);
    if (line)
        return Number(line[1]);
    const position = /at position (\d+)/.exec(message);
    if (position)
        return lineAt(text, Number(position[1]));
    if (/end of JSON input/i.test(message))
        return lineAt(text, text.length);
    return undefined;
}
const lineAt = (text, offset) => {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
};
function parseYaml(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true });
    const first = doc.errors[0];
    if (first) {
        // The pretty message repeats the position and quotes the source; the file:line prefix already says where.
        const detail = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* PlanFileError */.KR(file, first.linePos?.[0].line, `invalid YAML: ${detail}`);
    }
    try {
        // A small alias budget refuses "billion laughs" documents instead of expanding them.
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new errors/* PlanFileError */.KR(file, undefined, `invalid YAML: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** The line of the deepest node of `path` that exists (a missing key points at its object). */
function lineOf(text, path) {
    let doc;
    const lineCounter = new dist/* LineCounter */.HN();
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter });
    }
    catch {
        return undefined;
    }
    let node = doc.contents;
    let offset = rangeStart(node);
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                break;
            offset = rangeStart(pair.key) ?? offset;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                break;
            offset = rangeStart(item) ?? offset;
            node = item;
        }
        else {
            break;
        }
    }
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
function rangeStart(node) {
    const range = node?.range;
    return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}

;// CONCATENATED MODULE: ./src/util/hidden-characters.ts
/**
 * Characters a reader does not see but a program (or a model) reads: zero-width, bidi-control,
 * invisible-operator, soft-hyphen, variation-selector and tag characters. Shared by the action's comment
 * sanitizer, which removes them, and the plan file reader, which shows bidi controls instead of passing them on.
 */
/** As code point ranges (a regex class of combining marks is easy to misread and lint rightly flags it). */
const HIDDEN_RANGES = (/* unused pure expression or super */ null && ([
    [0x00ad, 0x00ad], // soft hyphen
    [0x034f, 0x034f], // combining grapheme joiner
    [0x061c, 0x061c], // Arabic letter mark
    [0x115f, 0x1160], // Hangul fillers
    [0x17b4, 0x17b5], // Khmer inherent vowels
    [0x180b, 0x180f], // Mongolian variation selectors, vowel separator
    [0x200b, 0x200f], // zero-width space/joiners, LRM, RLM
    [0x202a, 0x202e], // bidi embeddings and overrides
    [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
    [0x3164, 0x3164], // Hangul filler
    [0xfe00, 0xfe0f], // variation selectors
    [0xfeff, 0xfeff], // zero-width no-break space (BOM)
    [0xffa0, 0xffa0], // half-width Hangul filler
    [0xfff9, 0xfffb], // interlinear annotations
    [0xe0000, 0xe007f], // tag characters ("ASCII smuggling")
    [0xe0100, 0xe01ef], // variation selectors supplement
]));
function isHiddenCodePoint(codePoint) {
    if (codePoint < 0xad)
        return false;
    return HIDDEN_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}
/**
 * The bidi controls that reorder how text is shown (the "Trojan Source" characters, CVE-2021-42574): an
 * embedding, override or isolate, and the marks.
 */
function isBidiControl(codePoint) {
    return (codePoint === 0x061c ||
        codePoint === 0x200e ||
        codePoint === 0x200f ||
        (codePoint >= 0x202a && codePoint <= 0x202e) ||
        (codePoint >= 0x2066 && codePoint <= 0x2069));
}

;// CONCATENATED MODULE: ./src/plan/parse/visible-text.ts
/**
 * What a plan's reader sees must be what the agent reads. Bidi control characters reorder how text is shown
 * (a line that reads as harmless can run as something else, the "Trojan Source" trick), so they are made
 * visible as `<U+202E>` in what the agent receives, and each line that held one is named in a warning.
 */

/** At most this many lines are named; the rest are counted. */
const NAMED_LINES = 5;
function revealBidi(text, where) {
    if (!hasBidi(text))
        return { text, warnings: [] };
    const lines = [];
    let line = 1;
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0);
        if (char === '\n')
            line++;
        if (isBidiControl(code)) {
            if (lines[lines.length - 1] !== line)
                lines.push(line);
            out += `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
        }
        else {
            out += char;
        }
    }
    const named = lines.slice(0, NAMED_LINES).map((l) => `${where}:${l}`);
    const more = lines.length > NAMED_LINES ? ` and ${lines.length - NAMED_LINES} more line(s)` : '';
    return {
        text: out,
        warnings: [
            `bidi control characters (which reorder how text is shown) made visible as <U+…> at ${named.join(', ')}${more}`,
        ],
    };
}
function hasBidi(text) {
    for (let i = 0; i < text.length; i++)
        if (isBidiControl(text.charCodeAt(i)))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/plan/parse/plan-file.ts
/**
 * Form 4, plan files: recognising `execute <path>`, `execute tasks from <path>` or a lone `*.md|yaml|yml|json`
 * argument, then reading the file through the caller's `io` (the only I/O of parsing: the engine's reader,
 * which enforces where plans may be read from and what they may be).
 */






const PLAN_EXTENSION = /\.(?:md|markdown|ya?ml|json)$/i;
const EXECUTE = /^execute\s+(?:tasks\s+from\s+)?([\s\S]+)$/i;
/** One word ending in a plan extension, quotes and backticks around it allowed. */
const isPlanPath = (arg) => {
    const word = stripBackticks(unquote(arg.trim()));
    return word.length > 0 && !/\s/.test(word) && PLAN_EXTENSION.test(word);
};
/**
 * The plan file path an input names, or undefined when it is not a plan-file input.
 *
 * `execute X` takes X as a path when it is quoted, ends in a plan extension, or is one word with a `/`
 * (so `execute plans/auth` reports a clear error); otherwise (`Execute the migration, deploy`) the input
 * is a task list. A lone argument is a plan path only when it is one word ending in a plan extension, so
 * `Update README.md` stays a task. Several plan paths are refused: they would otherwise become one task made
 * of file names.
 */
function planFileArgument(args) {
    const parts = args.map((a) => a.trim()).filter((a) => a.length > 0);
    const joined = parts.join(' ');
    const execute = EXECUTE.exec(joined);
    if (execute) {
        const raw = execute[1].trim();
        const path = stripBackticks(unquote(raw));
        const quoted = path !== raw;
        if (!quoted)
            refuseSeveral(raw.split(/\s+/));
        if (path.length > 0 &&
            (quoted || PLAN_EXTENSION.test(path) || (!/\s/.test(path) && path.includes('/')))) {
            return path;
        }
        return undefined;
    }
    if (parts.length > 1) {
        refuseSeveral(parts);
        return undefined;
    }
    if (parts.length === 1 && isPlanPath(parts[0]))
        return stripBackticks(unquote(parts[0]));
    return undefined;
}
/** Every part a plan path: several plans in one request, which would otherwise become one task of names. */
function refuseSeveral(parts) {
    if (parts.length < 2 || !parts.every(isPlanPath))
        return;
    throw new errors/* InputError */.dz(`Several plan files given (${parts.join(', ')}): run one plan at a time ` +
        `(the action's plan-file input takes a glob and runs one plan per file)`);
}
// A comment often writes the path as code: `execute `plan.md``.
const stripBackticks = (s) => (/^`[^`]+`$/.test(s) ? s.slice(1, -1).trim() : s);
/** Reads and parses a plan file; every problem is a `PlanFileError` naming `path` as the user wrote it. */
function readPlanFile(path, io, registry) {
    if (!PLAN_EXTENSION.test(path)) {
        throw new errors/* PlanFileError */.KR(path, undefined, 'unsupported plan file type; expected .md, .yaml, .yml or .json');
    }
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    const kind = ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.json' ? 'json' : 'yaml';
    const { text: raw, file } = io.readPlanFile(path);
    const { text, warnings } = revealBidi(raw, path);
    const parsed = kind === 'markdown'
        ? parseMarkdownPlan(text, path, registry)
        : { tasks: parseStructuredPlan(text, path, kind, registry) };
    const all = [...warnings, ...(parsed.warnings ?? [])];
    return { ...parsed, source: { kind, file }, ...(all.length > 0 ? { warnings: all } : {}) };
}

;// CONCATENATED MODULE: ./src/plan/parse/index.ts
/**
 * Every task input form to a `ParsedInput`. Plan files are read through `io.readPlanFile`; everything else
 * is pure. All refusals are `InputError`s.
 */









function parseInput(args, io, options = {}) {
    const registry = options.registry ?? DomainRegistry.default;
    const file = planFileArgument(args);
    if (file !== undefined)
        return readPlanFile(file, io, registry);
    const warnings = [];
    const visible = args.map((arg, i) => {
        const shown = revealBidi(arg, `argument ${i + 1}`);
        warnings.push(...shown.warnings);
        return shown.text;
    });
    const parsed = parseTextInput(visible, registry);
    return warnings.length > 0 ? { ...parsed, warnings } : parsed;
}

;// CONCATENATED MODULE: ./src/planner/planner-prompt.ts
/** The LLM planner's system prompt and request (contract section 3). Pure text. */
function plannerSystemPrompt(domains) {
    return [
        'You are a task decomposition specialist.',
        'You split one request into a small number of subtasks that independent workers can do in parallel,',
        'each in a single domain, and you say which subtasks must wait for which.',
        '',
        'Answer with ONLY a JSON array, no prose and no code fence, in exactly this form:',
        '[{"description": "...", "agent": "<domain>", "dependencies": [<0-based indices of earlier subtasks>]}]',
        '',
        'Rules:',
        '- Each description is one self-contained instruction a worker can act on without seeing the others.',
        `- "agent" is the domain of the work: one of ${domains.join(', ')}, or a short lowercase name of your own.`,
        '- One worker per domain runs its subtasks one at a time: give subtasks that should run at the same time',
        '  different domains (e.g. research-a, research-b).',
        '- A subtask lists in "dependencies" the subtasks whose results it needs; prefer independent subtasks.',
        '- Dependencies point only to earlier subtasks: no cycles.',
    ].join('\n');
}
function plannerRequest(request, maxSubtasks, feedback) {
    const lines = [`Decompose this request into at most ${maxSubtasks} subtasks:`, '', request.trim(), ''];
    if (feedback) {
        lines.push('Your previous answer was rejected:', feedback.error, '', 'Answer again with only the corrected JSON array.', '');
    }
    return lines.join('\n');
}
/** The JSON array inside a model's answer: tolerates a code fence or a sentence around it. */
function extractJsonArray(answer) {
    const text = answer.trim();
    const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
    const body = fenced ? fenced[1].trim() : text;
    const start = body.indexOf('[');
    const end = body.lastIndexOf(']');
    if (start < 0 || end < start)
        throw new Error('the answer holds no JSON array');
    try {
        return JSON.parse(body.slice(start, end + 1));
    }
    catch (error) {
        throw new Error(`the answer is not valid JSON: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/planner/llm-planner.ts







const PLANNER_TIMEOUT_MS = 3 * 60_000;
const ATTEMPTS = 3;
/** The planner could not produce a valid plan; the run fails (exit 1) unless the keyword fallback was asked for. */
class PlannerError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlannerError';
    }
}
async function planWithLlm(options) {
    const registry = options.registry ?? DomainRegistry.default;
    const domains = registry.names().filter((d) => d !== 'general');
    const timeout = AbortSignal.timeout(options.timeoutMs ?? PLANNER_TIMEOUT_MS);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    const session = await openOneShot({
        ...options.session,
        role: 'planner',
        systemPrompt: plannerSystemPrompt(domains),
    });
    let feedback;
    try {
        for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
            const verdict = await session.ask(`attempt-${attempt}`, plannerRequest(options.request, options.maxSubtasks, feedback), signal);
            if (signal.aborted) {
                throw new PlannerError(timeout.aborted
                    ? `the planner timed out after ${Math.round((options.timeoutMs ?? PLANNER_TIMEOUT_MS) / 1000)} s`
                    : 'planning was cancelled');
            }
            if (verdict.status === 'failed' && !verdict.result) {
                // The model itself failed (auth, quota, unreachable): asking again with feedback would not help.
                throw new PlannerError(`the planner's model failed: ${verdict.error ?? 'no answer'}`);
            }
            try {
                const answer = extractJsonArray(verdict.result);
                const tasks = withPlannerDomains(rawTasksFromPlannerArray(answer, registry), answer);
                checkSubtaskCount(tasks.length, options.maxSubtasks);
                const plan = buildPlan({ tasks }, {
                    registry,
                    planId: options.planId,
                    maxSubtasks: options.maxSubtasks,
                    taskDescription: options.request,
                });
                options.logger.info(`planner: ${plan.subtasks.length} subtasks after ${attempt} attempt${attempt > 1 ? 's' : ''}`);
                return plan;
            }
            catch (error) {
                feedback = { answer: verdict.result, error: (0,errors/* errorMessage */.gJ)(error) };
                options.logger.warn(`planner attempt ${attempt} of ${ATTEMPTS} was invalid: ${feedback.error}`);
            }
        }
        throw new PlannerError(`the planner gave no valid plan in ${ATTEMPTS} attempts; last error: ${feedback?.error}`);
    }
    finally {
        await session.close();
    }
}
/** Agent names that say nothing about the domain (the seed's planner answers `build` for everything). */
const GENERIC_AGENTS = new Set(['build', 'general', 'plan', 'agent', 'default', 'task']);
/**
 * The planner chooses domains: a known one is already taken by the parser; a new, well-formed name becomes a
 * custom domain for this plan (so the planner can split independent work across workers). Generic names
 * keep the keyword detection.
 */
function withPlannerDomains(tasks, answer) {
    const items = Array.isArray(answer) ? answer : [];
    return tasks.map((task, i) => {
        if (task.domain)
            return task;
        const agent = items[i]?.agent;
        if (typeof agent !== 'string')
            return task;
        const name = agent.trim().toLowerCase();
        return isDomainName(name) && !GENERIC_AGENTS.has(name) ? { ...task, domain: name } : task;
    });
}

;// CONCATENATED MODULE: ./src/util/logger.ts
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };
/** Plain lines on stderr; `debug` only when ORCH_DEBUG is set. */
function stderrLogger(env = process.env) {
    const write = (prefix, message) => process.stderr.write(`${prefix}${message}\n`);
    return {
        debug: (m) => {
            if (env.ORCH_DEBUG)
                write('debug: ', m);
        },
        info: (m) => write('', m),
        warn: (m) => write('warning: ', m),
        error: (m) => write('error: ', m),
    };
}

;// CONCATENATED MODULE: ./src/agent/command.ts

class CommandAgent {
    command;
    kind = 'command';
    constructor(command) {
        this.command = command;
    }
    invocation(ctx) {
        return {
            // The command travels in the environment, never spliced into the script, so no quoting can break it.
            script: 'exec sh -c "$ORCH_AGENT_COMMAND"',
            env: { ORCH_AGENT_COMMAND: this.command, ...taskEnv(ctx) },
        };
    }
    interpret(outcome) {
        const result = outcome.stdout.trim();
        if (outcome.exitCode === 0)
            return { status: 'completed', result };
        const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
        const how = outcome.exitCode === null ? 'was killed' : `exited with code ${outcome.exitCode}`;
        return { status: 'failed', result, error: `command ${how}${tail ? `: ${tail}` : ''}` };
    }
}

// EXTERNAL MODULE: ./src/util/module-dir.ts + 1 modules
var module_dir = __nccwpck_require__(4921);
;// CONCATENATED MODULE: ./src/agent/opencode-binary.ts
/**
 * Where the `opencode` executable is. Looked up on the host, for runtimes that run the agent on the host
 * (local, inline); the worker image has it at /usr/local/bin/opencode, which is the last fallback.
 */



/**
 * In a project's node_modules: the platform package `opencode-ai` installs (the real, Bun-compiled
 * binary), then the `.bin` link `opencode-ai`'s postinstall points at the right platform's binary.
 */
const PROJECT_BINARIES = [
    (0,external_node_path_.join)('node_modules', 'opencode-linux-x64', 'bin', 'opencode'),
    (0,external_node_path_.join)('node_modules', '.bin', 'opencode'),
];
const IMAGE_BINARY = '/usr/local/bin/opencode';
/**
 * Finds `opencode`: on PATH first (the user's own install wins), else in this project's node_modules,
 * looked for upwards from the running bundle and from the working directory, else the worker image's path.
 * Returns undefined when none is an executable file.
 */
function resolveOpencodeBinary(env, options = {}) {
    const onPath = (env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
        .map((dir) => (0,external_node_path_.join)(dir, 'opencode'));
    const moduleDir = options.moduleDir ?? (0,module_dir/* thisModuleDir */.e)();
    const cwd = options.cwd ?? process.cwd();
    const candidates = [...onPath, ...(moduleDir ? inProject(moduleDir) : []), ...inProject(cwd), IMAGE_BINARY];
    return candidates.find(isExecutableFile);
}
function inProject(dir) {
    return (0,module_dir/* ancestors */.T)(dir).flatMap((ancestor) => PROJECT_BINARIES.map((binary) => (0,external_node_path_.join)(ancestor, binary)));
}
function isExecutableFile(path) {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/agent/create-agent.ts



/**
 * OpenCode's options for a run. On the host the binary is looked up now (PATH, this package's dependencies,
 * the action's tool cache); in a container the worker image's own `opencode` is used.
 */
function opencodeOptions(config, env, runtime) {
    const binary = runtime === 'docker' ? undefined : resolveOpencodeBinary(env);
    if (runtime !== 'docker' && !binary) {
        return {
            unavailable: 'the opencode agent was not found (no `opencode` on PATH or in node_modules; install it with `npm install -g opencode-ai`, or use --runtime docker)',
        };
    }
    return { ...(config.model ? { model: config.model } : {}), binary, ...config.budget };
}
/** The same OpenCode for a one-shot session (the planner, the synthesis): none of the workers' budgets. */
function oneShotOpencodeOptions(config, env, runtime) {
    if (config.kind !== 'opencode')
        return { unavailable: 'the planner and the synthesis need the opencode agent' };
    return opencodeOptions({ ...config, budget: {} }, env, runtime);
}
function createAgent(config, env, runtime) {
    if (config.kind === 'command')
        return new CommandAgent(config.command);
    const oc = opencodeOptions(config, env, runtime);
    return 'unavailable' in oc ? oc : new OpencodeAgent(oc);
}

;// CONCATENATED MODULE: ./src/runtime/create-runtime.ts



async function createRuntime(config, context) {
    const { logger, tracker } = context;
    if (context.sequential)
        return new LocalRuntime({ tmux: false, kind: 'inline', logger });
    if (config.kind === 'local') {
        const { local } = config;
        const tmux = local.tmux ?? tmuxAvailable();
        if (local.tmux === undefined && !tmux)
            logger.info('tmux not found: local workers run as plain process groups (no live sessions to attach)');
        const probe = local.sandbox === 'off' ? undefined : probeSandbox(context.env);
        if (probe && !probe.available) {
            if (local.sandbox === 'required')
                return { unavailable: `local workers cannot be isolated from the orchestrator: ${probe.reason}` };
            logger.warn(`local workers run without a sandbox, so they can read this process's environment and files: ${probe.reason}`);
        }
        return new LocalRuntime({ tmux, sandbox: probe?.available ? probe : undefined, tracker, logger });
    }
    const { createDockerRuntime } = await __nccwpck_require__.e(/* import() */ 442).then(__nccwpck_require__.bind(__nccwpck_require__, 8442));
    return createDockerRuntime(config.docker, context);
}

;// CONCATENATED MODULE: ./src/engine/execution.ts
/**
 * How a run executes: the runtime and agent its configuration asks for, made once and shared by the LLM
 * planner, the workers and the synthesis; or, when they cannot run here, the reason (the caller then writes
 * prompt files or fails, as the run's `fallback` says).
 */


async function openExecution(config, tracker) {
    if (config.runtime.kind === 'prompt-files')
        return { kind: 'prompt-files' };
    const agent = createAgent(config.agent, config.env, config.runtime.kind);
    if ('unavailable' in agent)
        return { kind: 'prompt-files', reason: agent.unavailable };
    const runtime = await createRuntime(config.runtime, {
        sequential: config.depth.sequential,
        env: config.env,
        logger: config.logger,
        tracker,
    });
    if ('unavailable' in runtime)
        return { kind: 'prompt-files', reason: runtime.unavailable };
    return {
        kind: 'run',
        runtime,
        agent,
        oneShot: oneShotOpencodeOptions(config.agent, config.env, runtime.kind),
    };
}

;// CONCATENATED MODULE: ./src/engine/plan-file-reader.ts
/**
 * The one place a plan file is read from disk, for every surface (CLI, action, REST API, library). Plan paths
 * come from people and from comments, so the reader holds to four rules:
 *
 * 1. The path is resolved once, symlinks included, and when the caller gives an allowed root (the action
 *    gives the repository, `serve` its configured root) the file must lie inside it. The check is made on
 *    the file actually opened (its `/proc/self/fd` link), so a path swapped for a symlink between the check
 *    and the open is caught too. The CLI gives no root: its user may name any file they can read.
 * 2. Only a regular file is read: a FIFO, socket or device is refused before any byte is read (the open does
 *    not block on a FIFO without a writer).
 * 3. At most `MAX_PLAN_BYTES` + 1 bytes are read, so `/dev/zero`-like or growing files cost bounded memory.
 * 4. The bytes must be text: UTF-8, or UTF-16 with a byte order mark (converted, since editors on Windows
 *    write it); anything with NUL bytes or invalid UTF-8 is refused as binary.
 */



/** Real plans are tens of kilobytes; the largest public spec-kit `tasks.md` files are under 100 KiB. */
const MAX_PLAN_BYTES = 4 * 1024 * 1024;
const plan_file_reader_describe = (mode) => {
    const type = mode & external_node_fs_.constants.S_IFMT;
    if (type === external_node_fs_.constants.S_IFIFO)
        return 'a FIFO';
    if (type === external_node_fs_.constants.S_IFSOCK)
        return 'a socket';
    if (type === external_node_fs_.constants.S_IFCHR)
        return 'a character device';
    if (type === external_node_fs_.constants.S_IFBLK)
        return 'a block device';
    if (type === external_node_fs_.constants.S_IFDIR)
        return 'a directory';
    return 'not a regular file';
};
/** `real` is `root` or lies below it; both are real paths. */
function isInside(root, real) {
    return real === root || real.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
}
/** The real root, or a PlanFileError naming it when it cannot be resolved. */
function realRoot(shown, root) {
    try {
        return (0,external_node_fs_.realpathSync)(root);
    }
    catch (error) {
        throw new errors/* PlanFileError */.KR(shown, undefined, `the allowed root ${root} cannot be resolved: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
function outside(shown, root) {
    return new errors/* PlanFileError */.KR(shown, undefined, `the plan file is outside ${root}, the only place plans are read from`);
}
/**
 * Reads the plan file `path` (as the user wrote it; the error messages quote it) under the rules above.
 * Every refusal is a `PlanFileError`.
 */
function readPlanFileSafely(path, where) {
    if (path.includes('\0'))
        throw new errors/* PlanFileError */.KR(JSON.stringify(path), undefined, 'a path may not contain NUL');
    const root = where.root === undefined ? undefined : realRoot(path, where.root);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(where.cwd, path));
    }
    catch (error) {
        // Outside the root, even a missing file is reported as outside: no probing the host's file system.
        if (root !== undefined && !isInside(root, (0,external_node_path_.resolve)(realOrSame(where.cwd), path)))
            throw outside(path, root);
        throw new errors/* PlanFileError */.KR(path, undefined, readFailure(error));
    }
    if (root !== undefined && !isInside(root, real))
        throw outside(path, root);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NOCTTY);
    }
    catch (error) {
        throw new errors/* PlanFileError */.KR(path, undefined, readFailure(error));
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile())
            throw new errors/* PlanFileError */.KR(path, undefined, `cannot read the plan file: it is ${plan_file_reader_describe(stat.mode)}`);
        if (root !== undefined) {
            const opened = openedPath(fd);
            if (opened !== undefined && !isInside(root, opened))
                throw outside(path, root);
        }
        if (stat.size > MAX_PLAN_BYTES)
            throw tooLarge(path, stat.size);
        return { text: decodePlanText(readAtMost(fd, path), path), file: real };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function realOrSame(dir) {
    try {
        return (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return (0,external_node_path_.resolve)(dir);
    }
}
/** The path of what `fd` really is (Linux), to check the opened file rather than the name. */
function openedPath(fd) {
    try {
        return (0,external_node_fs_.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        return undefined;
    }
}
function tooLarge(path, bytes) {
    return new errors/* PlanFileError */.KR(path, undefined, `the plan file is too large (${bytes} bytes; the limit is ${MAX_PLAN_BYTES} bytes, 4 MiB)`);
}
/** Reads up to MAX_PLAN_BYTES + 1 bytes: one byte more than allowed says the file grew past the limit. */
function readAtMost(fd, path) {
    const buffer = Buffer.alloc(Math.min(MAX_PLAN_BYTES + 1, 64 * 1024));
    const chunks = [];
    let total = 0;
    for (;;) {
        let n;
        try {
            n = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, MAX_PLAN_BYTES + 1 - total), null);
        }
        catch (error) {
            throw new errors/* PlanFileError */.KR(path, undefined, readFailure(error));
        }
        if (n === 0)
            break;
        chunks.push(Buffer.from(buffer.subarray(0, n)));
        total += n;
        if (total > MAX_PLAN_BYTES)
            throw tooLarge(path, `more than ${MAX_PLAN_BYTES}`);
    }
    return Buffer.concat(chunks, total);
}
/**
 * Bytes to text: UTF-8 (a BOM dropped), or UTF-16 LE/BE with a BOM, converted. Refuses anything else as
 * binary, naming why, since a plan is read by people and then by agents, never a blob.
 */
function decodePlanText(bytes, path) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
        return utf16(bytes.subarray(2), 'utf-16le', path);
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
        return utf16(bytes.subarray(2), 'utf-16be', path);
    if (bytes.includes(0)) {
        throw new errors/* PlanFileError */.KR(path, undefined, 'the plan file is binary (it holds NUL bytes); UTF-16 needs a byte order mark, other encodings must be UTF-8');
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* PlanFileError */.KR(path, undefined, 'the plan file is not UTF-8 text (binary, or another encoding)');
    }
    return text.replace(/^\uFEFF/, '');
}
function utf16(bytes, encoding, path) {
    let text;
    try {
        text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* PlanFileError */.KR(path, undefined, `the plan file is not valid ${encoding.toUpperCase()} text`);
    }
    if (text.includes('\0'))
        throw new errors/* PlanFileError */.KR(path, undefined, 'the plan file is binary (it holds NUL characters)');
    return text;
}
function readFailure(error) {
    const code = error?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return 'cannot read the plan file: no such file';
    if (code === 'EISDIR')
        return 'cannot read the plan file: it is a directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot read the plan file: permission denied';
    if (code === 'ELOOP')
        return 'cannot read the plan file: it was replaced by a symbolic link while being read';
    return `cannot read the plan file: ${(0,errors/* errorMessage */.gJ)(error)}`;
}

;// CONCATENATED MODULE: ./src/engine/options.ts
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_MAX_DEPTH = 2;

;// CONCATENATED MODULE: ./src/engine/depth.ts
/**
 * The recursion depth limit (contract section 5). A run at depth d gives its workers depth d+1; a run at or
 * past the maximum spawns no worker and runs its subtasks one after another itself.
 */


const MAX_DEPTH_WARNING = 'Max depth reached, no worker spawning allowed';
function readInt(env, name, fallback) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '')
        return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
        throw new errors/* OptionError */.eR(name, raw, 'a whole number of 0 or more');
    return n;
}
function readDepth(env) {
    const depth = readInt(env, 'ORCH_DEPTH', 0);
    const maxDepth = readInt(env, 'ORCH_MAX_DEPTH', DEFAULT_MAX_DEPTH);
    return { depth, maxDepth, sequential: depth >= maxDepth };
}

;// CONCATENATED MODULE: ./src/engine/run-files.ts
/**
 * The files of a run (contract section 7), under `<workspace>/runs/<planId>/`. Every write leaves valid
 * files behind if the process dies at any moment: JSON files are replaced atomically, the event log is
 * appended one whole line per write.
 */






function resolveWorkspace(workspace, env) {
    return (0,external_node_path_.resolve)(workspace ?? env.ORCH_WORKSPACE ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.opencode-orchestrator'));
}
function runDirOf(workspace, planId) {
    return (0,external_node_path_.join)(workspace, 'runs', planId);
}
class RunFiles {
    dir;
    eventLog;
    promptsDir;
    constructor(dir) {
        this.dir = dir;
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        this.promptsDir = (0,external_node_path_.join)(dir, 'prompts');
        (0,external_node_fs_.mkdirSync)(this.promptsDir, { recursive: true });
        this.eventLog = (0,external_node_path_.join)(dir, 'event_log.jsonl');
    }
    writePlan(plan) {
        writeFileAtomic((0,external_node_path_.join)(this.dir, 'plan.json'), `${JSON.stringify(planToJson(plan), null, 2)}\n`);
    }
    /** The status JSON of `orchestrate status`, rewritten as the run progresses. */
    writeStatus(status) {
        writeFileAtomic((0,external_node_path_.join)(this.dir, STATUS_FILE), `${JSON.stringify(status, null, 2)}\n`);
    }
    appendEvent(event) {
        (0,external_node_fs_.appendFileSync)(this.eventLog, `${JSON.stringify(event)}\n`);
    }
    /** The full prompt of one subtask (ORCH_PROMPT_FILE); returns its path. */
    writeTaskPrompt(taskId, prompt) {
        const path = (0,external_node_path_.join)(this.promptsDir, `${taskId}.md`);
        writeFileAtomic(path, prompt);
        return path;
    }
    /** `worker-<domain>_prompt.md` collects the prompts of that worker's subtasks as they start. */
    appendWorkerPrompt(domain, taskId, prompt) {
        (0,external_node_fs_.appendFileSync)((0,external_node_path_.join)(this.dir, `worker-${domain}_prompt.md`), `<!-- subtask ${taskId} -->\n${prompt}\n\n`);
    }
    writeWorkerResult(result) {
        writeFileAtomic((0,external_node_path_.join)(this.dir, `worker-${result.domain}_result.json`), `${JSON.stringify(result, null, 2)}\n`);
    }
    writeSummary(markdown) {
        writeFileAtomic((0,external_node_path_.join)(this.dir, 'summary.md'), markdown);
    }
    /** The JSON the CLI's `run --json` prints, kept with the run. */
    writeResult(result) {
        writeFileAtomic((0,external_node_path_.join)(this.dir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
    }
}

;// CONCATENATED MODULE: ./src/engine/run-config.ts
/**
 * A run's configuration, resolved once at the engine's entry from the caller's OrchestrateOptions: every
 * default applied here and nowhere else, every value checked here, and split by the seam it is for. The
 * scheduler gets `scheduling`, the runtime `runtime`, the agent `agent`; none of them sees the others, nor
 * the CLI's, the action's or the API's names for them.
 */







const DOCKER_DEFAULTS = { memory: '4g', pidsLimit: 512, network: 'bridge' };
const positive = (name, value, expected, integer = false) => {
    if (value === undefined)
        return undefined;
    if (!(value > 0) || (integer && !Number.isInteger(value)))
        throw new errors/* OptionError */.eR(name, value, expected);
    return value;
};
function resolveRunConfig(options) {
    const env = options.env ?? process.env;
    const depth = readDepth(env);
    const concurrency = positive('concurrency', options.concurrency, 'a whole number of at least 1', true);
    const timeoutMs = positive('timeoutMs', options.timeoutMs, 'a positive number of milliseconds');
    return {
        cwd: (0,external_node_path_.resolve)(options.cwd ?? process.cwd()),
        workspace: resolveWorkspace(options.workspace, env),
        ...(options.planRoot ? { planRoot: (0,external_node_path_.resolve)(options.planRoot) } : {}),
        env,
        envNames: options.envNames ?? [],
        depth,
        logger: options.logger ?? silentLogger,
        ...(options.signal ? { signal: options.signal } : {}),
        scheduling: {
            concurrency: depth.sequential ? 1 : (concurrency ?? Infinity),
            timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
        },
        runtime: runtimeConfig(options),
        agent: agentConfig(options),
        planner: defaultPlanner(options),
        ...(options.maxSubtasks !== undefined ? { maxSubtasks: options.maxSubtasks } : {}),
        budgets: {
            maxRunTokens: positive('maxRunTokens', options.maxRunTokens, 'a positive number of tokens'),
            maxRunCostUsd: positive('maxRunCostUsd', options.maxRunCostUsd, 'a positive amount of US dollars'),
        },
        synthesis: options.synthesis !== false,
        fallback: options.fallback ?? 'prompt-files',
        ...(options.push ? { push: options.push } : {}),
    };
}
/** The planner a run uses when none is given: the LLM when the opencode agent has a model. */
function defaultPlanner(options) {
    if (options.planner)
        return options.planner;
    return (options.agent ?? 'opencode') === 'opencode' && options.model ? 'llm' : 'keyword';
}
function runtimeConfig(options) {
    const kind = options.runtime ?? 'local';
    if (kind === 'prompt-files')
        return { kind };
    if (kind === 'local')
        return {
            kind,
            local: {
                ...(options.tmux !== undefined ? { tmux: options.tmux } : {}),
                sandbox: options.sandbox ?? 'auto',
            },
        };
    const pidsLimit = options.pidsLimit ?? DOCKER_DEFAULTS.pidsLimit;
    if (!Number.isInteger(pidsLimit) || pidsLimit < 16)
        throw new errors/* OptionError */.eR('pidsLimit', pidsLimit, 'a whole number of at least 16');
    const cpus = positive('cpus', options.cpus, 'a positive number like 1.5') ?? Math.min(2, (0,external_node_os_.availableParallelism)());
    return {
        kind,
        docker: {
            ...(options.image ? { image: options.image } : {}),
            memoryBytes: parseMemory(options.memory ?? DOCKER_DEFAULTS.memory),
            nanoCpus: Math.round(cpus * 1e9),
            pidsLimit,
            network: options.network ?? DOCKER_DEFAULTS.network,
        },
    };
}
function agentConfig(options) {
    if ((options.agent ?? 'opencode') === 'command') {
        const command = options.agentCommand?.trim();
        if (!command)
            throw new errors/* OptionError */.eR('agentCommand', options.agentCommand ?? '', 'a shell command for the command agent');
        return { kind: 'command', command: options.agentCommand };
    }
    return {
        kind: 'opencode',
        ...(options.model ? { model: options.model } : {}),
        budget: {
            maxTokens: positive('maxTokens', options.maxTokens, 'a positive number of tokens'),
            maxCostUsd: positive('maxCostUsd', options.maxCostUsd, 'a positive amount of US dollars'),
            stallMs: positive('stallMs', options.stallMs, 'a positive number of milliseconds'),
        },
    };
}
/** The docker configuration of a run that sets nothing but `overrides` (for callers of the runtime itself). */
function defaultDockerConfig(overrides = {}) {
    const config = runtimeConfig({ runtime: 'docker' });
    if (config.kind !== 'docker')
        throw new Error('unreachable');
    return { ...config.docker, ...overrides };
}
const UNITS = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
/** Docker's size syntax: `512m`, `2g`, `1.5G`, `4gb`, or plain bytes. At least 6 MiB (Docker's minimum). */
function parseMemory(value, name = 'memory') {
    const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(value.trim());
    const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : NaN;
    if (!(bytes >= 6 * 2 ** 20))
        throw new errors/* OptionError */.eR(name, value, 'a size like 512m or 4g (at least 6m)');
    return bytes;
}

;// CONCATENATED MODULE: ./src/engine/create-plan.ts
/**
 * From the user's input (any form of contract section 2) to a validated Plan. Structured input (plan files,
 * `domain:` prefixes, ids and dependencies) is taken as written; free text goes to the LLM planner when the
 * planner is `llm` or `auto`, and is split by keywords otherwise. Invalid input throws an InputError before
 * anything runs.
 */














function normalizeInput(input) {
    const args = (typeof input === 'string' ? [input] : [...input])
        .map((a) => a.trim())
        .filter((a) => a !== '');
    if (args.length === 0)
        throw new errors/* EmptyPlanError */.V_('the task input is empty');
    return args;
}
function newPlanId() {
    return (0,external_node_crypto_.randomBytes)(4).toString('hex');
}
/** Input the user structured themselves is never handed to the LLM planner. */
function isStructured(parsed) {
    return (parsed.source !== undefined ||
        parsed.tasks.some((t) => t.id !== undefined || t.domain !== undefined || t.dependsOn.length > 0));
}
function parseArgs(args, cwd, root, registry) {
    const parsed = parseInput(args, { readPlanFile: (path) => readPlanFileSafely(path, { cwd, root }) }, { registry });
    if (parsed.source && root !== undefined)
        parsed.source = { ...parsed.source, root: (0,external_node_path_.resolve)(root) };
    return parsed;
}
/** `shared` gives the LLM planner the run's own runtime and agent, made once for the whole run. */
async function createPlan(input, options = {}, shared) {
    const args = normalizeInput(input);
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const registry = options.registry ?? DomainRegistry.default;
    const planId = options.planId ?? newPlanId();
    const planner = defaultPlanner(options);
    const parsed = parseArgs(args, cwd, options.planRoot, registry);
    const logger = options.logger ?? silentLogger;
    for (const warning of parsed.warnings ?? [])
        logger.warn(warning);
    // A plan whose items are all done comes back with no subtasks; runPlan and `orchestrate plan` say so.
    const keywordPlan = () => buildPlan(parsed, {
        registry,
        maxSubtasks: options.maxSubtasks,
        planId,
        taskDescription: args.join(' '),
    });
    if (planner === 'keyword' || isStructured(parsed))
        return keywordPlan();
    const maxSubtasks = plannerLimit(options.maxSubtasks);
    if (options.maxSubtasks !== undefined && options.maxSubtasks > maxSubtasks) {
        logger.info(`the LLM planner plans at most ${SUBTASK_LIMITS.plannerMax} subtasks; a limit of ` +
            `${options.maxSubtasks} applies to plan files and task lists`);
    }
    try {
        return await planWithOpencode(args.join(' '), planId, maxSubtasks, registry, options, shared);
    }
    catch (error) {
        if (planner !== 'auto')
            throw error instanceof PlannerError ? error : new PlannerError((0,errors/* errorMessage */.gJ)(error));
        logger.warn(`LLM planner failed (${(0,errors/* errorMessage */.gJ)(error)}); falling back to the keyword planner (--planner auto)`);
        return keywordPlan();
    }
}
/**
 * The LLM planner's session, on the run's own runtime when the caller shares one (`orchestrate()` makes the
 * runtime and agent once for planning, workers and synthesis), else on one made for planning alone.
 */
async function planWithOpencode(request, planId, maxSubtasks, registry, options, shared) {
    // Prompt files write prompts; the planner still needs somewhere to run.
    const config = resolveRunConfig({ ...options, runtime: options.runtime === 'docker' ? 'docker' : 'local' });
    const sharedExecution = shared ? await shared() : undefined;
    const own = sharedExecution?.kind === 'run' ? undefined : await openExecution(config);
    const execution = sharedExecution?.kind === 'run' ? sharedExecution : own;
    try {
        if (execution.kind !== 'run')
            throw new PlannerError(execution.reason ?? 'no runtime to plan on');
        if ('unavailable' in execution.oneShot)
            throw new PlannerError(execution.oneShot.unavailable);
        return await planWithLlm({
            request,
            planId,
            maxSubtasks,
            registry,
            logger: config.logger,
            signal: options.signal,
            session: {
                runtime: execution.runtime,
                agentOptions: execution.oneShot,
                spec: {
                    planId,
                    depth: config.depth.depth + 1,
                    runDir: runDirOf(config.workspace, planId),
                    env: runWorkerEnv({
                        callerEnv: config.env,
                        envNames: config.envNames,
                        depth: config.depth.depth,
                        maxDepth: config.depth.maxDepth,
                        planId,
                    }, 'omo-planner'),
                },
            },
        });
    }
    finally {
        if (own?.kind === 'run')
            await own.runtime.dispose();
    }
}

;// CONCATENATED MODULE: ./src/engine/conflict-resolver.ts

const EXCERPT = 1500;
const INTEGRATION_TIMEOUT_MS = 10 * 60_000;
const INTEGRATION_WORKER = 'omo-worker-integration';
function conflictPrompt(plan, conflict, integrated, incoming) {
    const describe = (s) => {
        const result = (s.result ?? '').trim();
        const excerpt = result.length > EXCERPT ? `${result.slice(0, EXCERPT)}…` : result;
        return `- ${s.id} (${s.domain}): ${s.description}${excerpt ? `\n  Result: ${excerpt.replace(/\n/g, '\n  ')}` : ''}`;
    };
    return [
        `# Integration of plan ${plan.planId}: resolve merge conflicts`,
        '',
        `The request: ${plan.taskDescription}`,
        '',
        `Parallel workers did parts of it on their own branches. Merging \`${conflict.branch}\` into the integration`,
        'branch stopped on conflicts in these files (the working directory is that merge, in progress):',
        ...conflict.files.map((f) => `- ${f}`),
        '',
        '## The other workers',
        ...(integrated.length > 0 ? integrated.map(describe) : ['(nothing else)']),
        '',
        `## Being merged (${conflict.branch})`,
        ...incoming.map(describe),
        '',
        '## What to do',
        'Edit each file listed so that it keeps the intent of both sides, and remove every conflict marker',
        '(`<<<<<<<`, `=======`, `>>>>>>>`). Change nothing else. Do not run git, and do not commit: the',
        'orchestrator commits the merge once no marker is left. End with a short report of how you combined them.',
        '',
    ].join('\n');
}
function agentResolver(deps) {
    return async ({ branch, files, dir }) => {
        const { recorder, plan } = deps;
        const results = recorder.subtasks.filter((s) => s.status === 'completed');
        const domainOf = (b) => plan.workers.find((w) => deps.branchOf(w.domain) === b)?.domain;
        const incomingDomain = domainOf(branch);
        const incoming = results.filter((s) => s.domain === incomingDomain);
        // Branches merge in the order their work finished; the other workers' subtasks stand for "the other side".
        const integrated = results.filter((s) => s.domain !== incomingDomain);
        recorder.log(`merging ${branch} conflicted in ${files.join(', ')}: the agent resolves it`, {
            worker: INTEGRATION_WORKER,
        });
        const label = `integration-${incomingDomain ?? 'branch'}`;
        const promptFile = recorder.files.writeTaskPrompt(label, conflictPrompt(plan, { branch, files }, integrated, incoming));
        try {
            const worker = await deps.runtime.startWorker({
                ...deps.spec,
                name: INTEGRATION_WORKER,
                domain: 'integration',
                workdir: dir,
            });
            try {
                const invocation = deps.agent.invocation({
                    taskId: label,
                    description: `resolve the merge conflicts of ${branch}`,
                    domain: 'integration',
                    promptFile,
                    workdir: dir,
                });
                const timeout = AbortSignal.timeout(INTEGRATION_TIMEOUT_MS);
                const outcome = await worker.run({ taskId: label, script: invocation.script, env: invocation.env }, deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout);
                const verdict = deps.agent.interpret(outcome);
                recorder.log(verdict.status === 'completed'
                    ? `the agent resolved the conflicts of ${branch}: ${verdict.result.trim().slice(0, 300)}`
                    : `the agent could not resolve the conflicts of ${branch}: ${verdict.error ?? 'no answer'}`, { worker: INTEGRATION_WORKER });
                return verdict.status === 'completed';
            }
            finally {
                await worker.stop();
            }
        }
        catch (error) {
            deps.logger.warn(`resolving the conflicts of ${branch}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return false;
        }
    };
}

;// CONCATENATED MODULE: ./src/engine/deliver.ts
async function deliver(worktrees, branches, target, planId, logger) {
    const delivery = { remote: target.remote, pushed: false, conflictBranches: [] };
    if (!branches.merged) {
        logger.info('no file changed: nothing to push');
        return delivery;
    }
    const integration = target.branch ?? `orchestrate/${planId}`;
    const pushed = await worktrees.push(target.remote, branches.merged, integration);
    Object.assign(delivery, pushed);
    if (pushed.pushed)
        logger.info(`pushed ${pushed.branch} (${pushed.commit?.slice(0, 12)}) to ${target.remote}`);
    else
        logger.warn(`could not push ${pushed.branch} to ${target.remote}: ${pushed.error}`);
    for (const local of branches.conflictBranches) {
        const branch = `${integration}-${local.slice(local.lastIndexOf('/') + 1)}`;
        const left = await worktrees.push(target.remote, local, branch);
        delivery.conflictBranches.push({
            branch,
            pushed: left.pushed,
            ...(left.error ? { error: left.error } : {}),
        });
        if (left.pushed)
            logger.info(`pushed ${branch}, whose work conflicted with the integration branch`);
        else
            logger.warn(`could not push ${branch}: ${left.error}`);
    }
    return delivery;
}

;// CONCATENATED MODULE: ./src/engine/integration.ts


async function integrate(ctx) {
    const { plan, config, execution, worktrees, recorder } = ctx;
    const order = integrationOrder(plan, recorder);
    const useAgent = !ctx.mergeOnly &&
        config.agent.kind === 'opencode' &&
        config.agent.model !== undefined &&
        execution.agent.kind === 'opencode';
    const resolver = useAgent
        ? agentResolver({
            plan,
            runtime: execution.runtime,
            agent: execution.agent,
            recorder,
            spec: ctx.spec,
            branchOf: (domain) => worktrees.branchOf(domain),
            signal: config.signal,
            logger: config.logger,
        })
        : undefined;
    const branches = await worktrees.mergeAll(order, resolver);
    if (branches.conflicts.length > 0)
        recorder.log(`conflicts left out of ${worktrees.mergedBranch}: ${branches.conflicts.join(', ')}`);
    const delivery = !ctx.mergeOnly && config.push
        ? await deliver(worktrees, branches, config.push, plan.planId, config.logger)
        : undefined;
    return { branches, ...(delivery ? { delivery } : {}) };
}
/** Worker domains by when their last subtask finished; workers with nothing finished last, in plan order. */
function integrationOrder(plan, recorder) {
    const finished = (domain) => {
        const times = plan.subtasks
            .filter((s) => s.domain === domain)
            .map((s) => recorder.results.get(s.id)?.finishedAt)
            .filter((t) => t !== null && t !== undefined)
            .map((t) => Date.parse(t));
        return times.length > 0 ? Math.max(...times) : Number.POSITIVE_INFINITY;
    };
    return plan.workers
        .map((w, i) => ({ domain: w.domain, at: finished(w.domain), i }))
        .sort((a, b) => a.at - b.at || a.i - b.i)
        .map((w) => w.domain);
}

;// CONCATENATED MODULE: ./src/engine/event-bus.ts
class EventBus {
    planId;
    listeners = [];
    constructor(planId) {
        this.planId = planId;
    }
    on(listener) {
        this.listeners.push(listener);
        return () => {
            const i = this.listeners.indexOf(listener);
            if (i >= 0)
                this.listeners.splice(i, 1);
        };
    }
    emit(type, fields) {
        const event = {
            ts: new Date().toISOString(),
            type,
            planId: this.planId,
            ...fields,
        };
        for (const listener of [...this.listeners]) {
            try {
                listener(event);
            }
            catch {
                // A failing observer (a full disk for the log, a broken progress display) must not stop the run.
            }
        }
        return event;
    }
}

;// CONCATENATED MODULE: ./src/engine/nothing-to-run.ts
/**
 * A plan whose every item is already done: the run is complete at once. It still writes its run files
 * (plan, status, events, summary) so `status <planId>`, the action's report and a library caller all see
 * a completed run with no subtasks, and nothing is started: no runtime, no worktree, no model.
 */






function nothingToRun(plan, options) {
    const env = options.env ?? process.env;
    const files = new RunFiles(runDirOf(resolveWorkspace(options.workspace, env), plan.planId));
    const bus = new EventBus(plan.planId);
    bus.on((event) => files.appendEvent(event));
    if (options.onEvent)
        bus.on(options.onEvent);
    const now = new Date().toISOString();
    const message = nothingToRunMessage(plan);
    (options.logger ?? silentLogger).info(message);
    files.writePlan(plan);
    bus.emit('plan.created', { taskDescription: plan.taskDescription, subtasks: [], workers: [] });
    bus.emit('log', { message });
    const summary = `# ${plan.taskDescription}\n\n${message}.\n`;
    files.writeSummary(summary);
    files.writeStatus(buildStatus(plan, 'completed', []));
    const result = {
        planId: plan.planId,
        status: 'completed',
        mode: readDepth(env).sequential ? 'sequential' : 'parallel',
        runtime: 'none',
        runDir: files.dir,
        startedAt: now,
        finishedAt: now,
        durationMs: 0,
        subtasks: [],
        workers: [],
        summary,
    };
    files.writeResult(result);
    bus.emit('plan.completed', { status: 'completed', durationMs: 0 });
    return result;
}

;// CONCATENATED MODULE: ./src/engine/prompt.ts
/** The seed's dependency context block; empty string when there are no dependencies. */
function dependencyContext(deps) {
    if (deps.length === 0)
        return '';
    const parts = deps.map((d) => `Subtask ${d.id}: ${d.description}\nResult:\n${d.result.trim() || '(no output)'}`);
    return `Context from previous steps:\n${parts.join('\n\n')}\n`;
}
function buildSubtaskPrompt(plan, subtask, deps) {
    const otherDomains = [...new Set(plan.subtasks.map((s) => s.domain))].filter((d) => d !== subtask.domain);
    const lines = [
        `# Worker ${subtask.domain}: subtask ${subtask.id}`,
        '',
        `You are the ${subtask.domain} specialist among parallel workers of plan ${plan.planId}. ` +
            `Do this one subtask completely, within the ${subtask.domain} domain.`,
        '',
        '## Your subtask',
        subtask.description,
        '',
    ];
    if (subtask.context) {
        // A plan file's own words for this task (a todo's what-to-do, must-not-do, references and acceptance
        // criteria; a spec-kit phase's goal): the worker needs them as written.
        const from = plan.source
            ? ` (${plan.source.file}${subtask.line !== undefined ? `, line ${subtask.line}` : ''})`
            : '';
        lines.push(`## Details from the plan${from}`, subtask.context.trim(), '');
    }
    if (subtask.skills.length > 0) {
        lines.push('## Skills to use', ...subtask.skills.map((s) => `- ${s}`), '');
    }
    const context = dependencyContext(deps);
    if (context)
        lines.push(context);
    lines.push('## Boundaries');
    if (otherDomains.length > 0) {
        lines.push(`Other workers handle ${otherDomains.join(', ')} at the same time. Do not do their work and do not ` +
            'change files that belong to their domains; if you need something from them, say so in your report.');
    }
    lines.push('Work only inside the current directory. Do not push, open pull requests or change git history: the ' +
        'orchestrator commits and merges your changes.', '', '## Report', 'End with a short report: what you did, the files you changed, and anything left undone or uncertain. ' +
        'The report is passed to the subtasks that depend on yours and into the final summary.', '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/engine/prompt-files.ts
/**
 * The prompt-files fallback: when no runtime or agent can run, write every subtask's prompt so a person can
 * run them by hand, in dependency order, and say how.
 */


function writePromptFiles(plan, files) {
    const lines = [`Prompt files for plan ${plan.planId} (nothing was run). Run them in this order:`];
    const byId = new Map(plan.subtasks.map((s) => [s.id, s]));
    for (const id of topologicalOrder(plan.subtasks)) {
        const task = byId.get(id);
        const deps = task.dependsOn.map((d) => ({
            id: d,
            description: byId.get(d).description,
            result: `(paste the result of subtask ${d} here)`,
        }));
        const prompt = buildSubtaskPrompt(plan, task, deps);
        const path = files.writeTaskPrompt(id, prompt);
        files.appendWorkerPrompt(task.domain, id, prompt);
        lines.push(`  opencode run < ${path}    # ${id} (${task.domain})`);
    }
    lines.push(`Each worker's prompts together: ${files.dir}/worker-<domain>_prompt.md`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/engine/run-budget.ts
class RunBudget {
    limits;
    tokens = 0;
    costUsd = 0;
    exceeded;
    constructor(limits) {
        this.limits = limits;
    }
    remaining() {
        const { maxTokens, maxCostUsd } = this.limits;
        return {
            ...(maxTokens !== undefined ? { maxTokens: Math.max(0, maxTokens - this.tokens) } : {}),
            ...(maxCostUsd !== undefined ? { maxCostUsd: Math.max(0, maxCostUsd - this.costUsd) } : {}),
        };
    }
    /** Adds a subtask's reported usage; returns the reason the first time the run's budget is crossed. */
    spend(usage) {
        if (usage) {
            this.tokens += usage.tokens;
            this.costUsd += usage.costUsd;
        }
        if (this.exceeded)
            return undefined;
        const { maxTokens, maxCostUsd } = this.limits;
        if (maxTokens !== undefined && this.tokens > maxTokens)
            this.exceeded = `run token budget exceeded: ${this.tokens} > ${maxTokens}`;
        else if (maxCostUsd !== undefined && this.costUsd > maxCostUsd)
            this.exceeded = `run cost budget exceeded: $${this.costUsd.toFixed(4)} > $${maxCostUsd}`;
        return this.exceeded;
    }
    get totals() {
        return { tokens: this.tokens, costUsd: this.costUsd };
    }
}

;// CONCATENATED MODULE: ./src/plan/markdown-checkoff.ts
/**
 * The spec status update: check off the items of completed tasks in a markdown plan. Pure text to text;
 * every byte other than the boxes it ticks is kept, line endings included, and a box is ticked in the
 * file's own style (`[X]` where the file checks with capitals, as spec-kit does, else `[x]`).
 */
const UNCHECKED = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[ \](?=[ \t]|$)/;
const PLAIN_ITEM = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(?!\[[ xX]\](?:[ \t]|$))(?!~~)(\S(?:.*\S)?)([ \t]*)$/;
const markdown_checkoff_THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const CHECKED = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([xX])\](?=[ \t]|$)/gm;
/** `X` when the file's checked boxes are mostly capitals, else `x`. */
function checkStyle(text) {
    let upper = 0;
    let lower = 0;
    for (const m of text.matchAll(CHECKED)) {
        if (m[1] === 'X')
            upper++;
        else
            lower++;
    }
    return upper > lower ? 'X' : 'x';
}
/**
 * Turns `- [ ] x` into `- [x] x`, and a plain `- x` into `- ~~x~~`, on the given lines. A plain list is struck
 * through rather than given boxes: a box would turn it into a checklist, where the plain items still to do
 * would read as notes. Lines that are not list items, already checked, out of range, or no longer what they
 * were are left alone.
 */
function checkOffMarkdown(text, lines) {
    const wanted = new Map();
    for (const l of lines) {
        if (typeof l === 'number')
            wanted.set(l, undefined);
        else
            wanted.set(l.line, l.text);
    }
    if (wanted.size === 0)
        return text;
    const mark = `[${checkStyle(text)}]`;
    // Split keeping the separators, so `\r\n`, `\n` and `\r` files come back as they were.
    const parts = text.split(/(\r\n|\n|\r)/);
    for (let i = 0, line = 1; i < parts.length; i += 2, line++) {
        if (!wanted.has(line))
            continue;
        const content = parts[i];
        const expected = wanted.get(line);
        if (expected !== undefined && expected !== content)
            continue;
        if (markdown_checkoff_THEMATIC_BREAK.test(content))
            continue;
        if (UNCHECKED.test(content))
            parts[i] = content.replace(UNCHECKED, `$1${mark}`);
        else if (PLAIN_ITEM.test(content))
            parts[i] = content.replace(PLAIN_ITEM, '$1~~$2~~$3');
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/engine/checkoff.ts
/**
 * The spec status update: check off a markdown plan's items whose subtasks completed. It writes only to the
 * file the plan was read from, and only when that file is still a regular file inside the plan root (a run
 * can last hours, and a worker or a pushed commit may have swapped it for a symlink meanwhile). Items whose
 * line no longer reads as it did are left alone rather than ticking whatever moved onto that line.
 */





function checkOffCompleted(plan, subtasks) {
    if (plan.source?.kind !== 'markdown')
        return;
    const completed = new Set(subtasks.filter((s) => s.status === 'completed').map((s) => s.id));
    const lines = plan.subtasks
        .filter((s) => completed.has(s.id) && s.line !== undefined)
        .map((s) => ({ line: s.line, ...(s.lineText !== undefined ? { text: s.lineText } : {}) }));
    if (lines.length === 0)
        return;
    const { file, root } = plan.source;
    // Read again through the reader: the same containment, file type, size and encoding rules.
    const current = readPlanFileSafely(file, { cwd: (0,external_node_path_.dirname)(file), ...(root !== undefined ? { root } : {}) });
    if (current.file !== file)
        throw new Error(`${file} now resolves to ${current.file}; not writing to it`);
    const updated = checkOffMarkdown(current.text, lines);
    if (updated !== current.text)
        replaceFile(file, updated);
}
/**
 * Writes a sibling with O_EXCL (it never follows a symlink planted under the temporary name), keeps the
 * file's mode, and renames it over the file, so a reader never sees half a plan.
 */
function replaceFile(file, text) {
    const mode = (0,external_node_fs_.statSync)(file).mode & 0o7777;
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, mode);
    try {
        (0,external_node_fs_.writeSync)(fd, text);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.unlinkSync)(tmp);
        throw error;
    }
    (0,external_node_fs_.closeSync)(fd);
    (0,external_node_fs_.renameSync)(tmp, file);
}

;// CONCATENATED MODULE: ./src/engine/scheduler.ts
/**
 * The event-driven scheduler. One worker per domain runs its subtasks one at a time; workers run in
 * parallel up to `concurrency`; a subtask starts the moment its last dependency completes (the completion
 * itself triggers the next scheduling step: there is no polling). A subtask that fails, times out or is
 * cancelled skips every subtask that depends on it, directly or not, while independent work carries on.
 *
 * It knows nothing about processes: `execute` runs a subtask and is given an AbortSignal that fires on the
 * subtask's timeout or on cancellation of the run.
 */


function initialResults(plan) {
    return new Map(plan.subtasks.map((s) => [
        s.id,
        {
            id: s.id,
            description: s.description,
            domain: s.domain,
            worker: (0,types/* workerName */.i)(s.domain),
            dependsOn: [...s.dependsOn],
            status: 'pending',
            startedAt: null,
            finishedAt: null,
            durationMs: null,
            result: null,
            error: null,
        },
    ]));
}
/** Longest chain of dependents below each task: run those first when concurrency is limited. */
function heights(plan) {
    const dependents = new Map();
    for (const s of plan.subtasks)
        for (const d of s.dependsOn)
            (dependents.get(d) ?? dependents.set(d, []).get(d)).push(s.id);
    const height = new Map();
    for (const id of topologicalOrder(plan.subtasks).reverse()) {
        height.set(id, 1 + Math.max(0, ...(dependents.get(id) ?? []).map((c) => height.get(c))));
    }
    return height;
}
function schedule(options) {
    const { plan, emit } = options;
    const results = options.results ?? initialResults(plan);
    const byId = new Map(plan.subtasks.map((s) => [s.id, s]));
    const order = new Map(plan.subtasks.map((s, i) => [s.id, i]));
    const height = heights(plan);
    const waitingOn = new Map(plan.subtasks.map((s) => [s.id, s.dependsOn.length]));
    const dependents = new Map();
    for (const s of plan.subtasks)
        for (const d of s.dependsOn)
            (dependents.get(d) ?? dependents.set(d, []).get(d)).push(s.id);
    const workersByDomain = new Map(plan.workers.map((w) => [w.domain, w]));
    const unfinished = new Map(plan.workers.map((w) => [w.domain, w.subtasks.length]));
    const ready = new Set(plan.subtasks.filter((s) => s.dependsOn.length === 0).map((s) => s.id));
    const busy = new Set();
    const controllers = new Map();
    let running = 0;
    let settled = 0;
    const finishing = [];
    let cancelled = options.signal?.aborted ?? false;
    return new Promise((resolveAll) => {
        const maybeDone = () => {
            if (settled === plan.subtasks.length && running === 0)
                void Promise.all(finishing).then(() => resolveAll(results));
        };
        const settle = (id, fields, type) => {
            const r = results.get(id);
            Object.assign(r, fields);
            settled++;
            emit(type, {
                taskId: id,
                worker: r.worker,
                status: r.status,
                ...(r.durationMs !== null ? { durationMs: r.durationMs } : {}),
                ...(r.error ? { error: r.error } : {}),
                ...(r.usage ? { usage: r.usage } : {}),
            });
            const domain = r.domain;
            const left = unfinished.get(domain) - 1;
            unfinished.set(domain, left);
            if (left === 0 && options.onWorkerFinished) {
                finishing.push(Promise.resolve(options.onWorkerFinished(workersByDomain.get(domain))).catch(() => undefined));
            }
        };
        const skipDependentsOf = (id, why) => {
            for (const dep of transitiveDependents(plan.subtasks, id)) {
                const r = results.get(dep);
                if (r.status !== 'pending')
                    continue;
                ready.delete(dep);
                settle(dep, { status: 'skipped', error: why }, 'task.skipped');
            }
        };
        const pump = () => {
            if (cancelled)
                return;
            const candidates = [...ready].sort((a, b) => height.get(b) - height.get(a) || order.get(a) - order.get(b));
            for (const id of candidates) {
                if (running >= options.concurrency)
                    break;
                const task = byId.get(id);
                if (busy.has(task.domain))
                    continue;
                ready.delete(id);
                start(task);
            }
        };
        const start = (task) => {
            const r = results.get(task.id);
            r.status = 'running';
            busy.add(task.domain);
            running++;
            const controller = new AbortController();
            controllers.set(task.id, controller);
            let timedOut = false;
            let timer;
            let startedAt = Date.now();
            const deps = task.dependsOn.map((d) => results.get(d));
            const begin = () => {
                startedAt = Date.now();
                r.startedAt = new Date(startedAt).toISOString();
                emit('task.started', { taskId: task.id, worker: r.worker, description: task.description });
                timer = setTimeout(() => {
                    timedOut = true;
                    controller.abort(new Error('timeout'));
                }, options.timeoutMs);
                if (controller.signal.aborted)
                    return Promise.resolve({ status: 'failed', result: null, error: 'cancelled' });
                return options.execute(task, deps, controller.signal);
            };
            (options.acquire ? options.acquire(task).then(begin) : Promise.resolve().then(begin))
                .catch((error) => ({
                status: 'failed',
                result: null,
                error: error instanceof Error ? error.message : String(error),
            }))
                .then((o) => {
                if (timer)
                    clearTimeout(timer);
                if (r.startedAt === null)
                    r.startedAt = new Date(startedAt).toISOString();
                controllers.delete(task.id);
                running--;
                busy.delete(task.domain);
                const finishedAt = Date.now();
                const base = {
                    finishedAt: new Date(finishedAt).toISOString(),
                    durationMs: finishedAt - startedAt,
                    result: o.result,
                    error: o.error,
                    ...(o.usage ? { usage: o.usage } : {}),
                    ...(o.details ? { details: o.details } : {}),
                };
                if (o.status === 'completed' && !timedOut) {
                    settle(task.id, { ...base, status: 'completed' }, 'task.completed');
                    for (const child of dependents.get(task.id) ?? []) {
                        const left = waitingOn.get(child) - 1;
                        waitingOn.set(child, left);
                        if (left === 0 && results.get(child).status === 'pending')
                            ready.add(child);
                    }
                }
                else if (timedOut) {
                    const error = `timed out after ${Math.round(options.timeoutMs / 1000)} s`;
                    settle(task.id, { ...base, status: 'timed_out', error }, 'task.failed');
                    skipDependentsOf(task.id, `dependency ${task.id} timed out`);
                }
                else if (cancelled) {
                    settle(task.id, { ...base, status: 'cancelled', error: base.error ?? 'cancelled' }, 'task.cancelled');
                    skipDependentsOf(task.id, `dependency ${task.id} was cancelled`);
                }
                else {
                    settle(task.id, { ...base, status: 'failed' }, 'task.failed');
                    skipDependentsOf(task.id, `dependency ${task.id} failed`);
                }
                pump();
                maybeDone();
            });
        };
        const cancel = () => {
            if (cancelled && running === 0 && settled === plan.subtasks.length)
                return;
            cancelled = true;
            const reason = options.signal?.reason;
            const why = reason instanceof Error ? reason.message : 'cancelled';
            for (const [id, r] of results) {
                if (r.status === 'pending') {
                    ready.delete(id);
                    settle(id, { status: 'cancelled', error: `run cancelled before it started (${why})` }, 'task.cancelled');
                }
            }
            for (const c of controllers.values())
                c.abort(new Error('cancelled'));
            maybeDone();
        };
        if (options.signal) {
            if (options.signal.aborted)
                cancel();
            else
                options.signal.addEventListener('abort', cancel, { once: true });
        }
        pump();
        maybeDone();
    });
}

;// CONCATENATED MODULE: ./src/engine/summary.ts
/**
 * The deterministic report: a table of subtasks with status and duration, then each result. It is the
 * summary when no model synthesizes one, and the fallback when synthesis fails.
 */

function statusTable(subtasks) {
    return (0,format/* markdownTable */.Qj)(['Subtask', 'Description', 'Domain', 'Status', 'Duration'], subtasks.map((s) => [
        (0,format/* escapeCell */.kq)(s.id, 64),
        (0,format/* escapeCell */.kq)(s.description, 200),
        (0,format/* escapeCell */.kq)(s.domain, 40),
        (0,format/* statusMark */.w8)(s.status),
        (0,format/* formatDuration */.a3)(s.durationMs),
    ]));
}
function countByStatus(subtasks) {
    const counts = {};
    for (const s of subtasks)
        counts[s.status] = (counts[s.status] ?? 0) + 1;
    return counts;
}
/** `2 completed, 1 timed out`: how many subtasks ended in each status. */
function statusTally(subtasks) {
    return Object.entries(countByStatus(subtasks))
        .map(([status, n]) => `${n} ${(0,format/* statusWords */.o7)(status)}`)
        .join(', ');
}
function deterministicSummary(run) {
    const tally = statusTally(run.subtasks);
    const lines = [
        `# Orchestration ${run.planId}: ${run.status}`,
        '',
        `${run.subtasks.length} subtasks (${tally}) in ${run.workers.length} workers, ${run.mode} mode, ` +
            `${run.runtime} runtime, ${(0,format/* formatDuration */.a3)(run.durationMs)}.`,
        '',
        statusTable(run.subtasks),
        '',
    ];
    if (run.branches?.merged) {
        lines.push(`Changes are on branch \`${run.branches.merged}\`.`);
        if (run.branches.conflicts.length > 0) {
            lines.push(`Merge conflicts in: ${run.branches.conflicts.map((f) => `\`${f}\``).join(', ')}.`);
        }
        lines.push('');
    }
    for (const s of run.subtasks) {
        lines.push(`## ${s.id}: ${s.description}`, '', `Status: ${(0,format/* statusMark */.w8)(s.status)}`);
        if (s.error)
            lines.push('', `Error: ${s.error}`);
        if (s.result)
            lines.push('', s.result.trim());
        lines.push('');
    }
    return lines.join('\n');
}
/** The model's answer first, then the status table, so the comment reads as an answer with its evidence. */
function synthesizedSummary(run, answer) {
    const tally = statusTally(run.subtasks);
    return [
        answer.trim(),
        '',
        '---',
        '',
        `<details><summary>Orchestration ${run.planId}: ${run.status} (${tally}, ${(0,format/* formatDuration */.a3)(run.durationMs)})</summary>`,
        '',
        statusTable(run.subtasks),
        '',
        '</details>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/engine/run-recorder.ts







function workerResult(wp, subtasks, mode) {
    const status = subtasks.every((s) => s.status === 'completed')
        ? 'completed'
        : subtasks.some((s) => s.status === 'pending' || s.status === 'running')
            ? 'pending'
            : subtasks.some((s) => s.status === 'cancelled')
                ? 'cancelled'
                : 'failed';
    return { worker: wp.name, domain: wp.domain, status, mode, subtasks };
}
class RunRecorder {
    plan;
    mode;
    logger;
    files;
    bus;
    results;
    status = 'executing';
    startedAt = Date.now();
    workerOf;
    constructor(plan, runDir, mode, logger, onEvent) {
        this.plan = plan;
        this.mode = mode;
        this.logger = logger;
        this.files = new RunFiles(runDir);
        this.bus = new EventBus(plan.planId);
        this.results = initialResults(plan);
        this.workerOf = new Map(plan.workers.map((w) => [w.domain, w]));
        this.bus.on((event) => this.files.appendEvent(event));
        if (onEvent)
            this.bus.on(onEvent);
        // A subtask's change is on disk before anyone reacts to its event.
        this.bus.on((event) => {
            if (!('taskId' in event) || !event.taskId)
                return;
            const wp = this.workerOf.get(this.results.get(event.taskId)?.domain ?? '');
            if (wp)
                this.writeWorker(wp);
            this.writeStatus();
        });
    }
    /** The plan, its status and its empty worker results, and the `plan.created` event. */
    start() {
        this.files.writePlan(this.plan);
        this.writeStatus();
        for (const wp of this.plan.workers)
            this.writeWorker(wp);
        this.bus.emit('plan.created', {
            taskDescription: this.plan.taskDescription,
            subtasks: this.plan.subtasks.map((s) => ({
                id: s.id,
                description: s.description,
                domain: s.domain,
                dependsOn: s.dependsOn,
            })),
            workers: this.plan.workers.map((w) => w.name),
        });
    }
    log(message, where = {}) {
        this.bus.emit('log', { message, ...where });
    }
    get subtasks() {
        return this.plan.subtasks.map((s) => this.results.get(s.id));
    }
    /** Writes the final files and answers the run's result. Never throws for a file it cannot update. */
    finish(end) {
        const finishedAt = Date.now();
        const subtasks = this.subtasks;
        const base = {
            planId: this.plan.planId,
            status: end.status,
            mode: this.mode,
            runtime: end.runtime,
            runDir: this.files.dir,
            startedAt: new Date(this.startedAt).toISOString(),
            finishedAt: new Date(finishedAt).toISOString(),
            durationMs: finishedAt - this.startedAt,
            subtasks,
            workers: this.plan.workers.map((wp) => this.workerResultOf(wp)),
            ...(end.branches ? { branches: end.branches } : {}),
            ...(end.delivery ? { delivery: end.delivery } : {}),
        };
        let summary = end.synthesized ? synthesizedSummary(base, end.synthesized) : deterministicSummary(base);
        if (end.note)
            summary += `\n${end.note}\n`;
        this.files.writeSummary(summary);
        for (const wp of this.plan.workers)
            this.writeWorker(wp);
        this.status = end.status;
        this.writeStatus();
        const result = { ...base, summary };
        this.files.writeResult(result);
        if (this.plan.source?.kind === 'markdown') {
            try {
                checkOffCompleted(this.plan, subtasks);
            }
            catch (error) {
                this.logger.warn(`could not check off completed items in ${this.plan.source.file}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        this.bus.emit('plan.completed', { status: end.status, durationMs: base.durationMs });
        return result;
    }
    workerResultOf(wp) {
        return workerResult(wp, wp.subtasks.map((id) => this.results.get(id)), this.mode);
    }
    writeWorker(wp) {
        this.files.writeWorkerResult(this.workerResultOf(wp));
    }
    writeStatus() {
        this.files.writeStatus(buildStatus(this.plan, this.status, [...this.results.values()]));
    }
}

;// CONCATENATED MODULE: ./src/agent/monitor.ts
function isTimedMonitor(monitor) {
    const candidate = monitor;
    return (typeof candidate.onTick === 'function' && typeof candidate.tickMs === 'number' && candidate.tickMs > 0);
}
const systemClock = {
    now: () => Date.now(),
    setInterval: (callback, ms) => setInterval(callback, ms),
    clearInterval: (handle) => clearInterval(handle),
};
/**
 * Runs `monitor` beside a command: feeds it output, ticks it when it is timed, and calls `stop` once with
 * the first reason it gives (typically aborting the command's signal). The tick timer never keeps the
 * process alive.
 */
function watchCommand(monitor, stop, clock = systemClock) {
    let reason;
    let timer;
    const dispose = () => {
        if (timer !== undefined)
            clock.clearInterval(timer);
        timer = undefined;
    };
    const settle = (next) => {
        if (next === undefined || reason !== undefined)
            return;
        reason = next;
        dispose();
        stop(next);
    };
    if (monitor && isTimedMonitor(monitor)) {
        timer = clock.setInterval(() => settle(monitor.onTick(clock.now())), monitor.tickMs);
        timer.unref?.();
    }
    return {
        onOutput(stream, chunk) {
            if (monitor && reason === undefined)
                settle(monitor.onOutput(stream, chunk));
        },
        get reason() {
            return reason;
        },
        dispose,
    };
}

;// CONCATENATED MODULE: ./src/engine/task-runner.ts
/**
 * One subtask, start to end, on its prepared worker: write its prompt (with its dependencies' results),
 * merge its dependencies' branches into its worktree, run the agent's command, watch it (budgets, stalls),
 * count what it spent against the run's budget, and commit what it changed. The scheduler calls `run` and
 * decides everything about order, timeouts and cancellation.
 */





class TaskRunner {
    deps;
    workerPlans;
    constructor(deps) {
        this.deps = deps;
        this.workerPlans = new Map(deps.plan.workers.map((w) => [w.domain, w]));
    }
    workerPlan(task) {
        return this.workerPlans.get(task.domain);
    }
    async run(task, dependencies, signal) {
        const { recorder, agent, worktrees, budget, logger } = this.deps;
        const prompt = buildSubtaskPrompt(this.deps.plan, task, dependencies.map((d) => ({ id: d.id, description: d.description, result: d.result ?? '' })));
        const promptFile = recorder.files.writeTaskPrompt(task.id, prompt);
        recorder.files.appendWorkerPrompt(task.domain, task.id, prompt);
        const worker = await this.deps.pool.get(this.workerPlan(task));
        if (worktrees) {
            const conflicts = await worktrees.mergeInto(task.domain, [
                ...new Set(dependencies.map((d) => d.domain)),
            ]);
            if (conflicts.length > 0)
                recorder.log(`merge conflicts in ${conflicts.join(', ')}; running on the worker's own branch`, {
                    taskId: task.id,
                    worker: worker.spec.name,
                });
        }
        const invocation = agent.invocation({
            taskId: task.id,
            description: task.description,
            domain: task.domain,
            promptFile,
            workdir: worker.spec.workdir,
        });
        const stop = new AbortController();
        const watch = watchCommand(agent.monitor?.(budget.remaining()), (reason) => stop.abort(new Error(reason)));
        const onAbort = () => stop.abort(signal.reason);
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        try {
            const outcome = await worker.run({ taskId: task.id, script: invocation.script, env: invocation.env }, stop.signal, watch.onOutput);
            watch.dispose();
            const verdict = agent.interpret(outcome);
            const result = capResult(verdict.result, (0,external_node_path_.join)(recorder.files.dir, `${worker.spec.name}.log`));
            const usage = verdict.usage;
            const overRun = budget.spend(usage);
            if (overRun) {
                logger.warn(`${overRun}: stopping the run`);
                recorder.log(overRun);
                this.deps.onBudgetExceeded(overRun);
            }
            const base = { ...(usage ? { usage } : {}), ...(verdict.details ? { details: verdict.details } : {}) };
            // Whatever the agent left is committed, even on failure, so nothing it wrote is lost; dependents
            // only ever merge a completed subtask's branch.
            const refused = worktrees ? await this.commit(task, verdict.status, worker.spec.name) : undefined;
            if (refused)
                return { status: 'failed', result: result || null, error: refused, ...base };
            if (watch.reason)
                return { status: 'failed', result: result || null, error: `stopped: ${watch.reason}`, ...base };
            return { status: verdict.status, result, error: verdict.error ?? null, ...base };
        }
        finally {
            watch.dispose();
            signal.removeEventListener('abort', onAbort);
        }
    }
    /** Commits the subtask's changes; answers why they were refused, if they were. */
    async commit(task, status, worker) {
        const message = `${task.id}: ${task.description}\n\norchestrate-action plan ${this.deps.plan.planId}, ${status}`;
        try {
            const committed = await this.deps.worktrees.commit(task.domain, message);
            if (!committed.refused)
                return undefined;
            this.deps.logger.warn(`${task.id}: ${committed.refused}`);
            this.deps.recorder.log(committed.refused, { taskId: task.id, worker });
            return committed.refused;
        }
        catch (error) {
            this.deps.logger.warn(`committing ${task.id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/worker-pool.ts

class WorkerPool {
    deps;
    workers = new Map();
    waiting = [];
    preparing = 0;
    constructor(deps) {
        this.deps = deps;
    }
    /** Starts preparing every worker, in the order given (put the ones needed first first). */
    prepareAll(workers) {
        for (const wp of workers)
            void this.get(wp).catch(() => undefined);
    }
    /** The worker, once prepared; a preparation that failed rejects every subtask of the worker. */
    get(wp) {
        let worker = this.workers.get(wp.domain);
        if (!worker) {
            worker = this.limited(() => this.prepare(wp));
            this.workers.set(wp.domain, worker);
        }
        return worker;
    }
    async prepare(wp) {
        const worker = await this.deps.runtime.startWorker({
            ...this.deps.spec(wp),
            workdir: await this.deps.workdir(wp.domain),
        });
        this.deps.onStarted?.(wp);
        return worker;
    }
    async limited(work) {
        if (this.preparing >= this.deps.concurrency)
            await new Promise((r) => this.waiting.push(r));
        this.preparing++;
        try {
            return await work();
        }
        finally {
            this.preparing--;
            this.waiting.shift()?.();
        }
    }
    /** The worker's work is done: stop it (a worker that was never prepared has nothing to stop). */
    async release(wp) {
        const worker = this.workers.get(wp.domain);
        if (!worker)
            return;
        let stopped;
        try {
            stopped = await worker;
        }
        catch {
            return; // Never started: its subtasks failed with the reason.
        }
        try {
            await stopped.stop();
        }
        catch (error) {
            this.deps.logger.warn(`stopping ${wp.name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        this.deps.onStopped?.(wp);
    }
}

;// CONCATENATED MODULE: ./src/engine/orchestrate.ts





















async function orchestrate(input, options = {}) {
    normalizeInput(input); // An empty request is refused before anything is made.
    const config = resolveRunConfig(options);
    const planId = options.planId ?? newPlanId();
    return registered(config, planId, async (active) => {
        let execution;
        const shared = () => (execution ??= openExecution(config, active));
        try {
            const plan = await createPlan(input, { ...options, planId }, shared);
            if (plan.subtasks.length === 0)
                return nothingToRun(plan, options);
            return await execute(plan, config, await shared(), active, options);
        }
        finally {
            const made = await execution?.catch(() => undefined);
            if (made?.kind === 'run')
                await disposeRuntime(made, config);
        }
    });
}
/**
 * Runs a plan made beforehand (`createPlan`). The run registers itself with everything it creates, so that if
 * this process dies, the next run or `kill-all` cleans up after it.
 */
async function runPlan(plan, options = {}) {
    if (plan.subtasks.length === 0)
        return nothingToRun(plan, options);
    const config = resolveRunConfig(options);
    return registered(config, plan.planId, async (active) => {
        const execution = await openExecution(config, active);
        try {
            return await execute(plan, config, execution, active, options);
        }
        finally {
            if (execution.kind === 'run')
                await disposeRuntime(execution, config);
        }
    });
}
/** Cleans up after the workspace's dead runs, then registers this one for as long as `work` runs. */
async function registered(config, planId, work) {
    await reapDeadRuns(config.workspace, config.logger).catch((error) => config.logger.warn(`cleaning up after runs that died: ${(0,errors/* errorMessage */.gJ)(error)}`));
    const active = new ActiveRun(config.workspace, planId, runDirOf(config.workspace, planId));
    try {
        return await work(active);
    }
    finally {
        active.close();
    }
}
async function disposeRuntime(execution, config) {
    await execution.runtime
        .dispose()
        .catch((error) => config.logger.warn(`cleaning up workers: ${(0,errors/* errorMessage */.gJ)(error)}`));
}
async function execute(plan, config, execution, active, options) {
    const { logger, depth } = config;
    const mode = depth.sequential ? 'sequential' : 'parallel';
    const recorder = new RunRecorder(plan, runDirOf(config.workspace, plan.planId), mode, logger, options.onEvent);
    recorder.start();
    if (depth.sequential)
        logger.warn(MAX_DEPTH_WARNING);
    if (execution.kind === 'prompt-files') {
        if (execution.reason && config.fallback === 'fail') {
            // The caller wants workers or nothing (the action): the run's files say why; no prompt file is written.
            recorder.log(`workers cannot start: ${execution.reason}`);
            recorder.finish({ runtime: 'none', status: 'failed', note: `Nothing ran: ${execution.reason}.` });
            throw new errors/* WorkersUnavailableError */.qu(execution.reason);
        }
        const howTo = writePromptFiles(plan, recorder.files);
        if (execution.reason)
            logger.warn(`${execution.reason}; wrote prompt files instead`);
        else
            logger.info('prompt-files runtime: wrote prompt files');
        logger.info(howTo);
        recorder.log(execution.reason ?? 'prompt-files runtime');
        // Asked for, the prompt files are the whole job; as a fallback they mean the run did not run.
        const status = execution.reason ? 'failed' : 'prompts_written';
        return recorder.finish({ runtime: 'prompt-files', status, note: howTo });
    }
    const { runtime, agent } = execution;
    // Sequential mode runs in place: at the depth limit the working directory is already a worker's checkout.
    const worktrees = depth.sequential
        ? undefined
        : await WorktreeSet.open(config.cwd, plan.planId, config.workspace);
    if (worktrees)
        active.setWorktrees({ repoRoot: worktrees.repoRoot, root: worktrees.root });
    const runEnv = {
        callerEnv: config.env,
        envNames: config.envNames,
        depth: depth.depth,
        maxDepth: depth.maxDepth,
        planId: plan.planId,
    };
    const baseSpec = { planId: plan.planId, depth: depth.depth + 1, runDir: recorder.files.dir };
    const confinement = workerConfinement(config.workspace, worktrees, config.env);
    const pool = new WorkerPool({
        runtime,
        concurrency: Math.max(1, Math.min(config.scheduling.concurrency, plan.workers.length)),
        workdir: async (domain) => (worktrees ? worktrees.add(domain) : config.cwd),
        spec: (wp) => ({
            ...baseSpec,
            name: wp.name,
            domain: wp.domain,
            env: runWorkerEnv(runEnv, wp.name),
            confinement,
        }),
        logger,
        onStarted: (wp) => {
            if (!depth.sequential)
                recorder.bus.emit('worker.spawned', { worker: wp.name, domain: wp.domain, runtime: runtime.kind });
        },
        onStopped: (wp) => {
            if (!depth.sequential)
                recorder.bus.emit('worker.stopped', { worker: wp.name, domain: wp.domain });
        },
    });
    // The workers whose first subtask can start at once are made first.
    const readyFirst = [...plan.workers].sort((a, b) => Number(firstWaits(plan, a.subtasks[0])) - Number(firstWaits(plan, b.subtasks[0])));
    pool.prepareAll(readyFirst);
    const budget = new RunBudget({
        maxTokens: config.budgets.maxRunTokens,
        maxCostUsd: config.budgets.maxRunCostUsd,
    });
    const budgetStop = new AbortController();
    const runSignal = config.signal ? AbortSignal.any([config.signal, budgetStop.signal]) : budgetStop.signal;
    const runner = new TaskRunner({
        plan,
        recorder,
        pool,
        agent,
        worktrees,
        budget,
        onBudgetExceeded: (reason) => budgetStop.abort(new Error(reason)),
        logger,
    });
    let status = 'failed';
    let synthesized;
    let integration;
    try {
        await schedule({
            plan,
            concurrency: config.scheduling.concurrency,
            timeoutMs: config.scheduling.timeoutMs,
            signal: runSignal,
            execute: (task, deps, signal) => runner.run(task, deps, signal),
            results: recorder.results,
            emit: (type, fields) => recorder.bus.emit(type, fields),
            acquire: async (task) => {
                await pool.get(runner.workerPlan(task));
            },
            onWorkerFinished: (wp) => pool.release(wp),
        });
        const cancelled = config.signal?.aborted ?? false;
        if (worktrees && !cancelled)
            integration = await integrate({
                plan,
                config,
                execution,
                worktrees,
                recorder,
                spec: { ...baseSpec, env: runWorkerEnv(runEnv, 'omo-worker-integration'), confinement },
            });
        const all = recorder.subtasks;
        if (agent.kind === 'opencode' && config.synthesis && !cancelled && !('unavailable' in execution.oneShot))
            synthesized = await synthesizeResults(plan, all, { runtime, agentOptions: execution.oneShot }, config, recorder, {
                ...baseSpec,
                env: runWorkerEnv(runEnv, 'omo-synthesis'),
            });
        status = cancelled ? 'cancelled' : all.every((s) => s.status === 'completed') ? 'completed' : 'failed';
    }
    finally {
        if (worktrees) {
            // A cancelled run still keeps what its workers committed: merged (without the agent), never pushed.
            integration ??= await integrate({
                plan,
                config,
                execution,
                worktrees,
                recorder,
                spec: { ...baseSpec, env: {}, confinement },
                mergeOnly: true,
            }).catch((error) => {
                logger.warn(`merging worker branches: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return undefined;
            });
            await worktrees.removeAll();
        }
    }
    return recorder.finish({ runtime: runtime.kind, status, ...integration, synthesized });
}
/** Whether a subtask must wait for another before it can start. */
function firstWaits(plan, id) {
    return (plan.subtasks.find((s) => s.id === id)?.dependsOn.length ?? 0) > 0;
}
async function synthesizeResults(plan, subtasks, session, config, recorder, spec) {
    try {
        const text = await synthesize(plan.taskDescription, subtasks, { ...session, spec }, config.signal);
        recorder.log('summary synthesized by the model');
        return text;
    }
    catch (error) {
        const reason = `synthesis failed, using the deterministic report: ${(0,errors/* errorMessage */.gJ)(error)}`;
        config.logger.warn(reason);
        recorder.log(reason);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/plan/heuristic.ts
const MIN_TASKS = 3;
const MIN_DOMAINS = 2;
function shouldOrchestrate(input) {
    const tasks = isPlan(input) ? input.subtasks : input;
    const domains = [...new Set(tasks.map((t) => t.domain))];
    const dependent = tasks.filter((t) => t.dependsOn.length > 0).map((t) => t.id);
    const rules = [
        [tasks.length >= MIN_TASKS, `${count(tasks.length, 'task')} (needs ${MIN_TASKS} or more)`],
        [
            domains.length >= MIN_DOMAINS,
            `${count(domains.length, 'domain')}${domains.length > 0 ? ` (${domains.join(', ')})` : ''} ` +
                `(needs ${MIN_DOMAINS} or more)`,
        ],
        [
            dependent.length === 0,
            dependent.length === 0
                ? 'no dependencies between tasks'
                : `${count(dependent.length, 'task')} with dependencies (${dependent.join(', ')}); needs none`,
        ],
    ];
    return {
        recommended: rules.every(([ok]) => ok),
        reasons: rules.map(([ok, text]) => `${ok ? 'pass' : 'fail'}: ${text}`),
    };
}
const isPlan = (input) => !Array.isArray(input);
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/lib/index.ts
/**
 * The library API: the same engine as the CLI and the action, for programmatic use.
 *
 *   import { orchestrate, DomainRegistry } from 'orchestrate-action';
 *   DomainRegistry.register('blockchain', ['smart contract', 'web3']);
 *   const result = await orchestrate('frontend:Build page | backend:Build API', { agent: 'command', agentCommand: 'echo ok' });
 */








var __webpack_exports__CycleError = __webpack_exports__.d6;
var __webpack_exports__DomainRegistry = __webpack_exports__.AQ;
var __webpack_exports__DuplicateIdError = __webpack_exports__.hl;
var __webpack_exports__EmptyPlanError = __webpack_exports__.V_;
var __webpack_exports__InputError = __webpack_exports__.dz;
var __webpack_exports__OptionError = __webpack_exports__.eR;
var __webpack_exports__PlanFileError = __webpack_exports__.KR;
var __webpack_exports__SelfDependencyError = __webpack_exports__.AJ;
var __webpack_exports__TooManySubtasksError = __webpack_exports__.AL;
var __webpack_exports__UnknownDependencyError = __webpack_exports__.mj;
var __webpack_exports__WorkersUnavailableError = __webpack_exports__.qu;
var __webpack_exports__createPlan = __webpack_exports__.qT;
var __webpack_exports__criticalPath = __webpack_exports__.vC;
var __webpack_exports__errorMessage = __webpack_exports__.gJ;
var __webpack_exports__findCycle = __webpack_exports__.u8;
var __webpack_exports__orchestrate = __webpack_exports__.rK;
var __webpack_exports__planToJson = __webpack_exports__.$p;
var __webpack_exports__readRunStatus = __webpack_exports__.qQ;
var __webpack_exports__runPlan = __webpack_exports__.Fo;
var __webpack_exports__shouldOrchestrate = __webpack_exports__.Yq;
var __webpack_exports__topologicalWaves = __webpack_exports__._v;
var __webpack_exports__validateGraph = __webpack_exports__.dC;
export { __webpack_exports__CycleError as CycleError, __webpack_exports__DomainRegistry as DomainRegistry, __webpack_exports__DuplicateIdError as DuplicateIdError, __webpack_exports__EmptyPlanError as EmptyPlanError, __webpack_exports__InputError as InputError, __webpack_exports__OptionError as OptionError, __webpack_exports__PlanFileError as PlanFileError, __webpack_exports__SelfDependencyError as SelfDependencyError, __webpack_exports__TooManySubtasksError as TooManySubtasksError, __webpack_exports__UnknownDependencyError as UnknownDependencyError, __webpack_exports__WorkersUnavailableError as WorkersUnavailableError, __webpack_exports__createPlan as createPlan, __webpack_exports__criticalPath as criticalPath, __webpack_exports__errorMessage as errorMessage, __webpack_exports__findCycle as findCycle, __webpack_exports__orchestrate as orchestrate, __webpack_exports__planToJson as planToJson, __webpack_exports__readRunStatus as readRunStatus, __webpack_exports__runPlan as runPlan, __webpack_exports__shouldOrchestrate as shouldOrchestrate, __webpack_exports__topologicalWaves as topologicalWaves, __webpack_exports__validateGraph as validateGraph };
