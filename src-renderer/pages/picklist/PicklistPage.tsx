import { useState } from 'react';
import { useUser } from '../../auth/auth-context';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { useScanner } from '../../hooks/useScanner';
import { CategoryChips } from './CategoryChips';
import { OfflineCopyNote } from './OfflineCopyNote';
import { filterPicklist, findSku, type PicklistFilter } from './picklist-search';
import { PicklistTable } from './PicklistTable';
import { SkuOrdersPanel } from './SkuOrdersPanel';
import { StatTiles } from './StatTiles';
import { SyncStatusCard } from './SyncStatusCard';
import { useLivePicklist } from './useLivePicklist';

/** The desk view of the pick list: everything left to pick, and the orders behind each SKU. */
export function PicklistPage() {
  const user = useUser();
  const { list, stats, live } = useLivePicklist();
  const [filter, setFilter] = useState<PicklistFilter>({ category: null, query: '' });
  const [openSku, setOpenSku] = useState<string | null>(null);
  const [notFound, setNotFound] = useState<string | null>(null);

  // A product scanned at the desk opens its orders.
  useScanner(({ code }) => {
    const sku = list.data && findSku(list.data, code);
    setNotFound(sku ? null : code);
    if (sku) setOpenSku(sku.sku);
  });

  const shown = list.data && filterPicklist(list.data, filter);
  const empty = list.data?.categories.length === 0;

  return (
    <div className="picklist-page">
      <header className="page-header">
        <h1>Pick list</h1>
        <span className={live ? 'live-pill is-live' : 'live-pill'}>
          {live ? 'Live' : 'Reconnecting…'}
        </span>
        <p>Everything still to pick for all open orders. Select a SKU to see its orders.</p>
      </header>

      {user.role === 'admin' && <SyncStatusCard />}

      {stats.data && <StatTiles stats={stats.data} />}

      <OfflineCopyNote picklist={list.data} />
      {list.error && !list.data && <LoadError message={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <p className="muted">Loading the pick list…</p>}

      {empty && (
        <section className="empty-state">
          <h2>Nothing to pick right now</h2>
          <p>
            Every open order is picked or marked short. New orders appear here by themselves as soon
            as a sync brings them in.
          </p>
        </section>
      )}

      {list.data && !empty && shown && (
        <>
          <div className="filter-bar">
            <CategoryChips
              categories={list.data.categories}
              selected={filter.category}
              onSelect={(category) => setFilter((f) => ({ ...f, category }))}
            />
            <input
              className="input filter-search"
              type="search"
              aria-label="Search SKU, title, barcode or bin"
              placeholder="Search SKU, title, barcode or bin"
              value={filter.query}
              onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
            />
          </div>
          {notFound && (
            <Alert tone="warning">
              Nothing on the pick list matches the scanned code {notFound}.
            </Alert>
          )}
          {shown.categories.length === 0 ? (
            <p className="muted">No SKU matches this filter.</p>
          ) : (
            <PicklistTable
              categories={shown.categories}
              selected={openSku}
              onOpen={(sku) => setOpenSku(sku === openSku ? null : sku)}
            />
          )}
        </>
      )}

      {openSku && <SkuOrdersPanel key={openSku} sku={openSku} onClose={() => setOpenSku(null)} />}
    </div>
  );
}
