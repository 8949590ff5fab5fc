import type { RefObject } from 'react';
import { escapeTarget, unscannedText } from './desk';
import { isComplete } from './packing-logic';
import type { Desk } from './useDesk';
import type { DeskActions } from './useDeskActions';
import type { DeskLists } from './useDeskLists';
import { usePackingKeys, type PackingKey } from './usePackingKeys';
import type { SlipActions } from './useSlipActions';

/** What each of the desk's keys does; returns the handler for the panel's buttons too. */
export function useDeskKeys(
  { get, dispatch, fail }: Desk,
  actions: DeskActions & SlipActions,
  lists: DeskLists,
  trackingRef: RefObject<HTMLInputElement | null>,
): (key: PackingKey) => void {
  const onKey = (key: PackingKey) => {
    const state = get();
    const current = state.order;
    if (key === 'manual') {
      dispatch({ type: 'manual', open: true });
      return;
    }
    if (key === 'escape') {
      const trackingFocused = document.activeElement === trackingRef.current;
      if (escapeTarget(state, trackingFocused) === 'tracking') trackingRef.current?.blur();
      dispatch({ type: 'escape', trackingFocused });
      return;
    }
    if (state.confirmSkip) return;
    if (key === 'next') {
      const next = state.banner?.next ?? lists.ready.data?.find((o) => o.id !== current?.id);
      if (next) void actions.openOrder(next.id);
      return;
    }
    if (!current) {
      dispatch({ type: 'notice', text: 'Scan a packing slip or choose an order from the queue.' });
      return;
    }
    if (key === 'print') void actions.print();
    else if (key === 'pdf') void actions.pdf();
    else if (key === 'ship') {
      if (current.status === 'packed') trackingRef.current?.focus();
      else
        dispatch({
          type: 'notice',
          text:
            current.status === 'shipped'
              ? `Order ${current.number} is already shipped.`
              : 'Mark the order packed first (Ctrl+Enter), then ship it.',
        });
    } else if (key === 'pack' && current.status === 'ready_to_pack') {
      if (isComplete(current)) void actions.pack(false);
      else fail(unscannedText(current));
    } else if (key === 'packUnscanned' && current.status === 'ready_to_pack') {
      dispatch({ type: 'confirmSkip', open: true });
    }
  };

  usePackingKeys(onKey, true);
  return onKey;
}
