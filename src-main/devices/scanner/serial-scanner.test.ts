import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { socatPair, type SocatPair } from '../../testing/socat-pair';
import { SerialScanner, type ScanTerminator } from './serial-scanner';

const RETRY_MS = 50;
// A busy machine may take seconds to deliver a pty's hang-up or to reopen it; the state must
// still come, so the waits are generous and a test fails only when it never does.
const WAIT = { timeout: 5_000, interval: 20 };
let dir: string;
let pair: SocatPair;
let scanner: SerialScanner | undefined;
const codes: string[] = [];
const logs: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ws-serial-'));
  pair = await socatPair(dir);
  codes.length = 0;
  logs.length = 0;
});
afterEach(async () => {
  // socat must not outlive a failed test.
  try {
    await scanner?.stop();
  } finally {
    scanner = undefined;
    await pair.unplug();
    rmSync(dir, { recursive: true, force: true });
  }
});

function startScanner(terminator: ScanTerminator = 'enter'): SerialScanner {
  scanner = new SerialScanner(
    {
      path: pair.scanner,
      baud: 9600,
      terminator,
      retryMs: RETRY_MS,
      log: { info: (m) => logs.push(`info ${m}`), warn: (m) => logs.push(`warn ${m}`) },
    },
    (code) => codes.push(code),
  ).start();
  return scanner;
}

async function connect(terminator: ScanTerminator = 'enter') {
  const started = startScanner(terminator);
  await vi.waitFor(() => expect(started.state().connected).toBe(true), WAIT);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const received = (expected: string[]) => vi.waitFor(() => expect(codes).toEqual(expected), WAIT);

describe('SerialScanner over a real pty pair', () => {
  it('enter: CRLF, LF and CR each end a code, even when CR and LF arrive apart', async () => {
    await connect('enter');
    pair.send('0860001234562\r\n');
    pair.send('HAY-TIM-2LB\n');
    pair.send('CC-1001\r');
    await received(['0860001234562', 'HAY-TIM-2LB', 'CC-1001']);
    pair.send('A-12-3\r');
    pair.send('\nBED-1');
    pair.send('\r\n\r\n');
    await received(['0860001234562', 'HAY-TIM-2LB', 'CC-1001', 'A-12-3', 'BED-1']);
  });

  it('tab: only Tab ends a code; control characters around it are dropped', async () => {
    await connect('tab');
    pair.send('CC-1001\tHAY-1\r\n');
    await received(['CC-1001']);
    pair.send('\t\x02 A-1 \x03\t');
    await received(['CC-1001', 'HAY-1', 'A-1']);
  });

  it('unplugged: says so without crashing, retries quietly, and reads again once plugged back', async () => {
    await connect();
    await pair.unplug();
    await vi.waitFor(
      () =>
        expect(scanner!.state()).toEqual({
          connected: false,
          error: expect.stringMatching(/^disconnected \(/),
        }),
      WAIT,
    );
    // Missing now: each retry fails the same way, and is logged once.
    await vi.waitFor(() => expect(scanner!.state().error).toMatch(/No such file/), WAIT);
    const logged = logs.length;
    await sleep(RETRY_MS * 6);
    expect(logs).toHaveLength(logged);
    expect(logs.filter((l) => l.startsWith('warn'))).toHaveLength(2);

    await pair.plug();
    await vi.waitFor(
      () => expect(scanner!.state()).toEqual({ connected: true, error: null }),
      WAIT,
    );
    pair.send('0860001234562\r\n');
    await received(['0860001234562']);
    expect(logs.filter((l) => l.startsWith('info'))).toHaveLength(2);
  });

  it('stop() ends the retries: a gun plugged in afterwards is not opened', async () => {
    await pair.unplug();
    const stopped = startScanner();
    await vi.waitFor(() => expect(stopped.state().error).toMatch(/No such file/), WAIT);
    await stopped.stop();
    await pair.plug();
    await sleep(RETRY_MS * 4);
    expect(stopped.state().connected).toBe(false);
  });

  it('stop() leaves nothing running: a process that used two scanners exits by itself', async () => {
    const probe = join(dir, 'probe.ts');
    const module = fileURLToPath(new URL('./serial-scanner.ts', import.meta.url));
    writeFileSync(
      probe,
      `import { SerialScanner } from ${JSON.stringify(module)};
const [live, missing] = process.argv.slice(2);
const options = { baud: 9600, terminator: 'enter' as const, retryMs: ${RETRY_MS} };
// A retry far away: a timer stop() left behind would hold the process that long.
const absent = new SerialScanner({ ...options, path: missing, retryMs: 60_000 }, () => {}).start();
const scanner = new SerialScanner({ ...options, path: live }, (code) => {
  console.log('code ' + code);
  void Promise.all([scanner.stop(), absent.stop()]).then(() => console.log('stopped'));
}).start();
`,
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', probe, pair.scanner, join(dir, 'nope')],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // The port opens a moment after the process starts; a code sent before that is lost.
    const sending = setInterval(() => pair.send('0860001234562\r\n'), 100);
    try {
      await vi.waitFor(() => expect(output).toContain('stopped'), { timeout: 10_000 });
    } finally {
      clearInterval(sending);
    }
    const timeout = setTimeout(() => child.kill('SIGKILL'), 3_000);
    expect(await exited).toBe(0);
    clearTimeout(timeout);
    expect(output).toContain('code 0860001234562');
  });
});
