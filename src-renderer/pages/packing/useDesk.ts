import { useCallback, useRef, useState } from 'react';
import { signalError } from '../picker/feedback';
import { desk, initialDesk, type DeskEvent, type DeskState } from './desk';
import { savedSlipSize } from './slip';

const CARRIER_KEY = 'warehouse-station.carrier';

/** The carrier of the last shipment: the next order's form starts with it. */
export const saveCarrier = (carrier: string) => localStorage.setItem(CARRIER_KEY, carrier);

export interface Desk {
  /** The state this render shows. */
  state: DeskState;
  /** The state right now, for work that resumes after an await. */
  get(): DeskState;
  dispatch(event: DeskEvent): void;
  /** Buzzes and shows `text` as the desk's error. */
  fail(text: string): void;
}

/**
 * The desk's state, changed only through `desk`. The ref moves at once, the render follows: a
 * scan queued behind another reads the order the one before it just counted.
 */
export function useDesk(): Desk {
  const [state, setState] = useState(() =>
    initialDesk({ carrier: localStorage.getItem(CARRIER_KEY) ?? 'USPS', size: savedSlipSize() }),
  );
  const latest = useRef(state);
  const get = useCallback(() => latest.current, []);
  const dispatch = useCallback((event: DeskEvent) => {
    latest.current = desk(latest.current, event);
    setState(latest.current);
  }, []);
  const fail = (text: string) => {
    signalError();
    dispatch({ type: 'failed', text });
  };
  return { state, get, dispatch, fail };
}
