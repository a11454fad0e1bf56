/**
 * The orchestrator's side of a worker's conversation (interactive mode): each time the agent ends a turn,
 * its last message is classified (question.ts); a question stops the worker (`worker.stopped` with the
 * message), the answerer decides the answer, and it goes back into the same session (`task.question`
 * records both), until the agent finishes, or asks once more than the turn limit allows (then the subtask
 * fails, saying so). The exchanges end up in the subtask's result.
 */
import type { AgentConversation, NextTurn, TurnEnd } from '../agent/types.js';
import type { EventFields, EventType, QuestionExchange } from '../engine/types.js';
import { answerMessage } from './answer-prompt.js';
import type { Answerer } from './answerer.js';
import { classifyTurnEnd } from './question.js';

export const DEFAULT_MAX_TURNS = 5;
/** A question is kept whole up to this size in events and results (its end, where it asks, beyond). */
const KEPT_CHARS = 8_000;

export interface ConversationDeps {
  /** The plan's request, the goal the answers serve. */
  goal: string;
  task: { id: string; description: string; domain: string };
  worker: string;
  answerer: Answerer;
  /** Most questions answered in one subtask. */
  maxTurns: number;
  emit<T extends EventType>(type: T, fields: EventFields<T>): void;
}

export class Conversation implements AgentConversation {
  readonly exchanges: QuestionExchange[] = [];

  constructor(private readonly deps: ConversationDeps) {}

  async next(end: TurnEnd, signal: AbortSignal): Promise<NextTurn> {
    const asked = classifyTurnEnd(end.text);
    if (!asked.asks) return { kind: 'done' };
    const { task, worker, emit, maxTurns } = this.deps;
    const question = kept(end.text);
    emit('worker.stopped', {
      worker,
      domain: task.domain,
      taskId: task.id,
      reason: 'question',
      lastOutput: question,
    });
    if (this.exchanges.length >= maxTurns)
      return {
        kind: 'fail',
        error:
          `the agent was still asking after ${maxTurns} answer${maxTurns === 1 ? '' : 's'} ` +
          `(the turn limit): ${excerpt(end.text)}`,
      };
    const answer = await this.deps.answerer.answer(
      {
        goal: this.deps.goal,
        subtask: { id: task.id, description: task.description },
        kind: asked.kind,
        question: end.text,
        earlier: this.exchanges,
      },
      signal,
    );
    if (answer.note) emit('log', { message: answer.note, taskId: task.id, worker });
    const exchange: QuestionExchange = {
      turn: this.exchanges.length + 1,
      question,
      answer: answer.text,
      by: answer.by,
    };
    this.exchanges.push(exchange);
    emit('task.question', { taskId: task.id, worker, ...exchange });
    return { kind: 'reply', text: answerMessage(answer.text) };
  }
}

function kept(text: string): string {
  return text.length <= KEPT_CHARS ? text : `…${text.slice(-KEPT_CHARS)}`;
}

/** The end of the question, on one line, for an error message. */
function excerpt(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `…${line.slice(-max)}` : line;
}
