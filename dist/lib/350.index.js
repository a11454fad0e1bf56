export const id = 350;
export const ids = [350,540,158];
export const modules = {

/***/ 4158:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {


/**
 * @license
 * Copyright 2020 Balena Ltd.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *    http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 *
 * ------------------------------------------------------------------------
 *
 * Copyright 2018 Zeit, Inc.
 * Licensed under the MIT License. See file LICENSE.md for a full copy.
 *
 * ------------------------------------------------------------------------
 */

/**
 * This module implements the [dockerignore
 * spec](https://docs.docker.com/engine/reference/builder/#dockerignore-file),
 * closely following Docker's (Moby) Golang implementation:
 * https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go
 * https://github.com/moby/moby/blob/v19.03.8/pkg/archive/archive.go#L825
 *
 * Something the spec is not clear about, but we discovered by reading source code
 * and testing against the "docker build" command, is the handling of backslashes and
 * forward slashes as path separators and escape characters in the .dockerignore file
 * across platforms including Windows, Linux and macOS:
 *
 * * On Linux and macOS, only forward slashes can be used as path separators in the
 *   .dockerignore file, and the backslash works as an escape character.
 * * On Windows, both forward slashes and backslashes are allowed as path separators
 *   in the .dockerignore file, and the backslash is not used as an escape character.
 *
 * This is consistent with how Windows works generally: both forward slashes and
 * backslashes are accepted as path separators by the cmd.exe Command Prompt or
 * PowerShell, and by library functions like the Golang filepath.Clean or the
 * Node.js path.normalize.
 *
 * Similarly, path strings provided to the IgnoreBase.ignores() and IgnoreBase.filter()
 * methods can use either forward slashes or backslashes as path separators on Windows,
 * but only forward slashes are accepted as path separators on Linux and macOS.
 */

const path = __webpack_require__(6928);

const factory = options => new IgnoreBase(options); // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L538-L539
// Fixes typescript module import


factory.default = factory;
module.exports = factory;

function make_array(subject) {
  return Array.isArray(subject) ? subject : [subject];
}

const REGEX_TRAILING_SLASH = /(?<=.)\/$/;
const REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
const REGEX_TRAILING_PATH_SEP = path.sep === '\\' ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
const KEY_IGNORE = typeof Symbol !== 'undefined' ? Symbol.for('dockerignore') : 'dockerignore'; // An implementation of Go's filepath.Clean
// https://golang.org/pkg/path/filepath/#Clean
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Note that, like Go, on Windows this function converts forward slashes
// to backslashes.

function cleanPath(file) {
  return path.normalize(file).replace(REGEX_TRAILING_PATH_SEP, '');
} // Javascript port of Golang's filepath.ToSlash
// https://golang.org/pkg/path/filepath/#ToSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go
// Convert any OS-specific path separator to '/'. Backslash is converted
// to forward slash on Windows, but not on Linux/macOS.
// Note that both forward slashes and backslashes are valid path separators on
// Windows. As a result, code such as `pattern.split(path.sep).join('/')` fails
// on Windows when forward slashes are used as path separators.


function toSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\\/g, '/');
} // Javascript port of Golang's filepath.FromSlash
// https://github.com/golang/go/blob/master/src/path/filepath/path.go


