import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLatest } from './useLatest';

/**
 * A page's view (search, filters, page, what is open) kept in its own state and mirrored into
 * the address, so a reload or a link lands on the same view. The state leads: a filter chosen
 * while a search is still being typed must not be undone by the address catching up.
 */
export function useUrlView<V>(
  read: (params: URLSearchParams) => V,
  write: (view: V) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState(() => read(params));
  const mirror = useLatest((next: URLSearchParams) => {
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  });
  useEffect(() => {
    mirror(write(view));
  }, [view, mirror, write]);
  const change = (next: Partial<V>) => setView((current) => ({ ...current, ...next }));
  return { view, change };
}
