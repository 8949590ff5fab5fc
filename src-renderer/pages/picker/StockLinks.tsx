import { Link } from 'react-router';

/** The picker home's way to the other handheld work: moving and counting stock. */
export function StockLinks() {
  return (
    <nav className="stock-links" aria-label="Stock">
      <Link className="btn" to="/picker/move">
        Move stock
      </Link>
      <Link className="btn" to="/picker/count">
        Count stock
      </Link>
    </nav>
  );
}
