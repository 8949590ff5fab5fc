import { useState } from 'react';
import type { OrderItem } from '../../api/types';

/**
 * Counting a line by hand instead of scanning each unit: for items without a barcode, or a case
 * of 24. The order's history records it as checked by hand, with who did it.
 */
export function LineCount({
  item,
  onCount,
}: {
  item: OrderItem;
  /** Resolves true once the units are counted, so the entry can close. */
  onCount: (qty: number) => Promise<boolean>;
}) {
  const left = item.qty_picked - item.qty_verified;
  const [qty, setQty] = useState<string | null>(null);
  if (qty === null) {
    return (
      <button className="btn line-count-open" type="button" onClick={() => setQty(String(left))}>
        {item.barcode ? 'Count by hand' : 'No barcode: count'}
      </button>
    );
  }
  const n = Number(qty);
  const valid = Number.isInteger(n) && n >= 1 && n <= left;
  return (
    <form
      className="line-count-form"
      aria-label={`Count ${item.sku} by hand`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (valid && (await onCount(n))) setQty(null);
      }}
    >
      <input
        className="input"
        type="number"
        inputMode="numeric"
        min={1}
        max={left}
        autoFocus
        aria-label={`Units of ${item.sku} counted (up to ${left})`}
        value={qty}
        onChange={(event) => setQty(event.target.value)}
        onKeyDown={(event) => {
          // Esc closes this entry, not the whole order.
          if (event.key === 'Escape') {
            event.nativeEvent.stopImmediatePropagation();
            setQty(null);
          }
        }}
      />
      <button className="btn btn-primary" type="submit" disabled={!valid}>
        Add {valid ? n : ''}
      </button>
      <button className="btn" type="button" onClick={() => setQty(null)}>
        Cancel
      </button>
    </form>
  );
}
