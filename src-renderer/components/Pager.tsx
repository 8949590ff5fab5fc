interface PagerProps {
  /** 1-based page shown. */
  page: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  /** Every match, not just this page. */
  total: number;
  /** What a row is, singular and plural: "order", "orders". */
  noun: [string, string];
  testId?: string;
  onPage: (page: number) => void;
}

/** "26–50 of 212 orders" with Previous and Next: the true total, not the page's length. */
export function Pager({ page, pageSize, shown, total, noun, testId, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <nav className="pager" aria-label="Pages">
      <span data-testid={testId}>
        {first}–{first + shown - 1} of {total} {total === 1 ? noun[0] : noun[1]}
      </span>
      <span className="actions">
        <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </button>
        <span className="muted">
          Page {page} of {pages}
        </span>
        <button
          type="button"
          className="btn"
          disabled={page >= pages}
          onClick={() => onPage(page + 1)}
        >
          Next
        </button>
      </span>
    </nav>
  );
}

/** Shown when a page past the last one was asked for (a bookmark, or rows gone since). */
export function PastLastPage({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}) {
  return (
    <p className="muted">
      Page {page} is past the last page ({pages}).{' '}
      <button type="button" className="link-button" onClick={() => onPage(1)}>
        Go to the first page
      </button>
    </p>
  );
}
