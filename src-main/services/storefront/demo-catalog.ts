/** A small guinea-pig shop, as the demo storefront sells it. */

export interface DemoProduct {
  sku: string;
  title: string;
  category: string;
  subcategory: string;
  weightLb: number;
  price: string;
  barcode: string;
  binLocation: string;
}

type Row = [sku: string, title: string, weightLb: number, price: string];

const SHELVES: [category: string, subcategories: [name: string, rows: Row[]][]][] = [
  [
    'Hay',
    [
      [
        'Timothy Hay',
        [
          ['HAY-TIM-2LB', 'Premium Timothy Hay 2 lb', 2, '12.99'],
          ['HAY-TIM-5LB', 'Premium Timothy Hay 5 lb', 5, '24.99'],
          ['HAY-TIM-10LB', 'Premium Timothy Hay 10 lb', 10, '39.99'],
          ['HAY-TIM-25LB', 'Premium Timothy Hay 25 lb', 25, '79.99'],
          ['HAY-TIM2-5LB', 'Second Cut Timothy Hay 5 lb', 5, '26.49'],
        ],
      ],
      [
        'Orchard Grass',
        [
          ['HAY-ORC-2LB', 'Orchard Grass Hay 2 lb', 2, '12.49'],
          ['HAY-ORC-5LB', 'Orchard Grass Hay 5 lb', 5, '21.50'],
          ['HAY-ORC-10LB', 'Orchard Grass Hay 10 lb', 10, '37.99'],
        ],
      ],
      [
        'Meadow Hay',
        [
          ['HAY-MEA-2LB', 'Meadow Hay with Herbs 2 lb', 2, '13.99'],
          ['HAY-MEA-5LB', 'Meadow Hay with Herbs 5 lb', 5, '27.99'],
        ],
      ],
      ['Oat Hay', [['HAY-OAT-3LB', 'Oat Hay 3 lb', 3, '16.99']]],
      [
        'Botanical Hay',
        [
          ['HAY-BOT-1LB', 'Botanical Hay with Chamomile 1 lb', 1, '9.99'],
          ['HAY-BOT-3LB', 'Botanical Hay with Chamomile 3 lb', 3, '22.99'],
        ],
      ],
    ],
  ],
  [
    'Bedding',
    [
      [
        'Paper Bedding',
        [
          ['BED-PAP-10L', 'Unscented Paper Bedding 10 L', 1.5, '8.99'],
          ['BED-PAP-30L', 'Unscented Paper Bedding 30 L', 4.2, '17.49'],
          ['BED-PAP-56L', 'Unscented Paper Bedding 56 L', 7.5, '27.99'],
          ['BED-PAP-LAV-30L', 'Lavender Paper Bedding 30 L', 4.2, '18.99'],
        ],
      ],
      [
        'Aspen Shavings',
        [
          ['BED-ASP-2CF', 'Kiln-Dried Aspen Shavings 2 cu ft', 6, '15.99'],
          ['BED-ASP-4CF', 'Kiln-Dried Aspen Shavings 4 cu ft', 11, '26.99'],
        ],
      ],
      [
        'Fleece Liners',
        [
          ['BED-FLC-S', 'Fleece Cage Liner, Small (2x3 C&C)', 1.2, '24.99'],
          ['BED-FLC-M', 'Fleece Cage Liner, Medium (2x4 C&C)', 1.6, '29.99'],
          ['BED-FLC-L', 'Fleece Cage Liner, Large (2x5 C&C)', 2, '34.99'],
        ],
      ],
      ['Litter', [['BED-LIT-10L', 'Paper Pellet Litter 10 L', 5, '11.99']]],
    ],
  ],
  [
    'Treats',
    [
      [
        'Dried Herbs',
        [
          ['TRT-HRB-DAN', 'Dried Dandelion Leaves 2 oz', 0.2, '6.99'],
          ['TRT-HRB-CHA', 'Chamomile Flowers 1.5 oz', 0.15, '6.49'],
          ['TRT-HRB-ROS', 'Rose Petals 1 oz', 0.1, '7.49'],
          ['TRT-HRB-MIX', 'Herb Garden Mix 3 oz', 0.25, '8.99'],
        ],
      ],
      [
        'Fruit & Veg',
        [
          ['TRT-FRU-APL', 'Apple Chips 3 oz', 0.25, '5.99'],
          ['TRT-VEG-CAR', 'Carrot Crisps 3 oz', 0.25, '5.49'],
          ['TRT-FRU-CRN', 'Cranberry Bites 2 oz', 0.2, '6.29'],
          ['TRT-VEG-PEP', 'Bell Pepper Rings 2 oz', 0.2, '6.49'],
        ],
      ],
      [
        'Biscuits',
        [
          ['TRT-BIS-TIM', 'Timothy Hay Biscuits 4 oz', 0.3, '4.99'],
          ['TRT-BIS-PAR', 'Parsley Crunch Biscuits 4 oz', 0.3, '4.99'],
        ],
      ],
    ],
  ],
  [
    'Toys',
    [
      [
        'Chews',
        [
          ['TOY-CHW-WIL', 'Willow Balls (3 pack)', 0.3, '7.99'],
          ['TOY-CHW-APL', 'Apple Wood Sticks 8 oz', 0.5, '6.99'],
          ['TOY-CHW-HAY', 'Timothy Hay Cube Chew', 0.4, '4.49'],
          ['TOY-CHW-LOO', 'Loofah Slices (5 pack)', 0.2, '5.99'],
        ],
      ],
      [
        'Hideouts',
        [
          ['TOY-HID-HUT', 'Woven Hay Hut', 0.8, '14.99'],
          ['TOY-HID-TUN', 'Wooden Tunnel Bridge', 1.5, '16.99'],
          ['TOY-HID-CZY', 'Fleece Cozy Bed', 0.6, '19.99'],
          ['TOY-HID-CRN', 'Corner Hideout with Curtain', 0.9, '22.99'],
        ],
      ],
      [
        'Enrichment',
        [
          ['TOY-ENR-FOR', 'Fleece Foraging Mat', 0.7, '18.99'],
          ['TOY-ENR-BOX', 'Treat Puzzle Box', 0.6, '12.99'],
        ],
      ],
    ],
  ],
  [
    'Food & Vitamins',
    [
      [
        'Pellets',
        [
          ['FOD-PEL-TIM-5LB', 'Timothy Pellets 5 lb', 5, '17.99'],
          ['FOD-PEL-TIM-10LB', 'Timothy Pellets 10 lb', 10, '31.99'],
          ['FOD-PEL-ALF-5LB', 'Young Guinea Pig Alfalfa Pellets 5 lb', 5, '18.99'],
        ],
      ],
      [
        'Vitamin C',
        [
          ['VIT-C-TAB', 'Vitamin C Chewable Tablets (60)', 0.2, '9.99'],
          ['VIT-C-DRP', 'Vitamin C Drops 1 fl oz', 0.15, '8.49'],
        ],
      ],
      [
        'Supplements',
        [
          ['VIT-PRO-2OZ', 'Probiotic Powder 2 oz', 0.2, '14.99'],
          ['VIT-JNT-30', 'Joint Support Chews (30)', 0.3, '16.49'],
        ],
      ],
      [
        'Bowls & Bottles',
        [
          ['FOD-BWL-CER', 'Ceramic Food Bowl', 1.1, '9.99'],
          ['FOD-BTL-16OZ', 'Glass Water Bottle 16 oz', 0.9, '13.99'],
          ['FOD-RCK-HAY', 'Wall-Mount Hay Rack', 1.3, '15.99'],
        ],
      ],
    ],
  ],
];

