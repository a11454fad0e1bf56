/**
 * What the orchestrator answers when a worker's agent asks something: the LLM answerer's system prompt and
 * request (the model acts as the user who asked for the whole plan, with its goal in mind), and the fixed
 * policy's answer. Pure text.
 */
import type { QuestionKind } from './question.js';

export interface AskedQuestion {
  /** The request the whole plan serves (the plan's task description). */
  goal: string;
  subtask: { id: string; description: string };
  kind: QuestionKind;
  /** The agent's last message: its question, with whatever it said around it. */
  question: string;
  /** What this subtask's agent asked and was told before, in order. */
  earlier: ReadonlyArray<{ question: string; answer: string }>;
}

/** Every answer ends so: the agent carries on, and its last turn is a report a dependent subtask can use. */
export const CARRY_ON =
  'Carry on without asking again unless you truly cannot; when the subtask is done, end with a short report of what you did.';

/** The fixed policy (`answer: proceed`). */
export const PROCEED_ANSWER =
  'Proceed with your best judgement: where there are options, choose the one that best serves the goal and say which you chose and why.';

const QUESTION_MAX = 8_000;

export function answererSystemPrompt(): string {
  return [
    'You are acting as the user who asked for this work. An AI coding agent, one of several workers doing',
    'parts of your request in parallel, stopped to ask you something. Answer it as that user would: decide.',
    '',
    'Rules:',
    '- Keep the goal of the whole request in mind; choose what serves it best.',
    '- Answer in a few sentences, directly: pick one option, approve or correct the plan, or give the detail',
    '  asked for. Say "yes, proceed" when proceeding is right.',
    '- Never ask a question back, never defer the decision, never say you are an AI.',
    '- When the agent offers a choice you have no reason to prefer, pick the simplest one that works.',
    '- Write only the answer, as plain text addressed to the agent.',
  ].join('\n');
}

export function answererRequest(asked: AskedQuestion): string {
  const lines = [
    'The goal of the whole request:',
    asked.goal.trim(),
    '',
    `The worker's subtask (${asked.subtask.id}):`,
    asked.subtask.description.trim(),
    '',
  ];
  if (asked.earlier.length > 0) {
    lines.push('What it asked before, and what you answered:');
    for (const [i, e] of asked.earlier.entries())
      lines.push(`${i + 1}. Q: ${oneLine(e.question)}`, `   A: ${oneLine(e.answer)}`);
    lines.push('');
  }
  lines.push(
    `It now asks you (${describe(asked.kind)}):`,
    '<<<',
    bounded(asked.question.trim()),
    '>>>',
    '',
    'Your answer:',
  );
  return lines.join('\n');
}

/** The message sent into the agent's session. */
export function answerMessage(answer: string): string {
  return `${answer.trim()}\n\n${CARRY_ON}`;
}

function describe(kind: QuestionKind): string {
  switch (kind) {
    case 'approval':
      return 'it presents a plan for your approval';
    case 'confirmation':
      return 'it asks whether to proceed';
    case 'options':
      return 'it offers options to choose from';
    default:
      return 'a question';
  }
}

function oneLine(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** A question's end matters most (it is where the agent asks); a huge message keeps its head and tail. */
function bounded(text: string): string {
  if (text.length <= QUESTION_MAX) return text;
  const half = QUESTION_MAX / 2;
  return `${text.slice(0, half)}\n[… ${text.length - QUESTION_MAX} characters left out …]\n${text.slice(-half)}`;
}
