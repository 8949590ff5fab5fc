import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { listSerialPorts } from '../../devices/scanner/serial-ports';
import { ADMIN } from '../access';

const maybe = z.string().nullable();

export const deviceRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/devices/serial-ports',
      {
        config: { access: ADMIN },
        schema: {
          tags: ['devices'],
          summary:
            'Serial ports this PC knows, for the scanner setting. When they cannot be listed: an empty list and error says why.',
          response: {
            200: z.object({
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
          },
        },
      },
      async () => listSerialPorts(),
    );

    app.get(
      '/api/devices/scanner',
      {
        config: { access: ['packer'] },
        schema: {
          tags: ['devices'],
          summary: 'The serial scanner: which port, whether it is connected, the last scan.',
          response: {
            200: z.object({
              path: maybe,
              connected: z.boolean(),
              error: maybe,
              last_scan_at: maybe,
            }),
          },
        },
      },
      async () => ctx.scanner.status(),
    );
  };
