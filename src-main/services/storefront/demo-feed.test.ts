import { describe, expect, it } from 'vitest';
import { STATION_DEFAULTS } from '../settings/defaults';
import { DEMO_CATALOG, ean13CheckDigit } from './demo-catalog';
import { generateDemoFeed, pages } from './demo-feed';
import { validatePage } from './feed-schema';
import { mergeFeed } from './merge';

const NOW = new Date('2026-11-20T14:05:00Z');
const orderEntries = (feed: ReturnType<typeof generateDemoFeed>) =>
  feed.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items.flatMap((i) => i.orders)));

describe('the demo storefront feed', () => {
  it('is the same for the same seed and time, and different for another seed', () => {
    const a = generateDemoFeed({ orders: 300, seed: 42, now: NOW });
    expect(generateDemoFeed({ orders: 300, seed: 42, now: NOW })).toEqual(a);
    expect(generateDemoFeed({ orders: 300, seed: 43, now: NOW })).not.toEqual(a);
  });

  it('is a valid feed of about three lines per order, a few percent cancelled', () => {
    const feed = generateDemoFeed({ orders: 3_000, seed: 1, now: NOW });
    const merged = mergeFeed([validatePage(feed, 1, false)], STATION_DEFAULTS.status_mapping);
    expect(merged.orders.size).toBe(3_000);
    expect(merged.log).toEqual([]);
    const lineCounts = [...merged.orders.values()].map((o) => o.lines.size);
    const average = lineCounts.reduce((a, b) => a + b, 0) / lineCounts.length;
    expect(average).toBeGreaterThan(2.8);
    expect(average).toBeLessThan(3.2);
    expect(Math.min(...lineCounts)).toBe(1);
    expect(Math.max(...lineCounts)).toBe(6);
    const cancelled = [...merged.orders.values()].filter((o) => o.target === 'cancelled').length;
    expect(cancelled / 3_000).toBeGreaterThan(0.015);
    expect(cancelled / 3_000).toBeLessThan(0.05);
  });

  it('skews popularity: the best seller sells many times the median SKU', () => {
    const feed = generateDemoFeed({ orders: 3_000, seed: 1, now: NOW });
    const sales = feed.categories
      .flatMap((c) => c.subcategories.flatMap((s) => s.items.map((i) => i.orders.length)))
      .sort((a, b) => b - a);
    expect(sales[0]!).toBeGreaterThan(5 * sales[Math.floor(sales.length / 2)]!);
  });

  it('orders fall in the three days before now, in mixed time zones', () => {
    const entries = orderEntries(generateDemoFeed({ orders: 500, seed: 3, now: NOW }));
    const times = entries.map((o) => Date.parse(o.created_at));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 3 * 86_400_000);
    const offsets = new Set(entries.map((o) => o.created_at.slice(19)));
    expect(offsets).toContain('Z');
    expect(offsets).toContain('-05:00');
    expect(offsets).toContain('+01:00');
    for (const o of entries)
      expect(Date.parse(o.updated_at!)).toBeGreaterThanOrEqual(Date.parse(o.created_at));
  });

  it('sells a plausible catalogue: valid EAN-13s, bins like A-12-3', () => {
    expect(DEMO_CATALOG.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_CATALOG.length).toBeLessThanOrEqual(80);
    expect(new Set(DEMO_CATALOG.map((p) => p.sku)).size).toBe(DEMO_CATALOG.length);
    expect(new Set(DEMO_CATALOG.map((p) => p.barcode)).size).toBe(DEMO_CATALOG.length);
    expect(ean13CheckDigit('400638133393')).toBe(1); // a published EAN-13: 4006381333931
    for (const p of DEMO_CATALOG) {
      expect(p.barcode).toMatch(/^\d{13}$/);
      expect(Number(p.barcode.at(-1))).toBe(ean13CheckDigit(p.barcode.slice(0, 12)));
      expect(p.binLocation).toMatch(/^[A-E]-\d{1,2}-[1-3]$/);
    }
  });

  it('pages between items, linked by next_page, and merges to the same orders', () => {
    const feed = generateDemoFeed({ orders: 200, seed: 9, now: NOW });
    const split = pages(feed, 7);
    const itemCount = (f: typeof feed) =>
      f.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items)).length;
    expect(split.length).toBe(Math.ceil(itemCount(feed) / 7));
    expect(split.map((p) => p.next_page)).toEqual(
      [...split.keys()].map((i) => (i + 1 < split.length ? i + 2 : null)),
    );
    expect(split.slice(0, -1).every((p) => itemCount(p) === 7)).toBe(true);
    const whole = mergeFeed([validatePage(feed, 1, false)], STATION_DEFAULTS.status_mapping);
    const paged = mergeFeed(
      split.map((p, i) => validatePage(p, i + 1, true)),
      STATION_DEFAULTS.status_mapping,
    );
    expect(paged.orders).toEqual(whole.orders);
    expect(paged.products).toEqual(whole.products);
  });
});
