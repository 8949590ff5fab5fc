/** The carriers the desk offers; any other name is accepted as typed. */
export const CARRIERS = ['USPS', 'UPS', 'FedEx', 'DHL', 'Other'] as const;

export type KnownCarrier = Exclude<(typeof CARRIERS)[number], 'Other'>;

/**
 * Tracking-number formats, checked in this order on the number as stored (no spaces, upper
 * case). The formats do not overlap: USPS numbers start 91–95, FedEx's 22-digit ones 96, and
 * the lengths of FedEx (12, 15, 34) and DHL Express (10) numbers are used by no other here.
 */
const FORMATS: [KnownCarrier, RegExp][] = [
  // 1Z, a 6-character shipper number, a 2-digit service and 8 digits.
  ['UPS', /^1Z[0-9A-Z]{16}$/],
  // IMpb (20–22 digits from 91–95), the same behind a 420+ZIP routing prefix as the label's
  // barcode reads, certified mail (70…, 20 digits) and international (EA123456789US).
  ['USPS', /^(?:420\d{5}(?:\d{4})?)?9[1-5]\d{18,20}$|^70\d{18}$|^[A-Z]{2}\d{9}US$/],
  // Express (12), Ground (15), Ground's 96 barcode (22), the 34-digit label barcode, door tags.
  ['FedEx', /^(?:\d{12}|\d{15}|96\d{20}|\d{34}|DT\d{12})$/],
  // Express waybills (10 digits), eCommerce (GM…), Parcel (JJD…, 3S…).
  ['DHL', /^(?:\d{10}|GM\d{16,18}|JJD\d{16,20}|3S[A-Z]{4}\d{7,9})$/],
];

/** Spaces and case as a label or a person writes them do not matter. */
const normalized = (tracking: string) => tracking.replaceAll(' ', '').toUpperCase();

/** The carrier whose format this tracking number has, or null when it has none of them. */
export function detectCarrier(tracking: string): KnownCarrier | null {
  const number = normalized(tracking);
  return FORMATS.find(([, format]) => format.test(number))?.[0] ?? null;
}

/**
 * The carrier the number looks like when it is not the one chosen, else null: a typo'd or
 * mis-scanned number, or the carrier left at yesterday's choice.
 */
export function carrierMismatch(carrier: string, tracking: string): KnownCarrier | null {
  const detected = detectCarrier(tracking);
  return detected && detected.toLowerCase() !== carrier.trim().toLowerCase() ? detected : null;
}
