/**
 * The auto-activation heuristic: orchestrate when there are 3+ tasks over 2+ domains with no
 * dependencies between them. Every rule reports, passed or not, so a caller can say why.
 */
import type { Plan, Subtask } from './types.js';

export interface OrchestrateAdvice {
  recommended: boolean;
  reasons: string[];
}

type TaskLike = Pick<Subtask, 'id' | 'domain' | 'dependsOn'>;

export const MIN_TASKS = 3;
export const MIN_DOMAINS = 2;

export function shouldOrchestrate(input: Plan | readonly TaskLike[]): OrchestrateAdvice {
  const tasks: readonly TaskLike[] = isPlan(input) ? input.subtasks : input;
  const domains = [...new Set(tasks.map((t) => t.domain))];
  const dependent = tasks.filter((t) => t.dependsOn.length > 0).map((t) => t.id);
  const rules: Array<[boolean, string]> = [
    [tasks.length >= MIN_TASKS, `${count(tasks.length, 'task')} (needs ${MIN_TASKS} or more)`],
    [
      domains.length >= MIN_DOMAINS,
      `${count(domains.length, 'domain')}${domains.length > 0 ? ` (${domains.join(', ')})` : ''} ` +
        `(needs ${MIN_DOMAINS} or more)`,
    ],
    [
      dependent.length === 0,
      dependent.length === 0
        ? 'no dependencies between tasks'
        : `${count(dependent.length, 'task')} with dependencies (${dependent.join(', ')}); needs none`,
    ],
  ];
  return {
    recommended: rules.every(([ok]) => ok),
    reasons: rules.map(([ok, text]) => `${ok ? 'pass' : 'fail'}: ${text}`),
  };
}

const isPlan = (input: Plan | readonly TaskLike[]): input is Plan => !Array.isArray(input);
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
