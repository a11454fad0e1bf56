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
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { killProcessGroup, runProcessGroup } from './process-tree.js';
import { sandboxArgv, type SandboxAvailability } from './sandbox.js';
import { killServer, serverSocket, startServer, tmux } from './tmux.js';
import { TMUX_RUNNER } from './tmux-runner.js';
import { WorkerLog } from './worker-log.js';
import type {
  CommandOutcome,
  OutputListener,
  ResourceTracker,
  Runtime,
  Worker,
  WorkerCommand,
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
  private readonly log: WorkerLog;

  constructor(
    readonly spec: WorkerSpec,
    private readonly deps: LocalWorkerDeps,
  ) {
    this.log = new WorkerLog(join(spec.runDir, `${spec.name}.log`));
  }

  /** Starts the log and, with tmux, the worker's session, whose first window follows the log. */
  async open(): Promise<void> {
    this.log.write(`worker ${this.spec.name} of plan ${this.spec.planId} (depth ${this.spec.depth})\n`);
    const { socket } = this.deps;
    if (!socket) return;
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
    ]);
  }

  /** The words put before the command: the sandbox, when there is one. */
  private prefix(extraReadOnly: string[] = []): string[] {
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
      const outcome = this.deps.socket
        ? await this.runInTmux(this.deps.socket, command, env, controller.signal, listener)
        : await this.runTracked({
            argv: argv([...this.prefix(), 'bash', '-c', command.script]),
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

  /** A process group recorded for the reaper while it runs. */
  private async runTracked(cmd: {
    argv: [string, ...string[]];
    env: Record<string, string>;
    signal: AbortSignal;
    onOutput: OutputListener;
    onAbort?: () => Promise<void>;
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

  private async runInTmux(
    socket: string,
    command: WorkerCommand,
    env: Record<string, string>,
    signal: AbortSignal,
    onOutput: OutputListener,
  ): Promise<CommandOutcome> {
    const state = mkdtempSync(join(tmpdir(), 'omo-run-'));
    this.deps.tracker.track({ kind: 'temp-dir', path: state });
    try {
      const prefix = this.prefix([join(state, 'script')]);
      if (prefix.length > 0) writeFileSync(join(state, 'prefix'), prefix.join('\0'), { mode: 0o600 });
      return await this.runTracked({
        argv: [
          'bash',
          '-c',
          TMUX_RUNNER,
          'omo-tmux-run',
          this.spec.name,
          command.taskId,
          this.spec.workdir,
          state,
          socket,
        ],
        env: { ...env, ORCH_RUN_SCRIPT: command.script },
        signal,
        onOutput,
        onAbort: () => killPane(state, socket),
      });
    } finally {
      rmSync(state, { recursive: true, force: true });
      this.deps.tracker.untrack({ kind: 'temp-dir', path: state });
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.running) c.abort(new Error('worker stopped'));
    if (this.deps.socket)
      await tmux(this.deps.socket, ['kill-session', '-t', `=${this.spec.name}`]).catch(() => undefined);
    await this.log.close();
    this.deps.onStop();
  }
}

/**
 * Ends what a tmux runner started: the command's own process group (it leads one, see tmux-runner.ts), then
 * the pane's, then the window. Also used by the reaper on a dead run's runner state.
 */
export async function killPane(state: string, socket?: string): Promise<void> {
  const read = (name: string) => {
    try {
      return readFileSync(join(state, name), 'utf8').trim();
    } catch {
      return '';
    }
  };
  const pgid = read('pgid');
  if (/^\d+$/.test(pgid)) await killProcessGroup(Number(pgid));
  const [windowId, pid] = read('pane').split(' ');
  if (pid && /^\d+$/.test(pid)) await killProcessGroup(Number(pid));
  if (windowId && socket) await tmux(socket, ['kill-window', '-t', windowId]).catch(() => undefined);
}

function argv(words: string[]): [string, ...string[]] {
  const [first, ...rest] = words;
  if (first === undefined) throw new Error('empty command');
  return [first, ...rest];
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
