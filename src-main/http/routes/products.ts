import type { FastifyInstance } from 'fastify';
import type { StationContext } from '../../context';
import * as products from '../../contract/products';
import { StationError } from '../../domain/errors';
import { signedInUser } from '../access';
import { serve } from '../serve';

const UTF16_BOM = /^(\xff\xfe|\xfe\xff)/;

/**
 * The import's CSV arrives as bytes and must be UTF-8: a spreadsheet's "CSV" is often Windows-1252
 * or UTF-16, which would import as mangled titles. Refused with what to do instead.
 */
function utf8(body: Buffer): string {
  const wrong = (how: string) =>
    new StationError(
      400,
      'wrong_encoding',
      `The file is ${how}. Save it as "CSV UTF-8" and import it again.`,
      { field: 'body' },
    );
  if (UTF16_BOM.test(body.subarray(0, 2).toString('latin1'))) throw wrong('UTF-16 text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw wrong('not UTF-8 text');
  }
}

export const productRoutes = (ctx: StationContext) => async (app: FastifyInstance) => {
  const catalog = ctx.products;
  // Inside this plugin only: every other route still takes JSON alone.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, utf8(body as Buffer));
    } catch (err) {
      done(err as StationError, undefined);
    }
  });

  serve(app, products.list, (req) => catalog.list(req.query));
  serve(app, products.create, (req) => catalog.create(req.body));
  serve(app, products.get, (req) => catalog.get(req.params.sku));
  serve(app, products.update, (req) => catalog.update(req.params.sku, req.body));
  serve(
    app,
    products.importProducts,
    (req) => catalog.import(req.body, req.query.dry_run === 'true', signedInUser(req)),
    { bodyLimit: products.IMPORT_MAX_BYTES },
  );
};
