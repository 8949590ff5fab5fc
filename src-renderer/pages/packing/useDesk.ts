import { useState, useSyncExternalStore } from 'react';
import { signalError } from '../picker/feedback';
import { desk, initialDesk, type DeskEvent, type DeskState } from './desk';
import { savedSlipSize } from './slip';

const CARRIER_KEY = 'warehouse-station.carrier';

/** The carrier of the last shipment: the next order's form starts with it. */
export const saveCarrier = (carrier: string) => localStorage.setItem(CARRIER_KEY, carrier);

/**
 * The desk's state, changed only through `desk`. Applied at once, not at the next render: a scan
 * queued behind another reads the order the one before it just counted.
 */
class DeskStore {
  private readonly listeners = new Set<() => void>();

  constructor(private state: DeskState) {}

  readonly get = (): DeskState => this.state;

  readonly dispatch = (event: DeskEvent): void => {
    this.state = desk(this.state, event);
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export interface Desk {
  /** The state this render shows. */
  state: DeskState;
  /** The state right now, for work that resumes after an await. */
  get(): DeskState;
  dispatch(event: DeskEvent): void;
  /** Buzzes and shows `text` as the desk's error. */
  fail(text: string): void;
}

export function useDesk(): Desk {
  const [store] = useState(
    () =>
      new DeskStore(
        initialDesk({
          carrier: localStorage.getItem(CARRIER_KEY) ?? 'USPS',
          size: savedSlipSize(),
        }),
      ),
  );
  const state = useSyncExternalStore(store.subscribe, store.get);
  const fail = (text: string) => {
    signalError();
    store.dispatch({ type: 'failed', text });
  };
  return { state, get: store.get, dispatch: store.dispatch, fail };
}
