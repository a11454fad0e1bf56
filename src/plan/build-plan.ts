/**
 * Parsed tasks to a validated plan: ids, domains, the dependency graph's checks, and one worker per domain.
 * Pure apart from drawing a random plan id when none is given.
 */
import { randomBytes } from 'node:crypto';
import { topologicalOrder, validateGraph } from '../graph/dag.js';
import { EmptyPlanError, InputError, OptionError } from '../util/errors.js';
import { DomainRegistry, normalizeDomainName } from './domains.js';
import { AutoIdCollisionError } from './errors.js';
import { checkSubtaskCount, directLimit, SUBTASK_LIMITS } from './limits.js';
import { isPlanId } from './plan-id.js';
import { checkTaskId } from './parse/task-id.js';
import { workerName, type ParsedInput, type Plan, type Subtask, type WorkerPlan } from './types.js';

export interface BuildPlanOptions {
  /** Known domains; the shared default if absent. Never modified: custom domains go to a clone. */
  registry?: DomainRegistry;
  maxSubtasks?: number;
  /** Lowercase letters, digits and `-` (it becomes part of container and branch names); random if absent. */
  planId?: string;
  /** The request as the user gave it; derived from the tasks if absent. */
  taskDescription?: string;
}

/**
 * Throws an `InputError` subclass, before anything runs, for: an empty list, more than `maxSubtasks`, a bad
 * or colliding id, a bad domain name, a duplicate/unknown/self dependency, or a cycle (with its path).
 */
export function buildPlan(parsed: ParsedInput, options: BuildPlanOptions = {}): Plan {
  const max = directLimit(options.maxSubtasks);
  if (!Number.isInteger(max) || max < 1)
    throw new OptionError('maxSubtasks', max, 'a whole number of at least 1');
  const planId = options.planId ?? randomBytes(4).toString('hex');
  if (!isPlanId(planId))
    throw new OptionError('planId', planId, 'lowercase letters, digits and "-", 1-64 long');

  const raws = parsed.tasks;
  if (raws.length === 0 && (parsed.alreadyDone ?? 0) > 0) return completePlan(parsed, planId, options);
  if (raws.length === 0) throw new EmptyPlanError(emptyDetail(parsed));
  checkSubtaskCount(raws.length, max);

  const ids = assignIds(raws.map((r) => r.id));
  // Explicit domains are registered before any detection, so a custom domain's name also attracts the
  // other tasks that mention it, whatever their order.
  const registry = (options.registry ?? DomainRegistry.default).clone();
  const explicit = raws.map((r) => (r.domain === undefined ? undefined : normalizeDomainName(r.domain)));
  for (const domain of explicit) if (domain !== undefined && !registry.has(domain)) registry.register(domain);

  const subtasks: Subtask[] = raws.map((raw, i) => {
    const description = raw.description.trim();
    if (description.length === 0)
      throw new OptionError(`description of task ${i + 1}`, raw.description, 'text');
    if (description.length > SUBTASK_LIMITS.descriptionChars) {
      throw new InputError(
        `The description of task ${ids[i]} is ${description.length} characters long; the limit is ` +
          `${SUBTASK_LIMITS.descriptionChars} (longer instructions belong in a plan file, under the task's item)`,
      );
    }
    const subtask: Subtask = {
      id: ids[i]!,
      description,
      domain: explicit[i] ?? registry.detect(description),
      dependsOn: [...new Set(raw.dependsOn.map((d) => d.trim()))],
      skills: [...new Set(raw.skills.map((s) => s.trim()).filter((s) => s.length > 0))],
    };
    if (raw.line !== undefined) subtask.line = raw.line;
    if (raw.lineText !== undefined) subtask.lineText = raw.lineText;
    if (raw.context !== undefined) subtask.context = raw.context;
    if (raw.phase !== undefined) subtask.phase = raw.phase;
    if (raw.story !== undefined) subtask.story = raw.story;
    if (raw.reasons !== undefined) subtask.reasons = { ...raw.reasons };
    return subtask;
  });
  validateGraph(subtasks);

  const plan: Plan = {
    planId,
    taskDescription: options.taskDescription ?? defaultDescription(parsed, subtasks),
    subtasks,
    workers: groupWorkers(subtasks),
  };
  return withFileFacts(plan, parsed);
}

function withFileFacts(plan: Plan, parsed: ParsedInput): Plan {
  if (parsed.source) plan.source = parsed.source;
  if (parsed.alreadyDone) plan.alreadyDone = parsed.alreadyDone;
  if (parsed.phases && parsed.phases.length > 0) plan.phases = [...parsed.phases];
  if (parsed.warnings && parsed.warnings.length > 0) plan.warnings = [...parsed.warnings];
  return plan;
}

