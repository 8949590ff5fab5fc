import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';
import type { StationEvent } from '../api/types';
import { stationStream } from './station-stream';

/**
 * Calls `onEvent` for every live update the station streams while the component is mounted
 * (the latest `onEvent`, so it may close over fresh state); `live` says whether the stream is
 * open right now.
 */
export function useStationEvents(onEvent: (event: StationEvent) => void): { live: boolean } {
  const handle = useEffectEvent(onEvent);
  useEffect(() => stationStream.subscribe((event) => handle(event)), []);
  const live = useSyncExternalStore(stationStream.onLiveChange, stationStream.isLive);
  return { live };
}
