import type { AddressInfo } from 'node:net';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { qrSvg } from '../../devices/qr-code';
import { lanReach } from '../../platform/lan-addresses';
import { stationSettings } from '../../services/settings/schemas';

// The UI's keyboard-wedge defaults (src-renderer/hooks/scan-buffer.ts), served from here so a
// gun that needs other timing can be met by the station without a new UI.
const KEYBOARD_WEDGE = { min_length: 4, max_gap_ms: 35 };

export const stationInfoRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/station',
      {
        config: { access: 'signed_in' },
        schema: {
          tags: ['health'],
          summary:
            'What every screen needs to know about this station, including how USB guns end a scan.',
          response: {
            200: z.object({
              version: z.string(),
              demo: z.boolean(),
              seller_name: z.string(),
              scanner: z.object({
                terminator: stationSettings.shape.scanner.shape.terminator,
                min_length: z.number(),
                max_gap_ms: z.number(),
              }),
            }),
          },
        },
      },
      async () => {
        const { seller, scanner } = ctx.settings.station();
        return {
          version: ctx.version,
          demo: ctx.storefront.mode() === 'demo',
          seller_name: seller.name,
          scanner: { terminator: scanner.terminator, ...KEYBOARD_WEDGE },
        };
      },
    );

    app.get(
      '/api/station/lan',
      {
        config: { access: 'signed_in' },
        schema: {
          tags: ['health'],
          summary:
            'Where handhelds reach this station: its LAN addresses, each picker URL with a QR code (SVG), or loopback_only when they cannot.',
        },
      },
      async (req) => {
        const address = req.server.server.address() as AddressInfo | string | null;
        const reach = lanReach(
          address && typeof address === 'object'
            ? { host: address.address, port: address.port }
            : null,
        );
        return {
          lan_enabled: ctx.settings.station().lan.enabled,
          ...reach,
          addresses: reach.addresses.map((a) => ({ ...a, qr_svg: qrSvg(a.picker_url) })),
        };
      },
    );
  };
