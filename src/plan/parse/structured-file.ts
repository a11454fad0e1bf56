/**
 * YAML and JSON plan files: parse, pick the form (an array is the planner's format, an object the `tasks:`
 * form), validate, and turn any problem into `PlanFileError(file, line, detail)`. Lines of validation errors
 * come from the `yaml` package's node positions, for JSON too (JSON is YAML), so both forms point at the task.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { DomainRegistry } from '../domains.js';
import { PlanFormatError, type ValuePath } from '../errors.js';
import type { RawTask } from '../types.js';
import { errorMessage, PlanFileError } from '../../util/errors.js';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { rawTasksFromPlannerArray } from './planner-array.js';
import { rawTasksFromTasksObject } from './tasks-object.js';

/** Far beyond any real plan (3-4 levels), far below what exhausts the stack of the parsers and validators. */
const MAX_NESTING = 64;

/**
 * How deep a JSON or YAML text nests, estimated in one pass: brackets outside quoted strings, plus for YAML
 * block sequences (`- - - x`) and indentation steps. Linear; an estimate, with the parse guarded as well.
 */
export function nestingDepth(text: string): number {
  let max = 0;
  let flow = 0;
  let quote: string | undefined;
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '\n') {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        block += 0.5;
        continue;
      }
      if (c === '-' && text[i + 1] === ' ') {
        block++;
        i++;
        continue;
      }
      lineStart = false;
      max = Math.max(max, Math.ceil(block) + flow);
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') max = Math.max(max, ++flow + Math.ceil(block));
    else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return Math.max(max, Math.ceil(block) + flow);
}

export function parseStructuredPlan(
  text: string,
  file: string,
  kind: 'yaml' | 'json',
  registry: DomainRegistry,
): RawTask[] {
  const source = text.replace(/^\uFEFF/, '');
  const depth = nestingDepth(source);
  if (depth > MAX_NESTING) {
    throw new PlanFileError(
      file,
      undefined,
      `the plan nests ${depth} levels deep; a plan nests a few levels, and the limit is ${MAX_NESTING}`,
    );
  }
  let value: unknown;
  try {
    value = kind === 'json' ? parseJson(source, file) : parseYaml(source, file);
  } catch (error) {
    // Whatever the estimate above missed: a recursion that ran out of stack is still the file's nesting.
    if (error instanceof RangeError)
      throw new PlanFileError(file, undefined, 'the plan nests too deep to read');
    throw error;
  }
  if (value === null || value === undefined)
    throw new PlanFileError(file, undefined, 'the plan file is empty');
  try {
    return Array.isArray(value) ? rawTasksFromPlannerArray(value, registry) : rawTasksFromTasksObject(value);
  } catch (error) {
    if (error instanceof PlanFormatError)
      throw new PlanFileError(file, lineOf(source, error.path), error.message);
    throw error;
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PlanFileError(
      file,
      jsonErrorLine(text, errorMessage(error)),
      `invalid JSON: ${errorMessage(error)}`,
    );
  }
}

/**
 * The line of a JSON syntax error: where jsonc-parser (VS Code's JSON parser, strict here: no comments, no
 * trailing commas) finds the first one, else what this Node's message says.
 */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const offset = firstJsonError(text);
  if (offset !== undefined) return lineAt(text, offset);
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/end of JSON input/i.test(message)) return lineAt(text, text.length);
  return undefined;
}

function firstJsonError(text: string): number | undefined {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  } catch {
    return undefined; // Too deep for it as well: the message's position, if any, is all there is.
  }
  return errors[0]?.offset;
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

function parseYaml(text: string, file: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    // The pretty message repeats the position and quotes the source; the file:line prefix already says where.
    const detail = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new PlanFileError(file, first.linePos?.[0].line, `invalid YAML: ${detail}`);
  }
  try {
    // A small alias budget refuses "billion laughs" documents instead of expanding them.
    return doc.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    throw new PlanFileError(file, undefined, `invalid YAML: ${errorMessage(error)}`);
  }
}

/** The line of the deepest node of `path` that exists (a missing key points at its object). */
function lineOf(text: string, path: ValuePath): number | undefined {
  let doc: Document;
  const lineCounter = new LineCounter();
  try {
    doc = parseDocument(text, { lineCounter });
  } catch {
    return undefined;
  }
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: unknown } | null | undefined)?.range;
  return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : undefined;
}
