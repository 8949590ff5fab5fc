import { api } from '../../api/client';
import type { PickAnswer, ShortAnswer, ShortUndoAnswer, UndoAnswer } from '../../api/types';
import * as picking from '../../../src-main/contract/picking';
import { deviceId } from './ids';
import type { DoneAction } from './last-actions';
import type { QueuedAction } from './offline-queue';

export type ActionAnswer = PickAnswer | ShortAnswer;

/** Every picking call names the handheld, so the station records which one made it. */
const fromThisDevice = () => ({ headers: { 'X-Station-Device': deviceId() } });

export function sendAction(action: QueuedAction): Promise<ActionAnswer> {
  const { sku, request_id } = action;
  return action.kind === 'pick'
    ? api.call(picking.pick, { body: { sku, qty: action.qty, request_id } }, fromThisDevice())
    : api.call(
        picking.notInStock,
        { body: { sku, qty: action.qty, request_id } },
        fromThisDevice(),
      );
}

export const undoPick = (eventId: number) =>
  api.call(picking.undoPick, { body: { event_id: eventId } }, fromThisDevice());

export type UndoneAnswer = UndoAnswer | ShortUndoAnswer;

/** Reverses one of this picker's last actions, whichever kind it was. */
export const undoAction = (action: DoneAction): Promise<UndoneAnswer> =>
  action.kind === 'pick'
    ? undoPick(action.event_id)
    : api.call(
        picking.undoNotInStock,
        { body: { exception_id: action.exception_id, request_id: action.undo_request_id } },
        fromThisDevice(),
      );
