import { DataTable } from './DataTable';

export interface DraftLine {
  sku: string;
  quantity: string;
  /** Only where the lines are bought (a purchase order). */
  unit_cost?: string;
}

const WITH_COST = [
  'SKU',
  { label: 'Quantity', num: true },
  { label: 'Unit cost', num: true },
  { label: 'Remove', hidden: true },
];

const WITHOUT_COST = WITH_COST.filter((c) => c !== WITH_COST[2]);

/** Lines being written: a SKU (typed or scanned), how many, and at what cost when bought. */
export function SkuLinesEditor({
  lines,
  costs = false,
  fieldError,
  onChange,
  onAdd,
}: {
  lines: DraftLine[];
  costs?: boolean;
  fieldError: (field: string) => string | null;
  onChange: (lines: DraftLine[]) => void;
  onAdd: () => void;
}) {
  const set = (i: number, part: Partial<DraftLine>) =>
    onChange(lines.map((line, j) => (j === i ? { ...line, ...part } : line)));
  return (
    <>
      <DataTable
        className="order-lines lines-editor"
        columns={costs ? WITH_COST : WITHOUT_COST}
        testId="draft-lines"
      >
        <tbody>
          {lines.map((line, i) => {
            const error =
              fieldError(`lines.${i}.sku`) ??
              fieldError(`lines.${i}.quantity`) ??
              fieldError(`lines.${i}.unit_cost`);
            return (
              <tr key={i}>
                <td data-label="SKU">
                  <input
                    className="input mono"
                    aria-label={`SKU of line ${i + 1}`}
                    value={line.sku}
                    onChange={(e) => set(i, { sku: e.target.value })}
                  />
                  {error && <span className="field-error">{error}</span>}
                </td>
                <td data-label="Quantity" className="num">
                  <input
                    className="input input-qty"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={1}
                    aria-label={`Quantity of line ${i + 1}`}
                    value={line.quantity}
                    onChange={(e) => set(i, { quantity: e.target.value })}
                  />
                </td>
                {costs && (
                  <td data-label="Unit cost" className="num">
                    <input
                      className="input input-qty"
                      type="number"
                      inputMode="decimal"
                      min={0}
                      step={0.01}
                      aria-label={`Unit cost of line ${i + 1}`}
                      value={line.unit_cost ?? ''}
                      onChange={(e) => set(i, { unit_cost: e.target.value })}
                    />
                  </td>
                )}
                <td>
                  <button
                    type="button"
                    className="btn"
                    aria-label={`Remove line ${i + 1}`}
                    disabled={lines.length === 1}
                    onClick={() => onChange(lines.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <button type="button" className="btn" onClick={onAdd}>
        Add a line
      </button>
    </>
  );
}
