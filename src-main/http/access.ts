import type { FastifyInstance } from 'fastify';
import { ADMIN, type Access } from '../contract/route';
import type { AuthService, AuthUser } from '../services/auth/auth-service';
import { sendError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** The SSE stream cannot set headers from EventSource, so it takes `?access=`. */
    tokenInQuery?: boolean;
  }
  interface FastifyRequest {
    user: AuthUser | null;
  }
}

export function signedInUser(req: { user: AuthUser | null }): AuthUser {
  if (!req.user) throw new Error('route without a signed-in user reached a handler that needs one');
  return req.user;
}

/** 127.0.0.0/8 or ::1, also written as IPv4-mapped IPv6: a client on the station's own PC. */
export function isLoopback(address: string | undefined): boolean {
  const plain = address?.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || (plain?.startsWith('127.') ?? false);
}

/**
 * A client on the station's PC itself: over loopback, or over one of the PC's own addresses (a
 * station listening on one LAN address reaches itself there).
 */
export function fromThisMachine(socket: { remoteAddress?: string; localAddress?: string }) {
  return isLoopback(socket.remoteAddress) || socket.remoteAddress === socket.localAddress;
}

function bearer(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1]! : null;
}

/**
 * Checks token and role before validation or the handler runs, so a picker poking an admin
 * route learns nothing about its input rules. An /api route that forgot to say who may call it
 * is admin-only: secure by default.
 */
export function registerAccessControl(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req, reply) => {
    const url = req.routeOptions.url;
    if (!url?.startsWith('/api')) return;
    const access = req.routeOptions.config.access ?? ADMIN;
    if (access === 'public') return;
    const query = req.query as Record<string, unknown> | undefined;
    const token =
      bearer(req.headers.authorization) ??
      (req.routeOptions.config.tokenInQuery && typeof query?.access === 'string'
        ? query.access
        : null);
    req.user = token ? auth.authenticate(token) : null;
    if (!req.user) {
      return sendError(
        reply,
        401,
        'unauthorized',
        'Sign in first: this needs a valid, current access token.',
      );
    }
    if (access !== 'signed_in' && req.user.role !== 'admin' && !access.includes(req.user.role)) {
      return sendError(
        reply,
        403,
        'forbidden',
        `Your role (${req.user.role}) can't do this. Ask an admin.`,
        {
          allowed_roles: ['admin', ...access.filter((r) => r !== 'admin')],
        },
      );
    }
  });
}
