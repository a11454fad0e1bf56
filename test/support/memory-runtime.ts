/**
 * A Runtime that runs nothing: for unit tests of the engine's pieces (the worker pool, the task runner) with
 * no process, tmux or container. Each command's outcome comes from `behave`, after an optional delay, and
 * an abort settles it at once as a killed command would (exit code null). Everything it is asked is recorded.
 */
import type {
  CommandOutcome,
  OutputListener,
  Runtime,
  Worker,
  WorkerCommand,
  WorkerSpec,
} from '../../src/runtime/types.js';

export interface Behaviour {
  outcome?: Partial<CommandOutcome>;
  delayMs?: number;
  /** Output streamed before the outcome. */
  chunks?: Array<['stdout' | 'stderr', string]>;
}

export class MemoryRuntime implements Runtime {
  readonly kind = 'local' as const;
  /** As a runtime declares it (Runtime.preparationLimit); unset by default, as for containers. */
  preparationLimit?: number;
  readonly started: WorkerSpec[] = [];
  readonly stopped: string[] = [];
  readonly commands: Array<{ worker: string; command: WorkerCommand }> = [];
  /** How many workers were being started at once, at most. */
  maxStarting = 0;
  private starting = 0;

  constructor(
    private readonly behave: (command: WorkerCommand) => Behaviour = () => ({}),
    private readonly startDelayMs = 0,
    private readonly failStart: (spec: WorkerSpec) => string | undefined = () => undefined,
  ) {}

  async startWorker(spec: WorkerSpec): Promise<Worker> {
    this.starting++;
    this.maxStarting = Math.max(this.maxStarting, this.starting);
    try {
      await new Promise((r) => setTimeout(r, this.startDelayMs));
      const failure = this.failStart(spec);
      if (failure) throw new Error(failure);
      this.started.push(spec);
    } finally {
      this.starting--;
    }
    return {
      spec,
      run: (command, signal, onOutput) => this.run(spec, command, signal, onOutput),
      stop: async () => {
        if (!this.stopped.includes(spec.name)) this.stopped.push(spec.name);
      },
    };
  }

  private run(
    spec: WorkerSpec,
    command: WorkerCommand,
    signal: AbortSignal,
    onOutput?: OutputListener,
  ): Promise<CommandOutcome> {
    this.commands.push({ worker: spec.name, command });
    const b = this.behave(command);
    return new Promise((resolve) => {
      let stdout = '';
      let stderr = '';
      const finish = (outcome: CommandOutcome) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
        resolve(outcome);
      };
      const abort = () => finish({ exitCode: null, stdout, stderr });
      const timer = setTimeout(() => {
        for (const [stream, chunk] of b.chunks ?? []) {
          if (stream === 'stdout') stdout += chunk;
          else stderr += chunk;
          onOutput?.(stream, chunk);
          if (signal.aborted) return;
        }
        finish({ exitCode: 0, stdout, stderr, ...b.outcome });
      }, b.delayMs ?? 0);
      if (signal.aborted) abort();
      else signal.addEventListener('abort', abort, { once: true });
    });
  }

  async dispose(): Promise<void> {}
}
