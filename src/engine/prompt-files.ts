/**
 * The prompt-files fallback: when no runtime or agent can run, write every subtask's prompt so a person can
 * run them by hand, in dependency order, and say how.
 */
import { topologicalOrder } from '../graph/dag.js';
import type { Plan } from '../plan/types.js';
import { buildSubtaskPrompt } from './prompt.js';
import type { RunFiles } from './run-files.js';

export function writePromptFiles(plan: Plan, files: RunFiles): string {
  const lines = [`Prompt files for plan ${plan.planId} (nothing was run). Run them in this order:`];
  const byId = new Map(plan.subtasks.map((s) => [s.id, s] as const));
  for (const id of topologicalOrder(plan.subtasks)) {
    const task = byId.get(id)!;
    const deps = task.dependsOn.map((d) => ({
      id: d,
      description: byId.get(d)!.description,
      result: `(paste the result of subtask ${d} here)`,
    }));
    const prompt = buildSubtaskPrompt(plan, task, deps);
    const path = files.writeTaskPrompt(id, prompt);
    files.appendWorkerPrompt(task.domain, id, prompt);
    lines.push(`  opencode run < ${path}    # ${id} (${task.domain})`);
  }
  lines.push(`Each worker's prompts together: ${files.dir}/worker-<domain>_prompt.md`);
  return lines.join('\n');
}
