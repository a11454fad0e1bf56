/**
 * The plan as a Mermaid flowchart for the status comment (GitHub renders ```mermaid blocks): one node per
 * subtask, an edge per dependency, each node coloured by its status. Pure. Node ids are positional (`n0`,
 * `n1`, …) so no subtask id can break the syntax; labels are escaped with Mermaid's entity codes.
 */
import type { SubtaskStatus } from '../engine/types.js';
import { statusWords } from '../util/format.js';
import type { SubtaskView } from './progress.js';

/** Past this many subtasks the graph is folded into a <details> block. */
export const FOLD_GRAPH_ABOVE = 12;
const LABEL_MAX = 48;

const STATUS_STYLE: Record<SubtaskStatus, string> = {
  pending: 'fill:#f6f8fa,stroke:#8c959f,color:#24292f',
  running: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  completed: 'fill:#dafbe1,stroke:#1a7f37,color:#0f5323',
  failed: 'fill:#ffebe9,stroke:#cf222e,color:#82071e',
  timed_out: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
  skipped: 'fill:#f6f8fa,stroke:#d0d7de,color:#6e7781,stroke-dasharray: 4 3',
  cancelled: 'fill:#f6f8fa,stroke:#6e7781,color:#57606a',
};

/** Mermaid's `#code;` entities for what would end or confuse a quoted label. */
function escapeLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > LABEL_MAX ? `${flat.slice(0, LABEL_MAX - 1)}…` : flat;
  return short.replace(/[#"<>&`[\]{}()|]/g, (c) => `#${c.codePointAt(0)};`);
}

export function planGraph(
  subtasks: readonly Pick<SubtaskView, 'id' | 'description' | 'domain' | 'status' | 'dependsOn'>[],
): string {
  const index = new Map(subtasks.map((s, i) => [s.id, `n${i}`] as const));
  const lines = ['flowchart LR'];
  subtasks.forEach((s, i) => {
    const label = `${escapeLabel(`${s.id}: ${s.description}`)}<br/><small>${escapeLabel(s.domain)} · ${statusWords(s.status)}</small>`;
    lines.push(`  n${i}["${label}"]:::${s.status}`);
  });
  for (const s of subtasks)
    for (const dep of s.dependsOn ?? []) {
      const from = index.get(dep);
      if (from) lines.push(`  ${from} --> ${index.get(s.id)!}`);
    }
  const used = new Set(subtasks.map((s) => s.status));
  for (const status of Object.keys(STATUS_STYLE) as SubtaskStatus[])
    if (used.has(status)) lines.push(`  classDef ${status} ${STATUS_STYLE[status]}`);
  return lines.join('\n');
}

/** The graph as the comment shows it: a mermaid block, folded when the plan is large. */
export function renderPlanGraph(subtasks: Parameters<typeof planGraph>[0]): string {
  if (subtasks.length === 0) return '';
  const block = ['```mermaid', planGraph(subtasks), '```'].join('\n');
  if (subtasks.length <= FOLD_GRAPH_ABOVE) return block;
  return `<details><summary>Plan graph (${subtasks.length} subtasks)</summary>\n\n${block}\n\n</details>`;
}
