import { NumCell } from '../../components/DataTable';
import { OpenButton, PagedTable } from '../../components/PagedTable';
import type { PurchaseOrderSummary } from '../../../src-main/contract/purchasing';
import { dateTime } from '../orders/order-labels';
import { amount, PO_STATUS_LABEL } from './po-labels';

const COLUMNS = [
  'Order',
  'Supplier',
  'Status',
  { label: 'Received', num: true },
  { label: 'Total', num: true },
  'Expected',
  'Written',
];

interface Props {
  page: { items: PurchaseOrderSummary[]; total: number; page: number; page_size: number };
  openId: number | null;
  empty: string;
  onOpen: (id: number) => void;
  onPage: (page: number) => void;
}

/** One page of purchase orders, newest first, with how much of each has arrived. */
export function PurchaseOrdersTable({ page, openId, empty, onOpen, onPage }: Props) {
  const { items } = page;
  return (
    <PagedTable
      at={page}
      shown={page.items.length}
      columns={COLUMNS}
      className="stacked"
      name="po"
      noun={['purchase order', 'purchase orders']}
      empty={empty}
      onPage={onPage}
    >
      <tbody>
        {items.map((po) => (
          <tr
            key={po.id}
            className={po.id === openId ? 'selected' : undefined}
            data-testid={`po-row-${po.po_number}`}
          >
            <td data-label="Order">
              <OpenButton open={po.id === openId} onOpen={() => onOpen(po.id)}>
                {po.po_number}
              </OpenButton>
            </td>
            <td data-label="Supplier">{po.supplier_name}</td>
            <td data-label="Status">
              <span className="badge">{PO_STATUS_LABEL[po.status]}</span>
            </td>
            <NumCell label="Received">
              {po.units_received} of {po.units_ordered}
            </NumCell>
            <NumCell label="Total">{amount(po.total)}</NumCell>
            <td data-label="Expected">{po.expected_delivery ?? '—'}</td>
            <td data-label="Written">{dateTime(po.created_at)}</td>
          </tr>
        ))}
      </tbody>
    </PagedTable>
  );
}
