import type { Role } from '../api/types';

export const AREA_GROUPS = ['Warehouse', 'Catalogue and sales', 'Admin'] as const;

/** One place of the app: its address, who may open it, and what it is for. */
export interface Area {
  path: string;
  label: string;
  group: (typeof AREA_GROUPS)[number];
  roles: readonly Role[];
  /** What the page holds; shown as the page's introduction (or its empty state until built). */
  summary: string;
  /** Not built yet: the menu and the page say it is coming, so nobody takes it for a working page. */
  coming?: true;
}

const ADMIN = ['admin'] as const;
const PACKING = ['admin', 'packer'] as const;

export const AREAS: readonly Area[] = [
  {
    path: '/picklist',
    label: 'Pick list',
    group: 'Warehouse',
    roles: ['admin', 'picker'],
    summary:
      'Everything still to pick for all open orders, grouped by category, with the orders behind each SKU and today’s progress.',
  },
  {
    path: '/picker',
    label: 'Picking',
    group: 'Warehouse',
    roles: ['admin', 'picker'],
    summary:
      'The handheld screen: scan or tap a SKU to pick it, or report an empty shelf; keeps working when the Wi-Fi drops.',
  },
  {
    path: '/picker/move',
    label: 'Move stock',
    group: 'Warehouse',
    roles: ['admin', 'picker'],
    summary:
      'The handheld screen for moving stock between bins: scan where it is, then the bin it goes to; the pick list shows the new bin at once.',
  },
  {
    path: '/picker/count',
    label: 'Count stock',
    group: 'Warehouse',
    roles: ['admin', 'picker'],
    summary:
      'The handheld cycle count: scan a bin or SKU and enter what is on the shelf; SKUs a shortage flagged come first.',
  },
  {
    path: '/packing',
    label: 'Packing',
    group: 'Warehouse',
    roles: PACKING,
    summary:
      'Orders whose lines are all picked or short, ready to pack: scan the slip, scan each item to check it, print the slip or label, mark it packed and ship it.',
  },
  {
    path: '/orders',
    label: 'Orders',
    group: 'Warehouse',
    roles: PACKING,
    summary:
      'Every storefront and Amazon order with its status, lines and history, searchable by number, customer or SKU.',
  },
  {
    path: '/labels',
    label: 'Labels',
    group: 'Warehouse',
    roles: PACKING,
    summary:
      'Product and shelf labels on the receipt printer: each SKU or bin as a barcode with its title.',
  },
  {
    path: '/out-of-stock',
    label: 'Out of stock',
    group: 'Warehouse',
    roles: PACKING,
    coming: true,
    summary:
      'The shortages pickers reported, by SKU and date, with the orders they affect — to export as CSV or send by email and SMS. Arrives with the out-of-stock reports.',
  },
  {
    path: '/inventory',
    label: 'Inventory',
    group: 'Warehouse',
    roles: PACKING,
    summary:
      'Stock per SKU — on hand, committed, available and incoming — with adjustments, cycle counts and the history of every movement.',
  },
  {
    path: '/products',
    label: 'Products',
    group: 'Catalogue and sales',
    roles: ADMIN,
    summary:
      'The catalogue: SKUs, barcodes, bins, reorder points, costs and sizes, with CSV import.',
  },
  {
    path: '/purchasing',
    label: 'Purchasing',
    group: 'Catalogue and sales',
    roles: ADMIN,
    summary:
      'Suppliers and purchase orders from draft to received; receiving a delivery adds its stock.',
  },
  {
    path: '/fba-shipments',
    label: 'FBA shipments',
    group: 'Catalogue and sales',
    roles: ADMIN,
    summary:
      'Plans for stock sent to Amazon’s warehouses, from draft until Amazon receives it; shipping one takes its units off the warehouse stock.',
  },
  {
    path: '/amazon',
    label: 'Amazon',
    group: 'Catalogue and sales',
    roles: ADMIN,
    coming: true,
    summary:
      'The Seller Central connection, order and FBA stock syncs, and the FBM quantities sent to Amazon, with the result of each run. Arrives with the Amazon release.',
  },
  {
    path: '/analytics',
    label: 'Analytics',
    group: 'Catalogue and sales',
    roles: ADMIN,
    coming: true,
    summary:
      'Sales and profit over time, top products, stock turnover and units picked per hour. Arrives with the analytics release.',
  },
  {
    path: '/admin/users',
    label: 'Users',
    group: 'Admin',
    roles: ADMIN,
    summary: 'Who can sign in to the station and the handhelds, and what each person may do.',
  },
  {
    path: '/admin/settings',
    label: 'Settings',
    group: 'Admin',
    roles: ADMIN,
    summary:
      'The storefront feed, your business details, the network, printer, scanner and where alerts go.',
  },
  {
    path: '/admin/jobs',
    label: 'Jobs',
    group: 'Admin',
    roles: ADMIN,
    summary:
      'The schedule of background jobs — storefront and Amazon syncs, backups — and how their last runs went.',
  },
];

export const mayOpen = (area: Area, role: Role) => area.roles.includes(role);

export const areaAt = (pathname: string) => AREAS.find((area) => area.path === pathname);

/** Where each role starts: the screen its work happens on. Admins get the home page. */
export const HOME_OF: Record<Role, string> = { admin: '/', picker: '/picker', packer: '/packing' };
