import type { PicklistSku } from '../../api/types';
import { ProgressBar } from '../../components/ProgressBar';

export const progressText = (s: PicklistSku) =>
  `${s.qty_picked} of ${s.qty_ordered} picked` + (s.qty_short > 0 ? `, ${s.qty_short} short` : '');

/** Picked and short units of all that was ordered; short shows apart, in red. */
export function SkuProgress({ sku }: { sku: PicklistSku }) {
  return (
    <ProgressBar
      max={sku.qty_ordered}
      segments={[
        { value: sku.qty_picked, tone: 'done' },
        { value: sku.qty_short, tone: 'short' },
      ]}
      label={`Progress of ${sku.sku}`}
      valueText={progressText(sku)}
    />
  );
}
