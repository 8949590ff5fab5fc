import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { StationInfo } from '../api/types';

/**
 * `GET /api/station` once per signed-in layout: how this station's USB guns end a scan, among
 * others. Null until it arrives (or if it cannot): callers fall back to their defaults.
 */
export function useStationInfo(): StationInfo | null {
  const [info, setInfo] = useState<StationInfo | null>(null);
  useEffect(() => {
    let live = true;
    api.get<StationInfo>('/station').then(
      (answer) => live && setInfo(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return info;
}
