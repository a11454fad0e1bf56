/** Timing helpers for the benchmarks: medians of repeated runs, so one noisy sample on a shared machine does not decide. */
export async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function medianOf(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await time(fn)).ms);
  return median(samples);
}

export interface Row {
  figure: string;
  value: string;
  baseline: string;
  target: string;
  ok: boolean | undefined;
}

export function printTable(rows: Row[]): void {
  const header = ['figure', 'measured', 'baseline (same run)', 'target', ''];
  const body = rows.map((r) => [
    r.figure,
    r.value,
    r.baseline,
    r.target,
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const b of body) console.log(line(b));
}
