import { z } from 'zod';
import { JOB_TRIGGERS, RUN_STATUSES } from '../domain/jobs';
import { scannerStatus } from './devices';
import { importCounts, syncProgress } from './jobs';
import { scanResolution } from './scanning';
import { route } from './route';

const by = z.string().describe('The username of who did it');
const orderId = z.number();

/**
 * Every live update the station pushes to open screens (`GET /api/events`), by event name: the
 * event bus publishes these and the renderer's stream reads them, so both sides share one map.
 */
export const stationEvents = {
  pick: z.object({ sku: z.string(), qty: z.number(), by, undo: z.boolean().optional() }),
  short: z.object({
    sku: z.string(),
    qty_short: z.number(),
    by,
    undo: z.boolean().optional(),
  }),
  order_ready: z.object({ order_id: orderId }),
  order_packed: z.object({
    order_id: orderId,
    pack_verified: z.boolean().optional(),
    voided_shipment_id: z.number().optional().describe('Packed again: this shipment was voided'),
    by,
  }),
  order_shipped: z.object({
    order_id: orderId,
    carrier: z.string(),
    tracking_number: z.string(),
    by,
  }),
  sync_started: z.object({ run_id: z.number(), trigger: z.enum(JOB_TRIGGERS) }),
  sync_progress: syncProgress,
  sync_finished: z.object({
    run_id: z.number(),
    status: z.enum(RUN_STATUSES),
    counts: importCounts,
    error: z.string().nullable(),
  }),
  scan: z.object({
    code: z.string(),
    source: z.string().describe('`serial:<path>` for a serial gun'),
    resolved: scanResolution,
  }),
  scanner_status: scannerStatus,
  stock: z.object({
    sku: z.string().nullable().describe('null: many SKUs changed at once (an import)'),
    on_hand: z.number().nullable(),
    by,
  }),
  bin_moved: z.object({ sku: z.string(), from_bin: z.string().nullable(), to_bin: z.string(), by }),
} as const;

export type StationEvents = {
  [K in keyof typeof stationEvents]: z.infer<(typeof stationEvents)[K]>;
};
export type StationEventType = keyof StationEvents;
export const STATION_EVENT_TYPES = Object.keys(stationEvents) as StationEventType[];

/** One event as a listener receives it. */
export type StationEvent = {
  [K in StationEventType]: { type: K; data: StationEvents[K] };
}[StationEventType];

export const events = route({
  method: 'GET',
  path: '/api/events',
  access: 'signed_in',
  tokenInQuery: true,
  tags: ['live'],
  summary: `Server-Sent Events: ${STATION_EVENT_TYPES.join(', ')}; each event's data is JSON. Token may be ?access=.`,
  query: z.object({ access: z.string().optional() }),
  response: {
    description: 'An endless text/event-stream: `hello` first, then the events as they happen.',
    content: { 'text/event-stream': { schema: z.string() } },
  },
});
