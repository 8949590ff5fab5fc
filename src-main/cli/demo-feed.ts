import { parseArgs } from 'node:util';
import { generateDemoFeed, pages } from '../services/storefront/demo-feed';

const USAGE =
  'Usage: npm run demo-feed -- --orders 10000 --seed 1 [--page-size 20] [--now 2026-11-20T14:00:00Z]\n' +
  'Prints a storefront feed as JSON; with --page-size, a JSON list of its pages.';

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${flag} must be a whole number of at least ${min}, not "${value}".`);
  return n;
}

/** A demo feed for benchmarks and for trying the importer against a storefront of any size. */
function main(): void {
  const { values } = parseArgs({
    options: {
      orders: { type: 'string', default: '60' },
      seed: { type: 'string', default: '1' },
      'page-size': { type: 'string' },
      // Without it the feed ends now, so only the same --now gives the same bytes.
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) throw new Error(USAGE);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()))
    throw new Error(`--now must be an ISO-8601 time, not "${values.now}".`);
  const feed = generateDemoFeed({
    orders: wholeNumber('orders', values.orders, 1),
    seed: wholeNumber('seed', values.seed, 0),
    now,
  });
  const pageSize = values['page-size'];
  process.stdout.write(
    `${JSON.stringify(pageSize === undefined ? feed : pages(feed, wholeNumber('page-size', pageSize, 1)))}\n`,
  );
}

try {
  main();
} catch (err) {
  console.error(
    `${(err as Error).message}${(err as Error).message.startsWith('Usage') ? '' : `\n${USAGE}`}`,
  );
  process.exit(2);
}
