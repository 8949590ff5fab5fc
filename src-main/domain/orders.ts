/** Where an order came from; storefront, Amazon FBM/FBA and direct orders share one table. */
export const CHANNELS = ['storefront', 'amazon_fbm', 'amazon_fba', 'direct'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ORDER_STATUSES = ['open', 'ready_to_pack', 'packed', 'shipped', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * What a storefront status may be mapped to: an order to fulfil, one to drop from the pick
 * list, or one already handled elsewhere.
 */
export const MAPPED_ORDER_STATES = ['open', 'cancelled', 'closed'] as const;
export type MappedOrderState = (typeof MAPPED_ORDER_STATES)[number];

export interface ShippingAddress {
  name?: string;
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
}

/**
 * Every unit is short: nothing goes in the box. The one definition, for the order lists and the
 * order detail alike; a line the storefront dropped (ordered 0) counts neither way.
 */
export const isFullyShort = ({
  units_ordered,
  units_short,
}: {
  units_ordered: number;
  units_short: number;
}) => units_ordered > 0 && units_short === units_ordered;
