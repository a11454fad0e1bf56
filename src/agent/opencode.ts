/**
 * The `opencode` agent. Each subtask runs in a session of the worker's long-lived `opencode serve`
 * (opencode-serve.ts, `runTask`), or, where no server can run (or `serve: false`), as one headless
 * `opencode run --format json` with its prompt on stdin (`invocation`). Either way the events become the
 * subtask's result (the final answer text) and details (tool calls, files changed, tokens, cost), and its
 * monitor holds the subtask to token and cost budgets and notices stalls.
 */
import { OpencodeEventParser, parseOpencodeOutput } from './opencode-events.js';
import { OPENCODE_SERVE_SCRIPT_TAIL, OpencodeServer, serveUnavailable } from './opencode-serve.js';
import { opencodeVerdict } from './opencode-verdict.js';
import type { TimedAgentMonitor } from './monitor.js';
import { taskEnv } from './task-env.js';
import { formatDuration } from '../util/format.js';
import type {
  Agent,
  AgentInvocation,
  AgentInvocationContext,
  AgentTaskContext,
  AgentVerdict,
} from './types.js';
import type { CommandOutcome, Worker } from '../runtime/types.js';

export interface OpencodeBudget {
  /** Stop once the run has used more tokens than this (summed over steps, as OpenCode reports them). */
  maxTokens?: number;
  /** Stop once the run has cost more than this many US dollars (needs a model with a price). */
  maxCostUsd?: number;
  /** Stop when OpenCode prints nothing for this long (ms). Tool calls print only when they end. */
  stallMs?: number;
}

export interface OpencodeAgentOptions extends OpencodeBudget {
  /** `provider/model`; OpenCode's configured default when absent. */
  model?: string;
  /**
   * Path of the `opencode` executable as the worker sees it. When absent the script looks on the worker's
   * PATH, then at /usr/local/bin/opencode (the worker image). Host runtimes should pass
   * `resolveOpencodeBinary(process.env)`.
   */
  binary?: string;
  /**
   * Permission rules for the headless run (OpenCode's `permission` config), applied through
   * OPENCODE_PERMISSION unless the caller set that variable. Default: HEADLESS_PERMISSION.
   */
  permission?: Record<string, unknown>;
  /** An OpenCode agent (`--agent`), e.g. one defined in the directory's `.opencode/agent/<name>.md`. */
  agentName?: string;
  /**
   * Run subtasks in a long-lived `opencode serve` per worker (default), which also lets the orchestrator
   * answer an agent's questions; false: every subtask is its own `opencode run`.
   */
  serve?: boolean;
}

/**
 * A headless run has nobody to answer "ask": `opencode run` rejects such a call, which ends the run with
 * exit code 0 and no answer. So say yes to what a coding worker needs (editing files, running commands in
 * its checkout) and no, rather than ask, to leaving the checkout and to repeating the same call in a loop
 * (a denied call lets the model carry on; a rejected one stops it).
 */
export const HEADLESS_PERMISSION: Readonly<Record<string, string>> = Object.freeze({
  edit: 'allow',
  bash: 'allow',
  external_directory: 'deny',
  doom_loop: 'deny',
});

/**
 * Finds the binary and enters the directory. Everything comes in through the environment, so no value is
 * ever spliced into shell text. `cd` (which
 * also sets PWD) matters as much as `--dir`: OpenCode takes its directory from $PWD, not from the process's
 * real working directory. The prompt file on stdin is read to EOF; an open pipe would hang the run.
 */
export const OPENCODE_PRELUDE = `set -u
bin="\${ORCH_OPENCODE_BIN:-}"
if [ -z "$bin" ]; then bin="$(command -v opencode || true)"; fi
if [ -z "$bin" ] && [ -x /usr/local/bin/opencode ]; then bin=/usr/local/bin/opencode; fi
if [ -z "$bin" ]; then
  echo "orchestrate: opencode not found (put it on PATH or set ORCH_OPENCODE_BIN)" >&2
  exit 127
fi
cd "$ORCH_OPENCODE_DIR" || exit 1
export PWD="$ORCH_OPENCODE_DIR"
export OPENCODE_PERMISSION="\${OPENCODE_PERMISSION:-\${ORCH_OPENCODE_PERMISSION:-}}"
`;

export const OPENCODE_SCRIPT = `${OPENCODE_PRELUDE}set -- run --format json --dir "$ORCH_OPENCODE_DIR" --title "$ORCH_OPENCODE_TITLE"
if [ -n "\${ORCH_MODEL:-}" ]; then set -- "$@" --model "$ORCH_MODEL"; fi
if [ -n "\${ORCH_OPENCODE_AGENT:-}" ]; then set -- "$@" --agent "$ORCH_OPENCODE_AGENT"; fi
exec "$bin" "$@" < "$ORCH_PROMPT_FILE"
`;

const TITLE_MAX = 80;

export class OpencodeAgent implements Agent {
  readonly kind = 'opencode' as const;
  /** Each worker's server, started on its first subtask; or why it has none. */
  private readonly servers = new WeakMap<Worker, Promise<OpencodeServer | { unavailable: string }>>();

  constructor(private readonly options: OpencodeAgentOptions = {}) {}

  async runTask(ctx: AgentTaskContext): Promise<AgentVerdict | undefined> {
    if (this.options.serve === false) return undefined;
    const server = await this.serverOf(ctx);
    return 'unavailable' in server ? undefined : server.run(ctx);
  }

