import { useCallback, useEffect, useRef } from 'react';

/**
 * A function that never changes but always calls the latest `fn`, for callbacks handed to
 * timers and async work that outlive the render they were made in.
 */
export function useLatest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
