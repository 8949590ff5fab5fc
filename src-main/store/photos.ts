import { prepared } from '../platform/prepared';
import type { ReadDb } from './db';

/** Every product photo URL the catalogue names, each once: what the photo cache keeps a copy of. */
export function photoUrls(db: ReadDb): string[] {
  return prepared<[], { url: string }>(
    db,
    'select distinct image_url as url from products where image_url is not null',
  )
    .all()
    .map((row) => row.url);
}
