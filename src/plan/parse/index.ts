/**
 * Every task input form to a `ParsedInput`. Plan files are read through `io.readPlanFile`; everything else
 * is pure. All refusals are `InputError`s.
 */
import { DomainRegistry } from '../domains.js';
import type { ParsedInput } from '../types.js';
import { planFileArgument, readPlanFile, type ParseIo } from './plan-file.js';
import { parseTextInput } from './text.js';
import { revealBidi } from './visible-text.js';

export type { ParseIo } from './plan-file.js';
export { planFileArgument } from './plan-file.js';
export { parseTaskList, parseTextInput } from './text.js';
export { parseMarkdownPlan } from './markdown.js';
export {
  plannerTaskSchema,
  plannerTasksSchema,
  rawTasksFromPlannerArray,
  type PlannerTask,
} from './planner-array.js';
export { rawTasksFromTasksObject, tasksObjectSchema } from './tasks-object.js';

export interface ParseOptions {
  /** Known domains, for `name:` prefixes, markdown headings and the planner's `agent`; the shared default if absent. */
  registry?: DomainRegistry;
}

export function parseInput(args: readonly string[], io: ParseIo, options: ParseOptions = {}): ParsedInput {
  const registry = options.registry ?? DomainRegistry.default;
  const file = planFileArgument(args);
  if (file !== undefined) return readPlanFile(file, io, registry);
  const warnings: string[] = [];
  const visible = args.map((arg, i) => {
    const shown = revealBidi(arg, `argument ${i + 1}`);
    warnings.push(...shown.warnings);
    return shown.text;
  });
  const parsed = parseTextInput(visible, registry);
  return warnings.length > 0 ? { ...parsed, warnings } : parsed;
}
