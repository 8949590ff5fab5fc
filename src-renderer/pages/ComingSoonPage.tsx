import type { Area } from '../layout/areas';

/** Stands in for an area that is not built yet, saying plainly that it is not and what it will hold. */
export function ComingSoonPage({ area }: { area: Area }) {
  return (
    <section className="empty-state" data-testid="coming-soon">
      <h1>
        {area.label} <span className="badge badge-warn">Coming</span>
      </h1>
      <p>
        <strong>Not built yet:</strong> this page arrives in a later release.
      </p>
      <p>{area.summary}</p>
    </section>
  );
}
