import { resolve } from 'node:path';
import { lanReach } from '../platform/lan-addresses';
import { startStation } from '../station';
import { parseServeArgs } from './args';

/** One plain line per address, so the owner can type it into a phone (or a script can read it). */
function handheldLines(host: string, port: number): string[] {
  const reach = lanReach({ host, port });
  if (reach.loopback_only) {
    return [
      `Handhelds: none, the station listens only on this PC (${host}); turn on Settings → Network to let them connect.`,
    ];
  }
  if (!reach.addresses.length) {
    return [
      `Handhelds: this PC has no network address for ${host} yet; connect it to the warehouse network.`,
    ];
  }
  return reach.addresses.map((a) => `Handhelds: ${a.picker_url}`);
}

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
  for (const line of handheldLines(station.host, station.port)) console.log(line);

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
