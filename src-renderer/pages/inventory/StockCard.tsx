import { useState } from 'react';
import { useUser } from '../../auth/auth-context';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useStationEvents } from '../../hooks/useStationEvents';
import * as inventory from '../../../src-main/contract/inventory';
import type { InventoryItem } from '../../../src-main/contract/inventory';
import { AdjustForm } from './AdjustForm';
import { CountForm } from './CountForm';
import { MovementHistory } from './MovementHistory';
import { useScrollIntoView } from '../../hooks/useScrollIntoView';

const HISTORY_PAGE = 20;

function Figures({ stock }: { stock: InventoryItem }) {
  const facts: [string, number, string?][] = [
    ['On hand', stock.on_hand],
    ['Committed', stock.committed, 'Ordered by open orders, not shipped or short'],
    ['Available', stock.available],
    ['Incoming', stock.incoming, 'Still to come on open purchase orders'],
    ['Damaged', stock.damaged],
    [
      'Reorder at',
      stock.reorder_point,
      stock.reorder_qty ? `Reorder ${stock.reorder_qty} at a time` : 'No reorder quantity set',
    ],
  ];
  return (
    <dl className="order-facts stock-figures" data-testid="stock-figures">
      {facts.map(([label, value, hint]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={label === 'Available' && value < 0 ? 'text-danger' : undefined}>
            {value}
            {hint && <span className="cell-note">{hint}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One SKU: its figures, a count or an adjustment (admin), and every movement of its ledger. */
export function StockCard({
  sku,
  onChanged,
  onClose,
}: {
  sku: string;
  onChanged: () => void;
  onClose: () => void;
}) {
  const admin = useUser().role === 'admin';
  const [page, setPage] = useState(1);
  const [done, setDone] = useState<string | null>(null);
  const ledger = useApiData(inventory.history, {
    params: { sku },
    query: { page, page_size: HISTORY_PAGE },
  });
  useStationEvents((event) => {
    if (event.type === 'stock' && (event.data.sku === sku || event.data.sku === null)) {
      ledger.reload();
    }
  });
  const card = useScrollIntoView<HTMLElement>();

  const changed = (what: string) => {
    setDone(what);
    setPage(1);
    ledger.reload();
    onChanged();
  };

  const data = ledger.data;
  return (
    <section className="card stock-card" ref={card} aria-labelledby="stock-title" tabIndex={-1}>
      <div className="page-header">
        <h2 id="stock-title">
          <span className="mono">{sku}</span>
          {data && <span className="cell-note">{data.stock.title}</span>}
        </h2>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
      {ledger.error && <LoadError message={ledger.error} onRetry={ledger.reload} />}
      {!data && !ledger.error && <p className="muted">Loading the SKU…</p>}
      {data && (
        <>
          <Figures stock={data.stock} />
          {data.stock.needs_count && (
            <Alert tone="warning">
              A picker found the shelf short while the ledger said there was stock. Count it.
            </Alert>
          )}
          {done && <Alert tone="success">{done}</Alert>}
          {admin && (
            <div className="stock-actions">
              <CountForm sku={sku} onHand={data.stock.on_hand} onDone={changed} />
              <AdjustForm sku={sku} onHand={data.stock.on_hand} onDone={changed} />
            </div>
          )}
          <h3>History</h3>
          <MovementHistory page={data} onPage={setPage} />
        </>
      )}
    </section>
  );
}
