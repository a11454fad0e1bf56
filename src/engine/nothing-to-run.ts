/**
 * A plan whose every item is already done: the run is complete at once. It still writes its run files
 * (plan, status, events, summary) so `status <planId>`, the action's report and a library caller all see
 * a completed run with no subtasks, and nothing is started: no runtime, no worktree, no model.
 */
import { nothingToRunMessage } from '../plan/build-plan.js';
import type { Plan } from '../plan/types.js';
import { silentLogger } from '../util/logger.js';
import { readDepth } from './depth.js';
import { EventBus } from './event-bus.js';
import type { OrchestrateOptions } from './options.js';
import { RunFiles, resolveWorkspace, runDirOf } from './run-files.js';
import { buildStatus } from './status.js';
import type { RunResult } from './types.js';

export function nothingToRun(plan: Plan, options: OrchestrateOptions): RunResult {
  const env = options.env ?? process.env;
  const files = new RunFiles(runDirOf(resolveWorkspace(options.workspace, env), plan.planId));
  const bus = new EventBus(plan.planId);
  bus.on((event) => files.appendEvent(event));
  if (options.onEvent) bus.on(options.onEvent);
  const now = new Date().toISOString();
  const message = nothingToRunMessage(plan);
  (options.logger ?? silentLogger).info(message);
  files.writePlan(plan);
  bus.emit('plan.created', { taskDescription: plan.taskDescription, subtasks: [], workers: [] });
  bus.emit('log', { message });
  const summary = `# ${plan.taskDescription}\n\n${message}.\n`;
  files.writeSummary(summary);
  files.writeStatus(buildStatus(plan, 'completed', []));
  const result: RunResult = {
    planId: plan.planId,
    status: 'completed',
    mode: readDepth(env).sequential ? 'sequential' : 'parallel',
    runtime: 'none',
    runDir: files.dir,
    startedAt: now,
    finishedAt: now,
    durationMs: 0,
    subtasks: [],
    workers: [],
    summary,
  };
  files.writeResult(result);
  bus.emit('plan.completed', { status: 'completed', durationMs: 0 });
  return result;
}
