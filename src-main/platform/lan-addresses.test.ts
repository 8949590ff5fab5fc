import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanReach, type Interfaces } from './lan-addresses';

const info = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal }) as NetworkInterfaceInfo;

const PC: Interfaces = {
  lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
  eth0: [info('192.168.1.20', 'IPv4'), info('fe80::1', 'IPv6')],
  wlan0: [info('10.0.0.7', 'IPv4')],
};

describe('where handhelds reach the station', () => {
  it('lists every non-internal IPv4 address when it listens on all of them, each with its picker URL', () => {
    expect(lanReach({ host: '0.0.0.0', port: 5780 }, PC)).toEqual({
      listening_on: '0.0.0.0',
      port: 5780,
      loopback_only: false,
      addresses: [
        {
          interface: 'eth0',
          address: '192.168.1.20',
          picker_url: 'http://192.168.1.20:5780/picker',
        },
        { interface: 'wlan0', address: '10.0.0.7', picker_url: 'http://10.0.0.7:5780/picker' },
      ],
    });
    expect(lanReach({ host: '::', port: 80 }, PC).addresses).toHaveLength(2);
  });

  it('lists only the address it was told to listen on', () => {
    expect(lanReach({ host: '10.0.0.7', port: 5780 }, PC).addresses).toEqual([
      { interface: 'wlan0', address: '10.0.0.7', picker_url: 'http://10.0.0.7:5780/picker' },
    ]);
  });

  it('says loopback only, with no address, when only this PC can connect', () => {
    for (const host of ['127.0.0.1', '::1']) {
      expect(lanReach({ host, port: 5780 }, PC)).toMatchObject({
        loopback_only: true,
        addresses: [],
      });
    }
  });

  it('knows nothing while the server is not listening', () => {
    expect(lanReach(null, PC)).toEqual({
      listening_on: null,
      port: null,
      loopback_only: false,
      addresses: [],
    });
  });
});
