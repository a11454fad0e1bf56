/**
 * Form 4, plan files: recognising `execute <path>`, `execute tasks from <path>` or a lone `*.md|yaml|yml|json`
 * argument, then reading the file through the caller's `io` (the only I/O of parsing: the engine's reader,
 * which enforces where plans may be read from and what they may be).
 */
import { extname } from 'node:path';
import type { DomainRegistry } from '../domains.js';
import type { ParsedInput } from '../types.js';
import { InputError, PlanFileError } from '../../util/errors.js';
import { parseMarkdownPlan } from './markdown.js';
import { unquote } from './split.js';
import { parseStructuredPlan } from './structured-file.js';
import { revealBidi } from './visible-text.js';

export interface ParseIo {
  /**
   * Reads the plan file named `path` (as the user wrote it) and returns its text and the path it was read
   * from (absolute, symlinks resolved). Throws `PlanFileError` for any refusal.
   */
  readPlanFile(path: string): { text: string; file: string };
}

const PLAN_EXTENSION = /\.(?:md|markdown|ya?ml|json)$/i;
const EXECUTE = /^execute\s+(?:tasks\s+from\s+)?([\s\S]+)$/i;

/** One word ending in a plan extension, quotes and backticks around it allowed. */
const isPlanPath = (arg: string): boolean => {
  const word = stripBackticks(unquote(arg.trim()));
  return word.length > 0 && !/\s/.test(word) && PLAN_EXTENSION.test(word);
};

/**
 * The plan file path an input names, or undefined when it is not a plan-file input.
 *
 * `execute X` takes X as a path when it is quoted, ends in a plan extension, or is one word with a `/`
 * (so `execute plans/auth` reports a clear error); otherwise (`Execute the migration, deploy`) the input
 * is a task list. A lone argument is a plan path only when it is one word ending in a plan extension, so
 * `Update README.md` stays a task. Several plan paths are refused: they would otherwise become one task made
 * of file names.
 */
export function planFileArgument(args: readonly string[]): string | undefined {
  const parts = args.map((a) => a.trim()).filter((a) => a.length > 0);
  const joined = parts.join(' ');
  const execute = EXECUTE.exec(joined);
  if (execute) {
    const raw = execute[1]!.trim();
    const path = stripBackticks(unquote(raw));
    const quoted = path !== raw;
    if (!quoted) refuseSeveral(raw.split(/\s+/));
    if (
      path.length > 0 &&
      (quoted || PLAN_EXTENSION.test(path) || (!/\s/.test(path) && path.includes('/')))
    ) {
      return path;
    }
    return undefined;
  }
  if (parts.length > 1) {
    refuseSeveral(parts);
    return undefined;
  }
  if (parts.length === 1 && isPlanPath(parts[0]!)) return stripBackticks(unquote(parts[0]!));
  return undefined;
}

/** Every part a plan path: several plans in one request, which would otherwise become one task of names. */
function refuseSeveral(parts: readonly string[]): void {
  if (parts.length < 2 || !parts.every(isPlanPath)) return;
  throw new InputError(
    `Several plan files given (${parts.join(', ')}): run one plan at a time ` +
      `(the action's plan-file input takes a glob and runs one plan per file)`,
  );
}

// A comment often writes the path as code: `execute `plan.md``.
const stripBackticks = (s: string): string => (/^`[^`]+`$/.test(s) ? s.slice(1, -1).trim() : s);

/** Reads and parses a plan file; every problem is a `PlanFileError` naming `path` as the user wrote it. */
export function readPlanFile(path: string, io: ParseIo, registry: DomainRegistry): ParsedInput {
  if (!PLAN_EXTENSION.test(path)) {
    throw new PlanFileError(
      path,
      undefined,
      'unsupported plan file type; expected .md, .yaml, .yml or .json',
    );
  }
  const ext = extname(path).toLowerCase();
  const kind = ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.json' ? 'json' : 'yaml';
  const { text: raw, file } = io.readPlanFile(path);
  const { text, warnings } = revealBidi(raw, path);
  const parsed: ParsedInput =
    kind === 'markdown'
      ? parseMarkdownPlan(text, path, registry)
      : { tasks: parseStructuredPlan(text, path, kind, registry) };
  const all = [...warnings, ...(parsed.warnings ?? [])];
  return { ...parsed, source: { kind, file }, ...(all.length > 0 ? { warnings: all } : {}) };
}