/** EAN-13: weights 1,3,1,3… over the first twelve digits; the check digit tops the sum up to a multiple of 10. */
export function ean13CheckDigit(first12: string): number {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

const ean13 = (n: number) => {
  const first12 = `0860004${String(n).padStart(5, '0')}`;
  return `${first12}${ean13CheckDigit(first12)}`;
};

/** One aisle per category, three shelves per bay, in catalogue order. */
export const DEMO_CATALOG: DemoProduct[] = SHELVES.flatMap(([category, subcategories], aisle) =>
  subcategories
    .flatMap(([subcategory, rows]) => rows.map((row) => ({ subcategory, row })))
    .map(({ subcategory, row: [sku, title, weightLb, price] }, place) => ({
      sku,
      title,
      category,
      subcategory,
      weightLb,
      price,
      binLocation: `${String.fromCharCode(65 + aisle)}-${Math.floor(place / 3) + 1}-${(place % 3) + 1}`,
    })),
).map((product, i) => ({ ...product, barcode: ean13(10_001 + i) }));

export const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chen',
  'Dana',
  'Elijah',
  'Fatima',
  'Grace',
  'Hiro',
  'Isabel',
  'Jamal',
  'Kara',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tariq',
  'Uma',
  'Victor',
  'Wendy',
  'Xavier',
  'Yara',
  'Zoe',
  'Emily',
  'Marcus',
  'Sofia',
  'Daniel',
];

export const LAST_NAMES = [
  'Ruiz',
  'Okafor',
  'Wei',
  'Petrov',
  'Johnson',
  'Nguyen',
  'Smith',
  'Garcia',
  'Kim',
  'Patel',
  'Brown',
  'Martinez',
  'Lee',
  'Walker',
  'Hernandez',
  'Young',
  'Clark',
  'Lopez',
  'Hill',
  'Scott',
  'Green',
  'Adams',
  'Baker',
  'Nelson',
  'Carter',
  'Mitchell',
  'Perez',
  'Roberts',
  'Turner',
  'Murphy',
];

export const STREETS = [
  'Elm St',
  'Oak Ave',
  'Maple Dr',
  'Cedar Ln',
  'Pine St',
  'Washington Ave',
  'Lake Rd',
  'Hillcrest Dr',
  'Park Pl',
  'Sunset Blvd',
  'River Rd',
  'Church St',
  'Highland Ave',
  'Meadow Ln',
  'Spring St',
  'Willow Way',
  'Forest Ave',
  'Main St',
  'Chestnut St',
  'Valley View Rd',
];

/** [city, state, ZIP] */
export const CITIES: [string, string, string][] = [
  ['Dayton', 'OH', '45402'],
  ['Austin', 'TX', '78701'],
  ['Portland', 'OR', '97205'],
  ['Madison', 'WI', '53703'],
  ['Raleigh', 'NC', '27601'],
  ['Boise', 'ID', '83702'],
  ['Tucson', 'AZ', '85701'],
  ['Burlington', 'VT', '05401'],
  ['Denver', 'CO', '80202'],
  ['Sacramento', 'CA', '95814'],
  ['Albany', 'NY', '12207'],
  ['Richmond', 'VA', '23219'],
  ['Omaha', 'NE', '68102'],
  ['Savannah', 'GA', '31401'],
  ['Ann Arbor', 'MI', '48104'],
  ['Spokane', 'WA', '99201'],
  ['Tulsa', 'OK', '74103'],
  ['Providence', 'RI', '02903'],
  ['Knoxville', 'TN', '37902'],
  ['Santa Fe', 'NM', '87501'],
];
