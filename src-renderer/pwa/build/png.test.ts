import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, encodePng, shrink, type Rgba } from './png';

const image = (width: number, height: number, rgba: number[]): Rgba => ({
  width,
  height,
  pixels: Uint8Array.from(rgba),
});

describe('png', () => {
  it('reads back what it writes', () => {
    const original = image(2, 2, [255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 9, 8, 7, 6]);
    expect(decodePng(encodePng(original))).toEqual(original);
  });

  it('reads rows written with each of the five filters', () => {
    const header = encodePng(image(2, 5, new Array(40).fill(0))).subarray(0, 33);
    // One row per filter (none, sub, up, average, paeth), every byte 10 before prediction.
    const raw = Buffer.from(
      [0, 1, 2, 3, 4].flatMap((filter) => [filter, ...new Array(8).fill(10)]),
    );
    const idat = Buffer.alloc(4);
    const data = deflateSync(raw);
    idat.writeUInt32BE(data.length);
    const chunk = Buffer.concat([idat, Buffer.from('IDAT'), data, Buffer.alloc(4)]);
    const { pixels } = decodePng(Buffer.concat([header, chunk]));
    const row = (y: number) => [...pixels.subarray(y * 8, y * 8 + 8)];
    expect(row(0)).toEqual([10, 10, 10, 10, 10, 10, 10, 10]);
    expect(row(1)).toEqual([10, 10, 10, 10, 20, 20, 20, 20]);
    expect(row(2)).toEqual([20, 20, 20, 20, 30, 30, 30, 30]);
    expect(row(3)).toEqual([20, 20, 20, 20, 35, 35, 35, 35]);
    expect(row(4)).toEqual([30, 30, 30, 30, 45, 45, 45, 45]);
  });

  it('refuses a PNG it would misread', () => {
    const grey = encodePng(image(1, 1, [0, 0, 0, 0]));
    grey[25] = 0; // colour type 0: greyscale
    expect(() => decodePng(grey)).toThrow('Only 8-bit RGBA');
  });

  it('shrinks by area, without darkening towards transparent pixels', () => {
    const white = [255, 255, 255, 255];
    const clear = [0, 0, 0, 0];
    const small = shrink(image(2, 2, [...white, ...clear, ...white, ...clear]), 1);
    expect([...small.pixels]).toEqual([255, 255, 255, 128]);
  });

  it('makes the 192 px icon from the app icon', () => {
    const icon = decodePng(readFileSync('resources/icon.png'));
    const small = shrink(icon, 192);
    expect([small.width, small.height]).toEqual([192, 192]);
    // Corners stay transparent (the icon is a rounded square); the middle stays opaque.
    expect(small.pixels[3]).toBe(0);
    expect(small.pixels[(96 * 192 + 96) * 4 + 3]).toBe(255);
  });
});