function fromSlash(file) {
  if (path.sep === '/') {
    return file;
  }

  return file.replace(/\//g, path.sep);
}

class IgnoreBase {
  constructor({
    // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
    ignorecase = true
  } = {}) {
    this._rules = [];
    this._ignorecase = ignorecase;
    this[KEY_IGNORE] = true;

    this._initCache();
  }

  _initCache() {
    this._cache = {};
  } // @param {Array.<string>|string|Ignore} pattern


  add(pattern) {
    this._added = false;

    if (typeof pattern === 'string') {
      pattern = pattern.split(/\r?\n/g);
    }

    make_array(pattern).forEach(this._addPattern, this); // Some rules have just added to the ignore,
    // making the behavior changed.

    if (this._added) {
      this._initCache();
    }

    return this;
  } // legacy


  addPattern(pattern) {
    return this.add(pattern);
  }

  _addPattern(pattern) {
    // https://github.com/kaelzhang/node-ignore/issues/32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules);
      this._added = true;
      return;
    }

    if (this._checkPattern(pattern)) {
      const rule = this._createRule(pattern.trim());

      if (rule !== null) {
        this._added = true;

        this._rules.push(rule);
      }
    }
  }

  _checkPattern(pattern) {
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L34-L40
    return pattern && typeof pattern === 'string' && pattern.indexOf('#') !== 0 && pattern.trim() !== "";
  }

  filter(paths) {
    return make_array(paths).filter(path => this._filter(path));
  }

  createFilter() {
    return path => this._filter(path);
  }

  ignores(path) {
    return !this._filter(path);
  } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55


  _createRule(pattern) {
    const origin = pattern;
    let negative = false; // > An optional prefix "!" which negates the pattern;
    // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L43-L46

    if (pattern[0] === '!') {
      negative = true;
      pattern = pattern.substring(1).trim();
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L47-L53


    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      pattern = toSlash(pattern);

      if (pattern.length > 1 && pattern[0] === '/') {
        pattern = pattern.slice(1);
      }
    } // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L54-L55


    if (negative) {
      pattern = '!' + pattern;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L30


    pattern = pattern.trim();

    if (pattern === "") {
      return null;
    } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L34
    // convert forward slashes to backslashes on Windows


    pattern = cleanPath(pattern); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L36-L42

    if (pattern[0] === '!') {
      if (pattern.length === 1) {
        return null;
      }

      negative = true;
      pattern = pattern.substring(1);
    } else {
      negative = false;
    }

    return {
      origin,
      pattern,
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
      dirs: pattern.split(path.sep),
      negative
    };
  } // @returns `Boolean` true if the `path` is NOT ignored


  _filter(path) {
    if (!path) {
      return false;
    }

    if (path in this._cache) {
      return this._cache[path];
    }

    return this._cache[path] = this._test(path);
  } // @returns {Boolean} true if a file is NOT ignored
  // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62


  _test(file) {
    file = fromSlash(file); // equivalent to golang filepath.Dir() https://golang.org/src/path/filepath/path.go

    const parentPath = cleanPath(path.dirname(file));
    const parentPathDirs = parentPath.split(path.sep);
    let matched = false;

    this._rules.forEach(rule => {
      let match = this._match(file, rule); // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L80


      if (!match && parentPath !== ".") {
        // Check to see if the pattern matches one of our parent dirs.
        if (rule.dirs.includes('**')) {
          // Ah shucks! We have to test every possible parent path that has 
          // a number of dirs _n_ where 
          // `rule.dirs.filter(doubleStar).length <= _n_ <= parentPathDirs.length`
          // since the ** can imply any number of directories including 0
          for (let i = rule.dirs.filter(x => x !== '**').length; i <= parentPathDirs.length; i++) {
            match = match || this._match(parentPathDirs.slice(0, i).join(path.sep), rule);
          }
        } else if (rule.dirs.length <= parentPathDirs.length) {
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L83
          match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path.sep), rule);
        }
      }

      if (match) {
        matched = !rule.negative;
      }
    });

    return !matched;
  } // @returns {Boolean} true if a file is matched by a rule


  _match(file, rule) {
    return this._compile(rule).regexp.test(file);
  } // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139


  _compile(rule) {
    if (rule.regexp) {
      return rule;
    }

    let regStr = '^'; // Go through the pattern and convert it to a regexp.

    let escapedSlash = path.sep === '\\' ? '\\\\' : path.sep;

    for (let i = 0; i < rule.pattern.length; i++) {
      const ch = rule.pattern[i];

      if (ch === '*') {
        if (rule.pattern[i + 1] === '*') {
          // is some flavor of "**"
          i++; // Treat **/ as ** so eat the "/"

          if (rule.pattern[i + 1] === path.sep) {
            i++;
          }

          if (rule.pattern[i + 1] === undefined) {
            // is "**EOF" - to align with .gitignore just accept all
            regStr += ".*";
          } else {
            // is "**"
            // Note that this allows for any # of /'s (even 0) because
            // the .* will eat everything, even /'s
            regStr += `(.*${escapedSlash})?`;
          }
        } else {
          // is "*" so map it to anything but "/"
          regStr += `[^${escapedSlash}]*`;
        }
      } else if (ch === '?') {
        // "?" is any char except "/"
        regStr += `[^${escapedSlash}]`;
      } else if (ch === '.' || ch === '$') {
        // Escape some regexp special chars that have no meaning
        // in golang's filepath.Match
        regStr += `\\${ch}`;
      } else if (ch === '\\') {
        // escape next char. Note that a trailing \ in the pattern
        // will be left alone (but need to escape it)
        if (path.sep === '\\') {
          // On windows map "\" to "\\", meaning an escaped backslash,
          // and then just continue because filepath.Match on
          // Windows doesn't allow escaping at all
          regStr += escapedSlash;
          continue;
        }

        if (rule.pattern[i + 1] !== undefined) {
          regStr += '\\' + rule.pattern[i + 1];
          i++;
        } else {
          regStr += '\\';
        }
      } else {
        regStr += ch;
      }
    }

    regStr += "$";
    rule.regexp = new RegExp(regStr, this._ignorecase ? 'i' : '');
    return rule;
  }

}


/***/ }),

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


/***/ }),

/***/ 350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createDockerRuntime: () => (/* binding */ createDockerRuntime)
});

// UNUSED EXPORTS: DockerRuntime, connectEngine

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/runtime/docker-reaper.ts
var docker_reaper = __webpack_require__(6540);
;// CONCATENATED MODULE: ./src/runtime/docker-container.ts
/**
 * What a worker container is, as data: the settings of a docker run (image, limits, user) and the create
 * options of one worker's container. Pure functions apart from reading the host's identity, so the hardening
 * can be read (and unit-tested) in one place.
 */





