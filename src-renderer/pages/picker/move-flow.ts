import type { BinMove } from '../../../src-main/contract/inventory';
import type { ScanResolution, ScannedProduct } from '../../../src-main/contract/scanning';

/** Where stock is moved from: one product, or everything a bin holds. */
export type MoveSource =
  | { kind: 'product'; product: ScannedProduct }
  | { kind: 'bin'; bin: string; products: ScannedProduct[] };

type Refused = { kind: 'refused'; message: string };

const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`;

/** What the first scan of a move names: the bin or the product to take stock from. */
export function moveSource(resolved: ScanResolution): MoveSource | Refused {
  switch (resolved.kind) {
    case 'product':
      return { kind: 'product', product: resolved.product };
    case 'bin':
      return { kind: 'bin', bin: resolved.bin, products: resolved.products };
    case 'order':
    case 'ambiguous':
      return {
        kind: 'refused',
        message: 'That is an order number: scan the bin or the product to move.',
      };
    case 'unknown':
      return {
        kind: 'refused',
        message: `Nothing has the code “${resolved.code}”: scan a bin label or a product.`,
      };
  }
}

/** The bin the source sits in now, when it has one. */
export const sourceBin = (source: MoveSource): string | null =>
  source.kind === 'bin' ? source.bin : source.product.bin_location;

/**
 * What the second scan names: the bin the stock goes to. A label no product uses yet is a new,
 * empty bin; a product or an order is a wrong scan, not a bin.
 */
export function moveDestination(
  resolved: ScanResolution,
  source: MoveSource,
): { kind: 'bin'; bin: string } | Refused {
  const bin =
    resolved.kind === 'bin' ? resolved.bin : resolved.kind === 'unknown' ? resolved.code : null;
  if (bin === null) {
    return {
      kind: 'refused',
      message:
        resolved.kind === 'product'
          ? `That is a product (${resolved.product.sku}): scan the label of the bin it goes to.`
          : 'That is an order number: scan the label of the bin it goes to.',
    };
  }
  if (bin === sourceBin(source)) {
    return { kind: 'refused', message: `That is bin ${bin}, where it is now: scan another bin.` };
  }
  return { kind: 'bin', bin };
}

/** The done message of a move, as the picker reads it after the beep. */
export function movedSentence(moves: readonly BinMove[]): string {
  const [first] = moves;
  if (!first) return 'Nothing was moved.';
  const from = first.from_bin ? ` from ${first.from_bin}` : '';
  if (moves.length === 1) {
    return `Moved ${units(first.quantity)} of ${first.sku}${from} to ${first.to_bin}.`;
  }
  return `Moved ${moves.length} SKUs${from} to ${first.to_bin}: ${moves.map((m) => m.sku).join(', ')}.`;
}
