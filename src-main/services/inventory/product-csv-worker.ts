// Worker thread entry: parsing and checking a 10,000-row product file takes seconds of CPU, so
// it happens here and the station's event loop only applies the rows. Built as
// out/main/product-csv-worker.js.
import { StationError } from '../../domain/errors';
import { answerCalls } from '../../platform/worker-thread';
import { parseProductCsv, type CsvProduct, type Rejection } from './product-csv';

export type CsvAnswer =
  | { kind: 'parsed'; rows: CsvProduct[]; rejected: Rejection[] }
  | { kind: 'refused'; status: number; code: string; message: string; details: object };

answerCalls<string, CsvAnswer>(
  (csv) => {
    try {
      return { kind: 'parsed', ...parseProductCsv(csv) };
    } catch (err) {
      // A StationError does not survive the trip between threads: its parts do.
      if (!(err instanceof StationError)) throw err;
      const { status, code, message, details } = err;
      return { kind: 'refused', status, code, message, details };
    }
  },
  { background: true },
);
