import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as settings from '../../contract/settings';
import { signedInUser } from '../access';
import { serve } from '../serve';

export const settingsRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  serve(app, settings.getStationSettings, () => ctx.settings.stationView());
  serve(app, settings.putStationSettings, async (req) => {
    const { restart_required } = await ctx.settings.updateStation(req.body, signedInUser(req).id);
    return { ...(await ctx.settings.stationView()), restart_required };
  });
  serve(app, settings.getEmailSettings, () => ctx.settings.emailView());
  serve(app, settings.putEmailSettings, async (req) => {
    await ctx.settings.updateEmail(req.body, signedInUser(req).id);
    return ctx.settings.emailView();
  });
  serve(app, settings.testNotify, async (req) => {
    const text = `This is a test from Warehouse Station, sent by ${signedInUser(req).username}. Alerts will arrive like this.`;
    const send =
      req.body.channel === 'email'
        ? ctx.notify.email().then(async ({ mailer, to }) => {
            await mailer.send({ to, subject: 'Warehouse Station test email', text });
            return to;
          })
        : ctx.notify.sms().then(async ({ sender, to }) => {
            await sender.send(to, text);
            return to;
          });
    // "Not configured" stays a 409 from channels; a refusal by the server is a plain-words answer.
    const to = await send.catch((err: Error & { status?: number }) => {
      if (err.status === 409) throw err;
      return err;
    });
    return to instanceof Error
      ? { ok: false, message: `The ${req.body.channel} could not be sent: ${to.message}` }
      : { ok: true, message: `Sent a test ${req.body.channel} to ${to.join(', ')}.` };
  });
};
