/**
 * A runtime made the first time a worker is asked of it. The `actions` runtime runs its subtasks elsewhere and
 * needs a runtime here only for the one-shot sessions a run may or may not have (the LLM planner, the
 * synthesis, a conflict's resolution): a coordinator that has none never connects to a Docker engine, and one
 * that cannot reach an engine fails only those sessions, with the reason.
 */
import type { Runtime, RuntimeKind, Worker, WorkerSpec } from './types.js';

export class DeferredRuntime implements Runtime {
  private made?: Promise<Runtime | { unavailable: string }>;

  constructor(
    readonly kind: RuntimeKind,
    private readonly make: () => Promise<Runtime | { unavailable: string }>,
  ) {}

  async startWorker(spec: WorkerSpec): Promise<Worker> {
    const runtime = await (this.made ??= this.make());
    if ('unavailable' in runtime) throw new Error(runtime.unavailable);
    return runtime.startWorker(spec);
  }

  async dispose(): Promise<void> {
    const runtime = await this.made?.catch(() => undefined);
    if (runtime && !('unavailable' in runtime)) await runtime.dispose();
  }
}