/** The image's shared home (mode 1777): HOME for whichever uid a worker runs as. */
const WORKER_HOME = '/home/worker';
/** The image's own user, for hosts running as root (a worker never runs as root). */
const IMAGE_USER = { uid: 1000, gid: 1000 };
/** The settings of a run's containers: its docker configuration, the image found, and who runs inside. */
function resolveSettings(config, image) {
    const hostUid = process.getuid?.();
    const hostGid = process.getgid?.();
    // A non-root host user runs the worker as itself, so what the worker writes in the bind mounts is the user's.
    const asHost = hostUid !== undefined && hostGid !== undefined && hostUid !== 0;
    return {
        image,
        memoryBytes: config.memoryBytes,
        nanoCpus: config.nanoCpus,
        pidsLimit: config.pidsLimit,
        network: config.network,
        uid: asHost ? hostUid : IMAGE_USER.uid,
        gid: asHost ? hostGid : IMAGE_USER.gid,
        chownWorkdir: hostUid === 0,
    };
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

;// CONCATENATED MODULE: ./src/version.ts
/** Written by scripts/build.mjs from package.json and docker/Dockerfile; do not edit by hand. */
/** The package version (package.json). */
const VERSION = '0.1.0';
/** The GitHub repository the package is released from, `owner/name` (package.json `repository`). */
const REPOSITORY = 'orchestrate-action/orchestrate-action';
/** The OpenCode version the worker image pins (docker/Dockerfile's OPENCODE_VERSION). */
const OPENCODE_VERSION = '1.18.33';

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(4158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./src/util/module-dir.ts + 1 modules
var module_dir = __webpack_require__(4921);
;// CONCATENATED MODULE: ./src/runtime/image/build-context.ts
/**
 * What a worker image is built from: the action's (or the package's) own directory holding
 * docker/Dockerfile, the files of it the build can see (.dockerignore applied as Docker applies it), the build
 * arguments, and one hash of all of it. The hash is kept as a label on the built image, so an image that is
 * already up to date is never built again, and one built from other files is never taken for it.
 */





// A CommonJS module whose typings declare an ES default export: at run time the default import is the
// factory itself (module.exports), which the typings call `.default`.
const build_context_ignore = (ignore_default());
const DOCKERFILE = 'docker/Dockerfile';
/** `GITHUB_ACTION_PATH` in the action; else the package this code ships in. */
function findBuildRoot(env, moduleDir = (0,module_dir/* thisModuleDir */.e)()) {
    if (env.GITHUB_ACTION_PATH) {
        const dir = (0,external_node_path_.resolve)(env.GITHUB_ACTION_PATH);
        return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, DOCKERFILE))
            ? { dir }
            : { unavailable: `the action's directory ${dir} (GITHUB_ACTION_PATH) has no ${DOCKERFILE}` };
    }
    const dir = moduleDir
        ? (0,module_dir/* ancestors */.T)(moduleDir).find((d) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, DOCKERFILE)) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'package.json')))
        : undefined;
    return dir
        ? { dir }
        : { unavailable: `no ${DOCKERFILE} found beside the running code (${moduleDir ?? 'unknown location'})` };
}
/**
 * The files of `dir` a build sends, as relative paths with `/`, sorted. A directory that .dockerignore
 * excludes is not walked unless an exception (`!dir/file`) could match inside it, so node_modules and .git
 * cost nothing.
 */
function contextFiles(dir) {
    const ignoreFile = (0,external_node_path_.join)(dir, '.dockerignore');
    const text = (0,external_node_fs_.existsSync)(ignoreFile) ? (0,external_node_fs_.readFileSync)(ignoreFile, 'utf8') : '';
    const rules = build_context_ignore({ ignorecase: false }).add(text);
    const exceptions = text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('!'))
        .map((l) => l.slice(1).replace(/^\/+/, ''));
    const mayHoldException = (path) => exceptions.some((p) => p.startsWith(`${path}/`) || /[*?[]/.test(p.slice(0, p.lastIndexOf('/') + 1)));
    const out = [];
    const walk = (rel) => {
        const entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, rel), { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!rules.ignores(path) || mayHoldException(path))
                    walk(path);
            }
            else if ((entry.isFile() || entry.isSymbolicLink()) && !rules.ignores(path)) {
                out.push(path);
            }
        }
    };
    walk('');
    return out;
}
/** The Dockerfile's default of `ARG <name>=<value>`, if any. */
function dockerfileArg(dockerfile, name) {
    return new RegExp(`^ARG\\s+${name}=(\\S+)`, 'm').exec(dockerfile)?.[1];
}
const sha256 = (data) => (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
/**
 * One hash of everything the image is made of: the base image (by id, so a rebuilt base counts), the build
 * arguments, and every context file's path, executable bit and content.
 */
function contextHash(input) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(`base ${input.baseImageId}\n`);
    for (const name of Object.keys(input.buildArgs).sort())
        hash.update(`arg ${name} ${sha256(input.buildArgs[name] ?? '')}\n`);
    for (const file of input.files) {
        const path = (0,external_node_path_.join)(input.dir, file);
        const stat = (0,external_node_fs_.lstatSync)(path);
        if (stat.isSymbolicLink())
            hash.update(`link ${file} ${(0,external_node_fs_.readlinkSync)(path)}\n`);
        else
            hash.update(`file ${file} ${stat.mode & 0o111 ? 'x' : '-'} ${sha256((0,external_node_fs_.readFileSync)(path))}\n`);
    }
    return hash.digest('hex');
}
/**
 * PEM certificates this machine trusts beyond the system's own (Debian and Ubuntu keep them in
 * /usr/local/share/ca-certificates; NODE_EXTRA_CA_CERTS names one more), so npm inside the build works
 * behind a TLS-intercepting egress proxy. Certificates only, never keys; ORCH_NO_HOST_CA=1 turns it off.
 */
function hostExtraCaCerts(env, dir = '/usr/local/share/ca-certificates') {
    if (env.ORCH_NO_HOST_CA === '1')
        return '';
    const files = [];
    const crtIn = (d) => (0,external_node_fs_.existsSync)(d)
        ? (0,external_node_fs_.readdirSync)(d, { withFileTypes: true })
            .filter((e) => e.name.endsWith('.crt') && !e.isDirectory())
            .map((e) => (0,external_node_path_.join)(d, e.name))
            .sort()
        : [];
    files.push(...crtIn(dir));
    if ((0,external_node_fs_.existsSync)(dir))
        for (const sub of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).filter((e) => e.isDirectory()))
            files.push(...crtIn((0,external_node_path_.join)(dir, sub.name)));
    const extra = env.NODE_EXTRA_CA_CERTS;
    if (extra && (0,external_node_fs_.existsSync)(extra) && !extra.startsWith('/etc/ssl/'))
        files.push(extra);
    const pem = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
    return files.flatMap((f) => (0,external_node_fs_.readFileSync)(f, 'utf8').match(pem) ?? []).join('\n');
}

