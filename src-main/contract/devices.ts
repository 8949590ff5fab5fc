import { z } from 'zod';
import { idParam } from './common';
import { ADMIN, route } from './route';

const MAX_LABELS = 200;
const maybe = z.string().nullable();

const printed = z.object({
  printer: z.string().describe('The printer as the settings name it'),
  bytes: z.number().describe('ESC/POS bytes sent'),
});
export type PrintAnswer = z.infer<typeof printed>;

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

export const scannerStatus = z.object({
  path: maybe,
  connected: z.boolean(),
  error: maybe,
  last_scan_at: maybe,
});
export type ScannerStatus = z.infer<typeof scannerStatus>;

const printErrors =
  '409 no_printer when none is set up; 502 when the printer does not take the job.';
const tags = ['printing'];

export const printSlip = route({
  method: 'POST',
  path: '/api/orders/:id/print-slip',
  access: ['packer'],
  tags,
  summary: `Print the order's packing slip on the receipt printer. 404 order_not_found; ${printErrors}`,
  params: idParam,
  response: printed,
});

export const printLabels = route({
  method: 'POST',
  path: '/api/labels',
  access: ['packer'],
  tags,
  summary: `Print SKU and bin labels (code as CODE128, product title or BIN), one cut each, at most ${MAX_LABELS}. 404 unknown_sku names the SKUs not in the catalogue; ${printErrors}`,
  body: labelsBody,
  response: printed.extend({ labels: z.number() }),
});

export const printTestPage = route({
  method: 'POST',
  path: '/api/admin/printer/test',
  access: ADMIN,
  tags,
  summary: `Print a test page with the saved printer settings. ${printErrors}`,
  response: printed,
});

export const serialPorts = route({
  method: 'GET',
  path: '/api/devices/serial-ports',
  access: ADMIN,
  tags: ['devices'],
  summary:
    'Serial ports this PC knows, for the scanner setting. When they cannot be listed: an empty list and error says why.',
  response: z.object({
    ports: z.array(
      z.object({
        path: z.string(),
        manufacturer: maybe,
        serialNumber: maybe,
        vendorId: maybe,
        productId: maybe,
      }),
    ),
    error: z.string().optional(),
  }),
});

export const scanner = route({
  method: 'GET',
  path: '/api/devices/scanner',
  access: ['packer'],
  tags: ['devices'],
  summary: 'The serial scanner: which port, whether it is connected, the last scan.',
  response: scannerStatus,
});

export const photo = route({
  method: 'GET',
  path: '/api/images/:key',
  // <img> cannot send a token. The key is the hash of the feed's URL, so only someone who was
  // given the path (or knows the storefront's photo URL) can ask for a photo.
  access: 'public',
  tags: ['picking'],
  summary:
    "A product photo kept by the station (the `image` path on pick list and order lines); 404 until it has been fetched from the feed's image_url.",
  params: z.object({ key: z.string().regex(/^[0-9a-f]{64}$/) }),
  response: {
    description: 'The photo',
    content: {
      'image/jpeg': { schema: z.string() },
      'image/png': { schema: z.string() },
      'image/gif': { schema: z.string() },
      'image/webp': { schema: z.string() },
    },
  },
});
