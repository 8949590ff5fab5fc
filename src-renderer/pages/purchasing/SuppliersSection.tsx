import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { LoadError } from '../../components/LoadError';
import type { Supplier } from '../../../src-main/contract/purchasing';
import { SupplierForm } from './SupplierForm';

const COLUMNS = ['Supplier', 'Email', 'Phone', 'Lead time', { label: 'Edit', hidden: true }];

/** Who the warehouse buys from; a supplier's lead time sizes the suggested orders. */
export function SuppliersSection({
  suppliers,
  error,
  onChanged,
}: {
  suppliers: Supplier[] | null;
  error: string | null;
  onChanged: () => void;
}) {
  // The supplier being edited, or 'new' while one is being added.
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const saved = () => {
    setEditing(null);
    onChanged();
  };
  return (
    <section className="card" aria-labelledby="suppliers-title">
      <div className="page-header">
        <h2 id="suppliers-title">Suppliers</h2>
        {editing !== 'new' && (
          <button type="button" className="btn" onClick={() => setEditing('new')}>
            Add a supplier
          </button>
        )}
      </div>
      {error && <LoadError message={error} onRetry={onChanged} />}
      {editing === 'new' && <SupplierForm onSaved={saved} onCancel={() => setEditing(null)} />}
      {suppliers?.length === 0 && editing !== 'new' && (
        <p className="muted" data-testid="suppliers-empty">
          No suppliers yet. Add the first one to write purchase orders.
        </p>
      )}
      {suppliers && suppliers.length > 0 && (
        <DataTable className="stacked" columns={COLUMNS} testId="suppliers">
          <tbody>
            {suppliers.map((s) =>
              editing === s.id ? (
                <tr key={s.id} className="row-panel">
                  <td colSpan={COLUMNS.length}>
                    <SupplierForm supplier={s} onSaved={saved} onCancel={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={s.id} data-testid={`supplier-${s.id}`}>
                  <td data-label="Supplier">{s.name}</td>
                  <td data-label="Email">{s.email ?? '—'}</td>
                  <td data-label="Phone">{s.phone ?? '—'}</td>
                  <td data-label="Lead time">
                    {s.lead_time_days === null ? 'Not given' : `${s.lead_time_days} days`}
                  </td>
                  <td>
                    <button type="button" className="btn" onClick={() => setEditing(s.id)}>
                      Edit <span className="visually-hidden">{s.name}</span>
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
