import { z } from 'zod';
import { CHANNELS, ORDER_STATUSES } from '../../domain/orders';
import { conflict, type StationError } from '../../domain/errors';
import type { NumberedOrder } from '../../store/orders';

// The packing desk's chooser types the listed orders with it.
export type { NumberedOrder };

/** The shape the API and the `scan` event give an order listed under a shared number. */
export const numberedOrder = z.object({
  id: z.number(),
  number: z.string(),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(CHANNELS),
  customer_name: z.string().nullable(),
  created_at: z.string(),
}) satisfies z.ZodType<NumberedOrder>;

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
