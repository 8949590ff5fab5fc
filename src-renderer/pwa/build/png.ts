import { deflateSync, inflateSync } from 'node:zlib';

/** Straight RGBA, 4 bytes a pixel, rows top to bottom. */
export interface Rgba {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4:
      return paeth(left, up, upLeft);
    default:
      throw new Error(`Unknown PNG filter ${filter}.`);
  }
}

/**
 * Reads the 8-bit RGBA, non-interlaced PNGs this project draws its icons as; anything else is
 * refused rather than misread.
 */
export function decodePng(file: Buffer): Rgba {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG file.');
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8);
      if (depth !== 8 || colour !== 6 || interlace !== 0) {
        throw new Error('Only 8-bit RGBA, non-interlaced PNGs are supported.');
      }
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      pixels[y * stride + x] = (line[x]! + predict(filter!, left, up, upLeft)) & 0xff;
    }
  }
  return { width, height, pixels };
}

export function encodePng({ width, height, pixels }: Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * Shrinks by averaging every source pixel that covers each target pixel (weighted by how much
 * of it does), alpha-weighted so transparent corners do not darken the rounded edge.
 */
export function shrink(image: Rgba, size: number): Rgba {
  const scale = image.width / size;
  const pixels = new Uint8Array(size * size * 4);
  for (let ty = 0; ty < size; ty++) {
    for (let tx = 0; tx < size; tx++) {
      const sum = [0, 0, 0, 0];
      let area = 0;
      for (let sy = Math.floor(ty * scale); sy < Math.ceil((ty + 1) * scale); sy++) {
        const wy = Math.min(sy + 1, (ty + 1) * scale) - Math.max(sy, ty * scale);
        for (let sx = Math.floor(tx * scale); sx < Math.ceil((tx + 1) * scale); sx++) {
          const w = wy * (Math.min(sx + 1, (tx + 1) * scale) - Math.max(sx, tx * scale));
          const at = (sy * image.width + sx) * 4;
          const alpha = image.pixels[at + 3]! * w;
          for (let c = 0; c < 3; c++) sum[c]! += image.pixels[at + c]! * alpha;
          sum[3]! += alpha;
          area += w;
        }
      }
      const at = (ty * size + tx) * 4;
      for (let c = 0; c < 3; c++) pixels[at + c] = sum[3]! ? Math.round(sum[c]! / sum[3]!) : 0;
      pixels[at + 3] = Math.round(sum[3]! / area);
    }
  }
  return { width: size, height: size, pixels };
}
