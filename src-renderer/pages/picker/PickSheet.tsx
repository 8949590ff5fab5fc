import { useEffect, useRef, useState } from 'react';
import type { PicklistSku } from '../../api/types';
import { Alert } from '../../components/Alert';
import { QtyStepper } from './QtyStepper';

interface PickSheetProps {
  /** As the list shows it now: others may pick from it while the sheet is open. */
  sku: PicklistSku;
  busy: boolean;
  error: string | null;
  onPick: (qty: number) => void;
  /** Without a quantity, everything still to pick is short. */
  onShort: (qty: number | undefined) => void;
  onClose: () => void;
}

/** Opens over the list for one SKU: how many to pick, or that the shelf is empty. */
export function PickSheet({ sku, busy, error, onPick, onShort, onClose }: PickSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const left = sku.qty_remaining;
  const [qty, setQty] = useState(left);
  const [shortQty, setShortQty] = useState(left);
  const [reportingShort, setReportingShort] = useState(false);
  const pickQty = Math.min(qty, left);
  const missing = Math.min(shortQty, left);

  useEffect(() => {
    const sheet = dialog.current!;
    sheet.showModal();
    // Not on a button: a gun slow enough to be taken for typing ends in an Enter, which would
    // press it. Keys on the sheet itself still reach the scanner.
    sheet.focus();
    return () => sheet.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="sheet"
      tabIndex={-1}
      aria-labelledby="pick-sheet-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="sheet-head">
        <div>
          <h2 id="pick-sheet-title">{sku.title}</h2>
          <p className="sheet-codes">
            <span className="mono">{sku.sku}</span>
            {sku.barcode && <span className="mono">{sku.barcode}</span>}
          </p>
        </div>
        <button className="btn sheet-close" type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="sheet-bin">
        Bin <strong className="mono">{sku.bin_location ?? 'not set'}</strong>
      </p>

      {error && <Alert tone="error">{error}</Alert>}

      {left === 0 ? (
        <Alert tone="info">
          Nothing is left to pick for this SKU: someone else has finished it.
        </Alert>
      ) : reportingShort ? (
        <div className="sheet-actions">
          <QtyStepper
            label="How many are missing?"
            value={missing}
            max={left}
            onChange={setShortQty}
          />
          <button
            className="btn btn-danger btn-big btn-block"
            type="button"
            disabled={busy}
            onClick={() => onShort(missing === left ? undefined : missing)}
          >
            Mark {missing} not in stock
          </button>
          <button className="btn btn-block" type="button" onClick={() => setReportingShort(false)}>
            Back to picking
          </button>
        </div>
      ) : (
        <div className="sheet-actions">
          <QtyStepper label="Quantity to pick" value={pickQty} max={left} onChange={setQty} />
          <button
            className="btn btn-primary btn-big btn-block"
            type="button"
            disabled={busy}
            onClick={() => onPick(pickQty)}
          >
            Confirm pick of {pickQty}
          </button>
          <button
            className="btn btn-block btn-warning-outline"
            type="button"
            onClick={() => setReportingShort(true)}
          >
            Not in stock…
          </button>
        </div>
      )}
    </dialog>
  );
}
