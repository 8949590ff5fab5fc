import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as scanning from '../../contract/scanning';
import { notFound } from '../../domain/errors';
import { ambiguousNumber } from '../../services/scanning/order-number';
import { resolveScan } from '../../services/scanning/resolve';
import { serve } from '../serve';
import { actorOf } from './picking';

export const scanRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, scanning.scan, async (req) => {
    const { code, action, quantity = 1, request_id } = req.body;
    if (action === 'lookup') {
      const resolved = resolveScan(ctx.db, code);
      if (resolved.kind === 'ambiguous') throw ambiguousNumber(resolved.number, resolved.orders);
      return resolved;
    }
    const resolved = resolveScan(ctx.db, code, ['product']);
    if (resolved.kind !== 'product') {
      throw notFound(
        'unknown_product',
        `No product has the barcode or SKU "${code}". Check the label and scan again.`,
        { code },
      );
    }
    const pick = await ctx.picking.pick(code, quantity, actorOf(req), request_id);
    return { ...resolved, pick };
  });
};
