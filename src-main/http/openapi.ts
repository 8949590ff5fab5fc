import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { ADMIN, type Access } from '../contract/route';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0] & {
  route: { config?: { access?: Access } };
};

/**
 * Zod → JSON Schema, plus who may call each operation (`x-access`: "public", "signed_in" or the
 * roles), so the docs answer "can a picker do this?" and tests can walk every route.
 */
export function openapiTransform(input: TransformInput) {
  const out = jsonSchemaTransform(input);
  const access = input.route.config?.access ?? ADMIN;
  return {
    ...out,
    schema: {
      ...out.schema,
      'x-access': access,
      ...(access === 'public' && { security: [] }),
    },
  };
}
