/**
 * Reading plan files as a user meets it: whole CLI processes (`node dist/cli/index.js plan --json <file>`),
 * against `node -e ''` started in the same run, so the figures say what the parser and planner add to a
 * Node start-up on this machine:
 *  - the largest real fixture (an oh-my-opencode plan of 47 KB) and the real spec-kit file with the most tasks;
 *  - a generated spec-kit `tasks.md` of 5,000 tasks in 12 phases, with [P] runs, stories, story
 *    dependencies and checkpoints (`--max-subtasks 5000`).
 * Needs the bundle: `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { medianOf, type Row } from './stats.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const REAL = join(ROOT, 'test', 'fixtures', 'plans', 'real');

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: exit ${code}: ${stderr}`)),
    );
  });
}

/** A spec-kit tasks.md as `/speckit.tasks` writes them, scaled to `count` tasks. */
export function generatedSpecKit(count: number): string {
  const phases = 12;
  const per = Math.ceil(count / phases);
  const lines = ['# Tasks: Generated', '', '## Format: `[ID] [P?] [Story] Description`', ''];
  let n = 0;
  for (let p = 1; p <= phases && n < count; p++) {
    const story = p > 2 && p < phases ? p - 2 : undefined;
    const name =
      p === 1 ? 'Setup' : p === 2 ? 'Foundational' : p === phases ? 'Polish' : `User Story ${story}`;
    lines.push('---', '', `## Phase ${p}: ${name}`, '', `**Goal**: deliver part ${p}`, '');
    for (let i = 0; i < per && n < count; i++) {
      n++;
      const parallel = i % 4 !== 0 ? '[P] ' : '';
      const tag = story !== undefined ? `[US${story}] ` : '';
      lines.push(
        `- [ ] T${String(n).padStart(4, '0')} ${parallel}${tag}Implement part ${n} in src/module${n % 50}/file${n}.ts`,
      );
      if (i === Math.floor(per / 2)) lines.push('', '**Checkpoint**: halfway through the phase', '');
    }
    lines.push('');
  }
  lines.push('## Dependencies & Execution Order', '', '### User Story Dependencies', '');
  for (let s = 2; s < phases - 2; s += 2)
    lines.push(`- **User Story ${s} (P2)**: Depends on User Story ${s - 1}`);
  return `${lines.join('\n')}\n`;
}

export async function plansBench(): Promise<Row[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'orch-bench-plans-'));
  try {
    const generated = join(dir, 'tasks.md');
    writeFileSync(generated, generatedSpecKit(5000));
    const runs = 7;
    const baseline = await medianOf(runs, () => run(['-e', '']));
    const cases: Array<[string, string[]]> = [
      [
        'largest real fixture (oh-my-opencode plan, 47 KB, 10 todos)',
        ['omo/oxinot/.sisyphus/plans/agent-phase-transition.md'],
      ],
      ['real spec-kit tasks.md with the most tasks (90)', ['speckit/photo-albums/tasks.md']],
    ];
    const rows: Row[] = [];
    const plan = async (figure: string, file: string, extra: string[] = []) => {
      const ms = await medianOf(runs, () => run([CLI, 'plan', '--json', ...extra, file]));
      const added = ms - baseline;
      rows.push({
        figure: `orchestrate plan --json: ${figure}`,
        value: `${ms.toFixed(0)} ms (${(ms / baseline).toFixed(1)}x node start, +${added.toFixed(0)} ms)`,
        baseline: `${baseline.toFixed(0)} ms for node -e ''`,
        target: 'linear in the plan; < 2 s for 5,000 tasks',
        ok: file === generated ? ms < 2000 : undefined,
      });
    };
    for (const [figure, [file]] of cases) await plan(figure, join(REAL, file!));
    await plan('generated spec-kit tasks.md, 5,000 tasks in 12 phases', generated, [
      '--max-subtasks',
      '5000',
    ]);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
