/**
 * The files of a run (docs/interface.md, Files of a run), under `<workspace>/runs/<planId>/`. Every write leaves valid
 * files behind if the process dies at any moment: JSON files are replaced atomically, the event log is
 * appended one whole line per write.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plan } from '../plan/types.js';
import { planToJson } from '../plan/build-plan.js';
import { writeFileAtomic } from '../util/fs-atomic.js';
import { STATUS_FILE } from './status.js';
import type { OrchestratorEvent, WorkerResult } from './types.js';

export function resolveWorkspace(workspace: string | undefined, env: NodeJS.ProcessEnv): string {
  return resolve(workspace ?? env.ORCH_WORKSPACE ?? join(homedir(), '.opencode-orchestrator'));
}

export function runDirOf(workspace: string, planId: string): string {
  return join(workspace, 'runs', planId);
}

export class RunFiles {
  readonly eventLog: string;
  readonly promptsDir: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.promptsDir = join(dir, 'prompts');
    mkdirSync(this.promptsDir, { recursive: true });
    this.eventLog = join(dir, 'event_log.jsonl');
  }

  writePlan(plan: Plan): void {
    writeFileAtomic(join(this.dir, 'plan.json'), `${JSON.stringify(planToJson(plan), null, 2)}\n`);
  }

  /** The status JSON of `orchestrate status`, rewritten as the run progresses. */
  writeStatus(status: object): void {
    writeFileAtomic(join(this.dir, STATUS_FILE), `${JSON.stringify(status, null, 2)}\n`);
  }

  appendEvent(event: OrchestratorEvent): void {
    appendFileSync(this.eventLog, `${JSON.stringify(event)}\n`);
  }

  /** The full prompt of one subtask (ORCH_PROMPT_FILE); returns its path. */
  writeTaskPrompt(taskId: string, prompt: string): string {
    const path = join(this.promptsDir, `${taskId}.md`);
    writeFileAtomic(path, prompt);
    return path;
  }

  /** `worker-<domain>_prompt.md` collects the prompts of that worker's subtasks as they start. */
  appendWorkerPrompt(domain: string, taskId: string, prompt: string): void {
    appendFileSync(join(this.dir, `worker-${domain}_prompt.md`), `<!-- subtask ${taskId} -->\n${prompt}\n\n`);
  }

  writeWorkerResult(result: WorkerResult): void {
    writeFileAtomic(
      join(this.dir, `worker-${result.domain}_result.json`),
      `${JSON.stringify(result, null, 2)}\n`,
    );
  }

  writeSummary(markdown: string): void {
    writeFileAtomic(join(this.dir, 'summary.md'), markdown);
  }

  /** The JSON the CLI's `run --json` prints, kept with the run. */
  writeResult(result: object): void {
    writeFileAtomic(join(this.dir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
}
