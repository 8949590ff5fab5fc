import { useState } from 'react';
import { Link } from 'react-router';
import { toApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { DataTable, NumCell } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { openPdf, printSlip, savedSlipSize, slipUrl } from '../packing/slip';
import { CHANNEL_LABEL, dateTime, STATUS_LABEL } from './order-labels';
import { OrderHistory } from './OrderHistory';
import { OrderShipments } from './OrderShipments';
import * as orders from '../../../src-main/contract/orders';
import { useScrollIntoView } from '../../hooks/useScrollIntoView';

type Notice = { tone: 'success' | 'error' | 'info'; text: string };

const LINE_COLUMNS = [
  'Item',
  { label: 'Ordered', num: true },
  { label: 'Picked', num: true },
  { label: 'Short', num: true },
  { label: 'Packed', num: true },
];

/** One order: what it holds, what happened to it, its slips, and the way to the packing desk. */
export function OrderDetailCard({ id, onClose }: { id: number; onClose: () => void }) {
  const order = useApiData(orders.orderDetail, { params: { id: String(id) } });
  const [notice, setNotice] = useState<Notice | null>(null);
  const card = useScrollIntoView<HTMLElement>();

  const reprint = async () => {
    try {
      const answer = await printSlip(id);
      setNotice({ tone: 'success', text: `Slip sent to ${answer.printer}.` });
    } catch (err) {
      setNotice({ tone: 'error', text: toApiError(err).message });
    }
  };

  const pdf = async () => {
    const size = savedSlipSize();
    try {
      const how = await openPdf(slipUrl(id, size));
      setNotice({
        tone: 'info',
        text:
          how === 'printed'
            ? `Sent the ${size} PDF slip to the printer.`
            : `Opened the ${size} PDF slip in a new tab.`,
      });
    } catch (err) {
      setNotice({ tone: 'error', text: toApiError(err).message });
    }
  };

  const o = order.data;
  return (
    <section className="card order-detail" ref={card} aria-labelledby="order-title" tabIndex={-1}>
      {order.error && <LoadError message={order.error} onRetry={order.reload} />}
      {!o && !order.error && <p className="muted">Loading the order…</p>}
      {o && (
        <>
          <div className="page-header">
            <h2 id="order-title">
              Order <span className="mono">{o.number}</span>{' '}
              <span className="badge" data-testid="order-status">
                {STATUS_LABEL[o.status]}
              </span>
            </h2>
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          </div>
          <dl className="order-facts">
            <div>
              <dt>Customer</dt>
              <dd>{o.customer_name ?? '—'}</dd>
            </div>
            <div>
              <dt>Channel</dt>
              <dd>
                {CHANNEL_LABEL[o.channel]} <span className="muted mono">{o.external_order_id}</span>
              </dd>
            </div>
            <div>
              <dt>Ordered</dt>
              <dd>{dateTime(o.created_at)}</dd>
            </div>
            {o.packed_at && (
              <div>
                <dt>Packed</dt>
                <dd>
                  {dateTime(o.packed_at)}
                  {o.packed_by && ` by ${o.packed_by}`}
                  {o.pack_verified === false && ' (not every item scanned)'}
                </dd>
              </div>
            )}
          </dl>
          <div className="actions">
            <Link className="btn btn-primary" to={`/packing?order=${o.id}`}>
              Open at the desk
            </Link>
            <button type="button" className="btn" onClick={() => void reprint()}>
              Print slip
            </button>
            <button type="button" className="btn" onClick={() => void pdf()}>
              PDF slip
            </button>
          </div>
          {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}

          <h3>Lines</h3>
          <DataTable className="order-lines" columns={LINE_COLUMNS} testId="order-lines">
            <tbody>
              {o.items.map((item) => (
                <tr key={item.id} data-testid={`order-line-${item.sku}`}>
                  <td data-label="Item">
                    <span className="mono">{item.sku}</span>
                    <span className="cell-note">
                      {item.title} · Bin <span className="mono">{item.bin_location ?? '—'}</span>
                    </span>
                  </td>
                  <NumCell label="Ordered">{item.qty_ordered}</NumCell>
                  <NumCell label="Picked">{item.qty_picked}</NumCell>
                  <NumCell label="Short">{item.qty_short}</NumCell>
                  <NumCell label="Packed">{item.qty_packed}</NumCell>
                </tr>
              ))}
            </tbody>
          </DataTable>

          <OrderShipments orderNumber={o.number} shipments={o.shipments} onChanged={order.reload} />

          <h3>History</h3>
          <OrderHistory events={o.events} />
        </>
      )}
    </section>
  );
}
