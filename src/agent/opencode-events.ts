/**
 * Reads what `opencode run --format json` prints: one JSON event a line (`step_start`, `text`, `tool_use`,
 * `step_finish`, `error`, and `reasoning` with --thinking). Incremental, because a monitor sees stdout in
 * arbitrary chunks while the run is going and must judge budgets as steps finish; the same parser reads the
 * whole output afterwards, or what was captured before a kill.
 *
 * Shapes seen from OpenCode 1.18 (see test/fixtures/opencode/*.jsonl): every event has `type`, `timestamp`
 * and `sessionID`; `part` for the first four (`part.messageID` names the step: one assistant message per
 * step), `error: {name, data: {message, statusCode?}}` for errors. `tool_use` is printed once a call has
 * ended (`part.state.status` completed or error), never while it runs. Anything that is not such a line is
 * counted and ignored.
 */

export interface OpencodeToolCall {
  tool: string;
  status: string;
  /** A short description of the input: the path, the command or the pattern. */
  input: string;
  error?: string;
}

export interface OpencodeTokens {
  input: number;
  output: number;
  reasoning: number;
  cacheRead: number;
  cacheWrite: number;
  /** What OpenCode reports as the step's total, summed; the figure token budgets are held to. */
  total: number;
}

export interface OpencodeModelError {
  name: string;
  message: string;
  statusCode?: number;
}

export interface OpencodePermissionRejection {
  tool: string;
  /** `rejected`: the rule said "ask" and the headless run said no (this halts the run); `denied`: a rule. */
  kind: 'rejected' | 'denied';
  input: string;
  message: string;
}

export interface OpencodeRunSummary {
  sessionId?: string;
  /**
   * The answer: the text of the last step that said anything. Earlier steps' text is the model narrating
   * its way ("Let me look at the tests first") before tool results came back; the last step is written
   * with every tool result in view, which is what a dependent subtask or the synthesis needs.
   */
  finalText: string;
  /** Every text part in order, for logs. */
  texts: string[];
  toolCalls: OpencodeToolCall[];
  /** Paths given to completed file-changing tools (write, edit, multiedit, apply_patch), as the model gave them. */
  filesChanged: string[];
  tokens: OpencodeTokens;
  /** USD, summed over steps (0 for models without a price). */
  cost: number;
  steps: number;
  /** `finish` of the last step_finish: `stop` when the model ended its turn, `tool-calls` mid-way. */
  lastFinishReason?: string;
  errors: OpencodeModelError[];
  permissionRejections: OpencodePermissionRejection[];
  ignoredLines: number;
}

/** A parsed line. Loose on purpose: OpenCode adds fields between versions. */
export interface OpencodeEvent {
  type: string;
  timestamp?: number;
  sessionID?: string;
  part?: Record<string, unknown>;
  error?: Record<string, unknown>;
}

const FILE_TOOLS = new Set(['write', 'edit', 'multiedit']);
const INPUT_SUMMARY_MAX = 200;

export class OpencodeEventParser {
  private buffer = '';
  private readonly summaryState: OpencodeRunSummary = emptySummary();
  /** Text parts grouped by step (message id), in order, so the last step with text can be found. */
  private readonly stepTexts = new Map<string, string[]>();
  private anonymousSteps = 0;

  /** Feeds a chunk of stdout; returns the events of the lines it completed. */
  push(chunk: string): OpencodeEvent[] {
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    return this.consume(lines);
  }

  /** Reads a last line that had no newline (output cut short by a kill). */
  end(): OpencodeEvent[] {
    const rest = this.buffer;
    this.buffer = '';
    return this.consume([rest]);
  }

  /** A snapshot; later chunks do not change it. */
  summary(): OpencodeRunSummary {
    const s = this.summaryState;
    return {
      ...s,
      finalText: this.finalText(),
      texts: [...s.texts],
      toolCalls: s.toolCalls.map((call) => ({ ...call })),
      filesChanged: [...s.filesChanged],
      tokens: { ...s.tokens },
      errors: s.errors.map((error) => ({ ...error })),
      permissionRejections: s.permissionRejections.map((rejection) => ({ ...rejection })),
    };
  }

  private consume(lines: string[]): OpencodeEvent[] {
    const events: OpencodeEvent[] = [];
    for (const line of lines) {
      const event = parseLine(line);
      if (event === undefined) {
        if (line.trim() !== '') this.summaryState.ignoredLines++;
        continue;
      }
      this.apply(event);
      events.push(event);
    }
    return events;
  }

