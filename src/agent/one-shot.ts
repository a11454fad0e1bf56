/**
 * One OpenCode session outside the plan's subtasks: the LLM planner and the synthesis. It runs on the same
 * runtime as the workers (on the host, or in a container from the worker image), in a directory of its own
 * under the run's files that defines an OpenCode agent (`.opencode/agent/<name>.md`) whose system prompt is
 * ours and whose tools are off: a planner or a synthesizer only answers in text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime, WorkerSpec } from '../runtime/types.js';
import { OpencodeAgent, type OpencodeAgentOptions } from './opencode.js';
import type { AgentVerdict } from './types.js';

export interface OneShotSession {
  /** `planner` or `synthesis`: names the directory, the worker (`omo-<role>`) and the OpenCode agent. */
  role: string;
  systemPrompt: string;
  runtime: Runtime;
  agentOptions: OpencodeAgentOptions;
  /** The worker spec to start from (plan id, depth, env, run dir); name, domain and workdir are set here. */
  spec: Omit<WorkerSpec, 'name' | 'domain' | 'workdir'>;
}

export interface OneShotRunner {
  /** Asks once; every prompt and answer is kept as `<dir>/<label>.md` / `<label>.answer.txt`. */
  ask(label: string, prompt: string, signal: AbortSignal): Promise<AgentVerdict>;
  close(): Promise<void>;
}

export async function openOneShot(session: OneShotSession): Promise<OneShotRunner> {
  const dir = join(session.spec.runDir, session.role);
  const agentName = `orchestrate-${session.role}`;
  mkdirSync(join(dir, '.opencode', 'agent'), { recursive: true });
  writeFileSync(
    join(dir, '.opencode', 'agent', `${agentName}.md`),
    [
      '---',
      `description: orchestrate-action ${session.role}`,
      'mode: primary',
      'tools:',
      ...['write', 'edit', 'bash', 'patch', 'webfetch', 'task', 'todowrite'].map((t) => `  ${t}: false`),
      '---',
      session.systemPrompt,
      '',
    ].join('\n'),
  );
  const agent = new OpencodeAgent({
    ...session.agentOptions,
    agentName,
    permission: { edit: 'deny', bash: 'deny', webfetch: 'deny', external_directory: 'deny' },
  });
  const worker = await session.runtime.startWorker({
    ...session.spec,
    name: `omo-${session.role}`,
    domain: session.role,
    workdir: dir,
  });
  return {
    async ask(label, prompt, signal) {
      const promptFile = join(dir, `${label}.md`);
      writeFileSync(promptFile, prompt);
      const invocation = agent.invocation({
        taskId: label,
        description: session.role,
        domain: session.role,
        promptFile,
        workdir: dir,
      });
      const outcome = await worker.run({ taskId: label, ...invocation }, signal);
      const verdict = agent.interpret(outcome);
      writeFileSync(join(dir, `${label}.answer.txt`), verdict.result || verdict.error || '');
      return verdict;
    },
    close: () => worker.stop(),
  };
}
