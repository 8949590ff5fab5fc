import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { SkuLinesEditor, type DraftLine } from '../../components/SkuLinesEditor';
import { useAction } from '../../hooks/useAction';
import * as fba from '../../../src-main/contract/fba';

const EMPTY_LINE: DraftLine = { sku: '', quantity: '' };

/** A new plan: the SKUs and units going to Amazon, and a name for the boxes. */
export function NewFbaPlan({
  onCreated,
  onCancel,
}: {
  onCreated: (id: number) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [lines, setLines] = useState<DraftLine[]>([EMPTY_LINE]);
  const action = useAction(['name', 'items']);
  const create = () =>
    action.run(async () => {
      const plan = await api.call(fba.createFbaShipment, {
        body: {
          name: name.trim() || undefined,
          items: lines
            .filter((l) => l.sku.trim())
            .map((l) => ({ sku: l.sku.trim(), quantity: Number(l.quantity) })),
        },
      });
      onCreated(plan.id);
    });
  return (
    <form
      className="card stock-form po-new"
      aria-label="New FBA plan"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h2>New FBA plan</h2>
      <Field label="Name" hint="Left empty, the plan is named by its number (FBA-000012).">
        {(control) => (
          <input
            {...control}
            className="input"
            name="name"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <SkuLinesEditor
        lines={lines}
        fieldError={(field) => action.fieldError(field.replace(/^lines\./, 'items.'))}
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
