/**
 * The storefront contract's sample feed, as a fresh object each call so a test can bend it.
 * Orders: 98123 (HAY-TIM-2LB ×2, HAY-ORC-5LB ×1), 98130 (HAY-TIM-2LB ×1, HAY-TIM-10LB ×1),
 * 98101 (HAY-ORC-5LB ×3, BED-PAP-30L ×2, created 16:40 at -05:00), 98135 (cancelled). As in the
 * original, 98123's address comes with only one of its two appearances.
 */
export function sampleFeed() {
  const ana = {
    order_id: '98123',
    order_number: 'CC-10482',
    customer_name: 'Ana Ruiz',
    status: 'processing',
    created_at: '2026-11-19T09:12:44Z',
    updated_at: '2026-11-19T09:12:44Z',
  };
  const anaAddress = {
    name: 'Ana Ruiz',
    line1: '12 Elm St',
    line2: '',
    city: 'Dayton',
    state: 'OH',
    postal_code: '45402',
    country: 'US',
  };
  const ben = {
    order_id: '98130',
    order_number: 'CC-10489',
    customer_name: 'Ben Okafor',
    status: 'processing',
    created_at: '2026-11-19T11:03:10Z',
    updated_at: '2026-11-19T11:03:10Z',
  };
  const chen = {
    order_id: '98101',
    order_number: 'CC-10460',
    customer_name: 'Chen Wei',
    status: 'on-hold',
    created_at: '2026-11-18T16:40:00-05:00',
    updated_at: '2026-11-19T08:00:00Z',
  };
  const dana = {
    order_id: '98135',
    order_number: 'CC-10494',
    customer_name: 'Dana Petrov',
    status: 'cancelled',
    created_at: '2026-11-19T12:00:00Z',
    updated_at: '2026-11-19T13:00:00Z',
  };
  return {
    generated_at: '2026-11-20T14:05:00Z',
    next_page: null as number | null,
    categories: [
      {
        name: 'Hay',
        subcategories: [
          {
            name: 'Timothy Hay',
            items: [
              {
                sku: 'HAY-TIM-2LB',
                title: 'Premium Timothy Hay 2 lb',
                barcode: '0860001234562',
                image_url: 'https://cdn.example.com/img/hay-tim-2lb.jpg',
                weight: 2.0,
                price: '12.99',
                orders: [
                  { ...ana, quantity: 2, shipping_address: anaAddress },
                  { ...ben, quantity: 1 },
                ] as Record<string, unknown>[],
              },
              {
                sku: 'HAY-TIM-10LB',
                title: 'Premium Timothy Hay 10 lb',
                barcode: '0860001234579',
                weight: 10.0,
                price: '39.99',
                orders: [{ ...ben, quantity: 1 }] as Record<string, unknown>[],
              },
            ] as Record<string, unknown>[],
          },
          {
            name: 'Orchard Grass',
            items: [
              {
                sku: 'HAY-ORC-5LB',
                title: 'Orchard Grass Hay 5 lb',
                barcode: '0860001234586',
                weight: 5.0,
                price: 21.5,
                orders: [
                  { ...chen, quantity: 3 },
                  { ...ana, quantity: 1 },
                ] as Record<string, unknown>[],
              },
            ] as Record<string, unknown>[],
          },
        ],
      },
      {
        name: 'Bedding',
        subcategories: [
          {
            name: 'Paper Bedding',
            items: [
              {
                sku: 'BED-PAP-30L',
                title: 'Unscented Paper Bedding 30 L',
                weight: 4.2,
                price: '17.49',
                orders: [
                  { ...dana, quantity: 1 },
                  { ...chen, quantity: 2 },
                ] as Record<string, unknown>[],
              },
            ] as Record<string, unknown>[],
          },
        ],
      },
    ],
  };
}

export type SampleFeed = ReturnType<typeof sampleFeed>;
