import { imageType, type ImageType } from './image-type';

export interface ImageFetchOptions {
  /** Larger answers are cut off and refused. */
  maxBytes: number;
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  signal?: AbortSignal;
}

export const IMAGE_FETCH_DEFAULTS: ImageFetchOptions = {
  maxBytes: 2 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 3,
};

/** Why a feed's image URL gave no image; kept as a sentence for the log. */
export class ImageRefused extends Error {}

function webUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new ImageRefused(`"${raw.slice(0, 200)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ImageRefused(`only http and https images are fetched, not ${url.protocol}`);
  if (url.username || url.password)
    throw new ImageRefused('image URLs with credentials are refused');
  if (RESERVED_HOST.test(url.hostname))
    throw new ImageRefused(`${url.hostname} is a reserved example name, never a real shop`);
  return url;
}

/**
 * Example and test names (RFC 2606/6761): the demo shop's photos live there. Asking DNS about
 * them would only send a station with no internet out to the network for nothing.
 */
const RESERVED_HOST = /(^|\.)(example\.(com|net|org)|example|test|invalid)$/i;

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ImageRefused(`the image is larger than ${maxBytes} bytes`);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches one product photo from the feed's (untrusted) URL: http(s) only at every redirect,
 * bounded in time and size, and only PNG, JPEG, GIF or WebP by the bytes themselves.
 */
export async function fetchImage(
  raw: string,
  opts: ImageFetchOptions = IMAGE_FETCH_DEFAULTS,
): Promise<{ bytes: Buffer; type: ImageType }> {
  const signal = AbortSignal.any([
    AbortSignal.timeout(opts.timeoutMs),
    ...(opts.signal ? [opts.signal] : []),
  ]);
  let url = webUrl(raw);
  for (let hops = 0; ; hops++) {
    const res = await fetch(url, {
      redirect: 'manual',
      signal,
      headers: { accept: 'image/png,image/jpeg,image/gif,image/webp' },
    }).catch((err: Error & { cause?: { code?: string } }) => {
      throw new ImageRefused(`could not reach ${url.origin}: ${err.cause?.code ?? err.message}`);
    });
    if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
      await res.body?.cancel();
      if (hops >= opts.maxRedirects) throw new ImageRefused('too many redirects');
      url = webUrl(res.headers.get('location')!, url);
      continue;
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      throw new ImageRefused(`the image server answered ${res.status}`);
    }
    const declared = res.headers.get('content-type') ?? '';
    if (!/^image\/(png|jpeg|gif|webp)\b/i.test(declared)) {
      await res.body.cancel();
      throw new ImageRefused(`"${declared.slice(0, 80)}" is not a photo format the station keeps`);
    }
    if (Number(res.headers.get('content-length') ?? 0) > opts.maxBytes) {
      await res.body.cancel();
      throw new ImageRefused(`the image is larger than ${opts.maxBytes} bytes`);
    }
    const bytes = await readCapped(res.body, opts.maxBytes);
    const type = imageType(bytes);
    if (!type) throw new ImageRefused('the answer is not a PNG, JPEG, GIF or WebP image');
    return { bytes, type };
  }
}
