import type { SlipData, SlipSize } from '../../domain/slips';
import type { Seller } from './packing-slip';
import { renderInWorker } from './pdf-renderer';

export interface SlipsPdf {
  pdf: Buffer;
  /** A file name a packer recognises when saving: the order number for one slip. */
  filename: string;
}

/** These slips as one PDF, drawn off the event loop. */
export async function packingSlipsPdf(
  slips: SlipData[],
  seller: Seller,
  size: SlipSize,
): Promise<SlipsPdf> {
  const filename =
    slips.length === 1
      ? `packing-slip-${slips[0]!.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`
      : `packing-slips-${slips.length}-orders.pdf`;
  const pdf = await renderInWorker({ kind: 'packing-slips', slips, seller, size });
  return { pdf, filename };
}
