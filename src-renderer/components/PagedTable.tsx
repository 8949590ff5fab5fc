import type { ReactNode } from 'react';
import { DataTable, type Column } from './DataTable';
import { Pager, PastLastPage } from './Pager';

interface PagedTableProps {
  /** Where this page sits in the whole list. */
  at: { page: number; page_size: number; total: number };
  /** Rows on this page. */
  shown: number;
  columns: readonly Column[];
  className?: string;
  /** The table's test id; `<name>-empty` and `<name>-count` name its empty text and its count. */
  name: string;
  noun: [string, string];
  /** What an empty list means here: nothing yet, or no match. */
  empty: string;
  onPage: (page: number) => void;
  children: ReactNode;
}

/** One page of a long list with its true total and paging, or the sentence for an empty list. */
export function PagedTable({
  at,
  shown,
  columns,
  className,
  name,
  noun,
  empty,
  onPage,
  children,
}: PagedTableProps) {
  if (at.total === 0) {
    return (
      <p className="muted" data-testid={`${name}-empty`}>
        {empty}
      </p>
    );
  }
  if (shown === 0) {
    return (
      <PastLastPage page={at.page} pages={Math.ceil(at.total / at.page_size)} onPage={onPage} />
    );
  }
  return (
    <>
      <DataTable className={className} columns={columns} testId={`${name}-table`}>
        {children}
      </DataTable>
      <Pager
        page={at.page}
        pageSize={at.page_size}
        shown={shown}
        total={at.total}
        noun={noun}
        testId={`${name}-count`}
        onPage={onPage}
      />
    </>
  );
}

/** A row's name as the button that opens it below the list; pressed while it is open. */
export function OpenButton({
  open,
  onOpen,
  className = 'link-button mono',
  children,
}: {
  open: boolean;
  onOpen: () => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className={className} aria-pressed={open} onClick={onOpen}>
      {children}
    </button>
  );
}
