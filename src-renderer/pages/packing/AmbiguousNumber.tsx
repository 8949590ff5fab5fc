import type { ApiError } from '../../api/api-error';
import type { NumberedOrder } from '../../../src-main/contract/scanning';
import { CHANNEL_LABEL, STATUS_LABEL } from '../orders/order-labels';

export interface NumberChoice {
  number: string;
  orders: NumberedOrder[];
}

/** The orders of a 409 ambiguous_number answer, or null for any other error. */
export function numberChoice(error: ApiError): NumberChoice | null {
  const { number, orders } = error.details as { number?: unknown; orders?: unknown };
  return error.code === 'ambiguous_number' && typeof number === 'string' && Array.isArray(orders)
    ? { number, orders: orders as NumberedOrder[] }
    : null;
}

const orderDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A slip number more than one order carries: the packer picks the order, the desk never guesses. */
export function AmbiguousNumber({
  choice,
  onOpen,
  onDismiss,
}: {
  choice: NumberChoice;
  onOpen: (orderId: number) => void;
  onDismiss: () => void;
}) {
  return (
    <section
      className="alert alert-warning ambiguous-number"
      role="alert"
      aria-label={`Orders numbered ${choice.number}`}
    >
      <p>
        <strong>
          {choice.orders.length} orders have the number {choice.number}.
        </strong>{' '}
        Open the one whose slip you are holding (check the name and date on the slip).
      </p>
      <ul>
        {choice.orders.map((o) => (
          <li key={o.id}>
            <button type="button" className="btn btn-primary" onClick={() => onOpen(o.id)}>
              Open {o.customer_name ?? `order ${o.id}`}
            </button>{' '}
            {STATUS_LABEL[o.status]} · {CHANNEL_LABEL[o.channel]} · ordered{' '}
            {orderDate.format(new Date(o.created_at))} · station order {o.id}
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={onDismiss}>
        Dismiss (Esc)
      </button>
    </section>
  );
}
