/**
 * The prompt a worker's agent receives for one subtask. Pure: the same plan and dependency results always
 * give the same text. It states the worker's domain role, the subtask, what its plan file says about it
 * (the item's body), its skills, what it must leave to other workers, how to report, and the results of the
 * subtasks it depends on, in this form:
 *
 *   Context from previous steps:
 *   Subtask <id>: <description>
 *   Result:
 *   <result text>
 */
import type { Plan, Subtask } from '../plan/types.js';

export interface DependencyResult {
  id: string;
  description: string;
  result: string;
}

/** The dependency context block (docs/interface.md, Workers); empty when there are no dependencies. */
export function dependencyContext(deps: readonly DependencyResult[]): string {
  if (deps.length === 0) return '';
  const parts = deps.map(
    (d) => `Subtask ${d.id}: ${d.description}\nResult:\n${d.result.trim() || '(no output)'}`,
  );
  return `Context from previous steps:\n${parts.join('\n\n')}\n`;
}

export function buildSubtaskPrompt(plan: Plan, subtask: Subtask, deps: readonly DependencyResult[]): string {
  const otherDomains = [...new Set(plan.subtasks.map((s) => s.domain))].filter((d) => d !== subtask.domain);
  const lines: string[] = [
    `# Worker ${subtask.domain}: subtask ${subtask.id}`,
    '',
    `You are the ${subtask.domain} specialist among parallel workers of plan ${plan.planId}. ` +
      `Do this one subtask completely, within the ${subtask.domain} domain.`,
    '',
    '## Your subtask',
    subtask.description,
    '',
  ];
  if (subtask.context) {
    // A plan file's own words for this task (a todo's what-to-do, must-not-do, references and acceptance
    // criteria; a spec-kit phase's goal): the worker needs them as written.
    const from = plan.source
      ? ` (${plan.source.file}${subtask.line !== undefined ? `, line ${subtask.line}` : ''})`
      : '';
    lines.push(`## Details from the plan${from}`, subtask.context.trim(), '');
  }
  if (subtask.skills.length > 0) {
    lines.push('## Skills to use', ...subtask.skills.map((s) => `- ${s}`), '');
  }
  const context = dependencyContext(deps);
  if (context) lines.push(context);
  lines.push('## Boundaries');
  if (otherDomains.length > 0) {
    lines.push(
      `Other workers handle ${otherDomains.join(', ')} at the same time. Do not do their work and do not ` +
        'change files that belong to their domains; if you need something from them, say so in your report.',
    );
  }
  lines.push(
    'Work only inside the current directory. Do not push, open pull requests or change git history: the ' +
      'orchestrator commits and merges your changes.',
    '',
    '## Report',
    'End with a short report: what you did, the files you changed, and anything left undone or uncertain. ' +
      'The report is passed to the subtasks that depend on yours and into the final summary.',
    '',
  );
  return lines.join('\n');
}
