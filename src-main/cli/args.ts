import { parseArgs } from 'node:util';
import { defaultDataDir } from '../platform/paths';

export interface ServeArgs {
  port: number;
  host: string | undefined;
  dataDir: string;
  demo: boolean;
}

const USAGE = `Usage: npm run serve -- [--port 5780] [--host 0.0.0.0] [--data-dir DIR] [--demo]`;

/** Parses `serve` flags; throws a one-line message (with usage) for anything it can't use. */
export function parseServeArgs(argv: string[], env = process.env): ServeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: env.STATION_PORT ?? '5780' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${USAGE}`);
  }
  if (parsed.help) throw new Error(USAGE);
  const port = Number(parsed.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port must be a whole number from 0 to 65535, not "${parsed.port}".\n${USAGE}`,
    );
  }
  return {
    port,
    host: parsed.host ?? env.STATION_HOST,
    dataDir: parsed['data-dir'] ?? env.STATION_DATA_DIR ?? defaultDataDir(),
    demo: parsed.demo,
  };
}
