import { MAPPED_ORDER_STATES, type MappedOrderState } from '../../../../src-main/domain/orders';

export interface MappingRow {
  status: string;
  state: MappedOrderState;
}

const STATE_LABELS: Record<MappedOrderState, string> = {
  open: 'Open',
  cancelled: 'Cancelled',
  closed: 'Closed',
};

export const rowsOf = (mapping: Record<string, MappedOrderState>): MappingRow[] =>
  Object.entries(mapping).map(([status, state]) => ({ status, state }));

export const mappingOf = (rows: MappingRow[]): Record<string, MappedOrderState> =>
  Object.fromEntries(
    rows.filter((row) => row.status.trim()).map((r) => [r.status.trim(), r.state]),
  );

interface StatusMappingTableProps {
  rows: MappingRow[];
  onChange: (rows: MappingRow[]) => void;
  error: string | null;
}

export function StatusMappingTable({ rows, onChange, error }: StatusMappingTableProps) {
  const edit = (index: number, change: Partial<MappingRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="fieldset">
      <legend className="field-label">Order statuses</legend>
      <p className="field-hint">
        What each storefront status means here: open orders are picked and packed, cancelled ones
        leave the pick list, closed ones are already done. Statuses not listed are left alone.
      </p>
      <table className="table mapping-table">
        <thead>
          <tr>
            <th scope="col">Storefront status</th>
            <th scope="col">Means here</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const name = row.status || `status ${index + 1}`;
            return (
              <tr key={index}>
                <td>
                  <input
                    className="input"
                    aria-label={`Storefront status ${index + 1}`}
                    value={row.status}
                    onChange={(e) => edit(index, { status: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    className="select"
                    aria-label={`Meaning of ${name}`}
                    value={row.state}
                    onChange={(e) => edit(index, { state: e.target.value as MappedOrderState })}
                  >
                    {MAPPED_ORDER_STATES.map((state) => (
                      <option key={state} value={state}>
                        {STATE_LABELS[state]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button
                    className="btn btn-icon"
                    type="button"
                    aria-label={`Remove ${name}`}
                    title={`Remove ${name}`}
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {error && <p className="field-error">{error}</p>}
      <button
        className="btn"
        type="button"
        onClick={() => onChange([...rows, { status: '', state: 'open' }])}
      >
        Add status
      </button>
    </fieldset>
  );
}
