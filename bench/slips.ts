// Packing-slip PDFs through the real route: one slip at a time (letter and 4×6) and a
// 100-order batch, against pdfmake rendering a one-line page with the same fonts. Slips render
// in the PDF worker; the longest event-loop stall during the batch is what a pick would wait.
// Run by hand: npm run bench:slips
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { packingSlipsPdf } from '../src-main/devices/pdf/packing-slips';
import { renderPdf } from '../src-main/devices/pdf/render-pdf';
import { loadSlips } from '../src-main/store/slips';
import { BENCH_ADMIN, seededStation } from './lib/seed';
import { ms, percentile, report } from './lib/report';

const SLIPS = 100;

async function main() {
  const station = await seededStation(SLIPS * 2);
  const { ctx, app } = station;
  const ids = ctx.db.$client
    .prepare('select id from orders order by id limit ?')
    .pluck()
    .all(SLIPS) as number[];
  const seller = { name: 'Hay Day Pets', address: '400 Barn Road\nSpringfield, IL 62701' };

  // Fonts load and their coverage tables are read on the first PDF; a station does it once.
  await packingSlipsPdf(loadSlips(ctx.db, [ids[0]!]), { ...seller, logo: null }, 'letter');

  const floor: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    await renderPdf({ content: ['Packing slip'], defaultStyle: { font: 'Roboto' } });
    floor.push(performance.now() - t);
  }

  await ctx.users.createFirstAdmin(BENCH_ADMIN);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: BENCH_ADMIN,
  });
  const headers = { authorization: `Bearer ${login.json().access}` };
  await app.inject({ method: 'PUT', url: '/api/admin/settings', headers, payload: { seller } });

  const timeSlips = async (size: string) => {
    const times: number[] = [];
    let bytes = 0;
    for (const id of ids) {
      const t = performance.now();
      const res = await app.inject({
        method: 'GET',
        url: `/api/orders/${id}/packing-slip?size=${size}`,
        headers,
      });
      times.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`slip ${id}: ${res.statusCode} ${res.body}`);
      bytes += res.rawPayload.length;
    }
    return { times: times.sort((a, b) => a - b), bytes: bytes / ids.length };
  };
  const letter = await timeSlips('letter');
  const label = await timeSlips('4x6');

  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const t = performance.now();
  const batch = await app.inject({
    method: 'POST',
    url: '/api/orders/packing-slips',
    headers,
    payload: { order_ids: ids, size: 'letter' },
  });
  const batchMs = performance.now() - t;
  stalls.disable();
  const stall = stalls.max / 1e6;
  if (batch.statusCode !== 200) throw new Error(`batch: ${batch.statusCode} ${batch.body}`);

  const base = percentile(
    floor.sort((a, b) => a - b),
    50,
  );
  console.log(`baseline (pdfmake, one line of text, same fonts) p50: ${ms(base)}`);
  for (const [name, r] of [
    ['letter', letter],
    ['4x6', label],
  ] as const) {
    const p50 = percentile(r.times, 50);
    console.log(
      `${name}: p50 ${ms(p50)} (${(p50 / base).toFixed(1)}× baseline), p95 ${ms(percentile(r.times, 95))}, max ${ms(r.times.at(-1)!)}, ${(r.bytes / 1024).toFixed(0)} KB each`,
    );
  }
  console.log(
    `batch of ${ids.length} orders: ${ms(batchMs)}, ${(batch.rawPayload.length / 1024).toFixed(0)} KB, longest event-loop stall ${ms(stall)}`,
  );
  const worst = Math.max(percentile(letter.times, 95), percentile(label.times, 95));
  report('one packing-slip PDF (p95, letter and 4x6)', ms(worst), '<= 150 ms', worst <= 150);
  report(`${ids.length}-order batch PDF`, ms(batchMs), 'none set', true);
  report('longest event-loop stall during the batch', ms(stall), '<= 250 ms', stall <= 250);
  await station.app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
