/**
 * Names shared by action.yml, the inputs module, the outputs and the post step. Keyed exactly like action.yml
 * so a rename shows up in one place.
 */

export const Inputs = {
  Tasks: 'tasks',
  PlanFile: 'plan-file',
  GithubToken: 'github-token',
  Runtime: 'runtime',
  Agent: 'agent',
  AgentCommand: 'agent-command',
  Model: 'model',
  MaxSubtasks: 'max-subtasks',
  Concurrency: 'concurrency',
  SubtaskTimeout: 'subtask-timeout',
  MaxDepth: 'max-depth',
  Workspace: 'workspace',
  Env: 'env',
  AllowedBots: 'allowed-bots',
  Planner: 'planner',
  Image: 'image',
  AllowUnsandboxedLocal: 'allow-unsandboxed-local',
  PullRequest: 'pull-request',
  Mode: 'mode',
  WorkerWorkflow: 'worker-workflow',
  WorkerStartTimeout: 'worker-start-timeout',
} as const;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

export const Outputs = {
  PlanId: 'plan-id',
  Status: 'status',
  Summary: 'summary',
  ResultsDir: 'results-dir',
  CommentUrl: 'comment-url',
  Branch: 'branch',
  PullRequestUrl: 'pull-request-url',
  Tokens: 'tokens',
  CostUsd: 'cost-usd',
} as const;

/** core.saveState keys: how the post step knows it is the post step, and what to clean up. */
export const State = {
  IsPost: 'isPost',
  PlanIds: 'planIds',
  /** The plans whose run the main step reported to the end (status comment, artifact). */
  Reported: 'reported',
} as const;

/** Environment knobs of the action itself (not inputs: tests and operators set them, workflows need not). */
export const EnvKnobs = {
  /** Least time between two in-place updates of the status comment (the final state is always written). */
  StatusMinIntervalMs: 'ORCH_STATUS_MIN_INTERVAL_MS',
  /** Base delay of GitHub API retries, in ms (GitHub's own advice is 1 s; tests shorten it). */
  GithubRetryBaseMs: 'ORCH_GITHUB_RETRY_BASE_MS',
  Workspace: 'ORCH_WORKSPACE',
} as const;

export const DEFAULT_STATUS_MIN_INTERVAL_MS = 5_000;
export const DEFAULT_GITHUB_RETRY_BASE_MS = 1_000;
/** Rate-limit retries before a call is given up (the run never waits on GitHub for long). */
export const RATE_LIMIT_RETRIES = 2;
/** 5xx / network retries of one call. */
export const SERVER_ERROR_RETRIES = 3;

export const COMMAND_ORCHESTRATE = '/orchestrate';
export const COMMAND_PLAN_STATUS = '/plan-status';
export const ARTIFACT_PREFIX = 'orchestrate-';
/** GitHub refuses comment bodies over 65536 characters. */
export const MAX_COMMENT_CHARS = 65_000;
