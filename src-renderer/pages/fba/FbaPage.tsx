import { FilterSelect } from '../../components/FilterSelect';
import { LoadError } from '../../components/LoadError';
import { OpenButton, PagedTable } from '../../components/PagedTable';
import { NumCell } from '../../components/DataTable';
import { useApiData } from '../../hooks/useApiData';
import { useUrlView } from '../../hooks/useUrlView';
import { FBA_SHIPMENT_STATUSES } from '../../../src-main/domain/stock';
import type { FbaStatus } from '../../../src-main/domain/fba';
import * as fba from '../../../src-main/contract/fba';
import { dateTime } from '../orders/order-labels';
import { FBA_STATUS_LABEL } from './fba-labels';
import { FbaPlanCard } from './FbaPlanCard';
import { NewFbaPlan } from './NewFbaPlan';

const PAGE_SIZE = 25;
const COLUMNS = [
  'Plan',
  'Status',
  { label: 'SKUs', num: true },
  { label: 'Units', num: true },
  'Written',
];

interface View {
  status: FbaStatus | '';
  page: number;
  plan: number | 'new' | null;
}

const isStatus = (value: string | null): value is FbaStatus =>
  (FBA_SHIPMENT_STATUSES as readonly (string | null)[]).includes(value);

const viewFrom = (params: URLSearchParams): View => {
  const status = params.get('status');
  const plan = params.get('plan');
  return {
    status: isStatus(status) ? status : '',
    page: Math.max(1, Number(params.get('page')) || 1),
    plan: plan === 'new' ? 'new' : Number(plan) || null,
  };
};

function paramsOf(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status) params.set('status', view.status);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.plan) params.set('plan', String(view.plan));
  return params;
}

/** Plans that send warehouse stock to Amazon's warehouses, from draft to received. */
export function FbaPage() {
  const { view, change } = useUrlView(viewFrom, paramsOf);
  const plans = useApiData(fba.listFbaShipments, {
    query: { status: view.status || undefined, page: view.page, page_size: PAGE_SIZE },
  });
  const openId = typeof view.plan === 'number' ? view.plan : null;
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <h1>FBA shipments</h1>
          <p>
            Stock sent to Amazon&apos;s warehouses. The station keeps the plan and takes the units
            off its shelves when they ship; submitting the plan to Amazon is still done in Seller
            Central.
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => change({ plan: 'new' })}>
          New plan
        </button>
      </header>
      {view.plan === 'new' && (
        <NewFbaPlan
          onCreated={(id) => {
            plans.reload();
            change({ plan: id });
          }}
          onCancel={() => change({ plan: null })}
        />
      )}
      <section className="card" aria-label="FBA plans">
        <div className="orders-filters">
          <FilterSelect
            label="Status"
            name="status"
            any="Any status"
            labels={FBA_STATUS_LABEL}
            value={view.status}
            onChange={(value) => change({ status: value, page: 1 })}
          />
        </div>
        {plans.error && <LoadError message={plans.error} onRetry={plans.reload} />}
        {!plans.data && !plans.error && <p className="muted">Loading plans…</p>}
        {plans.data && (
          <PagedTable
            at={plans.data}
            shown={plans.data.items.length}
            columns={COLUMNS}
            className="stacked"
            name="fba"
            noun={['plan', 'plans']}
            empty={view.status ? 'No plan has this status.' : 'No FBA plans yet.'}
            onPage={(page) => change({ page })}
          >
            <tbody>
              {plans.data.items.map((p) => (
                <tr key={p.id} className={p.id === openId ? 'selected' : undefined}>
                  <td data-label="Plan">
                    <OpenButton open={p.id === openId} onOpen={() => change({ plan: p.id })}>
                      {p.name}
                    </OpenButton>
                  </td>
                  <td data-label="Status">
                    <span className="badge">{FBA_STATUS_LABEL[p.status]}</span>
                  </td>
                  <NumCell label="SKUs">{p.item_count}</NumCell>
                  <NumCell label="Units">{p.units}</NumCell>
                  <td data-label="Written">{dateTime(p.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </PagedTable>
        )}
      </section>
      {openId !== null && (
        <FbaPlanCard
          key={openId}
          id={openId}
          onChanged={plans.reload}
          onClose={() => change({ plan: null })}
        />
      )}
    </div>
  );
}
