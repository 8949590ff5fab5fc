import type { Db } from '../platform/database';

declare const insideTheWrite: unique symbol;

/** Any connection handle: reads only. Store functions that read take this. */
export type ReadDb = Db;

/**
 * The connection while the one write transaction is open. Only `WriteQueue.run((tx) => …)` hands
 * one out, so a store function that takes a `WriteTx` cannot be called outside the write: "must
 * run inside the write transaction" is a type, not a comment.
 */
export type WriteTx = Db & { readonly [insideTheWrite]: true };
