import { PICKLIST_CACHE, PICKLIST_PATH, SAVED_AT_HEADER, type OfflineCopy } from './offline-copy';

/**
 * The handheld's service worker: it keeps the app shell so /picker opens and reloads without
 * the station, and the last pick list so that screen has something true to show. Nothing else
 * from /api is ever stored: no sign-in answer, no other user's data.
 */

/** Written in by the build: the shell's files and a version that changes with any of them. */
declare const __APP_SHELL__: { version: string; files: string[] };

// The DOM typings describe a window; these are the few worker events used here.
interface LifecycleEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(answer: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const SHELL_PREFIX = 'warehouse-station-shell-';
const { version, files } = __APP_SHELL__;
const SHELL_CACHE = SHELL_PREFIX + version;
const SHELL_FILES = new Set(files);
const INDEX = '/index.html';

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(files))
      // A new build takes over at once: its shell is complete, and the old one is deleted below.
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_PREFIX) && name !== SHELL_CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
  if (url.pathname === PICKLIST_PATH) return event.respondWith(pickList(request));
  if (url.pathname.startsWith('/api/')) return;
  // Every page of the app is the same index.html; the router picks the screen.
  if (request.mode === 'navigate') return event.respondWith(fromShell(INDEX, request));
  if (SHELL_FILES.has(url.pathname)) return event.respondWith(fromShell(url.pathname, request));
});

async function fromShell(path: string, request: Request): Promise<Response> {
  const cached = await caches.match(path, { cacheName: SHELL_CACHE });
  return cached ?? fetch(request);
}

/**
 * The station's answer when it gives one (kept for later), else the last one kept, marked with
 * when it was saved. Only a signed-in request is answered from the copy.
 */
async function pickList(request: Request): Promise<Response> {
  const cache = await caches.open(PICKLIST_CACHE);
  try {
    const answer = await fetch(request);
    if (answer.ok) await cache.put(request.url, await stamped(answer.clone()));
    return answer;
  } catch (err) {
    const copy = request.headers.has('Authorization')
      ? await cache.match(request.url, { ignoreVary: true })
      : undefined;
    if (!copy) throw err;
    return marked(copy);
  }
}

async function stamped(answer: Response): Promise<Response> {
  const headers = new Headers(answer.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  return new Response(await answer.blob(), { status: answer.status, headers });
}

async function marked(copy: Response): Promise<Response> {
  const offline_copy: OfflineCopy = { saved_at: copy.headers.get(SAVED_AT_HEADER)! };
  const body = { ...((await copy.json()) as object), offline_copy };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
