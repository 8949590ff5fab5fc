import { FilterSelect } from '../../components/FilterSelect';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useUrlView } from '../../hooks/useUrlView';
import { PO_STATUSES } from '../../../src-main/domain/stock';
import type { PoStatus } from '../../../src-main/domain/purchasing';
import * as purchasing from '../../../src-main/contract/purchasing';
import { NewPurchaseOrder } from './NewPurchaseOrder';
import { PO_STATUS_LABEL } from './po-labels';
import { PurchaseOrderCard } from './PurchaseOrderCard';
import { PurchaseOrdersTable } from './PurchaseOrdersTable';
import { SuppliersSection } from './SuppliersSection';

const PAGE_SIZE = 25;

interface View {
  status: PoStatus | '';
  page: number;
  /** The order open below the list; 'new' while one is being written. */
  po: number | 'new' | null;
}

const isStatus = (value: string | null): value is PoStatus =>
  (PO_STATUSES as readonly (string | null)[]).includes(value);

const viewFrom = (params: URLSearchParams): View => {
  const status = params.get('status');
  const po = params.get('po');
  return {
    status: isStatus(status) ? status : '',
    page: Math.max(1, Number(params.get('page')) || 1),
    po: po === 'new' ? 'new' : Number(po) || null,
  };
};

function paramsOf(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.po) params.set('po', String(view.po));
  return params;
}

/** Suppliers and purchase orders: write one, send it, and book what arrives into stock. */
export function PurchasingPage() {
  const { view, change } = useUrlView(viewFrom, paramsOf);
  const suppliers = useApiData(purchasing.listSuppliers);
  const orders = useApiData(purchasing.listPurchaseOrders, {
    query: { status: view.status || undefined, page: view.page, page_size: PAGE_SIZE },
  });
  const noSuppliers = suppliers.data?.length === 0;

  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>Purchasing</h1>
          <p>Purchase orders from draft to received; receiving a delivery adds its stock.</p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!suppliers.data || noSuppliers}
          title={noSuppliers ? 'Add a supplier first' : undefined}
          onClick={() => change({ po: 'new' })}
        >
          New purchase order
        </button>
      </header>
      {view.po === 'new' && suppliers.data && (
        <NewPurchaseOrder
          suppliers={suppliers.data}
          onCreated={(id) => {
            orders.reload();
            change({ po: id });
          }}
          onCancel={() => change({ po: null })}
        />
      )}
      <section className="card" aria-label="Purchase orders">
        <div className="orders-filters">
          <FilterSelect
            label="Status"
            name="status"
            any="Any status"
            labels={PO_STATUS_LABEL}
            value={view.status}
            onChange={(value) => change({ status: value, page: 1 })}
          />
        </div>
        {orders.error && <LoadError message={orders.error} onRetry={orders.reload} />}
        {!orders.data && !orders.error && <p className="muted">Loading purchase orders…</p>}
        {orders.data && (
          <PurchaseOrdersTable
            page={orders.data}
            openId={typeof view.po === 'number' ? view.po : null}
            empty={
              view.status
                ? `No purchase order is ${PO_STATUS_LABEL[view.status].toLowerCase()}.`
                : noSuppliers
                  ? 'No purchase orders yet. Add a supplier below, then write the first one.'
                  : 'No purchase orders yet.'
            }
            onOpen={(id) => change({ po: id })}
            onPage={(page) => change({ page })}
          />
        )}
      </section>
      {typeof view.po === 'number' && (
        <PurchaseOrderCard
          key={view.po}
          id={view.po}
          onChanged={orders.reload}
          onClose={() => change({ po: null })}
        />
      )}
      <SuppliersSection
        suppliers={suppliers.data}
        error={suppliers.error}
        onChanged={suppliers.reload}
      />
    </div>
  );
}
