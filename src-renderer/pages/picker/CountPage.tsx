import { useState } from 'react';
import { toApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import * as inventory from '../../../src-main/contract/inventory';
import { countedSentence, countTarget, namesItem, type CountItem } from './count-flow';
import { signalError, signalSuccess } from './feedback';
import { QtyStepper } from './QtyStepper';
import { ScanBox } from './ScanBox';
import { StockScreenBar } from './StockScreenBar';
import { countSku, lookUp } from './stock-api';

interface Notice {
  tone: 'success' | 'warning' | 'error';
  text: string;
}

const LIST_SIZE = 50;
const MOST = 10_000_000;

/** A SKU to count as a big button: its bin first, as the walk goes. */
function CountCard({
  item,
  flagged,
  onOpen,
}: {
  item: CountItem;
  flagged: boolean;
  onOpen: (item: CountItem) => void;
}) {
  return (
    <button type="button" className="sku-card" onClick={() => onOpen(item)}>
      <span className="sku-bin">
        <span className="sku-bin-label">Bin</span>
        <span className="sku-bin-code">{item.bin_location ?? '—'}</span>
      </span>
      <span className="sku-main">
        <span className="sku-title">{item.title}</span>
        <span className="sku-code">{item.sku}</span>
        {flagged && <span className="badge badge-warn">Count first: a shortage was reported</span>}
      </span>
    </button>
  );
}

/**
 * The handheld's cycle count: scan a bin or a SKU (or tap one on the list, the flagged ones
 * first), enter what is on the shelf, save. The count is blind: the stock record's figure is
 * shown only after saving, so it cannot steer what is counted.
 */
export function CountPage() {
  const list = useApiData(inventory.toCount, { query: { page_size: LIST_SIZE } });
  const [counting, setCounting] = useState<CountItem | null>(null);
  const [counted, setCounted] = useState(0);
  const [choice, setChoice] = useState<{ bin: string; items: CountItem[] } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  /** A scan of the product itself is the first unit in hand; a bin label or a tap is none. */
  const open = (item: CountItem, inHand = 0) => {
    setChoice(null);
    setCounting(item);
    setCounted(inHand);
  };

  const refuse = (text: string) => {
    signalError();
    setNotice({ tone: 'error', text });
  };

  const onCode = async (code: string) => {
    if (counting) {
      // With a count open, the gun counts: each scan of its product is one more in hand.
      if (namesItem(counting, code)) {
        signalSuccess();
        setCounted((n) => Math.min(MOST, n + 1));
      } else {
        refuse(`That was “${code}”, not ${counting.sku}: save or cancel this count first.`);
      }
      return;
    }
    if (busy) return;
    setBusy(true);
    try {
      const resolved = await lookUp(code);
      const target = countTarget(resolved);
      if (target.kind === 'refused') return refuse(target.message);
      signalSuccess();
      setNotice(null);
      if (target.kind === 'sku') open(target.item, resolved.kind === 'product' ? 1 : 0);
      else setChoice({ bin: target.bin, items: target.items });
    } catch (err) {
      refuse(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const save = async (item: CountItem) => {
    setBusy(true);
    try {
      const answer = await countSku(item.sku, counted);
      signalSuccess();
      setNotice({
        tone: answer.difference === 0 ? 'success' : 'warning',
        text: countedSentence(answer),
      });
      setCounting(null);
      list.reload();
    } catch (err) {
      refuse(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const flagged = new Set(list.data?.items.filter((i) => i.needs_count).map((i) => i.sku));
  return (
    <div className="picker stock-screen">
      <div className="picker-bar">
        <StockScreenBar title="Count stock" />
        <ScanBox
          onCode={onCode}
          label={
            counting ? `Scan ${counting.sku} to count one more` : 'Scan a bin or product to count'
          }
          placeholder={counting ? 'Scan the product: +1' : 'Scan a bin or product'}
        />
      </div>

      {notice && (
        <div className="picker-notice">
          <Alert tone={notice.tone}>{notice.text}</Alert>
        </div>
      )}

      {counting ? (
        <section className="stock-step" aria-label={`Count ${counting.sku}`}>
          <div className="stock-from card">
            <span className="sku-bin">
              <span className="sku-bin-label">Bin</span>
              <span className="sku-bin-code">{counting.bin_location ?? '—'}</span>
            </span>
            <span className="sku-main">
              <span className="sku-title">{counting.title}</span>
              <span className="sku-code">{counting.sku}</span>
            </span>
          </div>
          <QtyStepper
            label="How many are on the shelf?"
            value={counted}
            min={0}
            max={MOST}
            hint="Type the number, tap − and +, or scan each one."
            onChange={setCounted}
          />
          <div className="stock-actions">
            <button
              className="btn btn-primary stock-save"
              type="button"
              disabled={busy}
              onClick={() => save(counting)}
            >
              Save count of {counted}
            </button>
            <button className="btn" type="button" disabled={busy} onClick={() => setCounting(null)}>
              Cancel
            </button>
          </div>
        </section>
      ) : choice ? (
        <section className="stock-step" aria-label={`Bin ${choice.bin}`}>
          <div className="list-focus">
            <h2>Bin {choice.bin}: which SKU are you counting?</h2>
            <button className="btn" type="button" onClick={() => setChoice(null)}>
              Back
            </button>
          </div>
          <ul className="sku-cards">
            {choice.items.map((item) => (
              <li key={item.sku}>
                <CountCard item={item} flagged={flagged.has(item.sku)} onOpen={open} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section className="pick-category" aria-label="To count">
          <h2 className="pick-category-title">To count</h2>
          {list.error && <LoadError message={list.error} onRetry={list.reload} />}
          {!list.data && !list.error && <p className="muted">Loading what to count…</p>}
          {list.data && list.data.items.length === 0 && (
            <p className="muted">No active SKU to count.</p>
          )}
          {list.data && (
            <ul className="sku-cards">
              {list.data.items.map((item) => (
                <li key={item.sku}>
                  <CountCard item={item} flagged={item.needs_count} onOpen={open} />
                </li>
              ))}
            </ul>
          )}
          {list.data && list.data.total > list.data.items.length && (
            <p className="muted">
              {list.data.total - list.data.items.length} more: scan a bin or product to count it.
            </p>
          )}
        </section>
      )}
    </div>
  );
}
