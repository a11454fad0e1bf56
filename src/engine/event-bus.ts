/**
 * Events of one run, delivered synchronously to every listener in the order they happen. The run files'
 * event log is one listener; the CLI's progress display, the action's status comment and the REST API's
 * status are others.
 */
import type { EventFields, EventType, OrchestratorEvent } from './types.js';

export type EventListener = (event: OrchestratorEvent) => void;

export class EventBus {
  private readonly listeners: EventListener[] = [];

  constructor(readonly planId: string) {}

  on(listener: EventListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  emit<T extends EventType>(type: T, fields: EventFields<T>): OrchestratorEvent {
    const event = {
      ts: new Date().toISOString(),
      type,
      planId: this.planId,
      ...fields,
    } as unknown as OrchestratorEvent;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A failing observer (a full disk for the log, a broken progress display) must not stop the run.
      }
    }
    return event;
  }
}
