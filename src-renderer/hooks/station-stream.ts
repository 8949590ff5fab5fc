import { api, currentSession } from '../api/client';
import type { StationEvent } from '../api/types';
import { STATION_EVENT_TYPES } from '../../src-main/contract/events';
import * as auth from '../../src-main/contract/auth';

const RETRY_MS = 3_000;

type Listener = (event: StationEvent) => void;

/**
 * One `GET /api/events` stream for the whole page, open while anything listens, so several
 * panels of one screen share a connection. `hello` carries `resumed` when it follows a drop:
 * whatever happened meanwhile was not streamed, so listeners should refetch.
 */
export class StationStream {
  private readonly listeners = new Set<Listener>();
  private readonly liveListeners = new Set<() => void>();
  private source: EventSource | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private connectedBefore = false;
  private reconnecting = false;
  private live = false;

  readonly isLive = () => this.live;

  readonly onLiveChange = (listener: () => void) => {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  };

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      window.addEventListener('offline', this.drop);
      window.addEventListener('online', this.retryNow);
      this.open();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  private emit(event: StationEvent) {
    for (const listener of this.listeners) listener(event);
  }

  private setLive(live: boolean) {
    if (this.live === live) return;
    this.live = live;
    for (const listener of this.liveListeners) listener();
  }

  private open() {
    const access = currentSession()?.access;
    if (this.source || this.listeners.size === 0 || !access) return;
    // EventSource cannot send an Authorization header; the stream takes the token as ?access=.
    const source = new EventSource(`/api/events?access=${encodeURIComponent(access)}`);
    this.source = source;
    source.addEventListener('hello', () => {
      this.setLive(true);
      this.emit({ type: 'hello', resumed: this.connectedBefore });
      this.connectedBefore = true;
    });
    for (const type of STATION_EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        const data: unknown = JSON.parse((message as MessageEvent<string>).data);
        this.emit({ type, data } as StationEvent);
      });
    }
    // The browser would reconnect by itself, but with the same access token, which lasts
    // 30 minutes and may be why the stream ended; reconnect with a fresh one instead.
    source.onerror = this.drop;
  }

  /**
   * Also when the device goes offline: an open stream can take minutes to notice that the
   * Wi-Fi is gone, and until then the screen would claim to be live.
   */
  private readonly drop = () => {
    this.source?.close();
    this.source = null;
    this.setLive(false);
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.reconnect(), RETRY_MS);
  };

  private readonly retryNow = () => {
    clearTimeout(this.retry);
    void this.reconnect();
  };

  private async reconnect() {
    if (this.listeners.size === 0 || this.reconnecting) return;
    this.reconnecting = true;
    // Any signed-in call renews an expired access token on the way, and fails while the
    // station is unreachable, when opening the stream would fail too.
    const reachable = await api.call(auth.me).then(
      () => true,
      () => false,
    );
    this.reconnecting = false;
    if (reachable) this.open();
    else if (this.listeners.size > 0)
      this.retry = setTimeout(() => void this.reconnect(), RETRY_MS);
  }

  private close() {
    window.removeEventListener('offline', this.drop);
    window.removeEventListener('online', this.retryNow);
    clearTimeout(this.retry);
    this.source?.close();
    this.source = null;
    this.connectedBefore = false;
    this.setLive(false);
  }
}

export const stationStream = new StationStream();
