import { createServer } from 'node:net';

/** A loopback port the kernel just handed out (ephemeral range: clear of the station's 5780 and the e2e ports). */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
