/** `orchestrate plan <input…> [--json]`: parse, validate and show the plan without running anything. */
import { Option, type Command } from 'commander';
import type { PlannerKind } from '../../engine/options.js';
import { SUBTASK_LIMITS } from '../../plan/limits.js';
import { OptionError } from '../../util/errors.js';
import { stderrLogger } from '../../util/logger.js';

interface PlanOptions {
  json?: boolean;
  maxSubtasks?: string;
  planner?: PlannerKind;
  model?: string;
  runtime?: 'docker' | 'local';
}
import { criticalPath, topologicalWaves } from '../../graph/dag.js';
import { createPlan } from '../../engine/create-plan.js';
import { nothingToRunMessage, planToJson } from '../../plan/build-plan.js';
import { shouldOrchestrate } from '../../plan/heuristic.js';
import type { Plan } from '../../plan/types.js';

export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('parse and validate the input, print the plan (nothing runs)')
    .argument('<input...>', 'tasks in any input form, or a plan file')
    .option('--json', 'print the plan as JSON')
    .option('--max-subtasks <n>', 'most subtasks a plan may have')
    .addOption(
      new Option('--planner <planner>', 'how free text becomes subtasks').choices(['llm', 'keyword', 'auto']),
    )
    .option('--model <provider/model>', 'model of the LLM planner')
    .addOption(
      new Option('--runtime <runtime>', 'where the LLM planner runs')
        .choices(['docker', 'local'])
        .default('local'),
    )
    .action(async (input: string[], opts: PlanOptions) => {
      const maxSubtasks = opts.maxSubtasks === undefined ? undefined : Number(opts.maxSubtasks);
      if (
        maxSubtasks !== undefined &&
        (!Number.isInteger(maxSubtasks) || maxSubtasks < 1 || maxSubtasks > SUBTASK_LIMITS.ceiling)
      ) {
        throw new OptionError(
          '--max-subtasks',
          opts.maxSubtasks,
          `a whole number from 1 to ${SUBTASK_LIMITS.ceiling}`,
        );
      }
      const plan = await createPlan(input, {
        maxSubtasks,
        planner: opts.planner,
        model: opts.model,
        runtime: opts.runtime,
        logger: stderrLogger(),
      });
      if (opts.json) console.log(JSON.stringify(planToJson(plan), null, 2));
      else console.log(renderPlan(plan));
    });
}

export function renderPlan(plan: Plan): string {
  if (plan.subtasks.length === 0) return `Plan ${plan.planId}: ${nothingToRunMessage(plan)}`;
  const idWidth = Math.max(...plan.subtasks.map((s) => s.id.length), 2);
  const domainWidth = Math.max(...plan.subtasks.map((s) => s.domain.length), 6);
  const lines = [`Plan ${plan.planId}: ${plan.subtasks.length} subtasks, ${plan.workers.length} workers`, ''];
  for (const s of plan.subtasks) {
    const deps = s.dependsOn.length > 0 ? `  (after ${s.dependsOn.join(', ')})` : '';
    const skills = s.skills.length > 0 ? `  [skills: ${s.skills.join(', ')}]` : '';
    lines.push(
      `  ${s.id.padEnd(idWidth)}  ${s.domain.padEnd(domainWidth)}  ${s.description}${deps}${skills}`,
    );
  }
  if (plan.phases && plan.phases.length > 0) {
    lines.push('', 'Phases (in run order):');
    for (const phase of plan.phases) {
      const ids = plan.subtasks.filter((s) => s.phase === phase).map((s) => s.id);
      lines.push(`  ${phase}: ${ids.length > 0 ? ids.join(' ') : 'all done'}`);
    }
  }
  const reasons = plan.subtasks.flatMap((s) => Object.values(s.reasons ?? {}));
  if (reasons.length > 0) lines.push('', 'Why each edge:', ...reasons.map((r) => `  ${r}`));
  lines.push('', 'Workers:');
  for (const w of plan.workers) lines.push(`  ${w.name}: ${w.subtasks.join(' → ')}`);
  const waves = topologicalWaves(plan.subtasks);
  lines.push('', `Waves: ${waves.map((w) => `[${w.join(' ')}]`).join(' → ')}`);
  const cp = criticalPath(plan.subtasks);
  lines.push(`Critical path: ${cp.path.join(' → ')} (${cp.length} step${cp.length === 1 ? '' : 's'})`);
  const advice = shouldOrchestrate(plan.subtasks);
  lines.push(
    '',
    `Recommendation: ${advice.recommended ? 'orchestrate in parallel' : 'a single agent may do as well'}`,
    ...advice.reasons.map((r) => `  - ${r}`),
  );
  return lines.join('\n');
}
