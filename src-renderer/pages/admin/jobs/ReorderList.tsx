import type { ReorderRun } from '../../../../src-main/contract/jobs';

const CHANNEL = {
  sent: 'sent',
  not_configured: 'not set up',
  failed: 'failed',
  nothing_to_send: 'nothing to send',
} as const;

/** One reorder run in a table cell: how many SKUs were low and where the list went. */
export function reorderSentence(run: ReorderRun): string {
  const skus = `${run.low_skus} SKU${run.low_skus === 1 ? '' : 's'} at or below the reorder point`;
  if (run.low_skus === 0) return skus;
  return `${skus}; email ${CHANNEL[run.email ?? 'nothing_to_send']}, SMS ${CHANNEL[run.sms ?? 'nothing_to_send']}`;
}

/** The SKUs the last reorder run listed: visible here whether or not the alert went out. */
export function ReorderList({ run }: { run: ReorderRun }) {
  if (run.skus.length === 0) return null;
  return (
    <section aria-label="To reorder">
      <h3>To reorder (last run)</h3>
      <ul className="reorder-list">
        {run.skus.map((line) => (
          <li key={line.sku}>
            <strong>{line.sku}</strong> {line.title}: {line.available} available, reorder point{' '}
            {line.reorder_point}, order {line.reorder_qty}
            {line.incoming > 0 ? ` (${line.incoming} incoming)` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
