/**
 * The local runtime: each worker is a process group on this machine. With tmux present, a worker is the tmux
 * session `omo-worker-<domain>` and each subtask runs in a window of it (so `tmux attach -t omo-worker-<domain>`
 * shows the agent live); without tmux, subtasks are plain process groups. The `inline` variant is the
 * sequential mode at the depth limit: no worker, no session, the run's own child processes.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import type { Logger } from '../util/logger.js';
import { killProcessGroup, runProcessGroup } from './process-tree.js';
import { PLAN_OPTION, hasSession, killSession, tmux } from './tmux.js';
import { TMUX_RUNNER } from './tmux-runner.js';
import type { CommandOutcome, OutputListener, Runtime, Worker, WorkerCommand, WorkerSpec } from './types.js';

export interface LocalRuntimeOptions {
  /** Run workers inside tmux sessions (`local` with tmux present). */
  tmux: boolean;
  /** `inline` = the sequential mode: no worker is spawned. */
  kind?: 'local' | 'inline';
  logger: Logger;
}

export class LocalRuntime implements Runtime {
  readonly kind: 'local' | 'inline';
  private readonly workers = new Set<LocalWorker>();

  constructor(private readonly options: LocalRuntimeOptions) {
    this.kind = options.kind ?? 'local';
  }

  private anchor: Promise<string | undefined> | undefined;

  async startWorker(spec: WorkerSpec): Promise<Worker> {
    const useTmux = this.options.tmux && this.kind === 'local';
    if (useTmux) await (this.anchor ??= this.openAnchor(spec.planId));
    const worker = new LocalWorker(spec, useTmux, this.options.logger, () => this.workers.delete(worker));
    if (useTmux) await worker.openSession();
    this.workers.add(worker);
    return worker;
  }

  /**
   * A tmux server exits with its last session, and starting one costs tens of milliseconds. A session for
   * the whole run (`omo-run-<planId>`, not a worker: it runs nothing) keeps the server up while workers come
   * and go, so a worker that starts when another stops pays only for its own session.
   */
  private async openAnchor(planId: string): Promise<string | undefined> {
    const name = `omo-run-${planId}`;
    try {
      await tmux([
        'new-session',
        '-d',
        '-s',
        name,
        'exec tail -f /dev/null',
        ';',
        'set-option',
        PLAN_OPTION,
        planId,
      ]);
      return name;
    } catch (error) {
      this.options.logger.debug(`tmux anchor session ${name}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.stop()));
    const anchor = await this.anchor;
    if (anchor) await killSession(anchor);
    this.anchor = undefined;
  }
}

class LocalWorker implements Worker {
  private ownsSession = false;
  /** The tmux server's socket, so the runner and kills reach the same server whatever the environment. */
  private socket = '';
  private stopped = false;
  private readonly running = new Set<AbortController>();
  private readonly log: string;

  constructor(
    readonly spec: WorkerSpec,
    private readonly useTmux: boolean,
    private readonly logger: Logger,
    private readonly onStop: () => void,
  ) {
    this.log = join(spec.runDir, `${spec.name}.log`);
  }

  /** Creates the worker's tmux session; its first window follows the worker's log. */
  async openSession(): Promise<void> {
    appendFileSync(
      this.log,
      `worker ${this.spec.name} of plan ${this.spec.planId} (depth ${this.spec.depth})\n`,
    );
    if (await hasSession(this.spec.name)) {
      this.logger.warn(`tmux session ${this.spec.name} already exists (another run?); adding windows to it`);
      this.socket = (
        await tmux(['display-message', '-p', '-t', `=${this.spec.name}:`, '#{socket_path}'])
      ).trim();
      return;
    }
    const log = shellQuote(this.log);
    const { name, planId } = this.spec;
    const args = [
      'new-session',
      '-d',
      '-P',
      '-F',
      '#{socket_path}',
      '-s',
      name,
      '-x',
      '200',
      '-y',
      '50',
      `exec tail -n +1 -F ${log}`,
    ];
    args.push(';', 'set-option', PLAN_OPTION, planId);
    // The tmux server exits when its last session closes. A session started at that instant (another worker
    // finishing as this one starts) fails with "server exited unexpectedly"; the next try starts a new server.
    for (let attempt = 1; ; attempt++) {
      try {
        this.socket = (await tmux(args)).trim().split('\n')[0] ?? '';
        break;
      } catch (error) {
        if (await hasSession(this.spec.name)) break;
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 20 * attempt));
      }
    }
    this.ownsSession = true;
  }

  async run(command: WorkerCommand, signal: AbortSignal, onOutput?: OutputListener): Promise<CommandOutcome> {
    const env = { ...this.spec.env, ...command.env, PWD: this.spec.workdir };
    const controller = new AbortController();
    const forward = () => controller.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    this.running.add(controller);
    try {
      if (!this.useTmux) {
        return await runProcessGroup({
          argv: ['bash', '-c', command.script],
          cwd: this.spec.workdir,
          env,
          signal: controller.signal,
          onOutput,
        });
      }
      const state = mkdtempSync(join(tmpdir(), 'omo-run-'));
      try {
        const outcome = await runProcessGroup({
          argv: [
            'bash',
            '-c',
            TMUX_RUNNER,
            'omo-tmux-run',
            this.spec.name,
            command.taskId,
            this.spec.workdir,
            state,
            this.socket,
          ],
          cwd: this.spec.workdir,
          env: { ...env, ORCH_RUN_SCRIPT: command.script },
          signal: controller.signal,
          onOutput,
          onAbort: () => killPane(state, this.socket),
        });
        appendFileSync(this.log, `[${command.taskId}] exit ${outcome.exitCode}\n`);
        return outcome;
      } finally {
        rmSync(state, { recursive: true, force: true });
      }
    } finally {
      signal.removeEventListener('abort', forward);
      this.running.delete(controller);
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.running) c.abort(new Error('worker stopped'));
    if (this.ownsSession) await killSession(this.spec.name);
    this.onStop();
  }
}

/** Ends the process group of the tmux pane a runner opened (its pane process leads its own group). */
async function killPane(state: string, socket: string): Promise<void> {
  let pane: string;
  try {
    pane = readFileSync(join(state, 'pane'), 'utf8').trim();
  } catch {
    return;
  }
  const [windowId, pid] = pane.split(' ');
  if (pid && /^\d+$/.test(pid)) await killProcessGroup(Number(pid));
  if (windowId)
    await tmux([...(socket ? ['-S', socket] : []), 'kill-window', '-t', windowId]).catch(() => undefined);
}

export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
