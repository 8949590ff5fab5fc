import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StationError } from '../../domain/errors';
import { closedPort, silentPrinter, tcpPrinter, type TcpPrinter } from '../../testing/tcp-printer';
import type { SlipData } from '../../domain/slips';
import { labelsJob } from './labels';
import { packingReceipt } from './packing-receipt';
import type { PrinterSettings } from './printer-target';
import { thermalPrinter } from './thermal-printer';

const INIT = [0x1b, 0x40];
const CODE128 = [0x1d, 0x6b];
const CUT = [0x1d, 0x56];

/** How often `bytes` occur in `buf`. */
function count(buf: Buffer, bytes: number[]): number {
  const needle = Buffer.from(bytes);
  let n = 0;
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) n++;
  return n;
}
// Node's TextDecoder reads windows-1252 as Latin-1; the one Windows-1252 extra these receipts
// use is the dash of "back-ordered — out of stock".
const text = (buf: Buffer) => buf.toString('latin1').replaceAll('\x97', '—');

const slip = (over: Partial<SlipData> = {}): SlipData => ({
  orderId: 7,
  number: 'CC-1042',
  status: 'ready_to_pack',
  packed: false,
  createdAt: '2026-11-19T10:00:00.000Z',
  shipTo: { name: 'Ana Núñez', line1: '1 Hay Lane', city: 'Portland', state: 'OR' },
  lines: [
    { sku: 'HAY-1', title: 'Timothy hay', ordered: 2, qty: 2, short: 0, unpicked: 0 },
    { sku: 'PEL-9', title: 'Pellets', ordered: 3, qty: 1, short: 2, unpicked: 0 },
  ],
  ...over,
});

let printer: TcpPrinter;
beforeAll(async () => {
  printer = await tcpPrinter();
});
afterAll(() => printer.close());

const epson = (uri: string, width = 48): PrinterSettings => ({
  type: 'epson',
  interface: uri,
  width,
});

async function printed(settings: PrinterSettings, job: Parameters<typeof packingReceipt>[0]) {
  const arrived = printer.nextJob();
  const result = await thermalPrinter(settings).print(packingReceipt(job, 'Piggy Supplies'));
  return { result, bytes: await arrived };
}

describe('thermal printer over TCP', () => {
  it('sends the receipt as ESC/POS: reset first, the order number as CODE128, one cut', async () => {
    const { result, bytes } = await printed(epson(printer.uri), slip());
    expect(result).toEqual({ printer: printer.uri, bytes: bytes.length });
    expect([...bytes.subarray(0, 2)]).toEqual(INIT);
    expect(count(bytes, CODE128)).toBe(1);
    expect(
      bytes.includes(Buffer.from([...CODE128, 0x49, 9, 0x7b, 0x42, ...Buffer.from('CC-1042')])),
    ).toBe(true);
    expect(count(bytes, CUT)).toBe(1);
    const words = text(bytes);
    for (const s of ['Piggy Supplies', 'CC-1042', 'HAY-1', 'PEL-9', 'Timothy hay', 'Ana Núñez']) {
      expect(words).toContain(s);
    }
    expect(words).toContain('2 back-ordered — out of stock');
    // 51 characters: wrapped on the 48-character roll.
    expect(words).toContain('Items marked out of stock are not in this\npackage.');
  });

  it('never lets a title smuggle in printer commands', async () => {
    const evil = 'Hay \x1b@\x1dV\x00\x1bd\x09 bale 🐹 <script>x</script>';
    const { bytes } = await printed(
      epson(printer.uri),
      slip({ lines: [{ sku: 'HAY-1', title: evil, ordered: 1, qty: 1, short: 0, unpicked: 0 }] }),
    );
    // One reset to start and the one every cut ends with; one cut.
    expect(count(bytes, INIT)).toBe(2);
    expect(count(bytes, CUT)).toBe(1);
    expect(text(bytes)).toContain('Hay @Vd bale <script>x</script>');
    expect(text(bytes)).not.toContain('Items marked out of stock');
  });

  it('wraps titles to the paper width and prints text outside Windows-1252 as ?', async () => {
    const title = 'Extra long timothy hay for very hungry guinea pigs — Морковь';
    const { bytes } = await printed(
      epson(printer.uri, 32),
      slip({ lines: [{ sku: 'HAY-1', title, ordered: 1, qty: 1, short: 0, unpicked: 0 }] }),
    );
    expect(text(bytes)).toContain('  Extra long timothy hay for\n  very hungry guinea pigs — ?\n');
  });

  it('cuts each label apart', async () => {
    const arrived = printer.nextJob();
    const labels = [
      { kind: 'sku' as const, code: 'HAY-1', title: 'Timothy hay' },
      { kind: 'bin' as const, code: 'A-5' },
      { kind: 'bin' as const, code: 'A-5' },
    ];
    await thermalPrinter(epson(printer.uri)).print(labelsJob(labels));
    const bytes = await arrived;
    expect(count(bytes, CUT)).toBe(3);
    expect(count(bytes, CODE128)).toBe(3);
  });

  it('speaks Star’s commands to a Star printer', async () => {
    const arrived = printer.nextJob();
    await thermalPrinter({ type: 'star', interface: printer.uri, width: 48 }).print(
      packingReceipt(slip(), ''),
    );
    const bytes = await arrived;
    expect(count(bytes, [0x1b, 0x62, 0x36])).toBe(1); // ESC b 6: CODE128
    expect(count(bytes, [0x1b, 0x64, 0x02])).toBe(1); // ESC d 2: cut
    expect(count(bytes, CUT)).toBe(0);
  });

  it('fails at once with a 502 when nothing listens at the address', async () => {
    const port = await closedPort();
    const started = Date.now();
    const err = await thermalPrinter(epson(`tcp://127.0.0.1:${port}`))
      .print(packingReceipt(slip(), ''))
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(err).toBeInstanceOf(StationError);
    expect(err).toMatchObject({
      status: 502,
      code: 'printer_unreachable',
      message: expect.stringContaining(`The printer at 127.0.0.1:${port} refused the connection.`),
    });
  });

  it('gives up on a printer that does not answer after the timeout', async () => {
    const silent = await silentPrinter();
    try {
      const started = Date.now();
      const err = await thermalPrinter(epson(silent.uri), { timeoutMs: 300 })
        .print(packingReceipt(slip(), ''))
        .catch((e: unknown) => e);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(280);
      expect(elapsed).toBeLessThan(1300);
      expect(err).toMatchObject({
        status: 502,
        code: 'printer_unreachable',
        message: `The printer at 127.0.0.1:${silent.port} did not answer within 0.3 seconds. Check that it is switched on and connected.`,
      });
    } finally {
      silent.close();
    }
  });

  it('refuses with 409 no_printer when none is set up', () => {
    expect(() => thermalPrinter(epson(''))).toThrow(
      expect.objectContaining({ status: 409, code: 'no_printer' }),
    );
  });
});

