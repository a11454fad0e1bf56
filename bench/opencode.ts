/**
 * The orchestrator's own overhead per OpenCode subtask : the wall time of a one-subtask run through
 * the engine minus the same OpenCode invocation run directly, both against the local fake model server
 * answering at once, medians of repeated runs in the same process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveOpencodeBinary } from '../src/agent/opencode-binary.js';
import { OpencodeAgent } from '../src/agent/opencode.js';
import { orchestrate } from '../src/engine/orchestrate.js';
import { opencodeTestEnv, startFakeModelServer } from '../test/support/fake-model-server.js';
import { median, time, type Row } from './stats.js';

export async function opencodeBench(): Promise<Row[]> {
  const base = mkdtempSync(join(tmpdir(), 'orch-bench-oc-'));
  const server = await startFakeModelServer();
  try {
    const env = opencodeTestEnv(server.url, join(base, 'oc'));
    const cwd = mkdtempSync(join(base, 'cwd-'));
    const binary = resolveOpencodeBinary(process.env);
    if (!binary) throw new Error('opencode binary not found (npm install)');
    const promptFile = join(base, 'prompt.md');
    writeFileSync(promptFile, 'Say ok. [[reply: ok]]');
    const agent = new OpencodeAgent({ model: 'fake/fake-model', binary });
    const invocation = agent.invocation({
      taskId: 't1',
      description: 'bench',
      domain: 'general',
      promptFile,
      workdir: cwd,
    });
    const direct = () =>
      new Promise<void>((resolve, reject) =>
        spawn('bash', ['-c', invocation.script], {
          env: { ...env, ...invocation.env, PWD: cwd },
          cwd,
          stdio: 'ignore',
        }).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`opencode exited ${code}`)))),
      );
    const envNames = [
      'XDG_CONFIG_HOME',
      'XDG_DATA_HOME',
      'XDG_CACHE_HOME',
      'XDG_STATE_HOME',
      'TMPDIR',
      'npm_config_offline',
    ];
    const viaEngine = (tmux: boolean) => async () => {
      const r = await orchestrate('general:bench [[reply: ok]]', {
        env,
        envNames,
        cwd,
        workspace: join(base, 'ws'),
        model: 'fake/fake-model',
        tmux,
        synthesis: false,
        planner: 'keyword',
      });
      if (r.status !== 'completed') throw new Error(`bench run ${r.status}: ${r.subtasks[0]?.error}`);
    };
    await direct(); // first use sets up OpenCode's data directory
    // Interleaved, so a slow spell of the shared machine hits all three alike.
    const samples = { direct: [] as number[], plain: [] as number[], tmux: [] as number[] };
    for (let i = 0; i < 7; i++) {
      samples.direct.push((await time(direct)).ms);
      samples.plain.push((await time(viaEngine(false))).ms);
      samples.tmux.push((await time(viaEngine(true))).ms);
    }
    const directMs = median(samples.direct);
    const plainMs = median(samples.plain);
    const tmuxMs = median(samples.tmux);
    const row = (label: string, ms: number): Row => ({
      figure: `orchestrator overhead per OpenCode subtask (${label})`,
      value: `${(ms - directMs).toFixed(0)} ms (${((ms / directMs - 1) * 100).toFixed(1)}%)`,
      baseline: `${(directMs / 1000).toFixed(2)} s direct opencode run`,
      target: '—',
      ok: undefined,
    });
    return [row('plain process groups', plainMs), row('tmux sessions', tmuxMs)];
  } finally {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  }
}
