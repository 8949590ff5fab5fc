import { useEffect, useRef, useState } from 'react';
import type { PicklistSku } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProductPhoto } from '../../components/ProductPhoto';
import { putBackSentence } from './messages';
import { QtyStepper } from './QtyStepper';

interface PickSheetProps {
  /** As the list shows it now: others may pick from it while the sheet is open. */
  sku: PicklistSku;
  /** Scans of this product since the sheet opened (0 when it was opened by a tap). */
  scans: number;
  busy: boolean;
  error: string | null;
  /** `putBack`: units the picker holds beyond `qty`, to go back on the shelf. */
  onPick: (qty: number, putBack: number) => void;
  /** Without a quantity, everything still to pick is short. */
  onShort: (qty: number | undefined) => void;
  onClose: () => void;
}

/**
 * Opens over the list for one SKU: how many to pick, or that the shelf is empty. The quantity is
 * the picker's: it never changes by itself. When others take units and fewer remain than it
 * says, the sheet asks instead of quietly recording fewer than the picker holds.
 */
export function PickSheet({ sku, scans, busy, error, onPick, onShort, onClose }: PickSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const left = sku.qty_remaining;
  const bin = sku.bin_location;
  // Opened by a scan, the one scanned unit is counted; opened by a tap, everything left.
  const [qty, setQty] = useState(scans > 0 ? scans : left);
  const [shortQty, setShortQty] = useState(left);
  const [reportingShort, setReportingShort] = useState(false);
  const [counted, setCounted] = useState(scans);
  if (scans !== counted) {
    // Each further scan of the product is one more unit in hand.
    setCounted(scans);
    setQty((q) => q + scans - counted);
    setReportingShort(false);
  }

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
        <ProductPhoto src={sku.image} className="sheet-photo" />
        <div className="sheet-name">
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
        Bin <strong className="mono">{bin ?? 'not set'}</strong>
      </p>

      {error && <Alert tone="error">{error}</Alert>}

      {left === 0 ? (
        <Alert tone="info">
          Nothing is left to pick for this SKU: someone else has finished it.
          {scans > 0 && ` ${putBackSentence(qty, bin)}`}
        </Alert>
      ) : reportingShort ? (
        <div className="sheet-actions">
          <QtyStepper
            label="How many are missing?"
            value={shortQty}
            max={left}
            onChange={setShortQty}
          />
          {shortQty > left ? (
            <>
              <Alert tone="error">
                Only {left} left to pick now — mark {left} not in stock?
              </Alert>
              <button
                className="btn btn-danger btn-big btn-block"
                type="button"
                disabled={busy}
                onClick={() => onShort(undefined)}
              >
                Mark {left} not in stock
              </button>
            </>
          ) : (
            <button
              className="btn btn-danger btn-big btn-block"
              type="button"
              disabled={busy}
              onClick={() => onShort(shortQty === left ? undefined : shortQty)}
            >
              Mark {shortQty} not in stock
            </button>
          )}
          <button className="btn btn-block" type="button" onClick={() => setReportingShort(false)}>
            Back to picking
          </button>
        </div>
      ) : (
        <div className="sheet-actions">
          <QtyStepper label="Quantity to pick" value={qty} max={left} onChange={setQty} />
          {sku.barcode && (
            <p className="field-hint sheet-scan-hint">
              {counted > 0 ? `Counted by scan: ${counted}. ` : ''}Each scan of the barcode adds 1.
            </p>
          )}
          {qty > left ? (
            <>
              <Alert tone="error">
                Only {left} left now — pick {left}? {putBackSentence(qty - left, bin)}
              </Alert>
              <button
                className="btn btn-primary btn-big btn-block"
                type="button"
                disabled={busy}
                onClick={() => onPick(left, qty - left)}
              >
                Pick {left}
              </button>
            </>
          ) : (
            <button
              className="btn btn-primary btn-big btn-block"
              type="button"
              disabled={busy}
              onClick={() => onPick(qty, 0)}
            >
              Confirm pick of {qty}
            </button>
          )}
          <button
            className="btn btn-block btn-warning-outline"
            type="button"
            onClick={() => {
              setShortQty(left);
              setReportingShort(true);
            }}
          >
            Not in stock…
          </button>
        </div>
      )}
    </dialog>
  );
}
