import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as fba from '../../contract/fba';
import { fbaLabelsPdf } from '../../devices/pdf/fba-labels-pdf';
import { signedInUser } from '../access';
import { serve } from '../serve';

export const fbaRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  const plans = ctx.fbaShipments;
  serve(app, fba.listFbaShipments, (req) => plans.list(req.query));
  serve(app, fba.createFbaShipment, (req) => plans.create(req.body));
  serve(app, fba.getFbaShipment, (req) => plans.get(req.params.id));
  serve(app, fba.updateFbaShipment, (req) =>
    plans.update(req.params.id, req.body, signedInUser(req)),
  );
  serve(app, fba.fbaShipmentLabels, async (req, reply) => {
    const { pdf, filename } = await fbaLabelsPdf(
      plans.get(req.params.id),
      ctx.settings.station().seller,
    );
    return reply
      .type('application/pdf')
      .header('Content-Disposition', `inline; filename="${filename}"`)
      .header('Cache-Control', 'no-store')
      .send(pdf);
  });
};
