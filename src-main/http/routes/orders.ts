import type { FastifyInstance, FastifyReply } from 'fastify';
import type { StationContext } from '../../context';
import * as orders from '../../contract/orders';
import { packingSlipsPdf } from '../../devices/pdf/packing-slips';
import { loadSlips } from '../../store/slips';
import type { SlipSize } from '../../domain/slips';
import { orderDetail, orderIdByNumber } from '../../services/packing/order-detail';
import { pendingShipment, readyToPack, searchOrders } from '../../store/order-summaries';
import { signedInUser } from '../access';
import { serve } from '../serve';

export const orderRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  const { packing, corrections } = ctx;

  serve(app, orders.readyToPack, () => readyToPack(ctx.db));
  serve(app, orders.pendingShipment, () => pendingShipment(ctx.db));
  serve(app, orders.searchOrders, (req) => searchOrders(ctx.db, req.query));
  serve(app, orders.orderByNumber, (req) => orderIdByNumber(ctx.db, req.params.number));
  serve(app, orders.orderDetail, (req) => orderDetail(ctx.db, req.params.id));
  serve(app, orders.verifyScan, (req) =>
    packing.verifyScan(req.params.id, req.body.code, {
      qty: req.body.qty,
      byHand: req.body.manual ? signedInUser(req) : undefined,
    }),
  );
  serve(app, orders.verifyReset, (req) => packing.resetVerification(req.params.id));
  serve(app, orders.markPacked, (req) =>
    packing.markPacked(
      req.params.id,
      req.body?.skip_verification ?? false,
      signedInUser(req),
      req.body?.request_id,
    ),
  );
  serve(app, orders.ship, (req) => {
    const { shipping_cost, request_id, ...shipment } = req.body;
    return packing.ship(
      req.params.id,
      { ...shipment, shipping_cost_cents: shipping_cost },
      signedInUser(req),
      request_id,
    );
  });
  serve(app, orders.editShipment, (req) => {
    const { shipping_cost, ...changes } = req.body;
    return corrections.edit(
      req.params.id,
      req.params.shipment_id,
      { ...changes, shipping_cost_cents: shipping_cost },
      signedInUser(req),
    );
  });
  serve(app, orders.voidShipment, (req) =>
    corrections.void(req.params.id, req.params.shipment_id, signedInUser(req)),
  );

  const slips = async (reply: FastifyReply, orderIds: number[], size: SlipSize) => {
    const { pdf, filename } = await packingSlipsPdf(
      loadSlips(ctx.db, orderIds),
      ctx.settings.station().seller,
      size,
    );
    return (
      reply
        .type('application/pdf')
        // inline: the browser shows it and the Electron window prints it; the name is for Save as.
        .header('Content-Disposition', `inline; filename="${filename}"`)
        .header('Cache-Control', 'no-store')
        .send(pdf)
    );
  };
  serve(app, orders.packingSlip, (req, reply) => slips(reply, [req.params.id], req.query.size));
  serve(app, orders.packingSlips, (req, reply) => slips(reply, req.body.order_ids, req.body.size));
  serve(app, orders.packingSlipsLink, (req, reply) => slips(reply, req.query.ids, req.query.size));
};
