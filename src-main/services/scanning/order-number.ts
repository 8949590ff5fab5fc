import { z } from 'zod';
import { CHANNELS, ORDER_STATUSES } from '../../domain/orders';
import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';
import { conflict, type StationError } from '../../domain/errors';

export const numberedOrder = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(CHANNELS),
  customer_name: z.string().nullable(),
  created_at: z.string(),
});
export type NumberedOrder = z.infer<typeof numberedOrder>;

/** Every order carrying this number, oldest first: a storefront may reuse one. */
export function ordersNumbered(db: Db, number: string): NumberedOrder[] {
  return prepared<[string], NumberedOrder>(
    db,
    `select id, number, status, channel, customer_name, created_at
       from orders where number = ? order by created_at, id`,
  ).all(number);
}

/**
 * A number two orders share is not guessed at; the answer lists them so the person
 * holding the slip can pick the right one.
 */
export function ambiguousNumber(number: string, orders: NumberedOrder[]): StationError {
  return conflict(
    'ambiguous_number',
    `${orders.length} orders have the number ${number}. Choose the one on the slip: ` +
      `${orders.map((o) => `${o.customer_name ?? 'no name'} (${o.status.replace(/_/g, ' ')}, ${o.created_at.slice(0, 10)})`).join('; ')}.`,
    { number, order_ids: orders.map((o) => o.id), orders },
  );
}
