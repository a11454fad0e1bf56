/**
 * What an OpenCode subtask amounted to, from what it did (its events, parsed) and how it ended: the same
 * judgement for a one-shot `opencode run` and for a turn of a long-lived `opencode serve` session.
 */
import { autoRejectedPermissions, type OpencodeRunSummary } from './opencode-events.js';
import type { AgentVerdict } from './types.js';

export interface OpencodeEnding {
  /** Stopped from outside (budget, stall, timeout, cancellation) before it finished. */
  stopped: boolean;
  /** The process's exit code (a run); 0 for a session that went idle. */
  exitCode: number;
  /** Its standard error, or a session's account of what it auto-rejected (`permission requested: …`). */
  stderr: string;
}

const STDERR_TAIL_LINES = 5;

export function opencodeVerdict(run: OpencodeRunSummary, ending: OpencodeEnding): AgentVerdict {
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

  if (ending.stopped) {
    return failed(
      `OpenCode was stopped before it finished (after ${run.steps} steps and ${run.toolCalls.length} tool calls)`,
    );
  }
  if (run.errors.length > 0) {
    return failed(
      run.errors.map((e) => `${e.message} (${e.name}${e.statusCode ? ` ${e.statusCode}` : ''})`).join('; '),
    );
  }
  if (ending.exitCode !== 0) {
    const tail = lastLines(ending.stderr, STDERR_TAIL_LINES);
    return failed(`opencode exited with code ${ending.exitCode}${tail ? `: ${tail}` : ''}`);
  }
  if (result === '') {
    const rejected = run.permissionRejections.filter((r) => r.kind === 'rejected');
    if (rejected.length > 0) {
      const rules = autoRejectedPermissions(ending.stderr);
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

function lastLines(text: string, count: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.trim().split('\n').slice(-count).join('\n').trim();
}
