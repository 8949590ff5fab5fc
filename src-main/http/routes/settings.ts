import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { StationContext } from '../../context';
import { NotifyChannels } from '../../services/notify/channels';
import { emailSettingsUpdate, stationSettingsUpdate } from '../../services/settings/schemas';
import { ADMIN, signedInUser } from '../access';

export const settingsRoutes =
  (ctx: StationContext): FastifyPluginAsyncZod =>
  async (app) => {
    const config = { access: ADMIN };
    const channels = new NotifyChannels(ctx.settings, ctx.secrets);

    app.get(
      '/api/admin/settings',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Station settings; api_key is never returned, only api_key_set.',
        },
      },
      async () => ctx.settings.stationView(),
    );

    app.put(
      '/api/admin/settings',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Change any subset. api_key: a string sets it, null clears it.',
          body: stationSettingsUpdate,
        },
      },
      async (req) => {
        const { restart_required } = await ctx.settings.updateStation(
          req.body,
          signedInUser(req).id,
        );
        return { ...(await ctx.settings.stationView()), restart_required };
      },
    );

    app.get(
      '/api/admin/email-settings',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'SMTP and SMS settings; password and auth_token never returned.',
        },
      },
      async () => ctx.settings.emailView(),
    );

    app.put(
      '/api/admin/email-settings',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Change any subset. smtp.password / sms.auth_token: a string sets, null clears.',
          body: emailSettingsUpdate,
        },
      },
      async (req) => {
        await ctx.settings.updateEmail(req.body, signedInUser(req).id);
        return ctx.settings.emailView();
      },
    );

    app.post(
      '/api/admin/email-settings/test',
      {
        config,
        schema: {
          tags: ['admin'],
          summary: 'Send a test email or SMS to the configured recipients.',
          body: z.object({ channel: z.enum(['email', 'sms']) }),
          response: { 200: z.object({ ok: z.boolean(), message: z.string() }) },
        },
      },
      async (req) => {
        const text = `This is a test from Warehouse Station, sent by ${signedInUser(req).username}. Alerts will arrive like this.`;
        const send =
          req.body.channel === 'email'
            ? channels.email().then(async ({ mailer, to }) => {
                await mailer.send({ to, subject: 'Warehouse Station test email', text });
                return to;
              })
            : channels.sms().then(async ({ sender, to }) => {
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
      },
    );
  };
