// `npm start`: the desktop app when Electron's binary is installed, else the headless station.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const extraArgs = process.argv.slice(2);

/** The binary's path, or null: the electron package throws when its download was skipped. */
async function electronBinary() {
  try {
    const { default: binary } = await import('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const posix = process.platform !== 'win32';
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs a child with our terminal, passing on the signals we receive. On POSIX the child leads its
 * own process group and the signal goes to the whole group: npm runs scripts through `sh -c`,
 * which would not pass it on to the station.
 */
function run(command, args, { shell = false } = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell, detached: posix });
  const forward = (signal) => {
    try {
      if (posix) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // The group is already gone.
    }
  };
  for (const signal of FORWARDED) process.on(signal, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of FORWARDED) process.off(s, forward);
      resolve({ code, signal });
    });
  });
}

/** Through the running npm's own script when there is one: Windows can't spawn npm.cmd without a shell. */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli?.endsWith('.js')) return run(process.execPath, [npmCli, ...args]);
  return run('npm', args, { shell: process.platform === 'win32' });
}

/** Ends this process the way the child ended, so callers see the same status. */
function exitLike({ code, signal }) {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
}

const binary = await electronBinary();

if (binary) {
  const built = await npm(['run', 'build']);
  exitLike(built.code === 0 ? await run(binary, ['.', ...extraArgs]) : built);
} else {
  console.log(
    "Electron isn't installed on this machine (no binary); starting the headless station instead — open the URL below in a browser.",
  );
  exitLike(await npm(['run', 'serve', '--', '--demo', ...extraArgs]));
}
