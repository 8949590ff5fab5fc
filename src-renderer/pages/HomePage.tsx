import { Link } from 'react-router';

export function HomePage() {
  return (
    <div className="stack">
      <section className="empty-state">
        <h1>Home</h1>
        <p>
          Today at a glance — open orders, orders ready to pack, units picked and short today, and
          products to reorder — will appear here as picking, packing and inventory arrive.
        </p>
        <p>Until then, get the station ready:</p>
        <div className="actions">
          <Link className="btn btn-primary" to="/admin/users">
            Add users
          </Link>
          <Link className="btn" to="/admin/settings">
            Open settings
          </Link>
        </div>
      </section>
    </div>
  );
}
