import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface SocatPair {
  /** Where the station reads, as it would read /dev/ttyUSB0. */
  scanner: string;
  /** The other end: what is written here is what the gun "scanned". */
  gun: string;
  /** Writes into the gun end. */
  send(text: string): void;
  /** Pulls the plug: socat exits and removes both links. */
  unplug(): Promise<void>;
  /** Plugs a gun in again on the same paths. */
  plug(): Promise<void>;
}

/**
 * A real serial line without hardware: socat joins two pseudo-terminals and links them at
 * `<dir>/scanner` and `<dir>/gun`. Call unplug() before the test ends.
 */
export async function socatPair(dir: string): Promise<SocatPair> {
  const scanner = join(dir, 'scanner');
  const gun = join(dir, 'gun');
  let child: ChildProcess | null = null;

  const plug = async () => {
    const started = spawn(
      'socat',
      [`pty,raw,echo=0,link=${scanner}`, `pty,raw,echo=0,link=${gun}`],
      { stdio: 'ignore' },
    );
    child = started;
    // Plain polling, not a test runner's helper: vitest and Playwright tests both plug guns in.
    for (const deadline = Date.now() + 5_000; !existsSync(scanner) || !existsSync(gun);) {
      if (started.exitCode !== null) throw new Error(`socat exited (${started.exitCode})`);
      if (Date.now() > deadline) throw new Error('socat did not link its ptys within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const unplug = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  const send = (text: string) => {
    const fd = openSync(gun, 'w');
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  };

  await plug();
  return { scanner, gun, send, unplug, plug };
}
