import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as inventory from '../../contract/inventory';
import { signedInUser } from '../access';
import { serve } from '../serve';

export const inventoryRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  const stock = ctx.inventory;

  serve(app, inventory.list, (req) => stock.list(req.query));
  serve(app, inventory.combined, (req) => stock.combined(req.query));
  serve(app, inventory.lowStock, (req) => stock.lowStock(req.query));
  serve(app, inventory.toCount, (req) => stock.toCount(req.query));
  serve(app, inventory.move, async (req) => {
    const { to_bin, quantity } = req.body;
    const [moved] = await stock.move(
      [{ sku: req.params.sku, quantity }],
      to_bin,
      signedInUser(req),
    );
    return moved!;
  });
  serve(app, inventory.history, (req) => stock.history(req.params.sku, req.query));
  serve(app, inventory.adjust, (req) => stock.adjust(req.params.sku, req.body, signedInUser(req)));
  serve(app, inventory.count, (req) =>
    stock.count(req.params.sku, req.body.counted, signedInUser(req)),
  );
  serve(app, inventory.exportLedger, (req, reply) => {
    const lines = stock.exportCsv(req.query);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="stock-ledger.csv"')
      .header('Cache-Control', 'no-store')
      .send(Readable.from(lines));
  });
};
