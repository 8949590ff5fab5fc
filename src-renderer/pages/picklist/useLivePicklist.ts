import type { Picklist, StationEvent } from '../../api/types';
import { useApiData } from '../../hooks/useApiData';
import * as picking from '../../../src-main/contract/picking';
import { useDebounced } from '../../hooks/useDebounced';
import { useStationEvents } from '../../hooks/useStationEvents';

/** A burst of picks from several handhelds becomes one refetch. */
export const REFETCH_DELAY_MS = 250;

/** Events after which the pick list, its stats or the orders behind a SKU may have changed. */
export function changesPicklist(event: StationEvent): boolean {
  switch (event.type) {
    case 'pick':
    case 'short':
    case 'order_ready':
    case 'order_packed':
    case 'sync_finished':
    case 'bin_moved':
      return true;
    case 'hello':
      return event.resumed;
    default:
      return false;
  }
}

/**
 * The pick list and its stats, kept current from the station's live updates: whoever picks,
 * every open list follows without a reload. `includeDone`: also the SKUs already picked.
 */
export function useLivePicklist(includeDone = false) {
  const list = useApiData<typeof picking.picklist, Picklist>(picking.picklist, {
    query: { include_done: includeDone ? 'true' : undefined },
  });
  const stats = useApiData(picking.picklistStats);
  const refresh = useDebounced(() => {
    list.reload();
    stats.reload();
  }, REFETCH_DELAY_MS);
  const { live } = useStationEvents((event) => {
    if (changesPicklist(event)) refresh();
  });
  return { list, stats, refresh, live };
}
