import { Link } from 'react-router';

/** The title of a handheld stock screen, with the way back to the pick list. */
export function StockScreenBar({ title }: { title: string }) {
  return (
    <div className="picker-title">
      <h1>{title}</h1>
      <Link className="btn stock-back" to="/picker">
        Pick list
      </Link>
    </div>
  );
}
