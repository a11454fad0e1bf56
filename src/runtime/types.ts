/**
 * The seam between the scheduler and where work runs. A Runtime starts one Worker per domain; a Worker runs
 * one command at a time (a bash script written by an Agent) and reports its output and exit code.
 *
 * Implementations: `local.ts` (a process group, inside tmux when present, sandboxed where bubblewrap works;
 * its `inline` variant is the sequential mode at the depth limit: plain child processes, no worker) and
 * `docker.ts` (a container from the worker image, the command inside its tmux session). The prompt-files fallback never starts workers (see `engine/prompt-files.ts`).
 */

export type RuntimeKind = 'docker' | 'local' | 'prompt-files' | 'actions';

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
  /** The worker environment (already filtered, see worker-env.ts: nothing else reaches the worker). */
  env: Record<string, string>;
  /**
   * What a worker may not write or read beyond its workdir, for runtimes that share the host's file system
   * (the local runtime's sandbox, see sandbox.ts). Docker workers see only their mounts anyway.
   */
  confinement?: Confinement;
}

export interface Confinement {
  /** Readable, not writable (the run's workspace, the repository's git directory). */
  readOnly: string[];
  /** `[source, target]`: files shown in place of others (a git config without credentials). */
  replace: Array<[string, string]>;
  /** Masked entirely (credential stores, RUNNER_TEMP). */
  hidden: string[];
}

/**
 * What a run has created that must not outlive it: recorded while the run lives, so that when its
 * orchestrator dies without cleaning up, the next run (or `kill-all`) can end and remove it.
 */
export type TrackedResource =
  | { kind: 'tmux-server'; socket: string }
  | { kind: 'process-group'; pgid: number }
  | { kind: 'temp-dir'; path: string }
  /** A directory handed to the worker's user on a root host, with the owner to hand it back to. */
  | { kind: 'ownership'; dir: string; uid: number; gid: number };

export interface ResourceTracker {
  track(resource: TrackedResource): void;
  untrack(resource: TrackedResource): void;
}

export interface WorkerCommand {
  taskId: string;
  /** A bash script; run with `bash -c` in `spec.workdir`, with `spec.env` plus `env`. */
  script: string;
  env: Record<string, string>;
  /**
   * Host files the script runs (an agent's binary): a sandboxed worker sees them read-only wherever they
   * are, even under the sandbox's private /tmp.
   */
  hostPaths?: readonly string[];
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

/** A long-lived process of a worker that the orchestrator talks to over the network (e.g. `opencode serve`). */
export interface ServiceCommand {
  /** Names it in the worker's log and in errors. */
  name: string;
  /**
   * A bash script run like a WorkerCommand's, that keeps running. It must listen on the address in
   * ORCH_SERVICE_HOST (set by the runtime: where the orchestrator can reach it) and print `ready` once it does.
   */
  script: string;
  env: Record<string, string>;
  /**
   * Host files the script runs (an agent's binary): a sandboxed worker sees them read-only wherever they
   * are, even under the sandbox's private /tmp.
   */
  hostPaths?: readonly string[];
  /** Matches what the service prints (stdout or stderr) once it accepts connections; group 1 is its port. */
  ready: RegExp;
  /** How long to wait for `ready`. Default: 30 s. */
  readyTimeoutMs?: number;
}

export interface WorkerService {
  /** Where the orchestrator reaches it: `http://<address>:<port>`. */
  readonly url: string;
  /** Settles when the service's process has ended, with its exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** Appends to the worker's log, where the service's own output goes too (a client's account of it). */
  log(text: string): void;
  /** Ends the service and everything it started. Idempotent. */
  stop(): Promise<void>;
}

export interface Worker {
  readonly spec: WorkerSpec;
  /**
   * Runs one command to its end. Aborting `signal` kills the command's whole process tree and settles the
   * promise with what was captured so far; it never rejects for a non-zero exit.
   */
  run(command: WorkerCommand, signal: AbortSignal, onOutput?: OutputListener): Promise<CommandOutcome>;
  /**
   * Starts a long-lived service in the worker's own environment (its sandbox, its container), beside the
   * commands it runs; resolves once the service said it is ready, rejects with the reason when it cannot
   * start or cannot be reached from here. The worker's `stop()` ends it too. Runtimes without it run every
   * subtask as a command.
   */
  startService?(service: ServiceCommand): Promise<WorkerService>;
  /** Stops the worker and removes everything it created (tmux session, container). Idempotent. */
  stop(): Promise<void>;
}

export interface Runtime {
  readonly kind: RuntimeKind | 'inline';
  /**
   * How many workers it is worth starting at once: a start that works on this machine's cores has a limit;
   * unset, as many as may run at once (a start that mostly waits on someone else, e.g. the Docker engine).
   */
  readonly preparationLimit?: number;
  startWorker(spec: WorkerSpec): Promise<Worker>;
  /** Stops every worker this runtime started. Idempotent; called on every exit path. */
  dispose(): Promise<void>;
}

/** A live worker as `orchestrate workers` lists it. */
export interface LiveWorker {
  name: string;
  kind: 'tmux' | 'container' | 'orchestrator';
  /** The tmux server's socket of a tmux session. */
  socket?: string;
  planId?: string;
  domain?: string;
  detail: string;
}

/**
 * A runtime that runs whole subtasks on machines of their own (the `actions` runtime: one GitHub Actions run
 * per subtask) instead of commands on workers of this machine. A remote worker checks out the subtask's
 * branch, merges its dependencies' branches, runs the agent, commits and pushes by itself; the engine only
 * publishes the plan, hands over each subtask, and gets back its result and its branch.
 */
export interface RemoteRuntime {
  readonly kind: 'actions';
  /** Publishes what remote workers read before they run anything (the run's state), once per run. */
  publish(plan: RemotePlan): Promise<void>;
  /**
   * Runs one subtask remotely to its end: its result, with its branch fetched into the local repository as
   * `subtask.branch`. Aborting `signal` cancels the remote run. Never rejects: a failure is an outcome.
   */
  runSubtask(
    subtask: RemoteSubtask,
    signal: AbortSignal,
    onDispatched: (run: RemoteRun) => void,
  ): Promise<RemoteOutcome>;
  /** Cancels every run it dispatched that has not ended. Idempotent; called on every exit path. */
  dispose(): Promise<void>;
}

export interface RemotePlan {
  planId: string;
  /** The local checkout: its `origin` is where plan, branches and results travel. */
  repoDir: string;
  /** The commit the run's branches start from. */
  base: string;
  /** The run's state, as the remote worker reads it (engine/run-files.ts `RunState`, JSON). */
  state: string;
  /** The run's files (`<workspace>/runs/<planId>`): the runtime records what it dispatched there. */
  runDir: string;
}

export interface RemoteSubtask {
  taskId: string;
  domain: string;
  /** The subtask's branch (`orchestrate/<planId>/<domain>`), fetched once the remote run has pushed it. */
  branch: string;
}

export interface RemoteRun {
  id: number;
  /** The run's page, for people. */
  url: string;
}

/** The end of a remote subtask, in the scheduler's terms (engine/scheduler.ts TaskOutcome). */
export interface RemoteOutcome {
  status: 'completed' | 'failed';
  result: string | null;
  error: string | null;
  usage?: { tokens: number; costUsd: number };
  details?: Record<string, unknown>;
}
