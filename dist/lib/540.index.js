export const id = 540;
export const ids = [540];
export const modules = {

/***/ 6540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ ownerLabels),
/* harmony export */   a6: () => (/* binding */ reapOrphans),
/* harmony export */   kg: () => (/* binding */ LABELS),
/* harmony export */   removeWorkerContainers: () => (/* binding */ removeWorkerContainers)
/* harmony export */ });
/* unused harmony exports LABEL_PREFIX, listWorkerContainers, isOrphan */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _util_processes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5813);
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
    const { default: Docker } = await Promise.all(/* import() */[__webpack_require__.e(40), __webpack_require__.e(158)]).then(__webpack_require__.t.bind(__webpack_require__, 9040, 23));
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


/***/ })

};
