import { resolve } from 'node:path';
import { startStation } from '../station';
import { parseServeArgs } from './args';

/** The headless station: everything but the window (`npm run serve`). */
async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const dataDir = resolve(args.dataDir);
  const station = await startStation({
    dataDir,
    port: args.port,
    host: args.host,
    demo: args.demo,
  });
  console.log(`Warehouse Station is running: open ${station.url} (data in ${dataDir})`);
  if (station.host === '0.0.0.0')
    console.log("Handhelds on the warehouse network can reach it on this PC's address.");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the station…`);
    station.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`The station could not start: ${err.message}`);
  process.exit(1);
});
