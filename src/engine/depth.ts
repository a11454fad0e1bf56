/**
 * The recursion depth limit (docs/interface.md, Workers). A run at depth d gives its workers depth d+1; a run at or
 * past the maximum spawns no worker and runs its subtasks one after another itself.
 */
import { OptionError } from '../util/errors.js';
import { DEFAULT_MAX_DEPTH } from './options.js';

export const MAX_DEPTH_WARNING = 'Max depth reached, no worker spawning allowed';

export interface DepthInfo {
  depth: number;
  maxDepth: number;
  /** True when this run must not spawn workers. */
  sequential: boolean;
}

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new OptionError(name, raw, 'a whole number of 0 or more');
  return n;
}

export function readDepth(env: NodeJS.ProcessEnv): DepthInfo {
  const depth = readInt(env, 'ORCH_DEPTH', 0);
  const maxDepth = readInt(env, 'ORCH_MAX_DEPTH', DEFAULT_MAX_DEPTH);
  return { depth, maxDepth, sequential: depth >= maxDepth };
}
