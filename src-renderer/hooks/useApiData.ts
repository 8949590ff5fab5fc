import { useEffect, useState } from 'react';
import { toApiError } from '../api/api-error';
import { api, urlOf } from '../api/client';
import type { AnswerOf, CallInput, RouteContract } from '../../src-main/contract/route';

interface Loaded<T> {
  data: T | null;
  error: string | null;
}

/**
 * GETs one route of the contract when the component mounts, and again when its input changes;
 * `update` applies what a later write answered.
 */
export function useApiData<C extends RouteContract, T = AnswerOf<C>>(
  route: C,
  input?: CallInput<C>,
) {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  // The URL is the identity of the request: a new object with the same input fetches nothing.
  const url = urlOf(route, input);

  useEffect(() => {
    let live = true;
    (api.call as (r: C, i?: CallInput<C>) => Promise<T>)(route, input).then(
      (data) => live && setState({ data, error: null }),
      (err: unknown) => live && setState((s) => ({ ...s, error: toApiError(err).message })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, attempt]);

  return {
    ...state,
    reload: () => setAttempt((n) => n + 1),
    update: (change: (data: T) => T) =>
      setState((s) => (s.data === null ? s : { data: change(s.data), error: null })),
  };
}
