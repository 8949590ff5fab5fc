import { z } from 'zod';
import { stationSettings } from './settings';
import { ADMIN, route } from './route';

const tags = ['health'];

const stationInfo = z.object({
  version: z.string(),
  demo: z.boolean(),
  seller_name: z.string(),
  scanner: z.object({
    terminator: stationSettings.shape.scanner.shape.terminator,
    min_length: z.number(),
    max_gap_ms: z.number(),
  }),
});
export type StationInfo = z.infer<typeof stationInfo>;
export type ScanTerminator = StationInfo['scanner']['terminator'];

const stationLan = z.object({
  lan_enabled: z.boolean(),
  listening_on: z.string().nullable(),
  port: z.number().nullable(),
  loopback_only: z.boolean(),
  addresses: z.array(
    z.object({
      interface: z.string(),
      address: z.string(),
      picker_url: z.string(),
      qr_svg: z.string(),
    }),
  ),
});
export type StationLan = z.infer<typeof stationLan>;

export const station = route({
  method: 'GET',
  path: '/api/station',
  access: 'signed_in',
  tags,
  summary: 'What every screen needs to know about this station, including how USB guns end a scan.',
  response: stationInfo,
});

export const lan = route({
  method: 'GET',
  path: '/api/station/lan',
  access: 'signed_in',
  tags,
  summary:
    'Where handhelds reach this station: its LAN addresses, each picker URL with a QR code (SVG), or loopback_only when they cannot.',
  response: stationLan,
});

export const backup = route({
  method: 'POST',
  path: '/api/admin/backup',
  access: ADMIN,
  tags: ['admin'],
  summary: 'Write an online backup of the database now (pickers can keep working).',
  response: z.object({ path: z.string(), bytes: z.number() }),
});
