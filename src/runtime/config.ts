/**
 * What a runtime is told: the part of a run's configuration that concerns where work runs, resolved and
 * validated once at the engine's entry (engine/run-config.ts). A runtime never sees the CLI's, the action's
 * or the API's option names.
 */
import type { ActionsConfig } from './actions/config.js';

export type NetworkMode = 'bridge' | 'host' | 'none';

export interface DockerConfig {
  /** The image the user named (else the resolver finds one: image/resolve-image.ts). */
  image?: string;
  memoryBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  network: NetworkMode;
}

export interface LocalConfig {
  /** Workers in tmux sessions; undefined: where tmux is installed. */
  tmux?: boolean;
  /** The bubblewrap sandbox (sandbox.ts): `auto` where it works, `required` or `off`. */
  sandbox: 'auto' | 'required' | 'off';
}

export type RuntimeConfig =
  | { kind: 'local'; local: LocalConfig }
  | { kind: 'docker'; docker: DockerConfig }
  /** Subtasks on runners of their own; `docker` runs the one-shot sessions (planner, synthesis) here. */
  | { kind: 'actions'; actions: ActionsConfig; docker: DockerConfig }
  | { kind: 'prompt-files' };