  private async serverOf(ctx: AgentTaskContext): Promise<OpencodeServer | { unavailable: string }> {
    const { worker } = ctx;
    const known = await this.servers.get(worker);
    if (known && ('unavailable' in known || known.alive)) return known;
    if (!worker.startService) {
      const unavailable = `the ${worker.spec.name} runtime cannot run a server`;
      this.servers.set(worker, Promise.resolve({ unavailable }));
      return { unavailable };
    }
    const { model, binary, agentName, permission = HEADLESS_PERMISSION } = this.options;
    const starting = OpencodeServer.start(worker.startService.bind(worker), worker.spec.workdir, {
      script: `${OPENCODE_PRELUDE}${OPENCODE_SERVE_SCRIPT_TAIL}`,
      env: {
        ORCH_OPENCODE_DIR: worker.spec.workdir,
        ORCH_OPENCODE_PERMISSION: JSON.stringify(permission),
        ...(binary ? { ORCH_OPENCODE_BIN: binary } : {}),
      },
      ...(binary ? { hostPaths: [binary] } : {}),
      model,
      agentName,
      title: sessionTitle,
    }).catch((error: unknown) => {
      // Said once per worker; its subtasks then run as they did before there were servers.
      const unavailable = serveUnavailable(worker.spec.name, error);
      ctx.notice(unavailable);
      return { unavailable };
    });
    this.servers.set(worker, starting);
    return starting;
  }

  invocation(ctx: AgentInvocationContext): AgentInvocation {
    const { model, binary, agentName, permission = HEADLESS_PERMISSION } = this.options;
    return {
      script: OPENCODE_SCRIPT,
      env: {
        ...taskEnv(ctx),
        ORCH_OPENCODE_DIR: ctx.workdir,
        // A title of our own also spares the model a title-generation request on every run.
        ORCH_OPENCODE_TITLE: sessionTitle(ctx),
        ORCH_OPENCODE_PERMISSION: JSON.stringify(permission),
        ...(model ? { ORCH_MODEL: model } : {}),
        ...(binary ? { ORCH_OPENCODE_BIN: binary } : {}),
        ...(agentName ? { ORCH_OPENCODE_AGENT: agentName } : {}),
      },
      ...(binary ? { hostPaths: [binary] } : {}),
    };
  }

  interpret(outcome: CommandOutcome): AgentVerdict {
    return opencodeVerdict(parseOpencodeOutput(outcome.stdout), {
      stopped: outcome.exitCode === null,
      exitCode: outcome.exitCode ?? 0,
      stderr: outcome.stderr,
    });
  }

  /** `limits` (e.g. what is left of a run's budget) tighten the agent's own per-subtask budgets. */
  monitor(limits: { maxTokens?: number; maxCostUsd?: number } = {}): OpencodeMonitor {
    const min = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
    return new OpencodeMonitor({
      ...this.options,
      maxTokens: min(this.options.maxTokens, limits.maxTokens),
      maxCostUsd: min(this.options.maxCostUsd, limits.maxCostUsd),
    });
  }
}

export interface OpencodeMonitorOptions extends OpencodeBudget {
  /** The clock of output arrival (ms); `onTick` gets its time from the runner. */
  now?: () => number;
}

/**
 * Holds one run to its budgets. Budgets are judged at every `step_finish` (that is when OpenCode reports
 * tokens and cost), so a run stops within one model step of crossing them. Only stdout counts as progress:
 * it carries the events, while stderr may be log noise (e.g. a provider's retries).
 */
export class OpencodeMonitor implements TimedAgentMonitor {
  readonly tickMs: number;
  private readonly parser = new OpencodeEventParser();
  private readonly now: () => number;
  private lastActivity: number;
  private stopped = false;

  constructor(private readonly budget: OpencodeMonitorOptions = {}) {
    this.now = budget.now ?? Date.now;
    this.lastActivity = this.now();
    // Fine enough to stop within a quarter of the stall limit, never busier than 10 ticks a second.
    this.tickMs = budget.stallMs ? Math.min(1000, Math.max(100, Math.floor(budget.stallMs / 4))) : 0;
  }

  onOutput(stream: 'stdout' | 'stderr', chunk: string): string | undefined {
    if (stream !== 'stdout') return undefined;
    this.lastActivity = this.now();
    const events = this.parser.push(chunk);
    if (this.stopped || !events.some((event) => event.type === 'step_finish')) return undefined;
    return this.stop(this.budgetExceeded());
  }

  onTick(now: number): string | undefined {
    const { stallMs } = this.budget;
    if (this.stopped || !stallMs) return undefined;
    const idle = now - this.lastActivity;
    return this.stop(
      idle >= stallMs
        ? `stalled: no output for ${formatDuration(idle)} (limit ${formatDuration(stallMs)})`
        : undefined,
    );
  }

  private budgetExceeded(): string | undefined {
    const { tokens, cost } = this.parser.summary();
    const { maxTokens, maxCostUsd } = this.budget;
    if (maxTokens !== undefined && tokens.total > maxTokens) {
      return `token budget exceeded: ${tokens.total} > ${maxTokens}`;
    }
    if (maxCostUsd !== undefined && cost > maxCostUsd) {
      return `cost budget exceeded: $${cost.toFixed(4)} > $${maxCostUsd}`;
    }
    return undefined;
  }

  private stop(reason: string | undefined): string | undefined {
    if (reason !== undefined) this.stopped = true;
    return reason;
  }
}

export function sessionTitle(ctx: AgentInvocationContext): string {
  const title = `${ctx.taskId}: ${ctx.description}`.replace(/\s+/g, ' ').trim();
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}
