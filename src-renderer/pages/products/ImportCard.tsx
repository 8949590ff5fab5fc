import { useState, type DragEvent } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { DataTable, NumCell } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import * as products from '../../../src-main/contract/products';
import { appliedText, importable, previewText, type ImportAnswer } from './import-text';

const COLUMNS_HINT =
  'A header row naming sku and title, and any of: category, subcategory, barcode, asin, bin_location, reorder_point, reorder_qty, safety_buffer, cost, price, weight_oz, length_in, width_in, height_in, is_hazmat, is_active, on_hand (opening stock). Saved as CSV UTF-8.';

/** The skipped lines; `heading` says whether they would be or were skipped. */
function Rejected({ rows, heading }: { rows: ImportAnswer['rejected']; heading: string }) {
  return (
    <DataTable
      className="stacked import-rejected"
      columns={[{ label: 'Line', num: true }, heading]}
      testId="import-rejected"
    >
      <tbody>
        {rows.map((r) => (
          <tr key={r.line}>
            <NumCell label="Line">{r.line}</NumCell>
            <td data-label={heading}>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * A CSV of products: a dry run first, which lists every line it would skip and why, then the
 * import of the valid rows. Nothing changes until "Import" is pressed.
 */
export function ImportCard({
  onImported,
  onClose,
}: {
  onImported: () => void;
  onClose: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [applied, setApplied] = useState<ImportAnswer | null>(null);
  const [dragging, setDragging] = useState(false);
  const checking = useAction();
  const importing = useAction();

  const send = (chosen: File, dryRun: boolean) =>
    api.upload(products.importProducts, chosen, { query: { dry_run: dryRun ? 'true' : 'false' } });

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setPreview(null);
    setApplied(null);
    importing.clearError();
    void checking.run(async () => setPreview(await send(chosen, true)));
  };

  const apply = (chosen: File) =>
    importing.run(async () => {
      setApplied(await send(chosen, false));
      setPreview(null);
      onImported();
    });

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files[0]);
  };

  const count = preview ? importable(preview) : 0;
  return (
    <section className="card import-card" aria-labelledby="import-title">
      <div className="page-header">
        <h2 id="import-title">Import products from CSV</h2>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
      <div
        className={dragging ? 'dropzone is-dragging' : 'dropzone'}
        data-testid="import-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <Field label="CSV file" hint={COLUMNS_HINT}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              accept=".csv,text/csv"
              disabled={checking.busy || importing.busy}
              onChange={(e) => {
                choose(e.target.files?.[0]);
                // The same file may be chosen again after it was edited.
                e.target.value = '';
              }}
            />
          )}
        </Field>
        <p className="muted drop-hint">Or drop the file here.</p>
      </div>
      {checking.busy && file && (
        <p className="muted">Checking {file.name}… nothing is imported yet.</p>
      )}
      {checking.formError && <Alert tone="error">{checking.formError}</Alert>}
      {preview && file && (
        <div className="stack" data-testid="import-preview">
          <h3>
            Dry run of <span className="mono">{file.name}</span>
          </h3>
          <p>{previewText(preview)}</p>
          {preview.rejected.length > 0 && (
            <Rejected rows={preview.rejected} heading="Why it would be skipped" />
          )}
          {count > 0 ? (
            <div className="actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={importing.busy}
                onClick={() => void apply(file)}
              >
                {importing.busy
                  ? `Importing ${count} ${count === 1 ? 'product' : 'products'}…`
                  : `Import ${count} ${count === 1 ? 'product' : 'products'}`}
              </button>
            </div>
          ) : (
            <Alert tone="warning">Nothing to import: no line of the file is valid.</Alert>
          )}
        </div>
      )}
      {importing.formError && <Alert tone="error">{importing.formError}</Alert>}
      {applied && (
        <>
          <Alert tone="success">{appliedText(applied)}</Alert>
          {applied.rejected.length > 0 && (
            <Rejected rows={applied.rejected} heading="Why it was skipped" />
          )}
        </>
      )}
    </section>
  );
}
