/** Events as the engine emits them, for tests of the code that reads them (the fields are type-checked). */
import type { EventFields, EventType, OrchestratorEvent } from '../../src/engine/types.js';

export function event<T extends EventType>(
  type: T,
  fields: EventFields<T>,
  at: { ts?: string; planId?: string } = {},
): OrchestratorEvent {
  return {
    ts: at.ts ?? '2026-11-22T10:00:00.000Z',
    planId: at.planId ?? 'p1',
    type,
    ...fields,
  } as unknown as OrchestratorEvent;
}
