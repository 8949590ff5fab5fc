import type { OrderDetail } from '../../api/types';

type OrderEvent = OrderDetail['events'][number];
type Detail = Record<string, unknown>;

const units = (n: unknown) => `${String(n)} ${n === 1 ? 'unit' : 'units'}`;
const onDevice = (d: Detail) => (typeof d.device_label === 'string' ? ` on ${d.device_label}` : '');
const skuList = (list: unknown) =>
  Array.isArray(list)
    ? (list as { sku?: unknown; qty?: unknown }[])
        .map((l) => `${String(l.qty)} × ${String(l.sku)}`)
        .join(', ')
    : '';

const SOURCE: Record<string, string> = { storefront: 'the storefront', amazon: 'Amazon' };

/** Events this screen knows how to say; the rest (written by newer parts) fall back to their fields. */
const SENTENCES: Record<string, (d: Detail) => string> = {
  imported: (d) =>
    `Imported from ${SOURCE[String(d.source)] ?? String(d.source)}` +
    (d.lines && typeof d.lines === 'object'
      ? `: ${Object.entries(d.lines as Record<string, number>)
          .map(([sku, qty]) => `${qty} × ${sku}`)
          .join(', ')}`
      : ''),
  quantity_changed: (d) =>
    `${String(d.sku)} changed from ${String(d.from)} to ${String(d.to)} by the storefront` +
    (Number(d.return_to_shelf) > 0 ? `; ${units(d.return_to_shelf)} to put back on the shelf` : ''),
  cancelled: (d) =>
    `Cancelled by ${SOURCE[String(d.source)] ?? 'the channel'}` +
    (skuList(d.return_to_shelf) ? `; put back on the shelf: ${skuList(d.return_to_shelf)}` : ''),
  picked: (d) =>
    `Picked ${String(d.qty)} × ${String(d.sku)}${onDevice(d)}` +
    (d.undone ? ` — undone${typeof d.undone_by === 'string' ? ` by ${d.undone_by}` : ''}` : ''),
  short: (d) => `${String(d.qty)} × ${String(d.sku)} not in stock (short)${onDevice(d)}`,
  packed: (d) =>
    `Packed ${units(d.units)}` +
    (d.verified ? ', every item scanned' : ', not every item scanned (recorded)'),
  packed_without_scanning: (d) => `Packed without scanning ${skuList(d.unverified)}`,
  shipped: (d) => `Shipped with ${String(d.carrier)}, tracking ${String(d.tracking_number)}`,
  short_undone: (d) => `Short of ${String(d.qty)} × ${String(d.sku)} undone: back on the pick list`,
  verified_by_hand: (d) => `${String(d.qty)} × ${String(d.sku)} counted by hand at the desk`,
  shipment_edited: (d) =>
    `Shipment corrected: ${Object.entries(
      (d.changes ?? {}) as Record<string, { from: unknown; to: unknown }>,
    )
      .map(([field, c]) => `${field.replaceAll('_', ' ')} ${String(c.from)} → ${String(c.to)}`)
      .join(', ')}`,
  shipment_voided: (d) =>
    `Shipment voided (${String(d.carrier)}, tracking ${String(d.tracking_number)}): stock back, packed again`,
};

const words = (type: string) => type.charAt(0).toUpperCase() + type.slice(1).replaceAll('_', ' ');

/** Plain fields of an event the screen has no sentence for, so nothing it holds is hidden. */
function fields(detail: Detail): string {
  return Object.entries(detail)
    .filter(([key, value]) => key !== 'device' && value !== null && typeof value !== 'object')
    .map(([key, value]) => `${key.replaceAll('_', ' ')} ${String(value)}`)
    .join(', ');
}

/** One line of an order's history as a sentence a packer reads. */
export function historyText(event: OrderEvent): string {
  const detail = (event.detail ?? {}) as Detail;
  const sentence = SENTENCES[event.type];
  if (sentence) return sentence(detail);
  const rest = fields(detail);
  return rest ? `${words(event.type)}: ${rest}` : words(event.type);
}
