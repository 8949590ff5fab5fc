import type { Allocation, PicklistSku } from '../../api/types';
import type { DoneAction } from './last-actions';
import type { FlushReport, QueuedAction } from './offline-queue';
import type { ActionAnswer, UndoneAnswer } from './picking-api';

const numbersOf = (allocations: readonly Allocation[], ids: readonly number[]) => [
  ...new Set(allocations.filter((a) => ids.includes(a.order_id)).map((a) => a.order_number)),
];

function ordersSentence(numbers: string[], what: string): string {
  if (numbers.length === 0) return '';
  return numbers.length === 1
    ? ` Order ${numbers[0]} is ${what}.`
    : ` Orders ${numbers.join(', ')} are ${what}.`;
}

export function describeAction(action: QueuedAction): string {
  if (action.kind === 'pick') return `pick ${action.qty} × ${action.sku}`;
  return action.qty === undefined
    ? `all of ${action.sku} not in stock`
    : `${action.qty} × ${action.sku} not in stock`;
}

/** What the station did, in the words a picker would use, ending with orders now ready to pack. */
export function answerSentence(answer: ActionAnswer): string {
  const ready = ordersSentence(numbersOf(answer.allocations, answer.ready_orders), 'ready to pack');
  if ('event_id' in answer) return `Picked ${answer.qty} × ${answer.sku}.${ready}`;
  const count = answer.needs_count
    ? ' The stock count says there should be some: count that shelf.'
    : '';
  return `Marked ${answer.qty_short} × ${answer.sku} not in stock.${count}${ready}`;
}

export function undoSentence(answer: UndoneAnswer): string {
  const reopened = ordersSentence(
    numbersOf(answer.allocations, answer.reopened_orders),
    'no longer ready to pack',
  );
  if ('event_id' in answer)
    return `Pick undone: ${answer.qty} × ${answer.sku} are back on the list.${reopened}`;
  return `"Not in stock" undone: ${answer.qty_short} × ${answer.sku} are back on the list to pick.${reopened}`;
}

/** One line of "my last actions". */
export const doneLabel = (action: DoneAction) =>
  action.kind === 'pick'
    ? `Picked ${action.qty} × ${action.sku}`
    : `${action.qty} × ${action.sku} not in stock`;

/** Where units in hand that are not wanted go. */
export const putBackSentence = (qty: number, bin: string | null) =>
  `Put ${qty} back${bin ? ` in ${bin}` : ' on the shelf'}.`;

/** A scan of SKUs with nothing left to pick: say so, with how they were finished. */
export function alreadyPickedSentence(skus: readonly PicklistSku[]): string {
  const [first] = skus;
  if (skus.length !== 1 || !first) {
    return `Nothing left to pick for ${skus.map((s) => s.sku).join(', ')}: already picked.`;
  }
  const short = first.qty_short > 0 ? `, ${first.qty_short} not in stock` : '';
  return `${first.sku} is already picked (${first.qty_picked} picked${short}): nothing left to pick.`;
}

export const waitingLabel = (n: number) => `${n} ${n === 1 ? 'pick' : 'picks'} waiting`;

/** What a replay of the waiting actions achieved; the refused ones are told one by one. */
export function sentSentence(report: FlushReport<ActionAnswer>): string {
  const n = report.sent.length;
  const ready = report.sent.flatMap(({ answer }) =>
    numbersOf(answer.allocations, answer.ready_orders),
  );
  return `Sent ${n} waiting ${n === 1 ? 'pick' : 'picks'} to the station.${ordersSentence([...new Set(ready)], 'ready to pack')}`;
}

export const refusedSentence = (action: QueuedAction, message: string) =>
  `A waiting ${describeAction(action)} was refused: ${message}`;
