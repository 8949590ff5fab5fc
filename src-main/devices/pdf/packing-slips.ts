import type { Db } from '../../platform/database';
import { startWorker, WorkerCalls } from '../../platform/worker-thread';
import type { SlipSize } from '../../domain/slips';
import type { Seller } from './packing-slip';
import type { SlipsRequest } from './pdf-worker';
import { loadSlips } from './slip-data';

export interface SlipsPdf {
  pdf: Buffer;
  /** A file name a packer recognises when saving: the order number for one slip. */
  filename: string;
}

/** One renderer for the station: it keeps the fonts loaded between slips. */
let renderer: WorkerCalls<SlipsRequest, Uint8Array> | null = null;

function slipRenderer(): WorkerCalls<SlipsRequest, Uint8Array> {
  if (!renderer || renderer.stopped)
    renderer = new WorkerCalls(startWorker('pdf-worker', import.meta.url));
  return renderer;
}

/** The slips of these orders as one PDF (404 when one is not an order), drawn off the event loop. */
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
  const pdf = await slipRenderer().call({ slips, seller, size });
  return { pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), filename };
}
