import { Link } from 'react-router';
import type { TodayStats } from '../api/types';
import { HandheldQr } from '../components/HandheldQr';
import { LoadError } from '../components/LoadError';
import { useApiData } from '../hooks/useApiData';
import { useDebounced } from '../hooks/useDebounced';
import { useStationEvents } from '../hooks/useStationEvents';
import { changesPicklist, REFETCH_DELAY_MS } from './picklist/useLivePicklist';
import * as picking from '../../src-main/contract/picking';

/** Each figure links to the page that holds what it counts. */
const FIGURES: readonly { key: keyof Omit<TodayStats, 'by_picker'>; label: string; to: string }[] =
  [
    { key: 'open_orders', label: 'Open orders', to: '/orders?status=open' },
    { key: 'ready_to_pack', label: 'Ready to pack', to: '/packing' },
    { key: 'units_remaining', label: 'Units to pick', to: '/picklist' },
    { key: 'units_picked_today', label: 'Picked today', to: '/picklist' },
    { key: 'units_short_today', label: 'Short today', to: '/picklist' },
  ];

/** The admin's start: today's figures, kept live, and how to get a handheld onto the station. */
export function HomePage() {
  const stats = useApiData(picking.picklistStats);
  const refresh = useDebounced(stats.reload, REFETCH_DELAY_MS);
  useStationEvents((event) => {
    if (changesPicklist(event)) refresh();
  });

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Home</h1>
        <p>Today at a glance: open orders, what is ready to pack, and what each picker did.</p>
      </header>
      {stats.error && <LoadError message={stats.error} onRetry={stats.reload} />}
      {stats.data && (
        <>
          <ul className="stat-tiles home-figures" aria-label="Today’s figures">
            {FIGURES.map(({ key, label, to }) => (
              <li key={key}>
                <Link className="stat stat-link" to={to} data-testid={`home-${key}`}>
                  <span className="stat-label">{label}</span>
                  <span className="stat-value">{stats.data![key]}</span>
                </Link>
              </li>
            ))}
          </ul>
          <section className="card" aria-labelledby="pickers-title">
            <h2 id="pickers-title">Pickers today</h2>
            {stats.data.by_picker.length === 0 ? (
              <p className="muted">Nobody has picked or reported a shortage today yet.</p>
            ) : (
              <table className="table" data-testid="home-pickers">
                <thead>
                  <tr>
                    <th scope="col">Picker</th>
                    <th scope="col" className="num">
                      Units picked
                    </th>
                    <th scope="col" className="num">
                      Units short
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.data.by_picker.map((p) => (
                    <tr key={p.picker ?? '(deleted)'}>
                      <td>{p.picker ?? <span className="muted">a deleted user</span>}</td>
                      <td className="num">{p.units_picked}</td>
                      <td className="num">{p.units_short}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
      <section className="card" aria-labelledby="handhelds-title">
        <h2 id="handhelds-title">Connect a handheld</h2>
        <p className="card-intro">
          Pickers open this address on a phone on the warehouse network and sign in with their own
          login (<Link to="/admin/users">add users</Link>).
        </p>
        <HandheldQr />
      </section>
    </div>
  );
}
