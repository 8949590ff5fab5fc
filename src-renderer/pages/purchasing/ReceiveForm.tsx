import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { useAction } from '../../hooks/useAction';
import * as purchasing from '../../../src-main/contract/purchasing';
import type { PurchaseOrder } from '../../../src-main/contract/purchasing';

const COLUMNS = [
  'Item',
  { label: 'Still to come', num: true },
  { label: 'Arrived now', num: true },
];

const stillToCome = (line: PurchaseOrder['lines'][number]) =>
  Math.max(0, line.quantity_ordered - line.quantity_received);

/**
 * Books a delivery: how many of each line arrived ("All arrived" fills in what is still to
 * come). More than was ordered is refused by the station until the receiver says so.
 */
export function ReceiveForm({
  po,
  onReceived,
}: {
  po: PurchaseOrder;
  onReceived: (po: PurchaseOrder, units: number) => void;
}) {
  // Empty until someone says what came: a prefilled "everything" would book stock unseen.
  const [arrived, setArrived] = useState<Record<string, string>>({});
  const allArrived = () =>
    setArrived(Object.fromEntries(po.lines.map((line) => [line.sku, String(stillToCome(line))])));
  const [allowOver, setAllowOver] = useState(false);
  const action = useAction();
  const lines = po.lines
    .map((line) => ({ sku: line.sku, quantity: Number(arrived[line.sku] || 0) }))
    .filter((line) => Number.isInteger(line.quantity) && line.quantity > 0);
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  const over = action.errorCode === 'over_receipt';

  const submit = () =>
    action.run(async () => {
      const received = await api.call(purchasing.receivePurchaseOrder, {
        params: { id: String(po.id) },
        body: { lines, allow_over: allowOver || undefined },
      });
      setAllowOver(false);
      setArrived({});
      onReceived(received, units);
    });

  return (
    <form
      className="stock-form receive-form"
      aria-label="Receive"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Receive a delivery</h3>
      <DataTable className="order-lines" columns={COLUMNS}>
        <tbody>
          {po.lines.map((line) => (
            <tr key={line.sku}>
              <td data-label="Item">
                <span className="mono">{line.sku}</span>
                <span className="cell-note">{line.title}</span>
              </td>
              <td data-label="Still to come" className="num">
                {stillToCome(line)}
              </td>
              <td data-label="Arrived now" className="num">
                <input
                  className="input input-qty"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  aria-label={`Arrived now of ${line.sku}`}
                  value={arrived[line.sku] ?? ''}
                  onChange={(e) => setArrived((a) => ({ ...a, [line.sku]: e.target.value }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      {over && (
        <label className="check">
          <input
            type="checkbox"
            checked={allowOver}
            onChange={(e) => setAllowOver(e.target.checked)}
          />
          The supplier sent more than was ordered: book it all
        </label>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy || units === 0}>
          {units
            ? `Book ${units} ${units === 1 ? 'unit' : 'units'} into stock`
            : 'Type what arrived'}
        </button>
        <button type="button" className="btn" onClick={allArrived}>
          All arrived
        </button>
      </div>
    </form>
  );
}
