/**
 * Form 4, plan files: recognising `execute <path>`, `execute tasks from <path>` or a lone `*.md|yaml|yml|json`
 * argument, then reading the file through the caller's `readFile` (the only I/O of parsing).
 */
import { extname, resolve } from 'node:path';
import type { DomainRegistry } from '../domains.js';
import type { ParsedInput } from '../types.js';
import { errorMessage, PlanFileError } from '../../util/errors.js';
import { parseMarkdownPlan } from './markdown.js';
import { unquote } from './split.js';
import { parseStructuredPlan } from './structured-file.js';

export interface ParseIo {
  readFile(path: string): string;
  /** Relative plan paths resolve against this. */
  cwd: string;
}

const PLAN_EXTENSION = /\.(?:md|markdown|ya?ml|json)$/i;
const EXECUTE = /^execute\s+(?:tasks\s+from\s+)?([\s\S]+)$/i;

/**
 * The plan file path an input names, or undefined when it is not a plan-file input.
 *
 * `execute X` takes X as a path when it is quoted, ends in a plan extension, or is one word with a `/`
 * (so `execute plans/auth` reports a clear error); otherwise (`Execute the migration, deploy`) the input
 * is a task list. A lone argument is a plan path only when it is one word ending in a plan extension, so
 * `Update README.md` stays a task.
 */
export function planFileArgument(args: readonly string[]): string | undefined {
  const parts = args.map((a) => a.trim()).filter((a) => a.length > 0);
  const joined = parts.join(' ');
  const execute = EXECUTE.exec(joined);
  if (execute) {
    const raw = execute[1]!.trim();
    const path = stripBackticks(unquote(raw));
    const quoted = path !== raw;
    if (
      path.length > 0 &&
      (quoted || PLAN_EXTENSION.test(path) || (!/\s/.test(path) && path.includes('/')))
    ) {
      return path;
    }
    return undefined;
  }
  if (parts.length === 1) {
    const only = stripBackticks(unquote(parts[0]!));
    if (!/\s/.test(only) && PLAN_EXTENSION.test(only)) return only;
  }
  return undefined;
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
  const file = resolve(io.cwd, path);
  const ext = extname(path).toLowerCase();
  const kind = ext === '.md' || ext === '.markdown' ? 'markdown' : ext === '.json' ? 'json' : 'yaml';
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    throw new PlanFileError(path, undefined, readFailure(error));
  }
  if (kind === 'markdown') return { ...parseMarkdownPlan(text, path, registry), source: { kind, file } };
  return { tasks: parseStructuredPlan(text, path, kind, registry), source: { kind, file } };
}

function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'cannot read the plan file: no such file';
  if (code === 'EISDIR') return 'cannot read the plan file: it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the plan file: permission denied';
  return `cannot read the plan file: ${errorMessage(error)}`;
}
