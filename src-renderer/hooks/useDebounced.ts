import { useCallback, useEffect, useRef } from 'react';
import { useLatest } from './useLatest';

/** A stable function that runs the latest `fn` once calls to it have paused for `ms`. */
export function useDebounced(fn: () => void, ms: number): () => void {
  const run = useLatest(fn);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(run, ms);
  }, [run, ms]);
}
