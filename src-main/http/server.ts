import './validation-messages';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { StationContext } from '../context';
import { loggerOptions } from '../platform/logger';
import { registerAccessControl } from './access';
import { registerErrorHandling, sendClientError, sendFrameworkError } from './errors';
import { checkedSerializer } from './checked-serializer';
import { openapiTransform } from './openapi';
import { authRoutes } from './routes/auth';
import { deviceRoutes } from './routes/devices';
import { eventRoutes } from './routes/events';
import { inventoryRoutes } from './routes/inventory';
import { jobRoutes } from './routes/jobs';
import { orderRoutes } from './routes/orders';
import { pickingRoutes } from './routes/picking';
import { productRoutes } from './routes/products';
import { fbaRoutes } from './routes/fba';
import { purchasingRoutes } from './routes/purchasing';
import { scanRoutes } from './routes/scan';
import { settingsRoutes } from './routes/settings';
import { stationInfoRoutes } from './routes/station-info';
import { userRoutes } from './routes/users';
import { registerSecurityHeaders } from './security-headers';
import { registerStaticUi } from './static-ui';

const BODY_LIMIT = 1024 * 1024;

export interface BuildOptions {
  log: boolean;
  /** See StationOptions.checkAnswers. */
  checkAnswers?: boolean;
}

/**
 * `Content-Type: application/json` with nothing after it is a request without a body, as a
 * client library sends for a bodyless POST: routes whose body is optional accept it, and the
 * others answer 400 naming the body, as for any missing body.
 */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) =>
    body.length === 0 ? done(null, undefined) : json(req, body.toString(), done),
  );
}

/** The one HTTP API: desktop window and handhelds alike. */
export async function buildServer(
  ctx: StationContext,
  opts: BuildOptions,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.log ? loggerOptions() : false,
    bodyLimit: BODY_LIMIT,
    // Handhelds on flaky Wi-Fi: drop idle keep-alive sockets instead of piling them up.
    keepAliveTimeout: 10_000,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: sendClientError,
  }).withTypeProvider<ZodTypeProvider>();
  registerSecurityHeaders(app);
  app.setValidatorCompiler(validatorCompiler);
  // Response schemas document the API (OpenAPI); answers come from our own typed code, so in use
  // they are not re-validated: that costs every request on the pick path. Tests check them all.
  app.setSerializerCompiler(
    opts.checkAnswers ? checkedSerializer : () => (data) => JSON.stringify(data),
  );
  registerErrorHandling(app);
  acceptEmptyJsonBodies(app);

  // The docs page and its assets are the only /api paths registered by a plugin; they hold no data.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Warehouse Station API', version: ctx.version },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: openapiTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAccessControl(app, ctx.auth);

  const streams = new Set<() => void>();
  // Open SSE streams would keep close() waiting forever: end them before the server drains.
  app.addHook('preClose', async () => [...streams].forEach((end) => end()));

  for (const routes of [
    authRoutes,
    userRoutes,
    settingsRoutes,
    pickingRoutes,
    orderRoutes,
    scanRoutes,
    deviceRoutes,
    stationInfoRoutes,
    jobRoutes,
    inventoryRoutes,
    productRoutes,
    purchasingRoutes,
    fbaRoutes,
  ]) {
    await app.register(routes(ctx));
  }
  await app.register(eventRoutes(ctx, streams));
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await registerStaticUi(app);
  return app;
}
