export const id = 582;
export const ids = [582,540];
export const modules = {

/***/ 56540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ ownerLabels),
/* harmony export */   a6: () => (/* binding */ reapOrphans),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   listWorkerContainers: () => (/* binding */ listWorkerContainers),
/* harmony export */   removeWorkerContainers: () => (/* binding */ removeWorkerContainers)
/* harmony export */ });
/* unused harmony exports LABEL_PREFIX, isOrphan */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75813);
/**
 * Finds and removes worker containers by label, of one plan or of all. Quietly does nothing when no Docker
 * engine is reachable, so `workers` and `kill-all` work on machines without Docker.
 *
 * Every worker container carries its owner's identity (pid, process start time, host name), so a later run
 * can tell the leftovers of a crashed orchestrator from the containers of one that is still running.
 */



const LABEL_PREFIX = 'org.orchestrate-action';
const LABELS = {
    managed: `${LABEL_PREFIX}.managed`,
    planId: `${LABEL_PREFIX}.plan-id`,
    domain: `${LABEL_PREFIX}.domain`,
    depth: `${LABEL_PREFIX}.depth`,
    ownerPid: `${LABEL_PREFIX}.owner-pid`,
    /** The owner's start time in clock ticks since boot (/proc/<pid>/stat): a reused pid is not the owner. */
    ownerStart: `${LABEL_PREFIX}.owner-start`,
    /** The owner's host name: a pid means nothing on another machine sharing the engine. */
    host: `${LABEL_PREFIX}.host`,
};
/** The labels naming this process as a container's owner. */
function ownerLabels() {
    const labels = {
        [LABELS.ownerPid]: String(process.pid),
        [LABELS.host]: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)(),
    };
    const start = (0,_util_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .processStartTime */ .X)(process.pid);
    if (start)
        labels[LABELS.ownerStart] = start;
    return labels;
}
async function client() {
    const { default: Docker } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.t.bind(__webpack_require__, 39040, 23));
    const docker = new Docker();
    try {
        await Promise.race([
            docker.ping(),
            new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
        ]);
        return docker;
    }
    catch {
        return undefined;
    }
}
async function list(docker, filter) {
    const label = [`${LABELS.managed}=true`];
    if (filter.planId)
        label.push(`${LABELS.planId}=${filter.planId}`);
    const containers = await docker.listContainers({ all: true, filters: { label } });
    return containers.map((c) => ({
        id: c.Id,
        name: (c.Names[0] ?? c.Id).replace(/^\//, ''),
        planId: c.Labels[LABELS.planId],
        domain: c.Labels[LABELS.domain],
        state: c.State,
        image: c.Image,
        ownerPid: c.Labels[LABELS.ownerPid] ? Number(c.Labels[LABELS.ownerPid]) : undefined,
        ownerStart: c.Labels[LABELS.ownerStart],
        host: c.Labels[LABELS.host],
    }));
}
async function listWorkerContainers(filter = {}) {
    const docker = await client();
    return docker ? list(docker, filter) : [];
}
/** Removes (force) the worker containers matching; `orphansOnly` keeps those whose owner process lives. */
async function removeWorkerContainers(filter) {
    const docker = await client();
    return docker ? removeMatching(docker, filter) : [];
}
/**
 * Removes the containers a crashed orchestrator on this host left behind (its dispose() never ran), logging
 * each. Containers of live orchestrators and of other hosts are kept.
 */
async function reapOrphans(docker, logger) {
    try {
        const removed = await removeMatching(docker, { orphansOnly: true });
        for (const name of removed)
            logger.info(`removed container ${name} left behind by a stopped orchestrator`);
        return removed;
    }
    catch (error) {
        // Reaping is housekeeping: a failure must not stop the run that tried it.
        logger.warn(`could not look for leftover worker containers: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return [];
    }
}
async function removeMatching(docker, filter) {
    const removed = [];
    for (const c of await list(docker, filter)) {
        if (filter.orphansOnly && !isOrphan(c))
            continue;
        try {
            await docker.getContainer(c.id).remove({ force: true });
            removed.push(c.name);
        }
        catch {
            // Removed concurrently (by its owner's stop or another reaper).
        }
    }
    return removed;
}
function isOrphan(c) {
    if (c.host !== undefined && c.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_0__.hostname)())
        return false;
    if (c.ownerPid === undefined)
        return true;
    if (!(0,_util_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .pidAlive */ .p)(c.ownerPid))
        return true;
    // The pid lives, but is it still the process that labelled the container?
    const start = c.ownerStart === undefined ? undefined : (0,_util_processes_js__WEBPACK_IMPORTED_MODULE_2__/* .processStartTime */ .X)(c.ownerPid);
    return start !== undefined && start !== c.ownerStart;
}


/***/ }),

/***/ 56582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createDockerRuntime: () => (/* binding */ createDockerRuntime)
});

// UNUSED EXPORTS: DockerRuntime

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/runtime/bounded-output.ts
var bounded_output = __webpack_require__(9455);
;// CONCATENATED MODULE: ./src/runtime/docker-client.ts
/**
 * The Docker engine calls the docker runtime makes, behind one small class over a Dockerode instance (as in
 * testcontainers-node): every call is logged, a failure is logged and rethrown, and exec output is split into
 * stdout and stderr with the modem's demuxer, the exit code read from the exec afterwards.
 */




/** Docker's answer for something already gone (or, for stop, already stopped). */
function statusCode(error) {
    const code = error?.statusCode;
    return typeof code === 'number' ? code : undefined;
}
class DockerClient {
    docker;
    logger;
    constructor(docker, logger) {
        this.docker = docker;
        this.logger = logger;
    }
    async call(what, fn) {
        this.logger.debug(`docker: ${what}`);
        try {
            return await fn();
        }
        catch (error) {
            this.logger.debug(`docker: ${what} failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            throw error;
        }
    }
    /** Rejects when the engine does not answer within `timeoutMs`. */
    ping(timeoutMs) {
        return this.call('ping', () => {
            const signal = AbortSignal.timeout(timeoutMs);
            return Promise.race([
                // The typings lack ping's options; Dockerode passes abortSignal on to the request.
                this.docker.ping.call(this.docker, {
                    abortSignal: signal,
                }),
                new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error(`no answer in ${timeoutMs} ms`)), {
                    once: true,
                })),
            ]);
        });
    }
    async hasImage(image) {
        try {
            await this.call(`inspect image ${image}`, () => this.docker.getImage(image).inspect());
            return true;
        }
        catch (error) {
            if (statusCode(error) === 404)
                return false;
            throw error;
        }
    }
    createContainer(options) {
        return this.call(`create container ${options.name} from ${options.Image}`, () => this.docker.createContainer(options));
    }
    start(container, name) {
        return this.call(`start ${name}`, () => container.start());
    }
    inspect(container, name) {
        return this.call(`inspect ${name}`, () => container.inspect());
    }
    /** Stops (SIGTERM, then SIGKILL after `seconds`) and removes; a container already gone is fine. */
    async stopAndRemove(container, name, seconds) {
        try {
            await this.call(`stop ${name} (t=${seconds})`, () => container.stop({ t: seconds }));
        }
        catch (error) {
            // 304: not running; 404: gone. Anything else: the forced remove below still ends it.
            if (statusCode(error) !== 304 && statusCode(error) !== 404)
                this.logger.warn(`stopping ${name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        await this.remove(container, name);
    }
    /** Kills and removes at once (docker rm -f); a container already gone is fine. */
    async remove(container, name) {
        try {
            await this.call(`remove ${name}`, () => container.remove({ force: true, v: true }));
        }
        catch (error) {
            // 404: gone; 409: removal already in progress (another path got there first).
            if (statusCode(error) === 404 || statusCode(error) === 409)
                return;
            this.logger.warn(`removing ${name}: ${(0,errors/* errorMessage */.gJ)(error)}`);
            throw error;
        }
    }
    /** The last lines of the container's output, for error messages. Never throws. */
    async logsTail(container, lines = 20) {
        try {
            const raw = await container.logs({ stdout: true, stderr: true, tail: lines, follow: false });
            return demuxBuffer(Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw))).trim();
        }
        catch (error) {
            return `(no logs: ${(0,errors/* errorMessage */.gJ)(error)})`;
        }
    }
    /**
     * Runs a command in the container to its end and returns its output and exit code (null when the exec
     * vanished with its container). Output streams to `onOutput` as it comes, decoded as UTF-8 across chunks.
     */
    async exec(container, name, command, onOutput) {
        const what = `exec ${command.label} in ${name}${command.user ? ` as ${command.user}` : ''}`;
        const exec = await this.call(what, () => container.exec({
            Cmd: command.cmd,
            Env: command.env,
            User: command.user,
            WorkingDir: command.workdir,
            AttachStdin: false,
            AttachStdout: true,
            AttachStderr: true,
            Tty: false,
        }));
        const stream = await this.call(`start ${what}`, () => exec.start({ hijack: true, stdin: false }));
        // Memory keeps a bounded part of each stream; all of it streams to the listener (the worker's log).
        const out = { stdout: new bounded_output/* BoundedOutput */.l(), stderr: new bounded_output/* BoundedOutput */.l() };
        const sink = (key) => {
            const pass = new external_node_stream_.PassThrough();
            pass.setEncoding('utf8');
            pass.on('data', (chunk) => {
                out[key].push(chunk);
                onOutput?.(key, chunk);
            });
            return pass;
        };
        const stdout = sink('stdout');
        const stderr = sink('stderr');
        this.docker.modem.demuxStream(stream, stdout, stderr);
        await new Promise((resolve) => {
            // A killed container ends the hijacked connection with 'close' and sometimes an error, not 'end'.
            stream.once('end', resolve);
            stream.once('close', resolve);
            stream.once('error', (error) => {
                this.logger.debug(`docker: ${what}: stream error ${(0,errors/* errorMessage */.gJ)(error)}`);
                resolve();
            });
        });
        stream.destroy();
        stdout.end();
        stderr.end();
        await Promise.all([(0,promises_.finished)(stdout), (0,promises_.finished)(stderr)]);
        return {
            exitCode: await this.exitCode(exec, what),
            stdout: out.stdout.text(),
            stderr: out.stderr.text(),
        };
    }
    async exitCode(exec, what) {
        // The stream can end a moment before the engine records the exit.
        for (let attempt = 0; attempt < 50; attempt++) {
            let info;
            try {
                info = await exec.inspect();
            }
            catch (error) {
                this.logger.debug(`docker: inspect ${what}: ${(0,errors/* errorMessage */.gJ)(error)}`);
                return null;
            }
            if (!info.Running)
                return info.ExitCode ?? null;
            await new Promise((r) => setTimeout(r, 20));
        }
        this.logger.debug(`docker: ${what}: still running after its output ended`);
        return null;
    }
}
/** Splits a multiplexed (non-TTY) log buffer into text, stdout and stderr interleaved as written. */
function demuxBuffer(buffer) {
    let text = '';
    let offset = 0;
    while (offset + 8 <= buffer.length) {
        const type = buffer.readUInt8(offset);
        const length = buffer.readUInt32BE(offset + 4);
        if (type > 2)
            return text + buffer.subarray(offset).toString('utf8');
        text += buffer.subarray(offset + 8, offset + 8 + length).toString('utf8');
        offset += 8 + length;
    }
    return text;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/runtime/docker-reaper.ts
var docker_reaper = __webpack_require__(56540);
;// CONCATENATED MODULE: ./src/runtime/docker-container.ts
/**
 * What a worker container is, as data: the settings of a docker run (image, limits, user) and the create
 * options of one worker's container. Pure functions apart from reading the host's identity, so the hardening
 * can be read (and unit-tested) in one place.
 */






const DEFAULT_IMAGE = 'orchestrate-action-worker:latest';
/** The image's shared home (mode 1777): HOME for whichever uid a worker runs as. */
const WORKER_HOME = '/home/worker';
/** The image's own user, for hosts running as root (a worker never runs as root). */
const IMAGE_USER = { uid: 1000, gid: 1000 };
function resolveSettings(options, env) {
    const hostUid = process.getuid?.();
    const hostGid = process.getgid?.();
    // A non-root host user runs the worker as itself, so what the worker writes in the bind mounts is the user's.
    const asHost = hostUid !== undefined && hostGid !== undefined && hostUid !== 0;
    const pidsLimit = options.pidsLimit ?? 512;
    if (!Number.isInteger(pidsLimit) || pidsLimit < 16)
        throw new errors/* OptionError */.eR('--pids-limit', pidsLimit, 'a whole number of at least 16');
    const cpus = options.cpus ?? Math.min(2, (0,external_node_os_.availableParallelism)());
    if (!(cpus > 0))
        throw new errors/* OptionError */.eR('--cpus', cpus, 'a positive number like 1.5');
    return {
        image: options.image ?? env.ORCH_WORKER_IMAGE ?? DEFAULT_IMAGE,
        memoryBytes: parseMemory(options.memory ?? '4g'),
        nanoCpus: Math.round(cpus * 1e9),
        pidsLimit,
        network: options.network ?? 'bridge',
        uid: asHost ? hostUid : IMAGE_USER.uid,
        gid: asHost ? hostGid : IMAGE_USER.gid,
        chownWorkdir: hostUid === 0,
    };
}
const UNITS = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
/** Docker's size syntax: `512m`, `2g`, `1.5G`, `4gb`, or plain bytes. At least 6 MiB (Docker's minimum). */
function parseMemory(value) {
    const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(value.trim());
    const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : NaN;
    if (!(bytes >= 6 * 2 ** 20))
        throw new errors/* OptionError */.eR('--memory', value, 'a size like 512m or 4g (at least 6m)');
    return bytes;
}
/** `omo-worker-<domain>-<planId>`: unique per run, and `docker ps` shows whose worker it is. */
function containerName(spec) {
    return `${(0,types/* workerName */.i)(spec.domain)}-${spec.planId}`;
}
/** The tmux session the image's entry point starts: `omo-worker-<domain>`, as for local workers. */
function sessionName(spec) {
    return (0,types/* workerName */.i)(spec.domain);
}
function workerLogFile(spec) {
    return (0,external_node_path_.join)(spec.runDir, `${spec.name}.log`);
}
/**
 * The worker environment fitted to the container. The host's PATH would hide the image's tools (and name
 * host directories that do not exist inside), and the host's HOME is not the worker's; the image only has
 * the C locales, so another LANG would silently fall back to ASCII.
 */
function containerEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (name !== 'PATH' && name !== 'HOME')
            out[name] = value;
    out.HOME = WORKER_HOME;
    if (out.LANG !== undefined && !/^(C|POSIX)(\.utf-?8)?$/i.test(out.LANG))
        out.LANG = 'C.UTF-8';
    return out;
}
function envList(env) {
    return Object.entries(env).map(([name, value]) => `${name}=${value}`);
}
/** The workdir read-write and the run's files read-only, each at its host path, so every path lines up. */
function workerMounts(spec) {
    // Docker mounts the shallower path first, so a run directory inside the workdir still ends up read-only.
    const workdir = (0,external_node_path_.resolve)(spec.workdir);
    const runDir = (0,external_node_path_.resolve)(spec.runDir);
    const mounts = [{ source: workdir, target: workdir, readOnly: false }];
    // The same directory twice is an error to Docker; read-write then, as the worker needs its workdir.
    if (runDir !== workdir)
        mounts.push({ source: runDir, target: runDir, readOnly: true });
    return mounts;
}
/**
 * Parents of the mount points that lie in the image's own filesystem (not inside another mount, where they
 * would be host directories), deepest last.
 */
function parentsToOpen(mounts) {
    const parents = new Set();
    for (const m of mounts) {
        for (let dir = (0,external_node_path_.dirname)(m.target); dir !== '/' && dir !== '.'; dir = (0,external_node_path_.dirname)(dir)) {
            if (!mounts.some((o) => isInside(dir, o.target)))
                parents.add(dir);
        }
    }
    return [...parents].sort((a, b) => a.length - b.length);
}
class DockerSocketMountError extends Error {
    constructor(source, socket) {
        super(`refusing to mount ${source} into a worker container: it ${source === socket ? 'is' : 'contains'} the ` +
            `Docker socket ${socket}, which would give the worker control of the host; run from a project directory`);
        this.name = new.target.name;
    }
}
/** The sockets through which a container could drive a Docker engine on this host. */
function dockerSockets(env) {
    const candidates = ['/var/run/docker.sock', '/run/docker.sock', (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker/run/docker.sock')];
    if (env.XDG_RUNTIME_DIR)
        candidates.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'docker.sock'));
    if (env.DOCKER_HOST?.startsWith('unix://'))
        candidates.push(env.DOCKER_HOST.slice('unix://'.length));
    const sockets = new Set();
    for (const c of candidates) {
        sockets.add((0,external_node_path_.resolve)(c));
        if ((0,external_node_fs_.existsSync)(c))
            sockets.add((0,external_node_fs_.realpathSync)(c));
    }
    return [...sockets];
}
/** Never hand a worker the Docker socket: not as a mount, nor inside a mounted directory. */
function assertNoDockerSocket(mounts, env = process.env) {
    const sockets = dockerSockets(env);
    for (const m of mounts) {
        for (const path of new Set([
            m.source,
            m.target,
            (0,external_node_fs_.existsSync)(m.source) ? (0,external_node_fs_.realpathSync)(m.source) : m.source,
        ])) {
            const socket = sockets.find((s) => isInside(s, path));
            if (socket)
                throw new DockerSocketMountError(m.source, socket);
        }
    }
}
/** Whether `path` is `dir` or below it. */
function isInside(path, dir) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !rel.startsWith(external_node_path_.sep));
}
function containerOptions(spec, settings, extraLabels = {}) {
    const mounts = workerMounts(spec);
    assertNoDockerSocket(mounts);
    const env = containerEnv(spec.env);
    // TERM stays out of the container's own environment: `docker exec -it` (orchestrate attach) then gets a
    // terminal type that fits the person attaching, while commands still get the caller's TERM per exec.
    delete env.TERM;
    env.ORCH_WORKER_DOMAIN = spec.domain;
    // Window 0 of the worker's tmux session follows the worker's log (as for local workers).
    env.ORCH_WORKER_LOG = workerLogFile(spec);
    // The image's /tmp is replaced by a tmpfs (fast, and gone with the container) unless a mount sits on it.
    const tmpfs = mounts.some((m) => m.target === '/tmp')
        ? {}
        : { '/tmp': 'rw,exec,nosuid,nodev,mode=1777' };
    return {
        name: containerName(spec),
        Image: settings.image,
        // No Cmd: the image's entry point (under tini) starts the tmux session and waits for SIGTERM.
        Env: envList(env),
        User: `${settings.uid}:${settings.gid}`,
        WorkingDir: (0,external_node_path_.resolve)(spec.workdir),
        Tty: false,
        Labels: {
            [docker_reaper/* LABELS */.kg.managed]: 'true',
            [docker_reaper/* LABELS */.kg.planId]: spec.planId,
            [docker_reaper/* LABELS */.kg.domain]: spec.domain,
            [docker_reaper/* LABELS */.kg.depth]: String(spec.depth),
            ...(0,docker_reaper/* ownerLabels */.H0)(),
            ...extraLabels,
        },
        HostConfig: {
            Mounts: mounts.map((m) => ({ Type: 'bind', Source: m.source, Target: m.target, ReadOnly: m.readOnly })),
            CapDrop: ['ALL'],
            SecurityOpt: ['no-new-privileges'],
            PidsLimit: settings.pidsLimit,
            Memory: settings.memoryBytes,
            NanoCpus: settings.nanoCpus,
            NetworkMode: settings.network,
            // The image has tini as PID 1 already.
            Init: false,
            // Tools write to HOME and /tmp; the container is thrown away with its writes.
            ReadonlyRootfs: false,
            Tmpfs: tmpfs,
        },
    };
}

;// CONCATENATED MODULE: ./src/runtime/docker-ownership.ts
/**
 * Ownership of the mounted host directories (the workdir, the run files) for hosts that run as root. A worker
 * never runs as root, so on a root host it runs as the image's user (1000:1000) and needs the workdir to be
 * that user's while it works: every entry is handed over
 * before the worker starts and again before each subtask (the host's git writes root-owned files into a
 * worktree when it merges dependencies), and handed back when the last worker using the directory stops.
 * Git on the host names each worktree's git directory explicitly (see git/git.ts), so the host side does not
 * mind the ownership in between. A run that dies before handing back is reaped (lifecycle/reaper.ts).
 */




class WorkdirOwnership {
    owner;
    logger;
    tracker;
    leases = new Map();
    constructor(owner, logger, 
    /** Records each handed-over directory with its owner, so a reaper gives it back if this process dies. */
    tracker) {
        this.owner = owner;
        this.logger = logger;
        this.tracker = tracker;
    }
    /** One more worker uses `dir`: hand it over. */
    acquire(dir) {
        dir = (0,external_node_path_.resolve)(dir);
        // A recursive chown of / or of a home directory is never what a user meant by "run here".
        if (dir === '/' || dir === (0,external_node_path_.resolve)((0,external_node_os_.homedir)()))
            throw new Error(`refusing to hand ${dir} to the worker user ${this.owner.join(':')}: run from a project directory`);
        let lease = this.leases.get(dir);
        if (!lease) {
            const st = (0,external_node_fs_.lstatSync)(dir);
            lease = { users: 0, originals: new Map(), rootOwner: [st.uid, st.gid] };
            this.leases.set(dir, lease);
            this.tracker?.track(this.resource(dir, lease));
        }
        lease.users++;
        this.claim(dir);
    }
    resource(dir, lease) {
        return { kind: 'ownership', dir, uid: lease.rootOwner[0], gid: lease.rootOwner[1] };
    }
    /** Hands over whatever the host created in `dir` since the last call. */
    claim(dir) {
        dir = (0,external_node_path_.resolve)(dir);
        const lease = this.leases.get(dir);
        if (!lease)
            return;
        const [uid, gid] = this.owner;
        let changed = 0;
        walk(dir, (path, st) => {
            if (st.uid === uid && st.gid === gid)
                return;
            if (!lease.originals.has(path))
                lease.originals.set(path, [st.uid, st.gid]);
            (0,external_node_fs_.lchownSync)(path, uid, gid);
            changed++;
        });
        if (changed > 0)
            this.logger.debug(`handed ${changed} entries of ${dir} to ${uid}:${gid}`);
    }
    /** One worker less uses `dir`; the last one hands everything back. Never throws: it runs on clean-up paths. */
    release(dir) {
        dir = (0,external_node_path_.resolve)(dir);
        const lease = this.leases.get(dir);
        if (!lease || --lease.users > 0)
            return;
        this.leases.delete(dir);
        this.tracker?.untrack(this.resource(dir, lease));
        try {
            walk(dir, (path, st) => {
                const [uid, gid] = lease.originals.get(path) ?? lease.rootOwner;
                if (st.uid !== uid || st.gid !== gid)
                    (0,external_node_fs_.lchownSync)(path, uid, gid);
            });
        }
        catch (error) {
            this.logger.warn(`could not give ${dir} back to its owner: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
}
/** Every entry under `dir` and `dir` itself, symlinks not followed; entries removed meanwhile are skipped. */
function walk(dir, visit) {
    const stack = [dir];
    while (stack.length > 0) {
        const path = stack.pop();
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(path);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        try {
            visit(path, st);
        }
        catch (error) {
            if (error.code !== 'ENOENT')
                throw error;
        }
        if (st.isDirectory()) {
            let names;
            try {
                names = (0,external_node_fs_.readdirSync)(path);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    continue;
                throw error;
            }
            for (const name of names)
                stack.push((0,external_node_path_.join)(path, name));
        }
    }
}

// EXTERNAL MODULE: ./src/runtime/tmux-runner.ts
var tmux_runner = __webpack_require__(97559);
// EXTERNAL MODULE: ./src/runtime/worker-log.ts
var worker_log = __webpack_require__(41387);
;// CONCATENATED MODULE: ./src/runtime/docker-worker.ts
/**
 * One docker worker: a container from the worker image whose entry point holds the tmux session
 * `omo-worker-<domain>`; each subtask runs in a window of that session through the tmux runner, started with
 * `docker exec`, so `orchestrate attach` shows the agent live while the run gets exact output and exit codes.
 *
 * A timeout or a cancellation removes the container (nothing the command started can outlive it); the next
 * subtask of the worker then gets a fresh container under the same name.
 */






/**
 * Waits (5 s at most) for the entry point's tmux session, then prints each mount the worker's user cannot use
 * (`w:` ones must be writable). One exec instead of one per poll keeps start-up short.
 */
const READY_SCRIPT = `
session=$1; shift
i=0
until tmux has-session -t "=$session" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge 500 ]; then echo "tmux session $session did not start within 5 s" >&2; exit 1; fi
  sleep 0.01
done
for a; do
  p=\${a#?:}
  case $a in
    w:*) { [ -w "$p" ] && [ -x "$p" ]; } || echo "$p" ;;
    *) { [ -r "$p" ] && [ -x "$p" ]; } || echo "$p" ;;
  esac
done
`;
/** A private state directory for the runner (mode 700 from mktemp), removed after the command. */
const RUN_WRAPPER = `state=$(mktemp -d /tmp/omo-run.XXXXXX) || exit 125
bash -c "$1" omo-tmux-run "$2" "$3" "$4" "$state"
rc=$?
rm -rf "$state"
exit "$rc"`;
class DockerWorker {
    spec;
    deps;
    containerName;
    session;
    user;
    workdir;
    log;
    container;
    starting;
    removing;
    stopping;
    /** Host directories handed to the worker's user while it lives (root hosts only). */
    leased = [];
    running = new Set();
    constructor(spec, deps) {
        this.spec = spec;
        this.deps = deps;
        this.containerName = containerName(spec);
        this.session = sessionName(spec);
        this.user = `${deps.settings.uid}:${deps.settings.gid}`;
        this.workdir = (0,external_node_path_.resolve)(spec.workdir);
        this.log = new worker_log/* WorkerLog */.j(workerLogFile(spec));
    }
    /** Creates the container and waits until its tmux session is up. */
    async start() {
        this.appendLog(`worker ${this.spec.name} of plan ${this.spec.planId} (depth ${this.spec.depth}), container ${this.containerName}\n`);
        await this.ensureContainer();
    }
    ensureContainer() {
        if (this.container)
            return Promise.resolve(this.container);
        this.starting ??= this.createContainer().finally(() => (this.starting = undefined));
        return this.starting;
    }
    async createContainer() {
        if (this.stopping)
            throw new Error(`worker ${this.spec.name} is stopped`);
        // The container a timeout removed must be gone before its name is used again.
        await this.removing;
        const { ownership } = this.deps;
        if (ownership && this.leased.length === 0) {
            // The run files too: under a umask of 077 the worker's user could not read its prompts.
            for (const dir of [this.workdir, (0,external_node_path_.resolve)(this.spec.runDir)]) {
                ownership.acquire(dir);
                this.leased.push(dir);
            }
        }
        const { client } = this.deps;
        const container = await client.createContainer(containerOptions(this.spec, this.deps.settings, this.deps.labels));
        try {
            await client.start(container, this.containerName);
            await this.waitReady(container);
        }
        catch (error) {
            // Never leave a half-started container behind; its last output says why it failed.
            const logs = await client.logsTail(container);
            await client.remove(container, this.containerName).catch(() => undefined);
            throw new Error(`worker container ${this.containerName} did not become ready: ${(0,errors/* errorMessage */.gJ)(error)}` +
                (logs ? `\ncontainer output:\n${logs}` : ''));
        }
        this.container = container;
        return container;
    }
    /** Resolves once the container's tmux session is up and the worker's user can use the mounts. */
    async waitReady(container) {
        const mounts = workerMounts(this.spec);
        const check = async () => {
            const checks = mounts.map((m) => `${m.readOnly ? 'r' : 'w'}:${m.target}`);
            const ready = await this.exec(container, [
                'bash',
                '-c',
                READY_SCRIPT,
                'omo-ready',
                this.session,
                ...checks,
            ]);
            if (ready.exitCode !== 0)
                throw new Error(ready.stderr.trim() || `readiness check exited with ${ready.exitCode}`);
            return ready.stdout.split('\n').filter((line) => line !== '');
        };
        if ((await check()).length === 0)
            return;
        // Docker creates missing parents of a mount point, but a parent the image has (e.g. /root, mode 700)
        // keeps its mode: open those for traversal. Root in the container owns them, so no capability is needed.
        const parents = parentsToOpen(mounts);
        if (parents.length > 0)
            await this.exec(container, ['sh', '-c', 'chmod o+x -- "$@" 2>/dev/null; exit 0', 'omo-open', ...parents], '0:0');
        const blocked = await check();
        if (blocked.length > 0)
            throw new Error(`inside the container, user ${this.user} cannot use ${blocked.join(', ')}`);
    }
    exec(container, cmd, user = this.user) {
        return this.deps.client.exec(container, this.containerName, { cmd, user, label: cmd[3] ?? cmd[0] });
    }
    async run(command, signal, onOutput) {
        if (this.stopping)
            throw new Error(`worker ${this.spec.name} is stopped`);
        if (signal.aborted)
            return { exitCode: null, stdout: '', stderr: '' };
        const container = await this.ensureContainer();
        // Stopped or cancelled while a container was being made: there is nothing to run any more.
        if (this.stopping || signal.aborted)
            return { exitCode: null, stdout: '', stderr: '' };
        for (const dir of this.leased)
            this.deps.ownership?.claim(dir);
        const controller = new AbortController();
        const forward = () => controller.abort(signal.reason);
        signal.addEventListener('abort', forward, { once: true });
        if (signal.aborted)
            forward();
        this.running.add(controller);
        // What arrived before an abort is the outcome then; the exec's own capture is used otherwise.
        const seen = { stdout: new bounded_output/* BoundedOutput */.l(), stderr: new bounded_output/* BoundedOutput */.l() };
        let settled = false;
        const listener = (stream, chunk) => {
            if (settled)
                return;
            seen[stream].push(chunk);
            this.appendLog(chunk);
            onOutput?.(stream, chunk);
        };
        const env = containerEnv({ ...this.spec.env, ...command.env });
        env.ORCH_RUN_SCRIPT = command.script;
        const execution = this.deps.client.exec(container, this.containerName, {
            cmd: ['bash', '-c', RUN_WRAPPER, 'omo-run', tmux_runner/* TMUX_RUNNER */.k, this.session, command.taskId, this.workdir],
            env: envList(env),
            user: this.user,
            workdir: this.workdir,
            label: `task ${command.taskId}`,
        }, listener);
        const aborted = new Promise((resolve) => {
            if (controller.signal.aborted)
                resolve('aborted');
            controller.signal.addEventListener('abort', () => resolve('aborted'), { once: true });
        });
        try {
            const first = await Promise.race([execution, aborted]);
            if (first === 'aborted') {
                execution.catch(() => undefined);
                const reason = (0,errors/* errorMessage */.gJ)(controller.signal.reason);
                await this.kill(`task ${command.taskId}: ${reason}`);
                settled = true;
                this.appendLog(`[${command.taskId}] stopped (${reason}); container removed\n`);
                return { exitCode: null, stdout: seen.stdout.text(), stderr: seen.stderr.text() };
            }
            settled = true;
            this.appendLog(`[${command.taskId}] exit ${first.exitCode}\n`);
            // No exit code, or a signal's: maybe the container went away under the command (kill-all, an engine
            // restart); then the next subtask needs a new one.
            if ((first.exitCode === null || first.exitCode >= 128) && !(await this.alive(container)))
                await this.kill(`task ${command.taskId} lost its container`);
            return { exitCode: first.exitCode, stdout: first.stdout, stderr: first.stderr };
        }
        catch (error) {
            settled = true;
            await this.kill(`task ${command.taskId}: exec failed`).catch(() => undefined);
            throw new Error(`running ${command.taskId} in container ${this.containerName}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
        finally {
            signal.removeEventListener('abort', forward);
            this.running.delete(controller);
        }
    }
    async alive(container) {
        try {
            return (await this.deps.client.inspect(container, this.containerName)).State.Running;
        }
        catch {
            return false;
        }
    }
    /** Removes the container at once; the next run() creates a new one. */
    kill(reason) {
        const container = this.container;
        if (!container)
            return this.removing ?? Promise.resolve();
        this.container = undefined;
        this.deps.logger.debug(`removing container ${this.containerName} (${reason})`);
        const removing = this.deps.client.remove(container, this.containerName);
        // Whoever waits for the name to be free must not fail with this removal's error.
        const tracked = removing
            .catch(() => undefined)
            .then(() => {
            if (this.removing === tracked)
                this.removing = undefined;
        });
        this.removing = tracked;
        return removing;
    }
    stop() {
        this.stopping ??= (async () => {
            for (const c of this.running)
                c.abort(new Error('worker stopped'));
            try {
                await this.starting?.catch(() => undefined);
                const container = this.container;
                this.container = undefined;
                if (container)
                    await this.deps.client.stopAndRemove(container, this.containerName, 2);
                await this.removing;
            }
            finally {
                for (const dir of this.leased)
                    this.deps.ownership?.release(dir);
                this.leased = [];
                await this.log.close();
                this.deps.onStop();
            }
        })();
        return this.stopping;
    }
    appendLog(text) {
        this.log.write(text);
    }
}

;// CONCATENATED MODULE: ./src/runtime/docker.ts
/**
 * The docker runtime: each worker is a hardened container from the worker image, named
 * `omo-worker-<domain>-<planId>` and labelled with its plan, domain, depth and owner (see docker-worker.ts for
 * one worker, docker-container.ts for what a container is). The runtime checks that an engine answers and
 * the image exists before a run starts (else the engine falls back to prompt files with the reason), and
 * removes what a crashed orchestrator on this host left behind.
 */







const PING_TIMEOUT_MS = 3000;
/** Where Dockerode will look for the engine, for messages. */
function engineAddress(env) {
    return env.DOCKER_HOST || '/var/run/docker.sock';
}
async function createDockerRuntime(options, logger, tracker) {
    const env = options.env ?? process.env;
    // Bad limits are the caller's to fix whether or not an engine runs here: refuse them first.
    const settings = resolveSettings(options, env);
    const setup = 'run `npm run docker:setup`';
    let client;
    try {
        const { default: Docker } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.t.bind(__webpack_require__, 39040, 23));
        client = new DockerClient(new Docker(), logger);
        await client.ping(PING_TIMEOUT_MS);
    }
    catch (error) {
        return {
            unavailable: `no Docker engine reachable at ${engineAddress(process.env)}: ${(0,errors/* errorMessage */.gJ)(error)}; ${setup}`,
        };
    }
    try {
        if (!(await client.hasImage(settings.image)))
            return { unavailable: `worker image ${settings.image} not found: ${setup}` };
    }
    catch (error) {
        return { unavailable: `could not look up worker image ${settings.image}: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    await (0,docker_reaper/* reapOrphans */.a6)(client.docker, logger);
    return new DockerRuntime(client, settings, logger, {}, tracker);
}
class DockerRuntime {
    client;
    settings;
    logger;
    labels;
    kind = 'docker';
    workers = new Set();
    ownership;
    exitGuard = () => this.removeAtExit();
    constructor(client, settings, logger, 
    /** Extra labels on every container (tests mark theirs). */
    labels = {}, tracker) {
        this.client = client;
        this.settings = settings;
        this.logger = logger;
        this.labels = labels;
        if (settings.chownWorkdir)
            this.ownership = new WorkdirOwnership([IMAGE_USER.uid, IMAGE_USER.gid], logger, tracker);
    }
    get docker() {
        return this.client.docker;
    }
    async startWorker(spec) {
        const worker = new DockerWorker(spec, {
            client: this.client,
            settings: this.settings,
            ownership: this.ownership,
            logger: this.logger,
            labels: this.labels,
            onStop: () => {
                this.workers.delete(worker);
                if (this.workers.size === 0)
                    process.off('exit', this.exitGuard);
            },
        });
        if (this.workers.size === 0)
            process.on('exit', this.exitGuard);
        this.workers.add(worker);
        try {
            await worker.start();
        }
        catch (error) {
            await worker.stop().catch(() => undefined);
            throw error;
        }
        return worker;
    }
    async dispose() {
        await Promise.all([...this.workers].map((w) => w.stop()));
    }
    /**
     * Last resort when the process exits with workers still up (a caller that never disposed, process.exit()
     * in the middle of a run): nothing asynchronous can run any more, so the docker CLI removes them, if any.
     * A crash that skips even this is covered by the reaper of the next run.
     */
    removeAtExit() {
        const names = [...this.workers].map((w) => w.containerName);
        if (names.length === 0)
            return;
        try {
            (0,external_node_child_process_.spawnSync)('docker', ['rm', '-f', ...names], { stdio: 'ignore', timeout: 10_000 });
        }
        catch {
            // No docker CLI: the next run's reaper removes them.
        }
    }
}


/***/ })

};
