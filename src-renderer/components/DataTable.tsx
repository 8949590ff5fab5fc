import type { ReactNode } from 'react';

/** A column heading: figures sit right-aligned; a hidden heading is there for screen readers. */
export type Column = string | { label: string; num?: boolean; hidden?: boolean };

interface DataTableProps {
  /** Classes beside `table`; `stacked` turns each row into a labelled card on a phone. */
  className?: string;
  columns: readonly Column[];
  testId?: string;
  /** The table's tbody, or one tbody per group. */
  children: ReactNode;
}

/** A scrollable table whose headings come from its columns. */
export function DataTable({ className, columns, testId, children }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, num, hidden } =
                typeof column === 'string' ? { label: column } : column;
              return (
                <th key={label} scope="col" className={num ? 'num' : undefined}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

/** A figure: right-aligned, and labelled by its heading where a phone stacks the row. */
export function NumCell({
  label,
  className,
  children,
}: {
  label: string;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <td data-label={label} className={className ? `num ${className}` : 'num'}>
      {children}
    </td>
  );
}
