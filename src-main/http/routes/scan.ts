import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as inventory from '../../contract/inventory';
import * as scanning from '../../contract/scanning';
import { invalid, notFound, StationError } from '../../domain/errors';
import { ambiguousNumber } from '../../services/scanning/order-number';
import { resolveScan } from '../../services/scanning/resolve';
import { signedInUser } from '../access';
import type { Role } from '../../domain/roles';
import type { AuthUser } from '../../services/auth/auth-service';
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
    if (action === 'move') return moveScanned(ctx, signedInUser(req), req.body);
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

/** The roles POST /api/inventory/{sku}/move allows; the scan route also lets packers look up. */
const MOVERS: readonly Role[] = ['admin', ...inventory.move.access];

/**
 * A scanned product, or everything a scanned bin holds, goes to `to_bin`. A bin's SKUs are
 * carried whole: a quantity names the units of one product.
 */
async function moveScanned(
  ctx: StationContext,
  user: AuthUser,
  body: { code: string; to_bin?: string; quantity?: number },
) {
  if (!MOVERS.includes(user.role)) {
    throw new StationError(
      403,
      'forbidden',
      `Your role (${user.role}) can't move stock. Ask an admin.`,
      {
        allowed_roles: MOVERS,
      },
    );
  }
  const resolved = resolveScan(ctx.db, body.code, ['product', 'bin']);
  if (resolved.kind === 'product') {
    const moves = await ctx.inventory.move(
      [{ sku: resolved.product.sku, quantity: body.quantity }],
      body.to_bin!,
      user,
    );
    return { ...resolved, moves };
  }
  if (resolved.kind === 'bin') {
    if (body.quantity !== undefined && resolved.products.length > 1) {
      throw invalid(
        'quantity',
        `Bin ${resolved.bin} holds ${resolved.products.length} SKUs: scan the product to move part of it, or leave out the quantity to move the whole bin.`,
      );
    }
    const skus = resolved.products.map(({ sku }) => ({ sku, quantity: body.quantity }));
    return { ...resolved, moves: await ctx.inventory.move(skus, body.to_bin!, user) };
  }
  throw notFound(
    'unknown_code',
    `No product or bin has the code "${body.code}". Check the label and scan again.`,
    { code: body.code },
  );
}
