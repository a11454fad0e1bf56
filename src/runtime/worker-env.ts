/**
 * The environment a worker gets (docs/interface.md, Workers): the orchestration variables, the caller's
 * OPENCODE_* configuration, the variables the caller named with `--env`, the basics, and nothing else.
 * No token reaches a worker unless it is named.
 */
const BASICS = ['PATH', 'HOME', 'LANG', 'TERM', 'TZ'] as const;

export interface WorkerEnvInput {
  callerEnv: NodeJS.ProcessEnv;
  /** Names passed with `--env NAME`; a name the caller does not have is skipped. */
  envNames: readonly string[];
  depth: number;
  maxDepth: number;
  workerName: string;
  planId: string;
}

export function workerEnvironment(input: WorkerEnvInput): Record<string, string> {
  const env: Record<string, string> = {};
  const { callerEnv } = input;
  for (const name of BASICS) {
    const value = callerEnv[name];
    if (value !== undefined) env[name] = value;
  }
  for (const [name, value] of Object.entries(callerEnv)) {
    if (name.startsWith('OPENCODE_') && value !== undefined) env[name] = value;
  }
  for (const name of input.envNames) {
    const value = callerEnv[name];
    if (value !== undefined) env[name] = value;
  }
  env.ORCH_DEPTH = String(input.depth);
  env.ORCH_MAX_DEPTH = String(input.maxDepth);
  env.ORCH_WORKER_NAME = input.workerName;
  env.ORCH_PLAN_ID = input.planId;
  return env;
}

/** The environment of a worker of one run, from the run's caller environment, `--env` names and depth. */
export function runWorkerEnv(
  run: {
    callerEnv: NodeJS.ProcessEnv;
    envNames?: readonly string[];
    depth: number;
    maxDepth: number;
    planId: string;
  },
  workerName: string,
): Record<string, string> {
  return workerEnvironment({
    callerEnv: run.callerEnv,
    envNames: run.envNames ?? [],
    depth: run.depth + 1,
    maxDepth: run.maxDepth,
    workerName,
    planId: run.planId,
  });
}
