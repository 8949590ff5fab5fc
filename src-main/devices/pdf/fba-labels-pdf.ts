import type { FbaShipment } from '../../contract/fba';
import type { Seller } from './packing-slip';
import { renderInWorker } from './pdf-renderer';

/** The plan's 4×6 box labels as one PDF named for the plan, drawn off the event loop. */
export async function fbaLabelsPdf(
  plan: FbaShipment,
  seller: Seller,
): Promise<{ pdf: Buffer; filename: string }> {
  const pdf = await renderInWorker({ kind: 'fba-box-labels', plan, seller });
  return { pdf, filename: `fba-labels-${plan.name.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf` };
}
