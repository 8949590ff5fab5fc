import { existsSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker, type Transferable } from 'node:worker_threads';
import { appRoot } from './paths';

/**
 * Starts the worker whose entry module is `<name>.ts` beside `callerUrl` (pass import.meta.url).
 * The built station runs out/main/<name>.js, an entry of its own in vite.config.ts. Vitest and
 * tsx (bench/) run the TypeScript sources, which plain Node cannot load: there tsx loads the
 * entry inside the worker too.
 */
export function startWorker(name: string, callerUrl: string): Worker {
  const caller = fileURLToPath(callerUrl);
  if (!caller.endsWith('.ts')) {
    const built = join(appRoot(), 'out', 'main', `${name}.js`);
    if (!existsSync(built)) throw new Error(`${built} is missing: build the station first.`);
    return new Worker(built);
  }
  const source = pathToFileURL(join(dirname(caller), `${name}.ts`)).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(callerUrl)}))`,
    { eval: true },
  );
}

type Reply<Res> = { id: number; ok: true; value: Res } | { id: number; ok: false; error: string };

/**
 * Request and answer over one worker, in the order asked. The worker keeps the process alive
 * only while an answer is awaited. Once it has failed or stopped, every call is refused and
 * `stopped` is true: the owner starts a new one.
 */
export class WorkerCalls<Req, Res> {
  private next = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (value: Res) => void; reject: (err: Error) => void }
  >();
  stopped = false;

  constructor(private readonly worker: Worker) {
    worker.unref();
    worker.on('message', (reply: Reply<Res>) => {
      const call = this.waiting.get(reply.id);
      if (!call) return;
      this.settled(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(reply.error));
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => this.fail(new Error(`the worker stopped (exit code ${code})`)));
  }

  call(request: Req, transfer: readonly Transferable[] = []): Promise<Res> {
    if (this.stopped) return Promise.reject(new Error('the worker has stopped'));
    const id = this.next++;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise<Res>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.worker.terminate();
  }

  private settled(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }

  private fail(err: Error): void {
    this.stopped = true;
    for (const [id, call] of this.waiting) {
      this.settled(id);
      call.reject(err);
    }
  }
}

/**
 * The worker side of WorkerCalls: answers each request with `handle`'s value or its error.
 * `background`: work nobody waits on by the millisecond (an import) yields the CPU to the
 * event loop that answers handhelds.
 */
export function answerCalls<Req, Res>(
  handle: (request: Req) => Res | Promise<Res>,
  {
    transfer = () => [],
    background = false,
  }: {
    transfer?: (value: Res) => Transferable[];
    background?: boolean;
  } = {},
): void {
  const port = parentPort;
  if (!port) throw new Error('answerCalls runs only inside a worker thread');
  // On Linux a priority set from a thread is that thread's alone; elsewhere it would be the
  // whole process's, so it is left alone there.
  if (background && process.platform === 'linux') setPriority(19);
  port.on('message', async ({ id, request }: { id: number; request: Req }) => {
    try {
      const value = await handle(request);
      port.postMessage({ id, ok: true, value } satisfies Reply<Res>, transfer(value));
    } catch (err) {
      port.postMessage({ id, ok: false, error: String((err as Error)?.message ?? err) });
    }
  });
}
