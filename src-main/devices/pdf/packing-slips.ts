import { startWorker, WorkerCalls } from '../../platform/worker-thread';
import type { SlipData, SlipSize } from '../../domain/slips';
import type { Seller } from './packing-slip';
import type { SlipsRequest } from './pdf-worker';

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
  const pdf = await slipRenderer().call({ slips, seller, size });
  return { pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), filename };
}
