import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as purchasing from '../../contract/purchasing';
import { purchaseOrderPdf } from '../../devices/pdf/purchase-order-pdf';
import { suggestPurchaseOrder } from '../../services/purchasing/po-suggestion';
import { signedInUser } from '../access';
import { serve } from '../serve';

export const purchasingRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  const { suppliers, purchaseOrders: orders } = ctx;

  serve(app, purchasing.listSuppliers, () => suppliers.list());
  serve(app, purchasing.createSupplier, (req) => suppliers.create(req.body));
  serve(app, purchasing.updateSupplier, (req) => suppliers.update(req.params.id, req.body));

  serve(app, purchasing.listPurchaseOrders, (req) => orders.list(req.query));
  serve(app, purchasing.createPurchaseOrder, (req) => orders.create(req.body, signedInUser(req)));
  serve(app, purchasing.suggestPurchaseOrder, (req) =>
    suggestPurchaseOrder(ctx.db, req.query.supplier_id),
  );
  serve(app, purchasing.getPurchaseOrder, (req) => orders.get(req.params.id));
  serve(app, purchasing.movePurchaseOrder, (req) =>
    orders.move(req.params.id, req.body.status, signedInUser(req)),
  );
  serve(app, purchasing.receivePurchaseOrder, (req) =>
    orders.receive(req.params.id, req.body, signedInUser(req)),
  );
  serve(app, purchasing.purchaseOrderPdf, async (req, reply) => {
    const { pdf, filename } = await purchaseOrderPdf(
      orders.get(req.params.id),
      ctx.settings.station().seller,
      req.query.size,
    );
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="${filename}"`)
      .header('Cache-Control', 'no-store')
      .send(pdf);
  });
};
