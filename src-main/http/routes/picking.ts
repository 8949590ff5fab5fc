import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { StationContext } from '../../context';
import * as picking from '../../contract/picking';
import type { Actor } from '../../services/picking/picking-service';
import { ordersForSku, picklist, picklistStats } from '../../services/picking/picklist';
import { signedInUser } from '../access';
import { serve } from '../serve';

/** Who did it, and from which handheld (the picker UI sends a stable X-Station-Device id). */
export function actorOf(req: Pick<FastifyRequest, 'user' | 'headers'>): Actor {
  const user = signedInUser(req);
  const device = req.headers['x-station-device'];
  return {
    userId: user.id,
    username: user.username,
    device:
      (typeof device === 'string' ? device : (req.headers['user-agent'] ?? null))?.slice(0, 120) ??
      null,
  };
}

export const pickingRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, picking.picklist, (req) => picklist(ctx.db, req.query.include_done ?? false));
  serve(app, picking.picklistStats, () => picklistStats(ctx.db));
  serve(app, picking.ordersForSku, (req) => ordersForSku(ctx.db, req.params.sku));
  // Every pick is recorded with who, when and which handheld (pick_events); an access-log line
  // for each as well cost a tenth of the station's time in a rush. Errors still log.
  serve(
    app,
    picking.pick,
    (req) => ctx.picking.pick(req.body.sku, req.body.qty, actorOf(req), req.body.request_id),
    { logLevel: 'warn' },
  );
  serve(app, picking.undoPick, (req) => ctx.picking.undo(req.body.event_id, actorOf(req)));
  serve(app, picking.notInStock, (req) =>
    ctx.picking.notInStock(req.body.sku, req.body.qty, actorOf(req), req.body.request_id),
  );
  serve(app, picking.undoNotInStock, (req) =>
    ctx.picking.undoShort(req.body.exception_id, actorOf(req), req.body.request_id),
  );
};
