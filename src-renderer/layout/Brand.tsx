import { Link } from 'react-router';

export function Brand({ linked = true }: { linked?: boolean }) {
  const content = (
    <>
      <span className="brand-mark" aria-hidden="true">
        W
      </span>
      <span className="brand-name">Warehouse Station</span>
    </>
  );
  return linked ? (
    <Link className="brand" to="/">
      {content}
    </Link>
  ) : (
    <div className="brand">{content}</div>
  );
}