;// CONCATENATED MODULE: ./src/runtime/image/names.ts
/**
 * The names of worker images, and what a run asks of the resolver: the image the user named, the release
 * image of this version, and where a build comes from. Pure apart from finding the build's directory.
 */



const WORKER_IMAGE_NAME = 'orchestrate-action-worker';
/** What a build from the package's own Dockerfile is tagged, unless ORCH_BUILD_IMAGE says otherwise. */
const LOCAL_IMAGE = `${WORKER_IMAGE_NAME}:latest`;
const RELEASE_REGISTRY = 'ghcr.io';
const IMAGE_LABELS = {
    /** Set by docker/Dockerfile: the OpenCode the image holds. */
    opencodeVersion: 'org.orchestrate-action.opencode-version',
    /** Set on local builds: the hash of what the image was built from (see build-context.ts). */
    hash: 'org.orchestrate-action.hash',
};
/** Environment knobs of the resolver (documented in README.md, "Runtimes and agents"). */
const ImageEnv = {
    /** The worker image to use (as `--image`); pulled when absent, never built. */
    Named: 'ORCH_WORKER_IMAGE',
    /** The registry host (and path) of release images instead of ghcr.io: tests point it at a local one. */
    ReleaseRegistry: 'ORCH_RELEASE_REGISTRY',
    /** The tag of a local build instead of orchestrate-action-worker:latest. */
    BuildImage: 'ORCH_BUILD_IMAGE',
    /** The base image of a build instead of the Dockerfile's BASE_IMAGE default. */
    BaseImage: 'ORCH_BASE_IMAGE',
};
/** A registry host with an optional port and path: `ghcr.io`, `127.0.0.1:5000`, `registry.example/mirror`. */
const REGISTRY = /^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._-]+)*$/;
const REPOSITORY_NAME = /^([A-Za-z0-9-]+)\/[\w.-]+$/;
/**
 * `<registry>/<owner>/orchestrate-action-worker:<version>`: the owner of the action being run
 * (GITHUB_ACTION_REPOSITORY), else of the repository this package is released from. Lower case, as image
 * names must be.
 */
function releaseImage(env, version = VERSION, repository = REPOSITORY) {
    const registry = (env[ImageEnv.ReleaseRegistry] || RELEASE_REGISTRY).replace(/\/+$/, '');
    if (!REGISTRY.test(registry))
        throw new errors/* OptionError */.eR(ImageEnv.ReleaseRegistry, registry, 'a registry host such as ghcr.io or 127.0.0.1:5000');
    const actionRepository = env.GITHUB_ACTION_REPOSITORY ?? '';
    const owner = (REPOSITORY_NAME.exec(actionRepository) ?? REPOSITORY_NAME.exec(repository))?.[1];
    if (!owner)
        throw new errors/* OptionError */.eR('the package repository', repository, 'owner/name');
    return `${registry}/${owner.toLowerCase()}/${WORKER_IMAGE_NAME}:${version}`;
}
function imageRequest(options, env) {
    const named = options.image || env[ImageEnv.Named] || undefined;
    const root = findBuildRoot(env);
    return {
        named,
        release: releaseImage(env),
        build: 'dir' in root ? { dir: root.dir, tag: env[ImageEnv.BuildImage] || LOCAL_IMAGE } : root,
        opencodeVersion: OPENCODE_VERSION,
    };
}

// EXTERNAL MODULE: ./src/util/format.ts
var format = __webpack_require__(2693);
;// CONCATENATED MODULE: ./src/runtime/image/engine-images.ts

/** Docker's answer for an image that is not here. */
function isNotFound(error) {
    return error?.statusCode === 404;
}
/** The image's id and labels; undefined when the engine has no image of that name. */
async function inspectImage(docker, ref) {
    try {
        const info = await docker.getImage(ref).inspect();
        return { id: info.Id, labels: info.Config?.Labels ?? {}, size: info.Size };
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/**
 * Reads a progress stream to its end; rejects with the first error line (or the stream's own error, an
 * abort included), else resolves with every line.
 */
function readProgress(stream, onLine) {
    return new Promise((resolve, reject) => {
        const lines = [];
        let buffer = '';
        let failed;
        const take = (text) => {
            if (!text.trim())
                return;
            let line;
            try {
                line = JSON.parse(text);
            }
            catch {
                line = { stream: text };
            }
            lines.push(line);
            if (!failed && (line.error || line.errorDetail?.message))
                failed = new Error((line.errorDetail?.message ?? line.error ?? '').trim());
            onLine?.(line);
        };
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            buffer += chunk;
            const parts = buffer.split('\n');
            buffer = parts.pop() ?? '';
            parts.forEach(take);
        });
        stream.once('error', (error) => reject(failed ?? error));
        stream.once('end', () => {
            take(buffer);
            if (failed)
                reject(failed);
            else
                resolve(lines);
        });
    });
}
/** The engine's own words: Dockerode prefixes them with `(HTTP code 500) server error - `. */
function engineMessage(error) {
    return (0,errors/* errorMessage */.gJ)(error)
        .replace(/^\(HTTP code \d+\) [^-]*- /, '')
        .trim();
}
/** A signal that aborts after `ms`, saying so (an AbortSignal.timeout's own reason names no time). */
function deadline(ms, what) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`${what}: no result in ${ms / 1000} s`)), ms);
    timer.unref();
    return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
/** Pulls `ref` (anonymous: public images). Rejects with the registry's or the engine's reason. */
async function pullImage(docker, ref, timeoutMs) {
    const limit = deadline(timeoutMs, `pulling ${ref}`);
    try {
        const stream = (await docker.pull(ref, { abortSignal: limit.signal }));
        await readProgress(stream);
    }
    catch (error) {
        throw new Error(limit.signal.aborted ? (0,errors/* errorMessage */.gJ)(limit.signal.reason) : engineMessage(error));
    }
    finally {
        limit.clear();
    }
}
/**
 * Builds with the engine's classic builder (the Dockerfile needs nothing of BuildKit, and the builder is the
 * same on every engine); resolves with the new image's id.
 */
