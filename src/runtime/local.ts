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
import { availableParallelism } from 'node:os';
import {
  closeSync,
  constants,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { killProcessGroup, runProcessGroup } from './process-tree.js';
import { sandboxArgv, type SandboxAvailability } from './sandbox.js';
import { killServer, serverSocket, startServer, tmux } from './tmux.js';
import { shellQuote } from './shell-quote.js';
import { DISPATCHER, dispatcherRuns, followJob, writeJob } from './tmux-dispatcher.js';
import { watchReadiness } from './service-ready.js';
import { WorkerLog } from './worker-log.js';
import type {
  CommandOutcome,
  OutputListener,
  ResourceTracker,
  Runtime,
  ServiceCommand,
  Worker,
  WorkerCommand,
  WorkerService,
  WorkerSpec,
} from './types.js';

export interface LocalRuntimeOptions {
  /** Run workers inside tmux sessions (`local` with tmux present). */
  tmux: boolean;
  /** `inline` = the sequential mode: no worker is spawned. */
  kind?: 'local' | 'inline';
  /** bubblewrap, when subtasks run sandboxed. */
  sandbox?: Extract<SandboxAvailability, { available: true }>;
  tracker?: ResourceTracker;
  logger: Logger;
}

const noTracker: ResourceTracker = { track: () => undefined, untrack: () => undefined };

export class LocalRuntime implements Runtime {
  readonly kind: 'local' | 'inline';
  /** A local worker's start is a tmux session and a process start, all on this machine's cores. */
  readonly preparationLimit = availableParallelism();
  private readonly workers = new Set<LocalWorker>();
  private server: Promise<string> | undefined;
  private readonly tracker: ResourceTracker;

  constructor(private readonly options: LocalRuntimeOptions) {
    this.kind = options.kind ?? 'local';
    this.tracker = options.tracker ?? noTracker;
  }

  get sandboxed(): boolean {
    return this.options.sandbox !== undefined && this.kind === 'local';
  }

  async startWorker(spec: WorkerSpec): Promise<Worker> {
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
  private async openServer(planId: string): Promise<string> {
    const socket = serverSocket(planId);
    this.tracker.track({ kind: 'tmux-server', socket });
    try {
      await startServer(socket);
    } catch (error) {
      this.server = undefined;
      throw new Error(`could not start the run's tmux server (${socket}): ${errorMessage(error)}`);
    }
    return socket;
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.stop()));
    const socket = await this.server?.catch(() => undefined);
    this.server = undefined;
    if (socket) {
      await killServer(socket);
      this.tracker.untrack({ kind: 'tmux-server', socket });
    }
  }
}

interface LocalWorkerDeps {
  /** The run's tmux server; undefined without tmux. */
  socket?: string;
  sandbox?: Extract<SandboxAvailability, { available: true }>;
  tracker: ResourceTracker;
  logger: Logger;
  onStop: () => void;
}

class LocalWorker implements Worker {
  private stopped = false;
  private readonly running = new Set<AbortController>();
  /** How to stop each running service. */
  private readonly services = new Set<() => Promise<void>>();
  private readonly log: WorkerLog;
  /** With tmux: the worker's folder of jobs (and its dispatcher's control FIFO, open for writing). */
  private jobs?: { dir: string; ctl: number; next: number };

  constructor(
    readonly spec: WorkerSpec,
    private readonly deps: LocalWorkerDeps,
  ) {
    this.log = new WorkerLog(join(spec.runDir, `${spec.name}.log`));
  }

