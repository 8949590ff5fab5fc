import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { StationError } from '../domain/errors';
import { SECURITY_HEADERS } from './security-headers';

export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details = {},
) {
  return reply.code(status).send({ error: { code, message, details } } satisfies ErrorBody);
}

/** `/smtp/port` → `smtp.port`; an empty path means the whole body/query was wrong. */
const fieldOf = (instancePath: string, context: string) =>
  instancePath.replace(/^\//, '').replaceAll('/', '.') || context;

/** Every failure leaves as `{error:{code,message,details}}`; bad input is never a 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | StationError, req, reply) => {
    if (err instanceof StationError) {
      const retry = err.details.retry_after_seconds;
      if (typeof retry === 'number') reply.header('Retry-After', String(retry));
      return sendError(reply, err.status, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = err.validationContext ?? 'body';
      const issues = err.validation.map((v) => ({
        field: fieldOf(v.instancePath, context),
        message: v.message,
      }));
      const first = issues[0]!;
      return sendError(reply, 400, 'invalid_input', `"${first.field}" ${first.message}.`, {
        field: first.field,
        issues,
      });
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(
          reply,
          413,
          'body_too_large',
          'The request is too large for the station to accept.',
        );
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, 415, 'unsupported_media_type', 'Send the request body as JSON.');
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(
          reply,
          400,
          'invalid_input',
          'The request body length does not match its header.',
        );
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON and other client mistakes fastify detects before our code runs.
      const message =
        err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'The request body is not valid JSON.'
          : err.message;
      return sendError(reply, err.statusCode, 'invalid_request', message, { field: 'body' });
    }
    req.log.error({ err }, 'unhandled error');
    return sendError(
      reply,
      500,
      'internal',
      'Something went wrong on the station. It has been logged; try again.',
    );
  });
}

/** What fastify meets while routing, before any hook runs: an undecodable URL, an overlong part. */
export function sendFrameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  reply.headers(SECURITY_HEADERS);
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendError(reply, 414, 'url_too_long', 'A part of the address is too long to be real.');
  }
  return sendError(
    reply,
    400,
    'bad_url',
    'The address is malformed (a stray or broken % code?); check the link and try again.',
  );
}

/** A request node could not even parse (bad request line, oversize headers, too slow). */
export function sendClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'The request took too long to arrive; try again.']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'The request headers are too large for the station.']
        : [400, 'bad_request', 'The request is malformed and the station cannot read it.'];
  const body = JSON.stringify({ error: { code, message, details: {} } } satisfies ErrorBody);
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  }).map(([name, value]) => `${name}: ${value}\r\n`);
  if (socket.writable)
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headers.join('')}\r\n${body}`);
  socket.destroy(err);
}
