import { useApiData } from '../../hooks/useApiData';
import { useStationEvents } from '../../hooks/useStationEvents';
import { recentlyDone } from './packing-logic';
import * as orders from '../../../src-main/contract/orders';

/** The desk's three lists, kept current by the station's live updates. */
export function useDeskLists() {
  const ready = useApiData(orders.readyToPack);
  const toShip = useApiData(orders.pendingShipment);
  const shipped = useApiData(orders.searchOrders, { query: { status: 'shipped', page_size: 20 } });

  const reload = () => {
    ready.reload();
    toShip.reload();
    shipped.reload();
  };

  useStationEvents((event) => {
    if (
      event.type === 'order_ready' ||
      event.type === 'order_packed' ||
      event.type === 'order_shipped' ||
      (event.type === 'hello' && event.resumed)
    ) {
      reload();
    }
  });

  return {
    ready,
    toShip,
    recent: recentlyDone(toShip.data ?? [], shipped.data?.orders ?? []),
    error: ready.error ?? toShip.error,
    reload,
  };
}

export type DeskLists = ReturnType<typeof useDeskLists>;
