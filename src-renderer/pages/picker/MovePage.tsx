import { useState } from 'react';
import { toApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { signalError, signalSuccess } from './feedback';
import {
  moveDestination,
  movedSentence,
  moveSource,
  sourceBin,
  type MoveSource,
} from './move-flow';
import { ScanBox } from './ScanBox';
import { StockScreenBar } from './StockScreenBar';
import { lookUp, moveBin, moveSku } from './stock-api';

interface Notice {
  tone: 'success' | 'error';
  text: string;
}

/**
 * The handheld's move between bins: scan where the stock is (a product or a whole bin), say how
 * many if it is part of a product's stock, then scan the bin it goes to. The pick list shows the
 * new bin at once.
 */
export function MovePage() {
  const [source, setSource] = useState<MoveSource | null>(null);
  const [quantity, setQuantity] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const refuse = (text: string) => {
    signalError();
    setNotice({ tone: 'error', text });
  };

  const move = async (from: MoveSource, toBin: string) => {
    const carried = quantity === '' ? undefined : Number(quantity);
    const moves =
      from.kind === 'bin'
        ? await moveBin(from.bin, toBin)
        : await moveSku(from.product.sku, toBin, carried);
    signalSuccess();
    setNotice({ tone: 'success', text: movedSentence(moves) });
    setSource(null);
    setQuantity('');
  };

  const onCode = async (code: string) => {
    if (busy) return;
    setBusy(true);
    try {
      const resolved = await lookUp(code);
      if (source === null) {
        const found = moveSource(resolved);
        if (found.kind === 'refused') return refuse(found.message);
        signalSuccess();
        setNotice(null);
        setSource(found);
        return;
      }
      const to = moveDestination(resolved, source);
      if (to.kind === 'refused') return refuse(to.message);
      await move(source, to.bin);
    } catch (err) {
      refuse(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const from = source && sourceBin(source);
  return (
    <div className="picker stock-screen">
      <div className="picker-bar">
        <StockScreenBar title="Move stock" />
        <ScanBox
          onCode={onCode}
          label={source ? 'Scan the bin it goes to' : 'Scan the bin or product to move'}
          placeholder={source ? 'Scan the new bin' : 'Scan a bin or product'}
        />
      </div>

      {notice && (
        <div className="picker-notice">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}

      {source === null ? (
        <section className="stock-step" aria-label="Step 1 of 2">
          <h2>1. Where is it now?</h2>
          <p>Scan the bin label to move everything in it, or a product to move just that SKU.</p>
        </section>
      ) : (
        <section className="stock-step" aria-label="Step 2 of 2">
          <h2>2. Where does it go?</h2>
          <div className="stock-from card">
            <span className="sku-bin">
              <span className="sku-bin-label">From</span>
              <span className="sku-bin-code">{from ?? '—'}</span>
            </span>
            {source.kind === 'product' ? (
              <span className="sku-main">
                <span className="sku-title">{source.product.title}</span>
                <span className="sku-code">{source.product.sku}</span>
              </span>
            ) : (
              <ul className="stock-bin-skus" aria-label={`In bin ${source.bin}`}>
                {source.products.map((p) => (
                  <li key={p.sku}>
                    <span className="sku-code">{p.sku}</span> {p.title}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {source.kind === 'product' && (
            <label className="stock-qty">
              <span className="field-label">How many are you moving?</span>
              <input
                className="input stock-qty-input"
                type="number"
                inputMode="numeric"
                min={1}
                placeholder="All of them"
                value={quantity}
                onChange={(e) => setQuantity(e.target.value.replace(/\D/g, ''))}
              />
            </label>
          )}
          <p>Now scan the label of the bin it goes to.</p>
          <button
            className="btn stock-cancel"
            type="button"
            disabled={busy}
            onClick={() => {
              setSource(null);
              setQuantity('');
              setNotice(null);
            }}
          >
            Start again
          </button>
        </section>
      )}
    </div>
  );
}
