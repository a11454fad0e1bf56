/**
 * What the markdown plan reader passes between its parts: a task as found in the file (a draft, done or
 * open) and a phase of a spec-kit plan.
 */
import type { RawTask } from '../types.js';
import type { Item } from './markdown-blocks.js';

export type PlanKind = 'speckit' | 'omo' | 'checklist' | 'list';

export interface TaskDraft {
  task: RawTask;
  item: Item;
  body: string[];
  done: boolean;
  parallel: boolean;
  /** `[Setup]`, `[Foundation]`, `[Polish]` on the task itself. */
  phaseTag?: string;
}

export type PhaseKind = 'setup' | 'foundational' | 'story' | 'other' | 'polish';

export interface Phase {
  heading: number;
  name: string;
  kind: PhaseKind;
  story?: string;
  /** Indices into drafts, in file order. */
  members: number[];
  rank: number;
  preds: Phase[];
}
