import { forgetOfflineSession } from '../pwa/offline-session';
import { ApiError, unreachable } from './api-error';
import { sessionStore } from './session-store';
import {
  pathOf,
  type AnswerOf,
  type CallInput,
  type RouteContract,
} from '../../src-main/contract/route';
import type { ErrorBody, Session } from './types';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface CallOptions {
  /** false for the public endpoints (health, login, first run): no token, no refresh. */
  auth?: boolean;
  signal?: AbortSignal;
  /** Extra request headers, e.g. the handheld's X-Station-Device. */
  headers?: Record<string, string>;
}

let session: Session | null = null;
let refreshing: Promise<boolean> | null = null;
const expiryListeners = new Set<() => void>();

export async function loadSession(): Promise<Session | null> {
  session = await sessionStore().load();
  return session;
}

export async function saveSession(next: Session | null): Promise<void> {
  session = next;
  await sessionStore().save(next);
  if (!next) await forgetOfflineSession();
}

export const currentSession = () => session;

/** Called when the station refused both the access token and its refresh. */
export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

async function expire(): Promise<void> {
  await saveSession(null);
  for (const listener of expiryListeners) listener();
}

async function send(
  method: Method,
  path: string,
  body: unknown,
  access: string | undefined,
  signal: AbortSignal | undefined,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  // A Blob goes as it is, bytes untouched, under its own type: the station judges the encoding.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type : 'application/json';
  if (access) headers.Authorization = `Bearer ${access}`;
  try {
    return await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw unreachable();
  }
}

async function errorFrom(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
  const error = body?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(res.status, error.code ?? 'error', error.message, error.details ?? {});
  }
  return new ApiError(
    res.status,
    'unexpected_response',
    `The station answered ${res.status} ${res.statusText || ''}`.trim() + '. Try again.',
  );
}

/**
 * Several calls can hit an expired token at once; they share one refresh. `staleAccess` is the
 * token the failed call used: if another call has refreshed since, there is nothing to do.
 */
function refreshOnce(staleAccess: string): Promise<boolean> {
  if (session && session.access !== staleAccess) return Promise.resolve(true);
  refreshing ??= (async () => {
    const refresh = session?.refresh;
    if (!refresh) return false;
    const res = await send('POST', '/auth/refresh', { refresh }, undefined, undefined).catch(
      () => null,
    );
    if (!res?.ok) return false;
    const { access } = (await res.json()) as { access: string };
    await saveSession({ access, refresh });
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Sends one request, refreshing an expired token once; an answer that is not OK throws. */
async function request(
  method: Method,
  path: string,
  body: unknown,
  { auth = true, signal, headers }: CallOptions = {},
): Promise<Response> {
  const access = auth ? session?.access : undefined;
  let res = await send(method, path, body, access, signal, headers);
  if (res.status === 401 && access) {
    if (await refreshOnce(access))
      res = await send(method, path, body, session?.access, signal, headers);
    if (res.status === 401) {
      const err = await errorFrom(res);
      await expire();
      throw err;
    }
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

async function call<T>(method: Method, path: string, body: unknown, options?: CallOptions) {
  const res = await request(method, path, body, options);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** `/orders/42?size=a4` for a route and its input: the URL a call sends, and a cache key. */
export function urlOf<C extends RouteContract>(route: C, input: CallInput<C> = {} as CallInput<C>) {
  const { params, query } = input as { params?: Record<string, unknown>; query?: object };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const qs = search.toString();
  return pathOf(route.path, params).slice('/api'.length) + (qs ? `?${qs}` : '');
}

/** Optional when the route takes no params, query or body. */
type InputArgs<C extends RouteContract> =
  object extends CallInput<C>
    ? [input?: CallInput<C>, options?: CallOptions]
    : [input: CallInput<C>, options?: CallOptions];

export const api = {
  /**
   * Calls one route of the contract (`src-main/contract/`): the method, path and whether to sign
   * in come from it, and so does the type of the answer.
   */
  call: <C extends RouteContract>(route: C, ...[input, options]: InputArgs<C>) =>
    call<AnswerOf<C>>(route.method, urlOf(route, input), (input as { body?: unknown })?.body, {
      auth: route.access !== 'public',
      ...options,
    }),
  /**
   * Sends a file as the body of a route that `consumes` a non-JSON type (the CSV import), as
   * that type; the rest of the input and the answer are typed as for `call`.
   */
  upload: <C extends RouteContract>(
    route: C,
    file: Blob,
    input: Omit<CallInput<C>, 'body'>,
    options?: CallOptions,
  ) =>
    call<AnswerOf<C>>(
      route.method,
      urlOf(route, input as CallInput<C>),
      new Blob([file], { type: route.consumes?.[0] }),
      options,
    ),
  /** GETs a route that answers a file (CSV, PDF), signed in like any call. */
  file: <C extends RouteContract>(route: C, ...[input, options]: InputArgs<C>) =>
    request('GET', urlOf(route, input), undefined, options).then((res) => res.blob()),
};
