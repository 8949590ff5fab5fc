import type { PicklistSku } from '../../api/types';
import { ProductPhoto } from '../../components/ProductPhoto';
import { progressText, SkuProgress } from '../picklist/SkuProgress';

/** One SKU to pick; the whole card is the button, for a thumb in a glove. */
export function SkuCard({ sku, onOpen }: { sku: PicklistSku; onOpen: (sku: PicklistSku) => void }) {
  return (
    <button
      type="button"
      className={sku.image ? 'sku-card has-photo' : 'sku-card'}
      onClick={() => onOpen(sku)}
    >
      <span className="sku-bin">
        <span className="sku-bin-label">Bin</span>
        <span className="sku-bin-code">{sku.bin_location ?? '—'}</span>
      </span>
      <span className="sku-main">
        <span className="sku-title">{sku.title}</span>
        <span className="sku-code">{sku.sku}</span>
        <SkuProgress sku={sku} />
        <span className="sku-meta">
          <span className="sku-left">
            <strong>{sku.qty_remaining}</strong> left
          </span>
          <span>
            {sku.order_count} {sku.order_count === 1 ? 'order' : 'orders'}
          </span>
          <span className="sku-done">{progressText(sku)}</span>
        </span>
      </span>
      <ProductPhoto src={sku.image} className="sku-photo" />
    </button>
  );
}
