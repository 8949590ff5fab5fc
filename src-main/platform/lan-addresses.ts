import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** One address a handheld on the warehouse network can open the station at. */
export interface LanAddress {
  interface: string;
  address: string;
  picker_url: string;
}

export interface LanReach {
  /** The address the server listens on; null when it is not listening (tests that inject). */
  listening_on: string | null;
  port: number | null;
  /** Listening on 127.0.0.1 / ::1 only: no handheld can connect, whatever the setting says. */
  loopback_only: boolean;
  addresses: LanAddress[];
}

const ANY = new Set(['0.0.0.0', '::']);
const isLoopback = (host: string) =>
  host === '::1' || host.startsWith('127.') || host === 'localhost';

/**
 * Where handhelds can reach a server listening on `host:port`: every non-internal IPv4 address
 * of this PC when it listens on all of them, else the one it was given. IPv4 only, because
 * pickers type or scan these and phones resolve them without surprises.
 */
export function lanReach(
  listen: { host: string; port: number } | null,
  interfaces: Interfaces = networkInterfaces(),
): LanReach {
  if (!listen) return { listening_on: null, port: null, loopback_only: false, addresses: [] };
  const { host, port } = listen;
  const loopback = isLoopback(host);
  const candidates = Object.entries(interfaces).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((info) => info.family === 'IPv4' && !info.internal)
      .filter((info) => ANY.has(host) || info.address === host)
      .map((info) => ({ interface: name, address: info.address })),
  );
  return {
    listening_on: host,
    port,
    loopback_only: loopback,
    addresses: loopback
      ? []
      : candidates.map((c) => ({ ...c, picker_url: `http://${c.address}:${port}/picker` })),
  };
}
