/** The URL this PC's own browser (or the station itself) uses for a server listening on `host`. */
export function localUrl(host: string, port: number): string {
  const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return `http://${local.includes(':') ? `[${local}]` : local}:${port}`;
}
