// Worker thread entry: packing slips rendered here, so a 500-slip batch (seconds of pdfmake
// layout) never holds the station's event loop. Built as out/main/pdf-worker.js.
import { answerCalls } from '../../platform/worker-thread';
import type { SlipSize } from '../../domain/slips';
import { packingSlipDocument, type Seller } from './packing-slip';
import { renderPdf } from './render-pdf';
import type { SlipData } from '../../domain/slips';

export interface SlipsRequest {
  slips: SlipData[];
  seller: Seller;
  size: SlipSize;
}

async function render({ slips, seller, size }: SlipsRequest): Promise<Uint8Array<ArrayBuffer>> {
  let pdf: Buffer;
  try {
    pdf = await renderPdf(packingSlipDocument(slips, seller, size));
  } catch (err) {
    // A logo that passed its checks can still be corrupt inside; the slip matters more than it.
    if (!seller.logo) throw err;
    pdf = await renderPdf(packingSlipDocument(slips, { ...seller, logo: null }, size));
  }
  // A copy of its own: a small Buffer may share Node's pool, which must not be transferred away.
  return new Uint8Array(pdf);
}

// A packer waits for a single slip: it renders at the station's own priority.
answerCalls(render, { transfer: (pdf) => [pdf.buffer] });
