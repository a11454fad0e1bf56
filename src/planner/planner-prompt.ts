/** The LLM planner's system prompt and request. Pure text. */

export function plannerSystemPrompt(domains: readonly string[]): string {
  return [
    'You are a task decomposition specialist.',
    'You split one request into a small number of subtasks that independent workers can do in parallel,',
    'each in a single domain, and you say which subtasks must wait for which.',
    '',
    'Answer with ONLY a JSON array, no prose and no code fence, in exactly this form:',
    '[{"description": "...", "agent": "<domain>", "dependencies": [<0-based indices of earlier subtasks>]}]',
    '',
    'Rules:',
    '- Each description is one self-contained instruction a worker can act on without seeing the others.',
    `- "agent" is the domain of the work: one of ${domains.join(', ')}, or a short lowercase name of your own.`,
    '- One worker per domain runs its subtasks one at a time: give subtasks that should run at the same time',
    '  different domains (e.g. research-a, research-b).',
    '- A subtask lists in "dependencies" the subtasks whose results it needs; prefer independent subtasks.',
    '- Dependencies point only to earlier subtasks: no cycles.',
  ].join('\n');
}

export function plannerRequest(
  request: string,
  maxSubtasks: number,
  feedback?: { answer: string; error: string },
): string {
  const lines = [`Decompose this request into at most ${maxSubtasks} subtasks:`, '', request.trim(), ''];
  if (feedback) {
    lines.push(
      'Your previous answer was rejected:',
      feedback.error,
      '',
      'Answer again with only the corrected JSON array.',
      '',
    );
  }
  return lines.join('\n');
}

/** The JSON array inside a model's answer: tolerates a code fence or a sentence around it. */
export function extractJsonArray(answer: string): unknown {
  const text = answer.trim();
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  const body = fenced ? fenced[1]!.trim() : text;
  const start = body.indexOf('[');
  const end = body.lastIndexOf(']');
  if (start < 0 || end < start) throw new Error('the answer holds no JSON array');
  try {
    return JSON.parse(body.slice(start, end + 1));
  } catch (error) {
    throw new Error(`the answer is not valid JSON: ${(error as Error).message}`);
  }
}
