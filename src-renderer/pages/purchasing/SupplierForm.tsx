import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import * as purchasing from '../../../src-main/contract/purchasing';
import type { Supplier } from '../../../src-main/contract/purchasing';

const FIELDS = ['name', 'email', 'phone', 'lead_time_days'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const draftOf = (s?: Supplier): Draft => ({
  name: s?.name ?? '',
  email: s?.email ?? '',
  phone: s?.phone ?? '',
  lead_time_days: s?.lead_time_days === null || !s ? '' : String(s.lead_time_days),
});

const LABEL: Record<keyof Draft, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  lead_time_days: 'Lead time (days)',
};

/** Adds a supplier, or changes one; an empty optional field clears it. */
export function SupplierForm({
  supplier,
  onSaved,
  onCancel,
}: {
  supplier?: Supplier;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(supplier));
  const action = useAction(FIELDS);
  const save = () =>
    action.run(async () => {
      const body = {
        name: draft.name,
        email: draft.email.trim() || null,
        phone: draft.phone.trim() || null,
        lead_time_days: draft.lead_time_days === '' ? null : Number(draft.lead_time_days),
      };
      if (supplier) {
        await api.call(purchasing.updateSupplier, { params: { id: String(supplier.id) }, body });
      } else {
        await api.call(purchasing.createSupplier, { body });
      }
      onSaved();
    });
  return (
    <form
      className="stock-form"
      aria-label={supplier ? `Edit ${supplier.name}` : 'New supplier'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="form-grid">
        {FIELDS.map((field) => (
          <Field key={field} label={LABEL[field]} error={action.fieldError(field)}>
            {(control) => (
              <input
                {...control}
                className="input"
                name={field}
                required={field === 'name'}
                type={field === 'email' ? 'email' : field === 'lead_time_days' ? 'number' : 'text'}
                inputMode={field === 'lead_time_days' ? 'numeric' : undefined}
                min={field === 'lead_time_days' ? 0 : undefined}
                value={draft[field]}
                onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {supplier ? 'Save supplier' : 'Add supplier'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
