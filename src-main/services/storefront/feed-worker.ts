import type { Transferable } from 'node:worker_threads';
import { startWorker, WorkerCalls } from '../../platform/worker-thread';
import type { StationSettings } from '../../contract/settings';
import { FeedError } from './feed-error';
import type { FeedAnswer, FeedRequest } from './import-worker';
import type { FeedOrder, FeedProduct } from './merge';

/** A fetched page, checked: where the feed goes on. */
export interface CheckedPage {
  page: number;
  nextPage: number | null;
}

/** Where fetched pages are parsed and validated. */
export interface PageChecker {
  check(page: number, body: Buffer): Promise<CheckedPage>;
}

export type FeedStep = { products: FeedProduct[] } | { orders: FeedOrder[] };

/** Bytes the worker may take over: a Buffer can share its memory with others (Node's pool). */
function owned(body: Buffer): Uint8Array<ArrayBuffer> {
  const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
  return whole && body.buffer instanceof ArrayBuffer
    ? new Uint8Array(body.buffer)
    : new Uint8Array(body);
}

/** One feed, validated and merged in its own worker thread (import-worker.ts), handed out in steps. */
export class FeedWorker implements PageChecker {
  private readonly calls = new WorkerCalls<FeedRequest, FeedAnswer>(
    startWorker('import-worker', import.meta.url),
  );

  async check(page: number, body: Buffer): Promise<CheckedPage> {
    const bytes = owned(body);
    const answer = await this.ask({ type: 'page', page, body: bytes }, [bytes.buffer]);
    if (answer.kind !== 'page') throw new Error(`unexpected answer ${answer.kind}`);
    return { page: answer.page, nextPage: answer.nextPage };
  }

  /** Merges the pages checked so far; throws FeedError when they do not make one feed. */
  async merge(
    mapping: StationSettings['status_mapping'],
  ): Promise<{ log: string[]; products: number; orders: number }> {
    const answer = await this.ask({ type: 'merge', mapping });
    if (answer.kind !== 'merged') throw new Error(`unexpected answer ${answer.kind}`);
    return answer;
  }

  /** The next write step: products first, then orders oldest first; null when all are out. */
  async step(): Promise<FeedStep | null> {
    const answer = await this.ask({ type: 'chunk' });
    if (answer.kind === 'products') return { products: answer.products };
    if (answer.kind === 'orders') return { orders: answer.orders };
    if (answer.kind === 'done') return null;
    throw new Error(`unexpected answer ${answer.kind}`);
  }

  stop(): Promise<void> {
    return this.calls.stop();
  }

  private async ask(request: FeedRequest, transfer: Transferable[] = []): Promise<FeedAnswer> {
    const answer = await this.calls.call(request, transfer);
    if (answer.kind === 'failed') throw new FeedError(answer.message, answer.problems);
    return answer;
  }
}