async function buildImage(docker, request) {
    const limit = deadline(request.timeoutMs, `building ${request.tag}`);
    try {
        const stream = (await docker.buildImage({ context: request.context, src: request.files }, {
            t: request.tag,
            dockerfile: request.dockerfile,
            buildargs: request.buildArgs,
            labels: request.labels,
            nocache: request.noCache ?? false,
            rm: true,
            forcerm: true,
            abortSignal: limit.signal,
        }));
        let id;
        await readProgress(stream, (line) => {
            if (line.aux?.ID)
                id = line.aux.ID;
            const text = line.stream ?? line.status;
            if (text?.trim())
                for (const one of text.trimEnd().split('\n'))
                    request.onOutput?.(one);
        });
        const built = await inspectImage(docker, request.tag);
        if (!built)
            throw new Error(`the engine reported success but has no image ${request.tag}`);
        return id ?? built.id;
    }
    catch (error) {
        throw new Error(limit.signal.aborted ? (0,errors/* errorMessage */.gJ)(limit.signal.reason) : engineMessage(error));
    }
    finally {
        limit.clear();
    }
}

;// CONCATENATED MODULE: ./src/runtime/image/local-build.ts
/**
 * The resolver's last resort and `npm run docker:setup`'s job: the worker image built from the package's
 * own docker/Dockerfile, tagged with the hash of what it was built from. `check` says whether the image
 * under the tag is already that build; `build` makes it (pulling the base image first when it is absent).
 */






function planBuild(dir, tag, env) {
    const dockerfile = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, DOCKERFILE), 'utf8');
    const baseImage = env[ImageEnv.BaseImage] || dockerfileArg(dockerfile, 'BASE_IMAGE');
    if (!baseImage)
        throw new Error(`${(0,external_node_path_.join)(dir, DOCKERFILE)} has no ARG BASE_IMAGE=<image> default`);
    return {
        dir,
        tag,
        files: contextFiles(dir),
        baseImage,
        buildArgs: { BASE_IMAGE: baseImage, EXTRA_CA_CERTS: hostExtraCaCerts(env) },
    };
}
/** The hash the image under `plan.tag` must carry; undefined while the base image is absent. */
async function expectedHash(docker, plan) {
    const base = await inspectImage(docker, plan.baseImage);
    if (!base)
        return undefined;
    return contextHash({ dir: plan.dir, files: plan.files, buildArgs: plan.buildArgs, baseImageId: base.id });
}
async function checkBuild(docker, plan) {
    const hash = await expectedHash(docker, plan);
    if (!hash)
        return { upToDate: false, why: `its base image ${plan.baseImage} is not here` };
    const current = await inspectImage(docker, plan.tag);
    if (!current)
        return { upToDate: false, why: 'not built yet', hash };
    const label = current.labels[IMAGE_LABELS.hash];
    if (label === hash)
        return { upToDate: true, hash };
    return { upToDate: false, why: label ? 'built from other files' : 'not a build of these files', hash };
}
async function runBuild(docker, plan, options) {
    let basePulledMs;
    if (!(await inspectImage(docker, plan.baseImage))) {
        const t0 = performance.now();
        try {
            await pullImage(docker, plan.baseImage, options.pullTimeoutMs);
        }
        catch (error) {
            throw new Error(`its base image ${plan.baseImage} is not here and could not be pulled (${(0,errors/* errorMessage */.gJ)(error)}); ` +
                'where no registry is reachable, `npm run docker:setup` builds it locally');
        }
        basePulledMs = performance.now() - t0;
    }
    const hash = await expectedHash(docker, plan);
    if (!hash)
        throw new Error(`its base image ${plan.baseImage} vanished after the pull`);
    const old = await inspectImage(docker, plan.tag);
    const tail = [];
    let id;
    try {
        id = await buildImage(docker, {
            context: plan.dir,
            files: plan.files,
            dockerfile: DOCKERFILE,
            tag: plan.tag,
            buildArgs: plan.buildArgs,
            labels: { [IMAGE_LABELS.hash]: hash },
            noCache: options.noCache,
            timeoutMs: options.buildTimeoutMs,
            onOutput: (line) => {
                tail.push(line);
                if (tail.length > 15)
                    tail.shift();
                options.onOutput?.(line);
            },
        });
    }
    catch (error) {
        const output = tail.length > 0 ? `; the build's last lines:\n${tail.join('\n')}` : '';
        throw new Error(`${(0,errors/* errorMessage */.gJ)(error)}${output}`);
    }
    if (old && old.id !== id)
        await removeIfUntagged(docker, old.id);
    const built = await inspectImage(docker, plan.tag);
    return { id, hash, size: built?.size ?? 0, basePulledMs };
}
/** The image a rebuild replaced, when nothing else names or uses it (never forced). */
async function removeIfUntagged(docker, id) {
    try {
        const info = await docker.getImage(id).inspect();
        if ((info.RepoTags ?? []).length === 0)
            await docker.getImage(id).remove();
    }
    catch {
        // In use by a container, or gone already: it stays for `docker image prune`.
    }
}

;// CONCATENATED MODULE: ./src/runtime/image/resolve-image.ts





