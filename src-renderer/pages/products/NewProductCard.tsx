import { useState } from 'react';
import { api } from '../../api/client';
import { ApiError } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';
import * as products from '../../../src-main/contract/products';
import { bodyOf, DRAFT_FIELDS, EMPTY_DRAFT } from './product-draft';
import { ProductFields } from './ProductFields';

/** A taken SKU is a 409 about the whole request; here it belongs under the SKU box. */
const underSku = (err: unknown) =>
  err instanceof ApiError && err.code === 'sku_exists'
    ? new ApiError(err.status, err.code, err.message, { ...err.details, field: 'sku' })
    : err;

/** A new product: its SKU, which never changes afterwards, and the editor's fields. */
export function NewProductCard({
  onCreated,
  onClose,
}: {
  onCreated: (sku: string) => void;
  onClose: () => void;
}) {
  const [sku, setSku] = useState('');
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const action = useAction(DRAFT_FIELDS);

  const create = () =>
    action.run(async () => {
      const body = { ...bodyOf(draft), title: draft.title, sku: sku.trim() };
      const created = await api.call(products.create, { body }).catch((err: unknown) => {
        throw underSku(err);
      });
      onCreated(created.sku);
    });

  return (
    <section className="card product-card" aria-labelledby="new-product-title">
      <div className="page-header">
        <h2 id="new-product-title">New product</h2>
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
      </div>
      <form
        className="form product-form"
        aria-label="New product"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <ProductFields draft={draft} onChange={setDraft} errorOf={action.fieldError}>
          <Field
            label="SKU"
            hint="Cannot be changed once the product exists."
            error={action.fieldError('sku')}
          >
            {(control) => (
              <input
                {...control}
                className="input mono"
                name="sku"
                required
                autoFocus
                value={sku}
                onChange={(e) => setSku(e.target.value)}
              />
            )}
          </Field>
        </ProductFields>
        {action.formError && <Alert tone="error">{action.formError}</Alert>}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={action.busy}>
            {action.busy ? 'Creating…' : 'Create product'}
          </button>
        </div>
      </form>
    </section>
  );
}
