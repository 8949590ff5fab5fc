import type { OrderItem } from '../../api/types';
import { LineCount } from './LineCount';
import { ProductPhoto } from '../../components/ProductPhoto';
import { lineState } from './packing-logic';

const STATE_LABEL = {
  picking: 'Picked',
  complete: 'Scanned',
  pending: 'To scan',
  short: 'Short',
} as const;

/** The lines to put in the box, each with how many of its units have been scanned. */
export function OrderLines({
  items,
  flash,
  scanning,
  onCount,
}: {
  items: OrderItem[];
  /** The line just scanned, and a counter so scanning it again flashes again. */
  flash: { itemId: number; n: number } | null;
  /** false once packed: the counters are history, not a task. */
  scanning: boolean;
  /** While scanning: units of a line counted by hand instead of scanned. */
  onCount?: (item: OrderItem, qty: number) => Promise<boolean>;
}) {
  return (
    <ul className="pack-lines" aria-label="Lines">
      {items
        .filter((item) => item.qty_ordered > 0)
        .map((item) => {
          const state = lineState(item);
          const flashing = flash?.itemId === item.id;
          return (
            <li
              key={flashing ? `${item.id}-${flash.n}` : item.id}
              className={`pack-line line-${state}${flashing ? ' line-flash' : ''}`}
              data-testid={`line-${item.sku}`}
              data-state={state}
            >
              <ProductPhoto src={item.image} className="line-photo" />
              <div className="line-main">
                <span className="line-sku mono">{item.sku}</span>
                <span className="line-title">{item.title}</span>
                <span className="line-meta">
                  <span>
                    Bin <strong className="mono">{item.bin_location ?? '—'}</strong>
                  </span>
                  {item.barcode && <span className="mono muted">{item.barcode}</span>}
                </span>
                {item.qty_short > 0 && (
                  <span className="line-short-tag">SHORT {item.qty_short} — not packed</span>
                )}
              </div>
              <div className="line-count">
                {state === 'short' ? (
                  <span className="line-count-big">0</span>
                ) : state === 'picking' ? (
                  <span
                    className="line-count-big"
                    aria-label={`${item.qty_picked} of ${item.qty_ordered} picked`}
                  >
                    {item.qty_picked} / {item.qty_ordered}
                  </span>
                ) : (
                  <span
                    className="line-count-big"
                    aria-label={`${item.qty_verified} of ${item.qty_picked} scanned`}
                  >
                    {scanning ? item.qty_verified : item.qty_packed || item.qty_verified} /{' '}
                    {item.qty_picked}
                  </span>
                )}
                <span className="line-state">{STATE_LABEL[state]}</span>
                {onCount && state === 'pending' && (
                  <LineCount item={item} onCount={(qty) => onCount(item, qty)} />
                )}
              </div>
            </li>
          );
        })}
    </ul>
  );
}
