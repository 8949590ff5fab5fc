import { useEffect, useState } from 'react';
import { toApiError } from '../api/api-error';
import { api } from '../api/client';

interface Loaded<T> {
  data: T | null;
  error: string | null;
}

/** GETs `path` when the component mounts; `update` applies what a later write answered. */
export function useApiData<T>(path: string) {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.get<T>(path).then(
      (data) => live && setState({ data, error: null }),
      (err: unknown) => live && setState((s) => ({ ...s, error: toApiError(err).message })),
    );
    return () => {
      live = false;
    };
  }, [path, attempt]);

  return {
    ...state,
    reload: () => setAttempt((n) => n + 1),
    update: (change: (data: T) => T) =>
      setState((s) => (s.data === null ? s : { data: change(s.data), error: null })),
  };
}
