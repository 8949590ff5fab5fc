import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { z } from 'zod';

/**
 * A serializer that refuses an answer its route's response schema does not describe. The answer
 * goes out as the code made it (fields the schema does not name included: they may be added
 * freely), so the check changes nothing a client sees but the failure.
 */
export const checkedSerializer: FastifySerializerCompiler<unknown> =
  ({ schema, method, url }) =>
  (data) => {
    if (schema instanceof z.ZodType) {
      const result = schema.safeParse(data);
      if (!result.success) {
        throw new Error(
          `${method} ${url} answered outside its contract:\n${z.prettifyError(result.error)}`,
        );
      }
    }
    return JSON.stringify(data);
  };
