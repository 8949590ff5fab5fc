import { startWorker, WorkerCalls } from '../../platform/worker-thread';
import type { PdfRequest } from './pdf-worker';

/** One renderer for the station: it keeps the fonts loaded between documents. */
let renderer: WorkerCalls<PdfRequest, Uint8Array> | null = null;

/** The document as PDF bytes, drawn off the event loop. */
export async function renderInWorker(request: PdfRequest): Promise<Buffer> {
  if (!renderer || renderer.stopped)
    renderer = new WorkerCalls(startWorker('pdf-worker', import.meta.url));
  const pdf = await renderer.call(request);
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
