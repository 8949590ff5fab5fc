import { statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as station from '../../contract/station';
import { qrSvg } from '../../devices/qr-code';
import { lanReach } from '../../platform/lan-addresses';
import { backupsDir } from '../../platform/paths';
import { privateDir, privateFile } from '../../platform/private-files';
import { serve } from '../serve';

// The UI's keyboard-wedge defaults (src-renderer/hooks/scan-buffer.ts), served from here so a
// gun that needs other timing can be met by the station without a new UI.
const KEYBOARD_WEDGE = { min_length: 4, max_gap_ms: 35 };

export const stationInfoRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, station.station, () => {
    const { seller, scanner } = ctx.settings.station();
    return {
      version: ctx.version,
      demo: ctx.storefront.mode() === 'demo',
      seller_name: seller.name,
      scanner: { terminator: scanner.terminator, ...KEYBOARD_WEDGE },
    };
  });

  serve(app, station.lan, (req) => {
    const address = req.server.server.address() as AddressInfo | string | null;
    const reach = lanReach(
      address && typeof address === 'object' ? { host: address.address, port: address.port } : null,
    );
    return {
      lan_enabled: ctx.settings.station().lan.enabled,
      ...reach,
      addresses: reach.addresses.map((a) => ({ ...a, qr_svg: qrSvg(a.picker_url) })),
    };
  });

  serve(app, station.backup, async () => {
    const dir = backupsDir(ctx.dataDir);
    privateDir(dir);
    const path = join(dir, `station-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
    privateFile(path);
    await ctx.db.$client.backup(path);
    return { path, bytes: statSync(path).size };
  });
};
