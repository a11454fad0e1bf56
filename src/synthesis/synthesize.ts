/**
 * LLM synthesis: when every subtask has ended, one OpenCode session combines the results into one coherent
 * answer for the person who asked, and says plainly what failed or was skipped. The caller falls back to the
 * deterministic report when this fails.
 */
import { openOneShot, type OneShotSession } from '../agent/one-shot.js';
import type { SubtaskResult } from '../engine/types.js';

export const SYNTHESIS_TIMEOUT_MS = 5 * 60_000;

const SYSTEM_PROMPT = [
  'You are the synthesizer of a team of parallel AI workers.',
  'You receive the original request and every subtask with its status and result.',
  'Write one coherent answer to the original request, in Markdown, for the person who asked:',
  'combine the results (do not just list them), keep concrete facts such as file names, and end with a',
  'short "Status" section that says plainly which subtasks failed, timed out or were skipped, and why.',
  'Do not invent work that no subtask reports.',
].join('\n');

export function synthesisPrompt(request: string, subtasks: readonly SubtaskResult[]): string {
  const parts = [`Original request:\n${request.trim()}\n`, 'Subtasks:'];
  for (const s of subtasks) {
    parts.push(
      `\n### ${s.id} (${s.domain}): ${s.description}\nStatus: ${s.status}${s.error ? `\nError: ${s.error}` : ''}\nResult:\n${s.result?.trim() || '(none)'}`,
    );
  }
  return parts.join('\n');
}

export async function synthesize(
  request: string,
  subtasks: readonly SubtaskResult[],
  session: Omit<OneShotSession, 'role' | 'systemPrompt'>,
  signal?: AbortSignal,
): Promise<string> {
  const timeout = AbortSignal.timeout(SYNTHESIS_TIMEOUT_MS);
  const runner = await openOneShot({ ...session, role: 'synthesis', systemPrompt: SYSTEM_PROMPT });
  try {
    const verdict = await runner.ask(
      'synthesis',
      synthesisPrompt(request, subtasks),
      signal ? AbortSignal.any([signal, timeout]) : timeout,
    );
    if (verdict.status !== 'completed' || !verdict.result.trim())
      throw new Error(verdict.error ?? 'no answer');
    return verdict.result.trim();
  } finally {
    await runner.close();
  }
}
