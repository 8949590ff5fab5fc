import { createReadStream } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as devices from '../../contract/devices';
import type { StationSettings } from '../../contract/settings';
import { notFound } from '../../domain/errors';
import { labelsJob } from '../../devices/printer/labels';
import { loadLabels } from '../../store/labels';
import { packingReceipt } from '../../devices/printer/packing-receipt';
import type { ReceiptJob } from '../../devices/printer/receipt-printer';
import { testPage } from '../../devices/printer/test-page';
import { loadSlips } from '../../store/slips';
import { listSerialPorts } from '../../devices/scanner/serial-ports';
import { imagesDir, storedImage } from '../../services/images/image-cache';
import { serve } from '../serve';

export const deviceRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  // Settings are read once per job: an admin's change applies to the next print, no restart.
  const print = (build: (settings: StationSettings) => ReceiptJob) => {
    const settings = ctx.settings.station();
    return ctx.receiptPrinter(settings.printer).print(build(settings));
  };

  serve(app, devices.printSlip, (req) => {
    const [slip] = loadSlips(ctx.db, [req.params.id]);
    return print(({ seller }) => packingReceipt(slip!, seller.name));
  });
  serve(app, devices.printLabels, async (req) => {
    const labels = loadLabels(ctx.db, req.body);
    return { ...(await print(() => labelsJob(labels))), labels: labels.length };
  });
  serve(app, devices.printTestPage, () =>
    print(({ printer, seller }) => testPage(printer, seller.name, new Date())),
  );
  serve(app, devices.serialPorts, () => listSerialPorts());
  serve(app, devices.scanner, () => ctx.scanner.status());

  const photos = imagesDir(ctx.dataDir);
  serve(app, devices.photo, (req, reply) => {
    const stored = storedImage(photos, req.params.key);
    if (!stored) {
      throw notFound('image_not_found', 'The station has no copy of this photo (yet).', {
        key: req.params.key,
      });
    }
    return reply
      .type(stored.type)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=86400')
      .send(createReadStream(stored.file));
  });
};
