import type { Area } from '../layout/areas';

/** Stands in for an area that is not built yet, saying plainly what it will hold. */
export function ComingSoonPage({ area }: { area: Area }) {
  return (
    <section className="empty-state">
      <h1>{area.label}</h1>
      <p>{area.summary}</p>
    </section>
  );
}
