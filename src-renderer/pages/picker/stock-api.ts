import { api } from '../../api/client';
import * as inventory from '../../../src-main/contract/inventory';
import * as scanning from '../../../src-main/contract/scanning';

/** What a scanned code is: an order, a product, a bin, or nothing the station knows. */
export const lookUp = (code: string) =>
  api.call(scanning.scan, { body: { code, action: 'lookup' } });

/** One SKU to another bin; no quantity carries all of it. */
export const moveSku = (sku: string, toBin: string, quantity?: number) =>
  api
    .call(inventory.move, { params: { sku }, body: { to_bin: toBin, quantity } })
    .then((moved) => [moved]);

/** Everything a bin holds to another bin, in one write. */
export const moveBin = (bin: string, toBin: string) =>
  api
    .call(scanning.scan, { body: { code: bin, action: 'move', to_bin: toBin } })
    .then((answer) => answer.moves ?? []);

export const countSku = (sku: string, counted: number) =>
  api.call(inventory.count, { params: { sku }, body: { counted } });