  private apply(event: OpencodeEvent): void {
    const s = this.summaryState;
    if (event.sessionID && !s.sessionId) s.sessionId = event.sessionID;
    const part = event.part ?? {};
    switch (event.type) {
      case 'text': {
        const text = str(part.text);
        if (text.trim() === '') return;
        s.texts.push(text);
        const step = str(part.messageID) || `anonymous-${++this.anonymousSteps}`;
        const texts = this.stepTexts.get(step) ?? [];
        // Re-inserting moves the step to the end of the Map's order: the latest step with text is last.
        this.stepTexts.delete(step);
        this.stepTexts.set(step, [...texts, text]);
        return;
      }
      case 'tool_use':
        return this.applyTool(part);
      case 'step_finish': {
        s.steps++;
        s.lastFinishReason = str(part.reason) || s.lastFinishReason;
        const tokens = obj(part.tokens);
        const cache = obj(tokens.cache);
        const step = {
          input: num(tokens.input),
          output: num(tokens.output),
          reasoning: num(tokens.reasoning),
          cacheRead: num(cache.read),
          cacheWrite: num(cache.write),
        };
        s.tokens.input += step.input;
        s.tokens.output += step.output;
        s.tokens.reasoning += step.reasoning;
        s.tokens.cacheRead += step.cacheRead;
        s.tokens.cacheWrite += step.cacheWrite;
        s.tokens.total +=
          typeof tokens.total === 'number'
            ? tokens.total
            : step.input + step.output + step.reasoning + step.cacheRead + step.cacheWrite;
        s.cost += num(part.cost);
        return;
      }
      case 'error': {
        const error = event.error ?? {};
        const data = obj(error.data);
        const name = str(error.name) || 'UnknownError';
        const statusCode = typeof data.statusCode === 'number' ? data.statusCode : undefined;
        s.errors.push({
          name,
          message: str(data.message) || str(error.message) || name,
          ...(statusCode === undefined ? {} : { statusCode }),
        });
        return;
      }
      default:
        return;
    }
  }

  private applyTool(part: Record<string, unknown>): void {
    const s = this.summaryState;
    const tool = str(part.tool) || 'unknown';
    const state = obj(part.state);
    const input = obj(state.input);
    const status = str(state.status) || 'unknown';
    const error = state.error === undefined ? undefined : str(state.error) || JSON.stringify(state.error);
    const summary = summarizeInput(tool, input);
    s.toolCalls.push({ tool, status, input: summary, ...(error === undefined ? {} : { error }) });
    if (status === 'completed') {
      for (const file of changedFiles(tool, input))
        if (!s.filesChanged.includes(file)) s.filesChanged.push(file);
    }
    const kind = error === undefined ? undefined : permissionKind(error);
    if (kind && error !== undefined)
      s.permissionRejections.push({ tool, kind, input: summary, message: error });
  }

  private finalText(): string {
    const steps = [...this.stepTexts.values()];
    return (steps.at(-1) ?? []).join('\n').trim();
  }
}

/** Reads a whole output at once. */
export function parseOpencodeOutput(stdout: string): OpencodeRunSummary {
  const parser = new OpencodeEventParser();
  parser.push(stdout);
  parser.end();
  return parser.summary();
}

/**
 * The permissions `run` auto-rejected, from its standard error (`! permission requested: external_directory
 * (/etc/*); auto-rejecting`): the tool result only says "rejected permission", this says which rule.
 */
export function autoRejectedPermissions(stderr: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = stderr.replace(/\u001b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/permission requested: ([^\n]*?); auto-rejecting/g)].map((m) => m[1] ?? '');
}

function parseLine(line: string): OpencodeEvent | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof (value as { type?: unknown }).type !== 'string'
    ) {
      return undefined;
    }
    const event = value as Record<string, unknown>;
    return {
      type: event.type as string,
      ...(typeof event.timestamp === 'number' ? { timestamp: event.timestamp } : {}),
      ...(typeof event.sessionID === 'string' ? { sessionID: event.sessionID } : {}),
      ...(isObject(event.part) ? { part: event.part } : {}),
      ...(isObject(event.error) ? { error: event.error } : {}),
    };
  } catch {
    return undefined;
  }
}

function summarizeInput(tool: string, input: Record<string, unknown>): string {
  const pick =
    str(input.filePath) ||
    str(input.command) ||
    str(input.pattern) ||
    str(input.url) ||
    str(input.description) ||
    (tool === 'apply_patch' ? patchFiles(str(input.patchText)).join(', ') : '');
  const text = pick || (Object.keys(input).length > 0 ? JSON.stringify(input) : '');
  return text.length > INPUT_SUMMARY_MAX ? `${text.slice(0, INPUT_SUMMARY_MAX - 1)}…` : text;
}

function changedFiles(tool: string, input: Record<string, unknown>): string[] {
  if (FILE_TOOLS.has(tool)) return str(input.filePath) ? [str(input.filePath)] : [];
  if (tool === 'apply_patch') return patchFiles(str(input.patchText));
  return [];
}

/** `*** Add File: a.ts`, `*** Update File: b.ts`, `*** Delete File: c.ts`, `*** Move to: d.ts`. */
function patchFiles(patch: string): string[] {
  const files = [...patch.matchAll(/^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm)].map(
    (m) => (m[1] ?? '').trim(),
  );
  return [...new Set(files.filter(Boolean))];
}

// The two messages OpenCode gives a model when a permission stops a tool call (PermissionRejectedError and
// PermissionDeniedError in 1.18).
function permissionKind(error: string): OpencodePermissionRejection['kind'] | undefined {
  if (error.includes('rejected permission')) return 'rejected';
  if (error.includes('specified a rule which prevents')) return 'denied';
  return undefined;
}

function emptySummary(): OpencodeRunSummary {
  return {
    finalText: '',
    texts: [],
    toolCalls: [],
    filesChanged: [],
    tokens: { input: 0, output: 0, reasoning: 0, cacheRead: 0, cacheWrite: 0, total: 0 },
    cost: 0,
    steps: 0,
    errors: [],
    permissionRejections: [],
    ignoredLines: 0,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function obj(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
