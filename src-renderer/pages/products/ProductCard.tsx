import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { useAction } from '../../hooks/useAction';
import { useApiData } from '../../hooks/useApiData';
import * as products from '../../../src-main/contract/products';
import type { Product } from '../../../src-main/contract/products';
import { bodyOf, DRAFT_FIELDS, draftOf, type Draft } from './product-draft';
import { ProductFields } from './ProductFields';
import { useScrollIntoView } from '../../hooks/useScrollIntoView';

/** The form over one loaded product; it sends only what was changed. */
function EditForm({ product, onSaved }: { product: Product; onSaved: (p: Product) => void }) {
  const [saved, setSaved] = useState(() => draftOf(product));
  const [draft, setDraft] = useState<Draft>(saved);
  const [done, setDone] = useState(false);
  const action = useAction(DRAFT_FIELDS);
  const body = bodyOf(draft, saved);
  const unchanged = Object.keys(body).length === 0;

  const save = () =>
    action.run(async () => {
      const answer = await api.call(products.update, { params: { sku: product.sku }, body });
      setSaved(draftOf(answer));
      setDraft(draftOf(answer));
      setDone(true);
      onSaved(answer);
    });

  return (
    <form
      className="form product-form"
      aria-label="Edit product"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ProductFields
        draft={draft}
        onChange={(next) => {
          setDone(false);
          setDraft(next);
        }}
        errorOf={action.fieldError}
        photoUrl={product.image_url}
      />
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      {done && unchanged && <Alert tone="success">Saved.</Alert>}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={action.busy || unchanged}>
          {action.busy ? 'Saving…' : 'Save changes'}
        </button>
        <button
          type="button"
          className="btn"
          disabled={action.busy || unchanged}
          onClick={() => setDraft(saved)}
        >
          Undo changes
        </button>
      </div>
    </form>
  );
}

/** One product to edit, with the way to its stock. */
export function ProductCard({
  sku,
  onSaved,
  onClose,
}: {
  sku: string;
  onSaved: () => void;
  onClose: () => void;
}) {
  const loaded = useApiData(products.get, { params: { sku } });
  const card = useScrollIntoView<HTMLElement>();
  const product = loaded.data;
  return (
    <section className="card product-card" ref={card} aria-labelledby="product-title">
      <div className="page-header">
        <h2 id="product-title">
          <span className="mono">{sku}</span>
          {product && <span className="cell-note">{product.title}</span>}
        </h2>
        <div className="actions">
          <Link className="btn" to={`/inventory?sku=${encodeURIComponent(sku)}`}>
            Stock and history
          </Link>
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      {loaded.error && <LoadError message={loaded.error} onRetry={loaded.reload} />}
      {!product && !loaded.error && <p className="muted">Loading the product…</p>}
      {product && (
        <EditForm
          product={product}
          onSaved={(next) => {
            loaded.update(() => next);
            onSaved();
          }}
        />
      )}
    </section>
  );
}
