/** How a line of text is set on the roll. */
export interface TextStyle {
  bold?: boolean;
  /** Double width and height: half as many characters fit on a line. */
  big?: boolean;
  center?: boolean;
  /** Spaces before every wrapped line, so continuation lines sit under the first. */
  indent?: number;
}

/**
 * What slips, labels and test pages are drawn on: the few things a receipt needs, so builders
 * never see the driver's commands and cannot emit one by accident. Text is made printable and
 * wrapped to the paper here, not by each builder.
 */
export interface Receipt {
  /** Characters per line at normal size. */
  readonly width: number;
  line(text: string, style?: TextStyle): void;
  rule(): void;
  /** A centred CODE128 barcode; left out when the code cannot be one or is too wide for the paper. */
  barcode(code: string): void;
  /** Feeds and cuts; what follows starts a fresh ticket. */
  cut(): void;
}

export type ReceiptJob = (receipt: Receipt) => void;

export interface PrintResult {
  /** The printer as the settings name it (`tcp://…` or `printer:NAME`). */
  printer: string;
  bytes: number;
}

/** The packing desk's receipt printer. Fails with a StationError a packer can act on. */
export interface ReceiptPrinter {
  print(job: ReceiptJob): Promise<PrintResult>;
}
