import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSerialPorts } from './serial-ports';

const port = (path: string) => ({
  path,
  manufacturer: undefined,
  serialNumber: undefined,
  pnpId: undefined,
  locationId: undefined,
  vendorId: undefined,
  productId: undefined,
});

const mustNotRun = () => {
  throw new Error('the lister must not run without udevadm');
};

describe('listSerialPorts', () => {
  it('lists the real ports of this PC (udev is installed here)', async () => {
    const answer = await listSerialPorts();
    expect(answer.error).toBeUndefined();
    expect(Array.isArray(answer.ports)).toBe(true);
  });

  it('does not ask serialport on Linux when udevadm is not on the PATH, and says why', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ws-nopath-'));
    try {
      for (const searchPath of ['', empty, `${empty}:/nonexistent`]) {
        const answer = await listSerialPorts({ lister: mustNotRun, platform: 'linux', searchPath });
        expect(answer.ports).toEqual([]);
        expect(answer.error).toMatch(/lacks udevadm \(the udev package\)\. Type the port path/);
      }
      // A file named udevadm that cannot run is no udevadm either.
      writeFileSync(join(empty, 'udevadm'), '', { mode: 0o644 });
      const answer = await listSerialPorts({ lister: mustNotRun, searchPath: empty });
      expect(answer.error).toMatch(/lacks udevadm/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('turns a lister that throws, or rejects, into an empty list with a sentence', async () => {
    for (const lister of [mustNotRun, () => Promise.reject(new Error('spawn udevadm ENOENT'))]) {
      const answer = await listSerialPorts({ lister, platform: 'linux' });
      expect(answer.ports).toEqual([]);
      expect(answer.error).toMatch(/^The serial ports could not be listed \(.+\)\. Type the port/);
    }
  });

  it('answers null for what the OS does not know, and asks no udevadm elsewhere', async () => {
    const answer = await listSerialPorts({
      lister: async () => [{ ...port('COM3'), manufacturer: 'Honeywell', vendorId: '0c2e' }],
      platform: 'win32',
      searchPath: '',
    });
    expect(answer).toEqual({
      ports: [
        {
          path: 'COM3',
          manufacturer: 'Honeywell',
          serialNumber: null,
          vendorId: '0c2e',
          productId: null,
        },
      ],
    });
  });
});