  /**
   * Starts the log and, with tmux, the worker's session: its first window follows the log, its `agent` window
   * runs the dispatcher that will run every subtask of the worker (see tmux-dispatcher.ts).
   */
  async open(): Promise<void> {
    this.log.write(`worker ${this.spec.name} of plan ${this.spec.planId} (depth ${this.spec.depth})\n`);
    const { socket } = this.deps;
    if (!socket) return;
    const dir = mkdtempSync(join(tmpdir(), `${this.spec.name}-`));
    this.deps.tracker.track({ kind: 'temp-dir', path: dir });
    writeFileSync(join(dir, 'dispatcher.sh'), DISPATCHER);
    const ctl = join(dir, 'ctl');
    const dispatcher = ['exec env -i', `PATH=${shellQuote(DISPATCHER_PATH)}`, 'bash --noprofile --norc']
      .concat([join(dir, 'dispatcher.sh'), ctl, socket, this.spec.name].map(shellQuote))
      .join(' ');
    // One tmux call makes the control FIFO (the tmux server forks `mkfifo`, far cheaper than this process
    // would: a fork costs in proportion to the forking process's memory) and the session around it.
    await tmux(socket, [
      'run-shell',
      `mkfifo -m 600 ${shellQuote(ctl)}`,
      ';',
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
    try {
      // Read-write: never blocks, and the FIFO keeps what is written until the dispatcher reads it.
      this.jobs = { dir, ctl: openSync(ctl, constants.O_RDWR), next: 1 };
    } catch (error) {
      throw new Error(`could not open the control FIFO of ${this.spec.name}: ${errorMessage(error)}`);
    }
  }

  /** The words put before the command: the sandbox, when there is one. */
  private prefix(extraReadOnly: readonly string[] = []): string[] {
    const { sandbox } = this.deps;
    if (!sandbox) return [];
    const confinement = this.spec.confinement ?? { readOnly: [], replace: [], hidden: [] };
    return sandboxArgv(sandbox.bwrap, { workdir: this.spec.workdir, ...confinement }, extraReadOnly);
  }

  async run(command: WorkerCommand, signal: AbortSignal, onOutput?: OutputListener): Promise<CommandOutcome> {
    if (this.stopped) throw new Error(`worker ${this.spec.name} is stopped`);
    const env = { ...this.spec.env, ...command.env, PWD: this.spec.workdir };
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    this.running.add(controller);
    const listener: OutputListener = (stream, chunk) => {
      this.log.write(chunk);
      onOutput?.(stream, chunk);
    };
    try {
      const outcome = this.jobs
        ? await this.dispatch(this.jobs, command, env, controller.signal, listener)
        : await this.runTracked({
            argv: argv([...this.prefix(command.hostPaths), 'bash', '-c', command.script]),
            env,
            signal: controller.signal,
            onOutput: listener,
          });
      this.log.write(`[${command.taskId}] exit ${outcome.exitCode}\n`);
      return outcome;
    } finally {
      signal.removeEventListener('abort', forward);
      this.running.delete(controller);
    }
  }

  /**
   * A service runs as a process group of its own beside the tmux session (the dispatcher runs one job at a
   * time, and a service never ends), in the same sandbox as the worker's commands, so whatever it runs
   * (an agent's tools) is confined like them. The sandbox shares the host's network: it listens on the
   * loopback address. Its output goes to the worker's log, which the session's first window shows.
   */
  async startService(service: ServiceCommand): Promise<WorkerService> {
    if (this.stopped) throw new Error(`worker ${this.spec.name} is stopped`);
    const controller = new AbortController();
    let markExited!: (code: number | null) => void;
    const exited = new Promise<number | null>((resolve) => (markExited = resolve));
    const readiness = watchReadiness(service, exited);
    void this.runTracked({
      argv: argv([...this.prefix(service.hostPaths), 'bash', '-c', service.script]),
      env: { ...this.spec.env, ...service.env, PWD: this.spec.workdir, ORCH_SERVICE_HOST: LOOPBACK },
      signal: controller.signal,
      onOutput: (stream, chunk) => {
        this.log.write(chunk);
        readiness.push(stream, chunk);
      },
    }).then((outcome) => {
      this.log.write(`[${service.name}] exit ${outcome.exitCode}\n`);
      markExited(outcome.exitCode);
    });
    const stop = async () => {
      controller.abort(new Error('service stopped'));
      await exited;
      this.services.delete(stop);
    };
    this.services.add(stop);
    try {
      const port = await readiness.port;
      return { url: `http://${LOOPBACK}:${port}`, exited, log: (text) => this.log.write(text), stop };
    } catch (error) {
      await stop();
      throw error;
    }
  }

  /** A process group recorded for the reaper while it runs. */
  private async runTracked(cmd: {
    argv: [string, ...string[]];
    env: Record<string, string>;
    signal: AbortSignal;
    onOutput: OutputListener;
  }): Promise<CommandOutcome> {
    let pgid: number | undefined;
    try {
      return await runProcessGroup({
        ...cmd,
        cwd: this.spec.workdir,
        onStart: (id) => {
          pgid = id;
          this.deps.tracker.track({ kind: 'process-group', pgid: id });
        },
      });
    } finally {
      if (pgid !== undefined) this.deps.tracker.untrack({ kind: 'process-group', pgid });
    }
  }

  /** Hands a subtask to the worker's dispatcher and follows it to its end. */
  private async dispatch(
    jobs: NonNullable<LocalWorker['jobs']>,
    command: WorkerCommand,
    env: Record<string, string>,
    signal: AbortSignal,
    onOutput: OutputListener,
  ): Promise<CommandOutcome> {
    const dir = join(jobs.dir, `${jobs.next++}-${command.taskId.replace(/[^\w.-]/g, '_')}`);
    try {
      writeJob({
        dir,
        name: command.taskId,
        script: command.script,
        env,
        workdir: this.spec.workdir,
        prefix: this.prefix([dir, ...(command.hostPaths ?? [])]),
      });
      writeSync(jobs.ctl, `${dir}\n`);
      return await followJob(
        dir,
        signal,
        onOutput,
        () => stopJob(dir),
        () => dispatcherRuns(join(jobs.dir, 'ctl.pid')),
      );
    } finally {
      // Removed in the background (the thread pool, not the event loop): the next subtask need not wait.
      void rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.running) c.abort(new Error('worker stopped'));
    await Promise.all([...this.services].map((stop) => stop()));
    if (this.jobs) {
      // The dispatcher ends its own session once it has read this (see tmux-dispatcher.ts), sparing this
      // process a tmux client; a session whose dispatcher is gone ends with the run's tmux server.
      writeSync(this.jobs.ctl, 'exit\n');
      closeSync(this.jobs.ctl);
      await rm(this.jobs.dir, { recursive: true, force: true }).catch(() => undefined);
      this.deps.tracker.untrack({ kind: 'temp-dir', path: this.jobs.dir });
      this.jobs = undefined;
    }
    await this.log.close();
    this.deps.onStop();
  }
}

/** Where a local service listens: the sandbox shares the host's network, so only this host reaches it. */
const LOOPBACK = '127.0.0.1';

/** Where the dispatcher finds `setsid`, `sleep` and `bash` before a job's own PATH is in place. */
const DISPATCHER_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Stops a dispatched job: one that has not started never will; one that runs has its process group ended. */
async function stopJob(dir: string): Promise<void> {
  writeFileSync(join(dir, 'cancel'), '');
  await killJobGroups(dir);
}

/**
 * Ends the process groups of the jobs in a worker's job folder, or of the job folder itself (their `pgid`
 * files, see tmux-dispatcher.ts). The reaper and `kill-all` use it on what a dead run left: killing its tmux
 * server ends the dispatchers, but not the commands, which lead process groups of their own.
 */
export async function killJobGroups(dir: string): Promise<void> {
  const folders = [dir];
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true }))
      if (entry.isDirectory()) folders.push(join(dir, entry.name));
  } catch {
    return;
  }
  for (const folder of folders) {
    let pgid = '';
    try {
      pgid = readFileSync(join(folder, 'pgid'), 'utf8').trim();
    } catch {
      continue;
    }
    if (/^\d+$/.test(pgid)) await killProcessGroup(Number(pgid));
  }
}

function argv(words: string[]): [string, ...string[]] {
  const [first, ...rest] = words;
  if (first === undefined) throw new Error('empty command');
  return [first, ...rest];
}
