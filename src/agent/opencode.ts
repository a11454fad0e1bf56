/**
 * The `opencode` agent: each subtask is one headless `opencode run --format json`, its prompt on stdin.
 * The JSON events it prints become the subtask's result (the final answer text) and details (tool calls,
 * files changed, tokens, cost); its monitor holds a run to token and cost budgets and notices stalls.
 */
import { autoRejectedPermissions, OpencodeEventParser, parseOpencodeOutput } from './opencode-events.js';
import type { TimedAgentMonitor } from './monitor.js';
import { taskEnv } from './task-env.js';
import { formatDuration } from '../util/format.js';
import type { Agent, AgentInvocation, AgentInvocationContext, AgentVerdict } from './types.js';
import type { CommandOutcome } from '../runtime/types.js';

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
 * Everything comes in through the environment, so no value is ever spliced into shell text. `cd` (which
 * also sets PWD) matters as much as `--dir`: OpenCode takes its directory from $PWD, not from the process's
 * real working directory. The prompt file on stdin is read to EOF; an open pipe would hang the run.
 */
export const OPENCODE_SCRIPT = `set -u
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
set -- run --format json --dir "$ORCH_OPENCODE_DIR" --title "$ORCH_OPENCODE_TITLE"
if [ -n "\${ORCH_MODEL:-}" ]; then set -- "$@" --model "$ORCH_MODEL"; fi
if [ -n "\${ORCH_OPENCODE_AGENT:-}" ]; then set -- "$@" --agent "$ORCH_OPENCODE_AGENT"; fi
exec "$bin" "$@" < "$ORCH_PROMPT_FILE"
`;

const TITLE_MAX = 80;
const STDERR_TAIL_LINES = 5;

export class OpencodeAgent implements Agent {
  readonly kind = 'opencode' as const;

  constructor(private readonly options: OpencodeAgentOptions = {}) {}

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
    };
  }

  interpret(outcome: CommandOutcome): AgentVerdict {
    const run = parseOpencodeOutput(outcome.stdout);
    const details: Record<string, unknown> = {
      sessionId: run.sessionId,
      steps: run.steps,
      toolCalls: run.toolCalls,
      filesChanged: run.filesChanged,
      tokens: run.tokens,
      cost: run.cost,
      permissionRejections: run.permissionRejections,
      ...(run.errors.length > 0 ? { errors: run.errors } : {}),
    };
    const result = run.finalText;
    const usage = { tokens: run.tokens.total, costUsd: run.cost };
    const failed = (error: string): AgentVerdict => ({ status: 'failed', result, error, usage, details });

    if (outcome.exitCode === null) {
      return failed(
        `OpenCode was stopped before it finished (after ${run.steps} steps and ${run.toolCalls.length} tool calls)`,
      );
    }
    if (run.errors.length > 0) {
      return failed(
        run.errors.map((e) => `${e.message} (${e.name}${e.statusCode ? ` ${e.statusCode}` : ''})`).join('; '),
      );
    }
    if (outcome.exitCode !== 0) {
      const tail = lastLines(outcome.stderr, STDERR_TAIL_LINES);
      return failed(`opencode exited with code ${outcome.exitCode}${tail ? `: ${tail}` : ''}`);
    }
    if (result === '') {
      const rejected = run.permissionRejections.filter((r) => r.kind === 'rejected');
      if (rejected.length > 0) {
        const rules = autoRejectedPermissions(outcome.stderr);
        const what = rejected.map((r) => `${r.tool} ${r.input}`.trim()).join(', ');
        return failed(
          `OpenCode stopped: permission rejected for ${what}${rules.length > 0 ? ` (${rules.join('; ')})` : ''}. ` +
            'A headless run cannot ask; allow it in the OpenCode "permission" config or OPENCODE_PERMISSION.',
        );
      }
      // Completing with nothing to hand on would pass an empty `Result:` to every dependent subtask.
      return failed(
        `OpenCode finished without an answer (${run.steps} steps, ${run.toolCalls.length} tool calls` +
          `${run.lastFinishReason ? `, last step ended with '${run.lastFinishReason}'` : ''})`,
      );
    }
    return { status: 'completed', result, usage, details };
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

function sessionTitle(ctx: AgentInvocationContext): string {
  const title = `${ctx.taskId}: ${ctx.description}`.replace(/\s+/g, ' ').trim();
  return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
}

function lastLines(text: string, count: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.trim().split('\n').slice(-count).join('\n').trim();
}
