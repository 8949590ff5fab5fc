/** The ESC/POS dialects node-thermal-printer speaks: the settings offer them, the device uses them. */
export const PRINTER_TYPES = ['epson', 'star', 'tanca', 'daruma', 'brother', 'custom'] as const;
export type PrinterType = (typeof PRINTER_TYPES)[number];

/** A receipt printer as the device needs it: its dialect, where it is, characters per line. */
export interface PrinterSettings {
  type: PrinterType;
  /** `tcp://host:port` (raw port) or `printer:NAME` (a printer this PC's OS knows). */
  interface: string;
  width: number;
}
