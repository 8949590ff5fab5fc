import { conflict, type StationError } from '../../domain/errors';
import type { NumberedOrder } from '../../contract/scanning';

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
