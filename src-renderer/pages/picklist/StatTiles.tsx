import type { PicklistStats } from '../../api/types';

const TILES: readonly [keyof PicklistStats, string][] = [
  ['open_orders', 'Open orders'],
  ['ready_to_pack', 'Ready to pack'],
  ['skus_remaining', 'SKUs to pick'],
  ['units_remaining', 'Units to pick'],
  ['units_picked_today', 'Picked today'],
  ['units_short_today', 'Short today'],
];

export function StatTiles({ stats }: { stats: PicklistStats }) {
  return (
    <dl className="stat-tiles">
      {TILES.map(([key, label]) => (
        <div className="stat" key={key} data-testid={`stat-${key}`}>
          <dt>{label}</dt>
          <dd>{stats[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
