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
import { jsonErrorOffset } from './json-error-offset.js';
import { rawTasksFromPlannerArray } from './planner-array.js';
import { rawTasksFromTasksObject } from './tasks-object.js';

export function parseStructuredPlan(
  text: string,
  file: string,
  kind: 'yaml' | 'json',
  registry: DomainRegistry,
): RawTask[] {
  const source = text.replace(/^\uFEFF/, '');
  const value = kind === 'json' ? parseJson(source, file) : parseYaml(source, file);
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

/** The line of a JSON syntax error: from our own scanner, else from what this Node's message says. */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const offset = jsonErrorOffset(text);
  if (offset !== undefined) return lineAt(text, offset);
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/end of JSON input/i.test(message)) return lineAt(text, text.length);
  return undefined;
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
