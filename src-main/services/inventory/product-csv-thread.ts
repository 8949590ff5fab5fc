import { StationError } from '../../domain/errors';
import { startWorker, WorkerCalls } from '../../platform/worker-thread';
import type { CsvProduct, Rejection } from './product-csv';
import type { CsvAnswer } from './product-csv-worker';

/**
 * `parseProductCsv` in a worker thread of its own (product-csv-worker.ts), so a large file keeps
 * no handheld waiting; the same rows and refusals as parsing it here.
 */
export async function parseProductCsvOffLoop(
  csv: string,
): Promise<{ rows: CsvProduct[]; rejected: Rejection[] }> {
  const calls = new WorkerCalls<string, CsvAnswer>(
    startWorker('product-csv-worker', import.meta.url),
  );
  try {
    const answer = await calls.call(csv);
    if (answer.kind === 'refused') {
      const { status, code, message, details } = answer;
      throw new StationError(status, code, message, details as Record<string, unknown>);
    }
    return answer;
  } finally {
    await calls.stop();
  }
}
