import type { FastifyInstance } from 'fastify';

/**
 * On every answer: browsers must not guess a type other than the one sent, and no other site may
 * show the station's screens in a frame (clickjacking a signed-in owner into "delete user").
 */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
} as const;

export function registerSecurityHeaders(app: FastifyInstance): void {
  // On the raw response, so answers written past fastify (the live-event stream) carry them too.
  app.addHook('onRequest', async (_req, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.raw.setHeader(name, value);
  });
}
