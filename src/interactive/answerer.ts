/**
 * Who answers a worker's question (interactive mode): by default an LLM acting as the user who asked for the
 * whole plan (a one-shot OpenCode session like the planner's, with a system prompt of its own, opened on
 * the first question of the run and kept for the others), or a fixed policy that tells the agent to proceed
 * with its best judgement. An LLM that cannot answer (its model fails, it says nothing, it takes too long)
 * leaves the answer to the fixed policy, saying why: a worker is never left waiting.
 */
import { openOneShot, type OneShotRunner, type OneShotSession } from '../agent/one-shot.js';
import { errorMessage } from '../util/errors.js';
import {
  answererRequest,
  answererSystemPrompt,
  PROCEED_ANSWER,
  type AskedQuestion,
} from './answer-prompt.js';

export type AnswerPolicy = 'llm' | 'proceed';

export interface Answer {
  text: string;
  by: 'llm' | 'policy';
  /** Why the policy answered where the LLM should have. */
  note?: string;
}

export interface Answerer {
  answer(asked: AskedQuestion, signal: AbortSignal): Promise<Answer>;
  close(): Promise<void>;
}

export const ANSWER_TIMEOUT_MS = 2 * 60_000;
const ANSWER_MAX_CHARS = 4_000;

export const policyAnswerer: Answerer = {
  answer: () => Promise.resolve({ text: PROCEED_ANSWER, by: 'policy' }),
  close: () => Promise.resolve(),
};

export class LlmAnswerer implements Answerer {
  private runner?: Promise<OneShotRunner>;
  private asked = 0;

  constructor(
    private readonly session: Omit<OneShotSession, 'role' | 'systemPrompt'>,
    private readonly timeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  async answer(asked: AskedQuestion, signal: AbortSignal): Promise<Answer> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let reason: string;
    try {
      this.runner ??= openOneShot({
        ...this.session,
        role: 'answerer',
        systemPrompt: answererSystemPrompt(),
      });
      const runner = await this.runner;
      const label = `${asked.subtask.id}-${++this.asked}`.replace(/[^\w.-]/g, '_');
      const verdict = await runner.ask(label, answererRequest(asked), AbortSignal.any([signal, timeout]));
      const text = verdict.result.trim();
      if (verdict.status === 'completed' && text !== '')
        return {
          text: text.length > ANSWER_MAX_CHARS ? `${text.slice(0, ANSWER_MAX_CHARS)}…` : text,
          by: 'llm',
        };
      reason = timeout.aborted
        ? `no answer within ${Math.round(this.timeoutMs / 1000)} s`
        : (verdict.error ?? 'an empty answer');
    } catch (error) {
      reason = errorMessage(error);
    }
    return {
      text: PROCEED_ANSWER,
      by: 'policy',
      note: `the LLM answerer could not answer (${reason}); answered with the fixed policy`,
    };
  }

  async close(): Promise<void> {
    const runner = await this.runner?.catch(() => undefined);
    await runner?.close();
  }
}

/** The answerer a run asks for; the LLM needs OpenCode for one-shot sessions (the planner's). */
export function createAnswerer(
  policy: AnswerPolicy,
  session: Omit<OneShotSession, 'role' | 'systemPrompt'> | undefined,
): Answerer {
  return policy === 'llm' && session ? new LlmAnswerer(session) : policyAnswerer;
}
