// Worker thread entry: PDFs rendered here, so a 500-slip batch (seconds of pdfmake layout)
// never holds the station's event loop. Built as out/main/pdf-worker.js.
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FbaShipment } from '../../contract/fba';
import type { PurchaseOrder } from '../../contract/purchasing';
import { answerCalls } from '../../platform/worker-thread';
import type { SlipData, SlipSize } from '../../domain/slips';
import { fbaBoxLabelsDocument } from './fba-box-label';
import { packingSlipDocument, type Seller } from './packing-slip';
import { purchaseOrderDocument, type PoPaper } from './purchase-order-sheet';
import { renderPdf } from './render-pdf';

export interface SlipsRequest {
  kind: 'packing-slips';
  slips: SlipData[];
  seller: Seller;
  size: SlipSize;
}

export interface PurchaseOrderRequest {
  kind: 'purchase-order';
  order: PurchaseOrder;
  seller: Seller;
  paper: PoPaper;
}

export interface FbaLabelsRequest {
  kind: 'fba-box-labels';
  plan: FbaShipment;
  seller: Seller;
}

export type PdfRequest = SlipsRequest | PurchaseOrderRequest | FbaLabelsRequest;

function documentFor(request: PdfRequest, seller: Seller): TDocumentDefinitions {
  switch (request.kind) {
    case 'packing-slips':
      return packingSlipDocument(request.slips, seller, request.size);
    case 'purchase-order':
      return purchaseOrderDocument(request.order, seller, request.paper);
    case 'fba-box-labels':
      return fbaBoxLabelsDocument(request.plan, seller);
  }
}

async function render(request: PdfRequest): Promise<Uint8Array<ArrayBuffer>> {
  const { seller } = request;
  let pdf: Buffer;
  try {
    pdf = await renderPdf(documentFor(request, seller));
  } catch (err) {
    // A logo that passed its checks can still be corrupt inside; the slip matters more than it.
    if (!seller.logo) throw err;
    pdf = await renderPdf(documentFor(request, { ...seller, logo: null }));
  }
  // A copy of its own: a small Buffer may share Node's pool, which must not be transferred away.
  return new Uint8Array(pdf);
}

// A packer waits for a single slip: it renders at the station's own priority.
answerCalls(render, { transfer: (pdf) => [pdf.buffer] });