describe.skipIf(process.platform === 'win32')('thermal printer through lp (printer:NAME)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ws-lp-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A PATH whose lp records its arguments and the job, then runs `then`. */
  function fakeLp(then: string) {
    const bin = mkdtempSync(join(dir, 'bin-'));
    writeFileSync(
      join(bin, 'lp'),
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${bin}/args"\ncat > "${bin}/job"\n${then}\n`,
    );
    chmodSync(join(bin, 'lp'), 0o755);
    return { bin, searchPath: `${bin}${delimiter}${process.env.PATH}` };
  }

  it('pipes the raw bytes to lp -d NAME -o raw', async () => {
    const { bin, searchPath } = fakeLp('echo "request id is Desk-1"');
    const result = await thermalPrinter(
      { type: 'epson', interface: 'printer:Desk Receipt', width: 48 },
      { searchPath },
    ).print(packingReceipt(slip(), ''));
    const job = readFileSync(join(bin, 'job'));
    expect(readFileSync(join(bin, 'args'), 'utf8')).toBe('-d\nDesk Receipt\n-o\nraw\n');
    expect(result).toEqual({ printer: 'printer:Desk Receipt', bytes: job.length });
    expect([...job.subarray(0, 2)]).toEqual(INIT);
    expect(count(job, CUT)).toBe(1);
  });

  it('says what lp answered when it refuses the job', async () => {
    const { searchPath } = fakeLp('echo "lp: The printer or class does not exist." >&2; exit 1');
    await expect(
      thermalPrinter({ type: 'epson', interface: 'printer:Nope', width: 48 }, { searchPath }).print(
        packingReceipt(slip(), ''),
      ),
    ).rejects.toMatchObject({
      status: 502,
      code: 'printer_failed',
      message: 'The printer "Nope" did not take the job: lp: The printer or class does not exist.',
    });
  });

  it('names what is missing when this PC has no lp', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    await expect(
      thermalPrinter(
        { type: 'epson', interface: 'printer:Desk', width: 48 },
        { searchPath: empty },
      ).print(packingReceipt(slip(), '')),
    ).rejects.toMatchObject({
      status: 502,
      code: 'printer_driver_missing',
      message: expect.stringContaining('needs the CUPS command lp, which this PC does not have'),
    });
  });
});
