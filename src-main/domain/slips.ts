/** Paper sizes a packing slip comes in: office printers and 4×6 label printers. */
export const SLIP_SIZES = ['letter', 'a4', '4x6'] as const;
export type SlipSize = (typeof SLIP_SIZES)[number];
