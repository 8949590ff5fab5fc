import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { labelsJob, loadLabels } from '../../devices/printer/labels';
import { packingReceipt } from '../../devices/printer/packing-receipt';
import type { ReceiptJob } from '../../devices/printer/receipt-printer';
import { testPage } from '../../devices/printer/test-page';
import { thermalPrinter } from '../../devices/printer/thermal-printer';
import { loadSlips } from '../../devices/pdf/slip-data';
import type { StationSettings } from '../../services/settings/schemas';
import { ADMIN } from '../access';
import { idParam } from './schemas';

const MAX_LABELS = 200;

const printed = z.object({
  printer: z.string().describe('The printer as the settings name it'),
  bytes: z.number().describe('ESC/POS bytes sent'),
});

const codes = z.array(z.string().trim().min(1).max(64)).max(MAX_LABELS).default([]);

const labelsBody = z
  .object({ skus: codes, bins: codes, copies: z.int().min(1).max(50).default(1) })
  .superRefine(({ skus, bins, copies }, issues) => {
    const count = (skus.length + bins.length) * copies;
    if (count === 0) {
      issues.addIssue({ code: 'custom', path: ['skus'], message: 'needs at least one SKU or bin' });
    } else if (count > MAX_LABELS) {
      issues.addIssue({
        code: 'custom',
        path: ['copies'],
        message: `would print ${count} labels; print at most ${MAX_LABELS} at a time`,
      });
    }
  });

const errors = '409 no_printer when none is set up; 502 when the printer does not take the job.';

export const printingRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['printing'];
    // Settings are read once per job: an admin's change applies to the next print, no restart.
    const print = (build: (settings: StationSettings) => ReceiptJob) => {
      const settings = ctx.settings.station();
      return thermalPrinter(settings.printer).print(build(settings));
    };

    app.post(
      '/api/orders/:id/print-slip',
      {
        config: { access: ['packer'] },
        schema: {
          tags,
          summary: `Print the order's packing slip on the receipt printer. 404 order_not_found; ${errors}`,
          params: idParam,
          response: { 200: printed },
        },
      },
      async (req) => {
        const [slip] = loadSlips(ctx.db, [req.params.id]);
        return print(({ seller }) => packingReceipt(slip!, seller.name));
      },
    );

    app.post(
      '/api/labels',
      {
        config: { access: ['packer'] },
        schema: {
          tags,
          summary: `Print SKU and bin labels (code as CODE128, product title or BIN), one cut each, at most ${MAX_LABELS}. 404 unknown_sku names the SKUs not in the catalogue; ${errors}`,
          body: labelsBody,
          response: { 200: printed.extend({ labels: z.number() }) },
        },
      },
      async (req) => {
        const labels = loadLabels(ctx.db, req.body);
        return { ...(await print(() => labelsJob(labels))), labels: labels.length };
      },
    );

    app.post(
      '/api/admin/printer/test',
      {
        config: { access: ADMIN },
        schema: {
          tags,
          summary: `Print a test page with the saved printer settings. ${errors}`,
          response: { 200: printed },
        },
      },
      async () => print(({ printer, seller }) => testPage(printer, seller.name, new Date())),
    );
  };
