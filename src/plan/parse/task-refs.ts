/**
 * References to other tasks in a plan's prose: `T012, T013`, `Task 2`, `Tasks 1, 3`, `F1-F4`, `T2-T6`, and in
 * a dependency line of an oh-my-opencode plan bare numbers (`Blocked By: 1, 3`), which name its numbered todos.
 * A reference counts only when it names a task of the file, so prose that happens to hold a number
 * (`after 5 minutes`, `Wave 1`, `Phase 2`) adds no edge.
 */

const TOKEN =
  /(\b(?:phases?|waves?|steps?|lines?|stories|story|us|p)\s*)?\b([A-Z]{0,3}\d+(?:\.\d+)*[a-z]?)\b(?:\s*[-\u2013\u2014]\s*([A-Z]{0,3}\d+(?:\.\d+)*[a-z]?)\b)?/gi;

export interface RefOptions {
  /** The ids of the file's tasks, open or done. */
  known: ReadonlySet<string>;
  /** Bare numbers name numbered todos (`T<n>`): only in lines whose label says they list tasks. */
  bareNumbers: boolean;
}

/** The ids `text` names, in order, without repeats. */
export function taskRefs(text: string, options: RefOptions): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1]) continue; // `Phase 2`, `Wave 1`, `US3`: not a task
    const from = m[2]!;
    const to = m[3];
    const ids = to === undefined ? [from] : expandRange(from, to);
    for (const raw of ids) {
      const id = resolveRef(raw, options);
      if (id !== undefined && !out.includes(id)) out.push(id);
    }
  }
  return out;
}

function resolveRef(raw: string, { known, bareNumbers }: RefOptions): string | undefined {
  if (known.has(raw)) return raw;
  const upper = raw.toUpperCase();
  if (known.has(upper)) return upper;
  if (/^\d+$/.test(raw) && bareNumbers && known.has(`T${Number(raw)}`)) return `T${Number(raw)}`;
  return undefined;
}

/** `F1-F4` → F1, F2, F3, F4; `2-5` → 2, 3, 4, 5. Ranges of differing prefixes or over 500 ids give the ends. */
function expandRange(from: string, to: string): string[] {
  const a = /^([A-Z]*)(\d+)$/i.exec(from);
  const b = /^([A-Z]*)(\d+)$/i.exec(to);
  if (!a || !b || a[1]!.toUpperCase() !== (b[1] || a[1]!).toUpperCase()) return [from, to];
  const start = Number(a[2]);
  const end = Number(b[2]);
  if (end < start || end - start > 500) return [from, to];
  const width = a[2]!.length;
  const prefix = a[1]!;
  return Array.from({ length: end - start + 1 }, (_, i) => {
    const n = String(start + i);
    return `${prefix}${width > 1 && a[2]!.startsWith('0') ? n.padStart(width, '0') : n}`;
  });
}

/** Text of a labelled dependency line up to its explanation: `Tasks 1, 3 (needs the types)` → `Tasks 1, 3`. */
export function refListPart(text: string): string {
  const cut = text.search(/\(|\s[\u2014\u2013]\s|\s-\s|;/);
  return cut === -1 ? text : text.slice(0, cut);
}
