import type { FastifyServerOptions } from 'fastify';

/** Paths pino blanks out wherever they appear in a log line. */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.api_key',
  '*.auth_token',
  '*.client_secret',
  '*.refresh_token',
  '*.refresh',
  '*.access',
];

/** Removes token-bearing query parameters (the SSE stream takes `?access=`) before a URL is logged. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:access|token|refresh)=)[^&]*/gi, '$1[REDACTED]');
}

export function loggerOptions(
  level = process.env.STATION_LOG_LEVEL ?? 'info',
): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT, censor: '[REDACTED]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        ip: req.ip,
      }),
    },
  };
}
