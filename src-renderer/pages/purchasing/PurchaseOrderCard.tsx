import { useState } from 'react';
import { api } from '../../api/client';
import { saveBlob } from '../../api/download';
import { Alert } from '../../components/Alert';
import { DataTable, NumCell } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { useAction } from '../../hooks/useAction';
import { useApiData } from '../../hooks/useApiData';
import * as purchasing from '../../../src-main/contract/purchasing';
import type { PurchaseOrder } from '../../../src-main/contract/purchasing';
import {
  mayMovePo,
  mayReceivePo,
  nextPoStatus,
  type PoStatus,
} from '../../../src-main/domain/purchasing';
import { amount, MOVE_LABEL, PO_STATUS_LABEL } from './po-labels';
import { ReceiveForm } from './ReceiveForm';
import { useScrollIntoView } from '../../hooks/useScrollIntoView';

const LINE_COLUMNS = [
  'Item',
  { label: 'Ordered', num: true },
  { label: 'Received', num: true },
  { label: 'Unit cost', num: true },
  { label: 'Total', num: true },
];

/** One purchase order: its lines, the step forward, receiving, and the PDF for the supplier. */
export function PurchaseOrderCard({
  id,
  onChanged,
  onClose,
}: {
  id: number;
  onChanged: () => void;
  onClose: () => void;
}) {
  const po = useApiData(purchasing.getPurchaseOrder, { params: { id: String(id) } });
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const card = useScrollIntoView<HTMLElement>();

  const changed = (next: PurchaseOrder, message: string) => {
    po.update(() => next);
    setDone(message);
    onChanged();
  };
  const move = (to: PoStatus) =>
    action.run(async () => {
      const next = await api.call(purchasing.movePurchaseOrder, {
        params: { id: String(id) },
        body: { status: to },
      });
      changed(next, `${next.po_number} is now ${PO_STATUS_LABEL[next.status].toLowerCase()}.`);
    });
  const pdf = (o: PurchaseOrder) =>
    action.run(async () =>
      saveBlob(
        await api.file(purchasing.purchaseOrderPdf, { params: { id: String(id) }, query: {} }),
        `${o.po_number}.pdf`,
      ),
    );

  const o = po.data;
  const next = o && nextPoStatus(o.status);
  return (
    <section className="card po-card" ref={card} aria-labelledby="po-title" tabIndex={-1}>
      {po.error && <LoadError message={po.error} onRetry={po.reload} />}
      {!o && !po.error && <p className="muted">Loading the purchase order…</p>}
      {o && (
        <>
          <div className="page-header">
            <h2 id="po-title">
              <span className="mono">{o.po_number}</span>{' '}
              <span className="badge" data-testid="po-status">
                {PO_STATUS_LABEL[o.status]}
              </span>
            </h2>
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          </div>
          <dl className="order-facts">
            <div>
              <dt>Supplier</dt>
              <dd>
                {o.supplier.name}
                {o.supplier.email && <span className="cell-note">{o.supplier.email}</span>}
              </dd>
            </div>
            <div>
              <dt>Expected</dt>
              <dd>{o.expected_delivery ?? 'Not given'}</dd>
            </div>
            <div>
              <dt>Written by</dt>
              <dd>{o.created_by ?? '—'}</dd>
            </div>
            <div>
              <dt>Total</dt>
              <dd>{amount(o.total)}</dd>
            </div>
          </dl>
          <div className="actions">
            {next && MOVE_LABEL[next] && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={action.busy}
                onClick={() => void move(next)}
              >
                {MOVE_LABEL[next]}
              </button>
            )}
            <button
              type="button"
              className="btn"
              disabled={action.busy}
              onClick={() => void pdf(o)}
            >
              Download PDF
            </button>
            {mayMovePo(o.status, 'CANCELLED') && (
              <button
                type="button"
                className="btn btn-danger"
                disabled={action.busy}
                onClick={() => {
                  if (
                    window.confirm(
                      `Cancel ${o.po_number}? Its missing units stop counting as incoming.`,
                    )
                  )
                    void move('CANCELLED');
                }}
              >
                Cancel order
              </button>
            )}
          </div>
          {action.formError && <Alert tone="error">{action.formError}</Alert>}
          {done && <Alert tone="success">{done}</Alert>}

          <h3>Lines</h3>
          <DataTable className="order-lines" columns={LINE_COLUMNS} testId="po-lines">
            <tbody>
              {o.lines.map((line) => (
                <tr key={line.sku} data-testid={`po-line-${line.sku}`}>
                  <td data-label="Item">
                    <span className="mono">{line.sku}</span>
                    <span className="cell-note">{line.title}</span>
                  </td>
                  <NumCell label="Ordered">{line.quantity_ordered}</NumCell>
                  <NumCell label="Received">{line.quantity_received}</NumCell>
                  <NumCell label="Unit cost">{amount(line.unit_cost)}</NumCell>
                  <NumCell label="Total">{amount(line.line_total)}</NumCell>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {mayReceivePo(o.status) && (
            <ReceiveForm
              po={o}
              onReceived={(received, units) =>
                changed(
                  received,
                  `Booked ${units} ${units === 1 ? 'unit' : 'units'} into stock.${received.status === 'RECEIVED' ? ` ${received.po_number} has arrived in full.` : ''}`,
                )
              }
            />
          )}
        </>
      )}
    </section>
  );
}
