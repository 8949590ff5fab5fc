import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import * as purchasing from '../../../src-main/contract/purchasing';
import type { Supplier } from '../../../src-main/contract/purchasing';
import { SkuLinesEditor, type DraftLine } from '../../components/SkuLinesEditor';

const EMPTY_LINE: DraftLine = { sku: '', quantity: '', unit_cost: '' };

/** A new purchase order: a supplier, the lines (typed, or suggested from low stock), a date. */
export function NewPurchaseOrder({
  suppliers,
  onCreated,
  onCancel,
}: {
  suppliers: Supplier[];
  onCreated: (id: number) => void;
  onCancel: () => void;
}) {
  const [supplierId, setSupplierId] = useState(String(suppliers[0]?.id ?? ''));
  const [expected, setExpected] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([EMPTY_LINE]);
  const [note, setNote] = useState<string | null>(null);
  const action = useAction(['supplier_id', 'expected_delivery', 'lines']);

  const suggest = () =>
    action.run(async () => {
      const answer = await api.call(purchasing.suggestPurchaseOrder, {
        query: { supplier_id: supplierId },
      });
      const days = `${answer.lead_time_days} days${answer.lead_time_assumed ? ' (assumed: the supplier has no lead time)' : ''}`;
      if (answer.lines.length === 0) {
        setNote(`No SKU is at or below its reorder point: nothing to suggest.`);
        return;
      }
      setLines(
        answer.lines.map((s) => ({
          sku: s.sku,
          quantity: String(s.quantity),
          unit_cost: s.unit_cost === null ? '' : String(s.unit_cost),
        })),
      );
      setNote(
        `${answer.lines.length} low ${answer.lines.length === 1 ? 'SKU' : 'SKUs'}, sized for a lead time of ${days}. Check the costs before you save.`,
      );
    });

  const create = () =>
    action.run(async () => {
      const po = await api.call(purchasing.createPurchaseOrder, {
        body: {
          supplier_id: Number(supplierId),
          expected_delivery: expected || null,
          lines: lines
            .filter((l) => l.sku.trim())
            .map((l) => ({
              sku: l.sku.trim(),
              quantity: Number(l.quantity),
              unit_cost: Number(l.unit_cost || 0),
            })),
        },
      });
      onCreated(po.id);
    });

  return (
    <form
      className="card stock-form po-new"
      aria-label="New purchase order"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h2>New purchase order</h2>
      <div className="form-grid">
        <Field label="Supplier" error={action.fieldError('supplier_id')}>
          {(control) => (
            <select
              {...control}
              className="select"
              name="supplier_id"
              value={supplierId}
              onChange={(e) => setSupplierId(e.target.value)}
            >
              {suppliers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Expected delivery" error={action.fieldError('expected_delivery')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              name="expected_delivery"
              value={expected}
              onChange={(e) => setExpected(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="button" className="btn" disabled={action.busy} onClick={() => void suggest()}>
        Suggest lines from low stock
      </button>
      {note && <Alert tone="info">{note}</Alert>}
      <SkuLinesEditor
        lines={lines}
        costs
        fieldError={action.fieldError}
        onChange={setLines}
        onAdd={() => setLines((l) => [...l, EMPTY_LINE])}
      />
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          Save as draft
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