/** No worker image could be had; `steps` says what was tried and why each failed. */
class WorkerImageError extends Error {
    steps;
    constructor(message, steps) {
        super(message);
        this.steps = steps;
        this.name = new.target.name;
    }
}
const DEFAULT_PULL_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_BUILD_TIMEOUT_MS = 30 * 60_000;
async function resolveWorkerImage(docker, request, options) {
    const { logger } = options;
    const started = performance.now();
    const steps = [];
    const pullTimeoutMs = options.pullTimeoutMs ?? DEFAULT_PULL_TIMEOUT_MS;
    /** Runs one step, recording and logging it; true when it produced the image. */
    const step = async (name, fn) => {
        const t0 = performance.now();
        let outcome;
        try {
            outcome = await fn();
        }
        catch (error) {
            outcome = { ok: false, detail: (0,errors/* errorMessage */.gJ)(error) };
        }
        const ms = performance.now() - t0;
        steps.push({ step: name, ok: outcome.ok, ms, detail: outcome.detail });
        // A failed step is no warning by itself: the next one may well succeed (the caller reports the end).
        logger.info(`${name}: ${outcome.detail} (${(0,format/* formatDuration */.a3)(ms)})`);
        return outcome.ok;
    };
    const done = async (image, source) => {
        await checkPin(docker, image, request.opencodeVersion, logger);
        const ms = performance.now() - started;
        logger.info(`worker image ${image} ready in ${(0,format/* formatDuration */.a3)(ms)} (${source})`);
        return { image, source, steps, ms };
    };
    const present = (image) => async () => {
        const facts = await inspectImage(docker, image);
        return facts ? { ok: true, detail: 'present' } : { ok: false, detail: 'not here' };
    };
    const pull = (image) => async () => {
        await pullImage(docker, image, pullTimeoutMs);
        return { ok: true, detail: 'pulled' };
    };
    const fail = (summary) => {
        const reasons = steps.filter((s) => !s.ok).map((s) => `${s.step}: ${s.detail}`);
        return new WorkerImageError(`${summary} (${reasons.join('; ')})`, steps);
    };
    if (options.buildOnly) {
        const tag = request.named ?? ('tag' in request.build ? request.build.tag : undefined);
        const plan = prepare(request, tag, options, steps);
        if (!plan)
            throw fail('no worker image could be built');
        if (!options.force && (await step(`local build ${plan.tag}`, upToDate(docker, plan))))
            return done(plan.tag, 'up to date');
        if (await step(`build ${plan.tag}`, build(docker, plan, options, pullTimeoutMs)))
            return done(plan.tag, 'built');
        throw fail(`the worker image ${plan.tag} could not be built`);
    }
    if (request.named) {
        const named = request.named;
        if (await step(`named image ${named}`, present(named)))
            return done(named, 'present');
        if (await step(`pull ${named}`, pull(named)))
            return done(named, 'pulled');
        throw fail(`the worker image ${named} is not here and could not be pulled`);
    }
    if (await step(`release image ${request.release}`, present(request.release)))
        return done(request.release, 'present');
    const plan = prepare(request, undefined, options, steps);
    if (plan && (await step(`local build ${plan.tag}`, upToDate(docker, plan))))
        return done(plan.tag, 'up to date');
    if (await step(`pull ${request.release}`, pull(request.release)))
        return done(request.release, 'pulled');
    if (plan && (await step(`build ${plan.tag}`, build(docker, plan, options, pullTimeoutMs))))
        return done(plan.tag, 'built');
    throw fail('no worker image: the release image could not be pulled and none could be built');
}
/** The build's plan, or undefined with a failed (and logged) step saying why there is none. */
function prepare(request, tag, options, steps) {
    let why;
    if ('unavailable' in request.build)
        why = request.build.unavailable;
    else {
        try {
            return planBuild(request.build.dir, tag ?? request.build.tag, options.env);
        }
        catch (error) {
            why = (0,errors/* errorMessage */.gJ)(error);
        }
    }
    steps.push({ step: 'build', ok: false, ms: 0, detail: why });
    options.logger.info(`build: ${why}`);
    return undefined;
}
function upToDate(docker, plan) {
    return async () => {
        const fresh = await checkBuild(docker, plan);
        return fresh.upToDate
            ? { ok: true, detail: `up to date with ${plan.dir} (hash ${fresh.hash.slice(0, 12)})` }
            : { ok: false, detail: fresh.why };
    };
}
function build(docker, plan, options, pullTimeoutMs) {
    return async () => {
        options.logger.info(`building ${plan.tag} from ${plan.dir}/docker/Dockerfile (base ${plan.baseImage})…`);
        const out = await runBuild(docker, plan, {
            pullTimeoutMs,
            buildTimeoutMs: options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS,
            noCache: options.noCache,
            onOutput: options.onBuildOutput ?? ((line) => options.logger.debug(`build: ${line}`)),
        });
        const base = out.basePulledMs === undefined ? '' : `, base image pulled in ${(0,format/* formatDuration */.a3)(out.basePulledMs)}`;
        return {
            ok: true,
            detail: `built (hash ${out.hash.slice(0, 12)}, ${Math.round(out.size / 1e6)} MB${base})`,
        };
    };
}
/** Says whether the image holds the pinned OpenCode; a difference is a warning, the image is still used. */
async function checkPin(docker, image, pin, logger) {
    const facts = await inspectImage(docker, image).catch(() => undefined);
    const found = facts?.labels[IMAGE_LABELS.opencodeVersion];
    if (found === pin)
        logger.info(`worker image ${image} holds OpenCode ${pin}, as pinned`);
    else if (found === undefined)
        logger.warn(`worker image ${image} has no ${IMAGE_LABELS.opencodeVersion} label: its OpenCode version is unknown ` +
            `(this orchestrator is made for OpenCode ${pin})`);
    else
        logger.warn(`worker image ${image} holds OpenCode ${found}, not the pinned ${pin}: its agent output may not be ` +
            'understood; use the release image or a build of this version');
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

// EXTERNAL MODULE: ./src/runtime/service-ready.ts
var service_ready = __webpack_require__(3181);
;// CONCATENATED MODULE: ./src/runtime/docker-service.ts



const SERVICE_WRAPPER = 'echo $$ > "$1"; exec bash -c "$ORCH_SERVICE_SCRIPT"';
const STOP_SCRIPT = `pg=$(cat "$1" 2>/dev/null) || exit 0
kill -TERM -- -"$pg" 2>/dev/null || exit 0
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
  kill -0 -- -"$pg" 2>/dev/null || exit 0
  sleep 0.1
done
kill -KILL -- -"$pg" 2>/dev/null
exit 0`;
async function startContainerService(ctx, service) {
    if (ctx.network === 'none')
        throw new Error(`service ${service.name} cannot be reached in container ${ctx.containerName}: it has no network (--network none)`);
    const bind = ctx.network === 'host' ? '127.0.0.1' : '0.0.0.0';
    const pidFile = `/tmp/omo-service-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.pgid`;
    const env = containerEnv({ ...ctx.env, ...service.env, ORCH_SERVICE_HOST: bind });
    env.ORCH_SERVICE_SCRIPT = service.script;
    let markExited;
    const exited = new Promise((resolve) => (markExited = resolve));
    const readiness = (0,service_ready/* watchReadiness */.u)(service, exited);
    const exec = (cmd, label, onOutput) => ctx.client.exec(ctx.container, ctx.containerName, { cmd, env: envList(env), user: ctx.user, workdir: ctx.workdir, label }, onOutput);
    exec(['setsid', '-w', 'bash', '-c', SERVICE_WRAPPER, 'omo-service', pidFile], `service ${service.name}`, (stream, chunk) => {
        ctx.log(chunk);
        readiness.push(stream, chunk);
    }).then((outcome) => {
        ctx.log(`[${service.name}] exit ${outcome.exitCode}\n`);
        markExited(outcome.exitCode);
    }, (error) => {
        ctx.log(`[${service.name}] ended: ${String(error)}\n`);
        markExited(null);
    });
    let stopping;
    const stop = () => (stopping ??= (async () => {
        // The container may be gone already (a worker that was stopped): then so is the service.
        await exec(['bash', '-c', STOP_SCRIPT, 'omo-service-stop', pidFile], `stop ${service.name}`).catch(() => undefined);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    })());
    try {
        const port = await readiness.port;
        const host = ctx.network === 'host' ? '127.0.0.1' : await containerAddress(ctx);
        return { url: `http://${host}:${port}`, exited, log: ctx.log, stop };
    }
    catch (error) {
        await stop();
        throw error;
    }
}
/** The container's address on its network, where the host reaches a service listening in it. */
async function containerAddress(ctx) {
    const info = await ctx.client.inspect(ctx.container, ctx.containerName);
    const address = Object.values(info.NetworkSettings.Networks ?? {})
        .map((n) => n.IPAddress)
        .find((ip) => ip);
    if (!address)
        throw new Error(`container ${ctx.containerName} has no address on its network`);
    return address;
}

// EXTERNAL MODULE: ./src/runtime/end-group-sh.ts
var end_group_sh = __webpack_require__(2695);
;// CONCATENATED MODULE: ./src/runtime/tmux-runner.ts
/**
 * A bash program that runs one command inside a window of a worker's tmux session and behaves, to its
 * caller, like the command itself: the command's stdout and stderr stream out of the runner's stdout and
 * stderr, and the runner exits with the command's exit status. The same program serves the local runtime
 * (spawned on the host) and the docker runtime (`docker exec` in the worker container), so that a person
 * who runs `tmux attach -t omo-worker-<domain>` watches the agent live while the orchestrator still gets
 * exact output and exit codes, event-driven (`tmux wait-for`, no polling).
 *
 * Usage: bash -c "$TMUX_RUNNER" omo-tmux-run <session> <window-name> <workdir> <state-dir> [<socket>]
 * With <socket> (the server's socket path), the session is known to exist and every tmux call goes to that
 * server: fewer tmux clients per subtask, and no dependence on the environment to find the server.
 * The command is a bash script in the environment variable ORCH_RUN_SCRIPT. The command runs with exactly the
 * runner's environment (minus ORCH_RUN_SCRIPT): the tmux server's own environment never leaks into it.
 * <state-dir> must exist and be private; the runner writes `pane` (window id and pane pid) and `pgid` (the
 * command's own process group), so the caller can stop them, and removes its other files when done. When
 * <state-dir>/prefix exists, its NUL-separated words are put before the command (the local runtime's
 * sandbox, see sandbox.ts). When the command ends, its process group is ended too (background children
 * included), after a short grace.
 */

const TMUX_RUNNER = String.raw `
set -u
session=$1; window=$2; workdir=$3; state=$4; sock=""
[ $# -ge 5 ] && sock=$5
script=$ORCH_RUN_SCRIPT
unset ORCH_RUN_SCRIPT
chan="omo-done-$$-$RANDOM$RANDOM"

if [ -z "$sock" ]; then
  tmux has-session -t "=$session" 2>/dev/null || tmux new-session -d -s "$session" -x 200 -y 50 || exit 125
  sock=$(tmux display-message -p -t "=$session:" '#{socket_path}') || exit 125
fi

mkfifo "$state/out" "$state/err" || exit 125
printf '%s' "$script" > "$state/script"
# The environment, re-created inside the pane after env -i (export -p quotes values safely).
( umask 077; export -p > "$state/env" )
q() { printf '%q' "$1"; }
cat > "$state/pane.sh" <<PANE
source $(q "$state/env"); rm -f $(q "$state/env"); unset OLDPWD
cd $(q "$workdir") || { echo 126 > $(q "$state/rc"); tmux -S $(q "$sock") wait-for -S $(q "$chan"); exit; }
export PWD=$(q "$workdir")
printf '\033[1m[%s] %s\033[0m\n' "\$(date +%T)" $(q "$window")
# Output goes both to this pane (for whoever attaches) and to the runner through the FIFOs. The tees are
# waited for by pid: a plain wait skips all but the last process substitution, and the pane must not say
# it is done before every byte is in the FIFOs.
exec 7>$(q "$state/out") 8>$(q "$state/err")
exec 9> >(tee /dev/fd/7); out_tee=\$!
exec 10> >(tee /dev/fd/8 >&2); err_tee=\$!
exec 7>&- 8>&-
prefix=()
if [ -s $(q "$state/prefix") ]; then mapfile -d '' -t prefix < $(q "$state/prefix"); fi
# The command leads a process group of its own, so that once it has ended, whatever it left running in
# the background is ended too: it can neither hold the output open (the subtask would wait for it) nor
# outlive the subtask. Its group id is left in the state dir for a caller that must stop it early.
setsid "\${prefix[@]}" bash $(q "$state/script") < /dev/null >&9 2>&10 9>&- 10>&- &
cmd=\$!
echo "\$cmd" > $(q "$state/pgid")
wait "\$cmd"
rc=\$?
${end_group_sh/* END_GROUP_SH */.Q.replaceAll('$', '\\$')}
end_group "\$cmd"
exec 9>&- 10>&-
wait \$out_tee \$err_tee
echo "\$rc" > $(q "$state/rc")
tmux -S $(q "$sock") wait-for -S $(q "$chan")
PANE

# The runner opens both ends of each FIFO itself, before anything runs: a write end (read-write, which never
# blocks) held until the pane is done, and the read end handed to a reader. So no output can be written
# before its reader exists, the readers never block in open(), and they see EOF only once the pane is done
# and the runner lets go, whether or not the pane ever opened the FIFOs (it may fail to start, or cd fail).
# (After any new-session above: a tmux server started here must not inherit these descriptors.)
exec 3<>"$state/out" 4<>"$state/err" 5<"$state/out" 6<"$state/err"
release() { exec 3>&- 4>&-; }
cat <&5 3>&- 4>&- 5<&- 6<&- &
cat <&6 >&2 3>&- 4>&- 5<&- 6<&- &
exec 5<&- 6<&-
if ! tmux -S "$sock" new-window -t "=$session:" -n "$window" -P -F '#{window_id} #{pane_pid}' \
  "exec env -i /bin/bash --noprofile --norc $(q "$state/pane.sh")" > "$state/pane" 3>&- 4>&-; then
  release; wait; exit 125
fi
tmux -S "$sock" wait-for "$chan" 3>&- 4>&- &
wait $!
release
wait
rc=$(cat "$state/rc" 2>/dev/null || echo 125)
rm -f "$state/out" "$state/err" "$state/script" "$state/pane.sh" "$state/rc" "$state/env" "$state/prefix" "$state/pgid"
exit "$rc"
`;

// EXTERNAL MODULE: ./src/runtime/worker-log.ts
var worker_log = __webpack_require__(1387);
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
            cmd: ['bash', '-c', RUN_WRAPPER, 'omo-run', TMUX_RUNNER, this.session, command.taskId, this.workdir],
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
    /** A service in the worker's container (docker-service.ts); it ends with the container at the latest. */
    async startService(service) {
        if (this.stopping)
            throw new Error(`worker ${this.spec.name} is stopped`);
        const container = await this.ensureContainer();
        for (const dir of this.leased)
            this.deps.ownership?.claim(dir);
        return startContainerService({
            client: this.deps.client,
            container,
            containerName: this.containerName,
            user: this.user,
            workdir: this.workdir,
            env: this.spec.env,
            network: this.deps.settings.network,
            log: (text) => this.appendLog(text),
        }, service);
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
 * one worker, docker-container.ts for what a container is). Before a run starts, the runtime checks that an
 * engine answers and gets the worker image through the resolver (image/resolve-image.ts: named, present,
 * pulled or built); when either fails it says why (the engine then falls back to prompt files, or fails). It
 * also removes what a crashed orchestrator on this host left behind.
 */









const PING_TIMEOUT_MS = 3000;
/** Where Dockerode will look for the engine, for messages. */
function engineAddress(env) {
    return env.DOCKER_HOST || '/var/run/docker.sock';
}
/** A client of the engine Dockerode finds (DOCKER_HOST, else the local socket), once it answers. */
async function connectEngine(logger) {
    try {
        const { default: Docker } = await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.t.bind(__webpack_require__, 9040, 23));
        const client = new DockerClient(new Docker(), logger);
        await client.ping(PING_TIMEOUT_MS);
        return client;
    }
    catch (error) {
        return {
            unavailable: `no Docker engine reachable at ${engineAddress(process.env)}: ${(0,errors/* errorMessage */.gJ)(error)}; run \`npm run docker:setup\``,
        };
    }
}
async function createDockerRuntime(config, context) {
    const { env, logger, tracker } = context;
    const request = imageRequest(config, env);
    const client = await connectEngine(logger);
    if ('unavailable' in client)
        return client;
    let image;
    try {
        image = (await resolveWorkerImage(client.docker, request, { logger, env })).image;
    }
    catch (error) {
        return { unavailable: (0,errors/* errorMessage */.gJ)(error) };
    }
    await (0,docker_reaper/* reapOrphans */.a6)(client.docker, logger);
    return new DockerRuntime(client, resolveSettings(config, image), logger, {}, tracker);
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
