import type { Channel, OrderStatus } from '../../api/types';

export const STATUS_LABEL: Record<OrderStatus, string> = {
  open: 'Being picked',
  ready_to_pack: 'Ready to pack',
  packed: 'Packed',
  shipped: 'Shipped',
  cancelled: 'Cancelled',
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  storefront: 'Storefront',
  amazon_fbm: 'Amazon FBM',
  amazon_fba: 'Amazon FBA',
  direct: 'Direct',
};

export const dateTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
