/**
 * The seam between the scheduler and where work runs. A Runtime starts one Worker per domain; a Worker runs
 * one command at a time (a bash script written by an Agent) and reports its output and exit code.
 *
 * Implementations: `local.ts` (a process group, inside tmux when present), `docker.ts` (a container from the
 * worker image, the command inside its tmux session), `inline.ts` (sequential mode at the depth limit: plain
 * child processes, no worker). The prompt-files fallback never starts workers (see `engine/prompt-files.ts`).
 */

export type RuntimeKind = 'docker' | 'local' | 'prompt-files';

export interface WorkerSpec {
  /** `omo-worker-<domain>` */
  name: string;
  domain: string;
  planId: string;
  /** The worker's own ORCH_DEPTH (parent depth + 1). */
  depth: number;
  /** Host path of the directory the worker works in (its git worktree, or the caller's directory). */
  workdir: string;
  /** Host path of the run's files (`<workspace>/runs/<planId>`); prompts live here. */
  runDir: string;
  /** The worker environment of contract section 4/5 (already filtered: nothing else reaches the worker). */
  env: Record<string, string>;
}

export interface WorkerCommand {
  taskId: string;
  /** A bash script; run with `bash -c` in `spec.workdir`, with `spec.env` plus `env`. */
  script: string;
  env: Record<string, string>;
}

export interface CommandOutcome {
  /** Null when the process was killed by a signal. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface OutputListener {
  (stream: 'stdout' | 'stderr', chunk: string): void;
}

export interface Worker {
  readonly spec: WorkerSpec;
  /**
   * Runs one command to its end. Aborting `signal` kills the command's whole process tree and settles the
   * promise with what was captured so far; it never rejects for a non-zero exit.
   */
  run(command: WorkerCommand, signal: AbortSignal, onOutput?: OutputListener): Promise<CommandOutcome>;
  /** Stops the worker and removes everything it created (tmux session, container). Idempotent. */
  stop(): Promise<void>;
}

export interface Runtime {
  readonly kind: RuntimeKind | 'inline';
  startWorker(spec: WorkerSpec): Promise<Worker>;
  /** Stops every worker this runtime started. Idempotent; called on every exit path. */
  dispose(): Promise<void>;
}

/** A live worker as `orchestrate workers` lists it. */
export interface LiveWorker {
  name: string;
  kind: 'tmux' | 'container';
  planId?: string;
  domain?: string;
  detail: string;
}
