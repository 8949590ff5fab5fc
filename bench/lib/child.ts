import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

/** Starts node with `args` and polls `url` until it answers 200: the milliseconds that took. */
export async function timeToFirstAnswer(
  args: string[],
  url: string,
  opts: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {},
): Promise<{ ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    stdio: opts.stdio ?? 'ignore',
    env: { ...process.env, ...opts.env },
  });
  // A bench that fails half-way must not leave a station running.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { ms: performance.now() - started, child };
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const stopChild = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
