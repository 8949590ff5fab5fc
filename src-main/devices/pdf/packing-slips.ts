import type { Db } from '../../platform/database';
import { packingSlipDocument, type Seller, type SlipSize } from './packing-slip';
import { renderPdf } from './render-pdf';
import { loadSlips } from './slip-data';

export interface SlipsPdf {
  pdf: Buffer;
  /** A file name a packer recognises when saving: the order number for one slip. */
  filename: string;
}

/** The slips of these orders as one PDF (404 when one is not an order). */
export async function packingSlipsPdf(
  db: Db,
  seller: Seller,
  orderIds: readonly number[],
  size: SlipSize,
): Promise<SlipsPdf> {
  const slips = loadSlips(db, orderIds);
  const filename =
    slips.length === 1
      ? `packing-slip-${slips[0]!.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`
      : `packing-slips-${slips.length}-orders.pdf`;
  try {
    return { pdf: await renderPdf(packingSlipDocument(slips, seller, size)), filename };
  } catch (err) {
    // A logo that passed its checks can still be corrupt inside; the slip matters more than it.
    if (!seller.logo) throw err;
    return {
      pdf: await renderPdf(packingSlipDocument(slips, { ...seller, logo: null }, size)),
      filename,
    };
  }
}
