import { spawn } from 'node:child_process';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

export interface TcpPrinter {
  /** The settings' interface for it: tcp://127.0.0.1:PORT. */
  uri: string;
  /** Every job so far: the bytes of each connection, once it closed. */
  jobs: Buffer[];
  /** The bytes of the next connection to close. */
  nextJob(): Promise<Buffer>;
  close(): Promise<void>;
}

/** A network receipt printer as far as the station can tell: it takes raw bytes on a TCP port. */
export async function tcpPrinter(): Promise<TcpPrinter> {
  const jobs: Buffer[] = [];
  let waiting: ((job: Buffer) => void)[] = [];
  const server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => {
      const job = Buffer.concat(chunks);
      jobs.push(job);
      waiting.forEach((resolve) => resolve(job));
      waiting = [];
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `tcp://127.0.0.1:${port}`,
    jobs,
    nextJob: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 with nothing listening: connecting is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const connects = (port: number, ms: number) =>
  new Promise<Socket | null>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, timeout: ms });
    socket.once('connect', () => resolve(socket));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(null);
    });
    socket.once('error', () => resolve(null));
  });

export interface SilentPrinter {
  uri: string;
  port: number;
  close(): void;
}

/**
 * A printer that is there but does not answer, as one that is off behind a switch looks: a
 * listener in a child process that never accepts, its queue filled so the kernel drops further
 * connection attempts and a connect hangs until the caller gives up.
 */
export async function silentPrinter(): Promise<SilentPrinter> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const s = require('node:net').createServer();
       s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
         process.stdout.write(s.address().port + '\\n');
         Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
       });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (line) => resolve(Number(String(line).trim())));
    child.once('exit', (code) => reject(new Error(`silent printer exited (${code})`)));
  });
  const fillers: Socket[] = [];
  for (;;) {
    const socket = await connects(port, 200);
    if (!socket) break;
    fillers.push(socket);
    if (fillers.length > 16) throw new Error('the listen queue never filled up');
  }
  return {
    uri: `tcp://127.0.0.1:${port}`,
    port,
    close() {
      fillers.forEach((s) => s.destroy());
      child.kill();
    },
  };
}
