import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { StationInfo } from '../api/types';
import * as station from '../../src-main/contract/station';

/**
 * `GET /api/station` once per signed-in layout: how this station's USB guns end a scan, among
 * others. Null until it arrives (or if it cannot): callers fall back to their defaults.
 */
export function useStationInfo(): StationInfo | null {
  const [info, setInfo] = useState<StationInfo | null>(null);
  useEffect(() => {
    let live = true;
    api.call(station.station).then(
      (answer) => live && setInfo(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return info;
}
