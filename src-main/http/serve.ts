import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { AnswerOf, BodyOf, ParamsOf, QueryOf, RouteContract } from '../contract/route';

const NO_CONTENT = z.null().describe('Done; nothing to answer.');

/** A request as the handler sees it: params, query and body already validated by the contract. */
export type ContractRequest<C extends RouteContract> = Omit<
  FastifyRequest,
  'params' | 'query' | 'body'
> & { params: ParamsOf<C>; query: QueryOf<C>; body: BodyOf<C> };

/** JSON routes return their answer; file and stream routes send through `reply` and return it. */
export type Handler<C extends RouteContract> = (
  req: ContractRequest<C>,
  reply: FastifyReply,
) => Promise<AnswerOf<C> | FastifyReply> | AnswerOf<C> | FastifyReply;

export interface ServeOptions {
  logLevel?: RouteShorthandOptions['logLevel'];
  /** Runs before access control and validation, e.g. to refuse a caller by address. */
  onRequest?: RouteShorthandOptions['onRequest'];
  /** Bytes the body may have, when the station's 1 MB is not enough (an import file). */
  bodyLimit?: number;
}

/** Registers one route of the contract: path, access, validation and documentation come from it. */
export function serve<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: Handler<C>,
  opts: ServeOptions = {},
): void {
  const status = contract.status ?? 200;
  app.route({
    method: contract.method,
    url: contract.path,
    config: { access: contract.access, tokenInQuery: contract.tokenInQuery },
    ...(opts.logLevel && { logLevel: opts.logLevel }),
    ...(opts.onRequest && { onRequest: opts.onRequest }),
    ...(opts.bodyLimit && { bodyLimit: opts.bodyLimit }),
    schema: {
      tags: [...contract.tags],
      summary: contract.summary,
      ...(contract.params && { params: contract.params }),
      ...(contract.query && { querystring: contract.query }),
      ...(contract.body && { body: contract.body }),
      ...(contract.consumes && { consumes: [...contract.consumes] }),
      response: { [status]: contract.response ?? NO_CONTENT },
    },
    handler: async (req, reply) => {
      const answer = await handler(req as unknown as ContractRequest<C>, reply);
      if (reply.sent || answer === reply) return reply;
      reply.code(status);
      return status === 204 ? reply.send() : answer;
    },
  });
}
