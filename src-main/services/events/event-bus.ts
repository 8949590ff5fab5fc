import { EventEmitter } from 'node:events';

/** Every live update the station pushes to open screens over SSE (`GET /api/events`). */
export type StationEventType =
  | 'pick'
  | 'short'
  | 'order_ready'
  | 'order_packed'
  | 'order_shipped'
  | 'sync_started'
  | 'sync_progress'
  | 'sync_finished'
  | 'scan'
  | 'scanner_status';

export interface StationEvent {
  type: StationEventType;
  data: unknown;
}

export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(type: StationEventType, data: unknown): void {
    this.emitter.emit('event', { type, data } satisfies StationEvent);
  }

  subscribe(listener: (event: StationEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
