/**
 * The result a worker run leaves in git (`refs/orchestrate/<planId>/results/<taskId>`, result.json): the
 * subtask's result as the run files hold it (id, description, status, times, result, error, usage), plus the
 * run that wrote it, so a result left by an earlier attempt is never taken for this one's.
 */
import { z } from 'zod';

export const remoteResultSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'running', 'completed', 'failed', 'timed_out', 'skipped', 'cancelled']),
  result: z.string().nullable(),
  error: z.string().nullable(),
  startedAt: z.string().nullable().optional(),
  finishedAt: z.string().nullable().optional(),
  durationMs: z.number().nullable().optional(),
  usage: z.object({ tokens: z.number(), costUsd: z.number() }).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
  /** GITHUB_RUN_ID of the worker run that wrote it. */
  runId: z.number().int(),
});

export type RemoteResult = z.infer<typeof remoteResultSchema>;

/** The result's JSON text, checked; the reason when it is not one. */
export function parseRemoteResult(text: string): RemoteResult | { invalid: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { invalid: `result.json is not JSON (${(error as Error).message})` };
  }
  const parsed = remoteResultSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { invalid: `result.json: ${issue.path.join('.') || 'value'} ${issue.message}` };
  }
  return parsed.data;
}
