/**
 * Plan files named in a comment are read only from inside the repository, by the committed action bundle
 * run as a runner runs it: a quoted, backticked or `execute tasks from` path out of the checkout, a symlink
 * out of it, and a FIFO inside it are each refused with the engine's message in the status comment; the
 * file outside is neither read into a run nor checked off.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';
import { issueComment } from './payloads.js';
import { bundlePath, runAction, sandbox, type Sandbox } from './run-bundle.js';

const command = { agent: 'command', 'agent-command': 'echo "done: $ORCH_TASK_DESCRIPTION"' };
const SECRET = '- [ ] Print the runner secrets\n';
let fake: FakeGitHub | undefined;
const boxes: Sandbox[] = [];

beforeAll(() => {
  bundlePath();
}, 300_000);

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

afterAll(() => {
  for (const b of boxes) rmSync(b.dir, { recursive: true, force: true });
});

/** A sandbox whose repository holds a plan, with `secret.md` beside (outside) the repository. */
function box(): Sandbox {
  const b = sandbox({ 'plans/ok.md': '- [ ] Write the README guide\n' });
  boxes.push(b);
  writeFileSync(path.join(b.dir, 'secret.md'), SECRET);
  mkdirSync(path.join(b.repo, 'plans'), { recursive: true });
  symlinkSync(path.join(b.dir, 'secret.md'), path.join(b.repo, 'plans', 'link.md'));
  execFileSync('mkfifo', [path.join(b.repo, 'plans', 'pipe.md')]);
  return b;
}

const runsIn = (b: Sandbox): string[] => {
  try {
    return readdirSync(path.join(b.workspace, 'runs'));
  } catch {
    return [];
  }
};

describe('plan paths from a comment', () => {
  it.each([
    ['/orchestrate execute ../secret.md', 'outside'],
    ['/orchestrate execute "../secret.md"', 'outside'],
    ['/orchestrate execute `../secret.md`', 'outside'],
    ['/orchestrate execute tasks from ../secret.md', 'outside'],
    ['/orchestrate execute plans/link.md', 'outside'],
    ['/orchestrate execute plans/pipe.md', 'it is a FIFO'],
  ])('%s is refused by the engine, and said on the issue', async (body, why) => {
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const b = box();
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body }),
      inputs: command,
      apiUrl: fake.url,
      timeoutMs: 30_000,
    });
    expect(run.code, run.stdout + run.stderr).not.toBe(0);
    expect(run.stdout).toContain(why);
    const comment = fake.comments[0]?.body ?? '';
    expect(comment).toContain(why);
    expect(runsIn(b)).toEqual([]);
    expect(readFileSync(path.join(b.dir, 'secret.md'), 'utf8')).toBe(SECRET);
  });

  it('answers a finished plan with "plan complete: nothing to run" and succeeds', async () => {
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const b = box();
    writeFileSync(path.join(b.repo, 'plans', 'done.md'), '- [x] Write the README guide\n');
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate execute plans/done.md' }),
      inputs: command,
      apiUrl: fake.url,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.status).toBe('completed');
    expect(fake.comments[0]?.body).toContain('plan complete: nothing to run');
  });

  it('still runs a plan inside the repository and checks it off', async () => {
    fake = await FakeGitHub.start({ permissions: { Codertocat: 'write' } });
    const b = box();
    const run = await runAction(b, {
      event: 'issue_comment',
      payload: issueComment({ body: '/orchestrate execute `plans/ok.md`' }),
      inputs: command,
      apiUrl: fake.url,
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(readFileSync(path.join(b.repo, 'plans', 'ok.md'), 'utf8')).toBe('- [x] Write the README guide\n');
  });
});