/** A plan whose every item is done: nothing to run, and that is a success, not an input error. */
function completePlan(parsed: ParsedInput, planId: string, options: BuildPlanOptions): Plan {
  const plan: Plan = {
    planId,
    taskDescription: options.taskDescription ?? defaultDescription(parsed, []),
    subtasks: [],
    workers: [],
  };
  return withFileFacts(plan, parsed);
}

/** What a plan with no subtasks says: `plan complete: nothing to run (…)`. */
export function nothingToRunMessage(plan: Plan): string {
  const where = plan.source ? ` in ${plan.source.file}` : '';
  return `plan complete: nothing to run (${plan.alreadyDone ?? 0} item(s) already done${where})`;
}

/**
 * Explicit ids are kept; a task without one gets `t<position>` (1-based), the same id the planner format
 * gives by index, so `depends_on: t2` always means the second task. An explicit `tN` on another task than
 * the N-th, while the N-th has no id of its own, is refused rather than renumbering anyone.
 */
function assignIds(explicit: ReadonlyArray<string | undefined>): string[] {
  const checked = explicit.map((id) => (id === undefined ? undefined : checkTaskId(id)));
  checked.forEach((id, i) => {
    const auto = id === undefined ? undefined : /^t([1-9]\d*)$/.exec(id);
    if (!auto) return;
    const position = Number(auto[1]);
    if (position !== i + 1 && position <= checked.length && checked[position - 1] === undefined) {
      throw new AutoIdCollisionError(id!, i + 1, position);
    }
  });
  return checked.map((id, i) => id ?? `t${i + 1}`);
}

/** One worker per domain in order of first appearance, each running its subtasks in a topological order. */
function groupWorkers(subtasks: readonly Subtask[]): WorkerPlan[] {
  const byDomain = new Map<string, string[]>();
  for (const s of subtasks) if (!byDomain.has(s.domain)) byDomain.set(s.domain, []);
  const domainOf = new Map(subtasks.map((s) => [s.id, s.domain] as const));
  for (const id of topologicalOrder(subtasks)) byDomain.get(domainOf.get(id)!)!.push(id);
  return [...byDomain].map(([domain, ids]) => ({ name: workerName(domain), domain, subtasks: ids }));
}

function emptyDetail(parsed: ParsedInput): string {
  if (!parsed.source) return 'no tasks were given';
  const done = parsed.alreadyDone ?? 0;
  return `${parsed.source.file} has no open tasks${done > 0 ? ` (${done} already done)` : ''}`;
}

function defaultDescription(parsed: ParsedInput, subtasks: readonly Subtask[]): string {
  return parsed.source ? `execute ${parsed.source.file}` : subtasks.map((s) => s.description).join('; ');
}

/**
 * The contract's `orchestrate plan --json` shape (and `plan.json` of a run): `{planId, subtasks: [{id,
 * description, domain, dependsOn, skills}], workers}`, with optional fields added where a plan file says more
 * (a task's phase, story, details and the reasons for its edges; the plan's phases and done count).
 */
export interface PlanJson {
  planId: string;
  subtasks: Array<{
    id: string;
    description: string;
    domain: string;
    dependsOn: string[];
    skills: string[];
    phase?: string;
    story?: string;
    context?: string;
    reasons?: Record<string, string>;
  }>;
  workers: Array<{ name: string; domain: string; subtasks: string[] }>;
  phases?: string[];
  alreadyDone?: number;
  complete?: boolean;
}

export function planToJson(plan: Plan): PlanJson {
  const json: PlanJson = {
    planId: plan.planId,
    subtasks: plan.subtasks.map((s) => ({
      id: s.id,
      description: s.description,
      domain: s.domain,
      dependsOn: [...s.dependsOn],
      skills: [...s.skills],
      ...(s.phase !== undefined ? { phase: s.phase } : {}),
      ...(s.story !== undefined ? { story: s.story } : {}),
      ...(s.context !== undefined ? { context: s.context } : {}),
      ...(s.reasons !== undefined ? { reasons: { ...s.reasons } } : {}),
    })),
    workers: plan.workers.map((w) => ({ name: w.name, domain: w.domain, subtasks: [...w.subtasks] })),
  };
  if (plan.phases) json.phases = [...plan.phases];
  if (plan.alreadyDone !== undefined) json.alreadyDone = plan.alreadyDone;
  if (plan.subtasks.length === 0) json.complete = true;
  return json;
}
