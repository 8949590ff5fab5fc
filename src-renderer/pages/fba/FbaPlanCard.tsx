import { useState } from 'react';
import { api } from '../../api/client';
import { saveBlob } from '../../api/download';
import { Alert } from '../../components/Alert';
import { DataTable, NumCell } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import { useAction } from '../../hooks/useAction';
import { useApiData } from '../../hooks/useApiData';
import * as fba from '../../../src-main/contract/fba';
import { mayMoveFba, nextFbaStatus, type FbaStatus } from '../../../src-main/domain/fba';
import { dateTime } from '../orders/order-labels';
import { FBA_MOVE, FBA_STATUS_LABEL } from './fba-labels';
import { useScrollIntoView } from '../../hooks/useScrollIntoView';

const COLUMNS = ['Item', { label: 'Units', num: true }, { label: 'Received by Amazon', num: true }];

/** One plan: its items, the step forward (shipping takes the stock off the shelves), labels. */
export function FbaPlanCard({
  id,
  onChanged,
  onClose,
}: {
  id: number;
  onChanged: () => void;
  onClose: () => void;
}) {
  const plan = useApiData(fba.getFbaShipment, { params: { id: String(id) } });
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const card = useScrollIntoView<HTMLElement>();

  const move = (to: FbaStatus) =>
    action.run(async () => {
      const next = await api.call(fba.updateFbaShipment, {
        params: { id: String(id) },
        body: { status: to },
      });
      plan.update(() => next);
      setDone(`${next.name}: ${FBA_STATUS_LABEL[next.status]}.`);
      onChanged();
    });
  const labels = (name: string) =>
    action.run(async () =>
      saveBlob(
        await api.file(fba.fbaShipmentLabels, { params: { id: String(id) } }),
        `${name}-labels.pdf`,
      ),
    );

  const p = plan.data;
  const next = p && nextFbaStatus(p.status);
  const step = next && FBA_MOVE[next];
  return (
    <section className="card po-card" ref={card} aria-labelledby="fba-title" tabIndex={-1}>
      {plan.error && <LoadError message={plan.error} onRetry={plan.reload} />}
      {!p && !plan.error && <p className="muted">Loading the plan…</p>}
      {p && (
        <>
          <div className="page-header">
            <h2 id="fba-title">
              {p.name}{' '}
              <span className="badge" data-testid="fba-status">
                {FBA_STATUS_LABEL[p.status]}
              </span>
            </h2>
            <button type="button" className="btn" onClick={onClose}>
              Close
            </button>
          </div>
          <dl className="order-facts">
            <div>
              <dt>Written</dt>
              <dd>{dateTime(p.created_at)}</dd>
            </div>
            <div>
              <dt>Left the warehouse</dt>
              <dd>{p.shipped_at ? dateTime(p.shipped_at) : 'Not yet'}</dd>
            </div>
            <div>
              <dt>Amazon shipment</dt>
              <dd>{p.amazon_shipment_id ?? 'Not submitted through the station'}</dd>
            </div>
          </dl>
          <div className="actions">
            {next && step && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={action.busy}
                onClick={() => {
                  if (!step.confirm || window.confirm(step.confirm)) void move(next);
                }}
              >
                {step.label}
              </button>
            )}
            <button
              type="button"
              className="btn"
              disabled={action.busy}
              onClick={() => void labels(p.name)}
            >
              Box labels (PDF)
            </button>
            {mayMoveFba(p.status, 'CANCELLED') && (
              <button
                type="button"
                className="btn btn-danger"
                disabled={action.busy}
                onClick={() => {
                  if (window.confirm(`Cancel ${p.name}?`)) void move('CANCELLED');
                }}
              >
                Cancel plan
              </button>
            )}
          </div>
          {action.formError && <Alert tone="error">{action.formError}</Alert>}
          {done && <Alert tone="success">{done}</Alert>}
          <h3>Items</h3>
          <DataTable className="order-lines" columns={COLUMNS} testId="fba-items">
            <tbody>
              {p.items.map((item) => (
                <tr key={item.sku} data-testid={`fba-item-${item.sku}`}>
                  <td data-label="Item">
                    <span className="mono">{item.sku}</span>
                    <span className="cell-note">{item.title}</span>
                  </td>
                  <NumCell label="Units">{item.quantity}</NumCell>
                  <NumCell label="Received by Amazon">{item.quantity_received}</NumCell>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
