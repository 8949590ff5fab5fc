import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocument } from './schema-doc';

describe('docs/database-schema.md', () => {
  it('is what the drizzle schema says today (run `npm run db:doc` after a schema change)', async () => {
    const committed = readFileSync(new URL('../docs/database-schema.md', import.meta.url), 'utf8');
    expect(committed).toBe(await schemaDocument());
  });

  it('names every table, its columns, keys and the comments written on them', async () => {
    const doc = await schemaDocument();
    expect(doc).toContain('### `orders`');
    expect(doc).toMatch(/\| `channel` \| text \| yes \|[^\n]*one of `storefront`, `amazon_fbm`/);
    expect(doc).toContain("The channel's order time (UTC), the FIFO key");
    expect(doc).toMatch(/\| `packed_by` \| integer \| no \| +\| users\.id \(on delete set null\)/);
    expect(doc).toContain(
      'unique index `orders_channel_external_idx` on `channel`, `external_order_id`',
    );
  });
});
