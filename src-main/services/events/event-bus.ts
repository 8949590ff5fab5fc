import { EventEmitter } from 'node:events';
import type { StationEvent, StationEvents, StationEventType } from '../../contract/events';

/** Live updates for open screens (`GET /api/events`), typed by the contract's event map. */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish<K extends StationEventType>(type: K, data: StationEvents[K]): void {
    this.emitter.emit('event', { type, data });
  }

  subscribe(listener: (event: StationEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
