import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../platform/database';
import type { TestStation } from './test-station';

export type StorefrontHandler = (page: number, req: IncomingMessage, res: ServerResponse) => void;

export interface StorefrontServer {
  url: string;
  /** What GET /orders?page=N answers by default: pages[N - 1] as JSON. */
  pages: unknown[];
  /** Replace to misbehave (status codes, slow or endless bodies). */
  handle: StorefrontHandler;
  requests: { page: number; authorization: string | undefined; accept: string | undefined }[];
  close(): Promise<void>;
}

/** A real storefront on a loopback port: the importer talks HTTP to it exactly as to a live one. */
export async function storefrontServer(pages: unknown[] = []): Promise<StorefrontServer> {
  const servePages: StorefrontHandler = (page, _req, res) => {
    const body = server.pages[page - 1];
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    res.end(body === undefined ? '{}' : JSON.stringify(body));
  };
  const http = createServer((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://storefront').searchParams.get('page'));
    server.requests.push({
      page,
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    server.handle(page, req, res);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const server: StorefrontServer = {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/api`,
    pages,
    handle: servePages,
    requests: [],
    close: () =>
      new Promise<void>((resolve) => {
        // A test's never-answering handler would otherwise hold close() open.
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  return server;
}

export const STOREFRONT_KEY = 'sk_test_storefront';

/** Points the station's storefront settings at `url`, as an admin would in Settings. */
export async function useStorefront(st: TestStation, url: string): Promise<void> {
  const res = await st.request('PUT', '/api/admin/settings', {
    token: st.admin.access,
    body: { api_base_url: url, api_key: STOREFRONT_KEY },
  });
  if (res.statusCode !== 200) throw new Error(`settings: ${res.statusCode} ${res.body}`);
}

/** Every row the importer may write, to prove a failed run changed nothing. */
export function importedRows(db: Db): string {
  return JSON.stringify(
    ['products', 'orders', 'order_items', 'order_events'].map((table) =>
      db.$client.prepare(`select * from ${table} order by id`).all(),
    ),
  );
}
