import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKeytar } from '../platform/secrets/keytar-store';

export interface TestKeyring {
  /** The private session bus; already set as this process's DBUS_SESSION_BUS_ADDRESS. */
  address: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 10_000;
let started = false;

/**
 * Starts a throwaway gnome-keyring (Secret Service) on a private D-Bus and points this process at
 * it, so keytar tests hit a real keychain without touching the user's own. Needs dbus-daemon and
 * gnome-keyring-daemon on PATH.
 *
 * Once per process: libsecret keeps the first session bus it connects to, so a second keyring
 * would never be seen. Vitest runs each test file in its own process, so once per test file.
 */
export async function startTestKeyring(): Promise<TestKeyring> {
  if (started) throw new Error('startTestKeyring() can only run once per process');
  started = true;

  const dir = await mkdtemp(join(tmpdir(), 'station-keyring-'));
  await mkdir(join(dir, 'run'), { mode: 0o700 });
  const env = sandboxEnv(dir);
  const children: ChildProcess[] = [];
  const previousAddress = process.env.DBUS_SESSION_BUS_ADDRESS;

  const stop = async () => {
    await Promise.all(children.map(killAndWait));
    await rm(dir, { recursive: true, force: true });
    if (previousAddress === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
    else process.env.DBUS_SESSION_BUS_ADDRESS = previousAddress;
  };

  try {
    await writeFile(join(dir, 'bus.conf'), busConfig(join(dir, 'bus')));
    const bus = spawnDaemon(
      'dbus-daemon',
      [`--config-file=${join(dir, 'bus.conf')}`, '--nofork', '--print-address=1'],
      env,
      'ignore',
    );
    children.push(bus.child);
    const address = await Promise.race([firstLine(bus.child), bus.died]);

    const keyring = spawnDaemon(
      'gnome-keyring-daemon',
      ['--unlock', '--components=secrets', '--foreground'],
      { ...env, DBUS_SESSION_BUS_ADDRESS: address },
      'pipe',
    );
    children.push(keyring.child);
    // --unlock reads the login keyring's password from stdin, creating the keyring on first use.
    keyring.child.stdin?.end('test');

    process.env.DBUS_SESSION_BUS_ADDRESS = address;
    await untilKeytarWorks(keyring);
    return { address, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

interface Daemon {
  child: ChildProcess;
  /** Rejects, with the daemon's stderr, if it cannot start or exits. */
  died: Promise<never>;
  failure: Error | null;
}

function spawnDaemon(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin: 'pipe' | 'ignore',
): Daemon {
  const child = spawn(command, args, { env, stdio: [stdin, 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const daemon: Daemon = {
    child,
    failure: null,
    died: new Promise<never>((_, reject) => {
      const fail = (why: string) => reject((daemon.failure ??= new Error(`${command} ${why}`)));
      child.once('error', (err) => fail(`could not start: ${err.message}`));
      child.once('close', (code, signal) => fail(`exited (${signal ?? code}): ${stderr.trim()}`));
    }),
  };
  // Only a failure during start-up matters; stop() kills the daemons on purpose.
  daemon.died.catch(() => {});
  return daemon;
}

/**
 * The daemons get a home of their own, and no display, so nothing they do reaches the real
 * keyring or pops up an unlock prompt on a developer's desktop.
 */
function sandboxEnv(dir: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS']) delete env[name];
  return {
    ...env,
    HOME: dir,
    XDG_RUNTIME_DIR: join(dir, 'run'),
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
  };
}

/**
 * A session bus without service activation: the stock session config would let the first keytar
 * call start a second gnome-keyring (and its GUI prompter) racing the one started here.
 */
function busConfig(socket: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end >= 0) resolve(out.slice(0, end).trim());
    });
  });
}

async function untilKeytarWorks(keyring: Daemon): Promise<void> {
  const keytar = await loadKeytar();
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      // Fails with "name not provided" until the keyring has claimed org.freedesktop.secrets.
      await keytar.setPassword('Warehouse Station test', 'ready', 'yes');
      await keytar.deletePassword('Warehouse Station test', 'ready');
      return;
    } catch (err) {
      if (keyring.failure) throw keyring.failure;
      if (Date.now() > deadline) {
        throw new Error(`test keyring not ready after ${READY_TIMEOUT_MS} ms: ${String(err)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function killAndWait(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
