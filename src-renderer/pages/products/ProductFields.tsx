import type { ReactNode } from 'react';
import { Field } from '../../components/Field';
import type { Draft } from './product-draft';

type TextKey = { [K in keyof Draft]: Draft[K] extends string ? K : never }[keyof Draft];

interface Box {
  key: TextKey;
  label: string;
  hint?: string;
  /** A number box: its step, and whether it may be left empty. */
  step?: number;
  required?: boolean;
  wide?: boolean;
  mono?: boolean;
}

const GROUPS: { title: string; boxes: Box[] }[] = [
  {
    title: 'Catalogue',
    boxes: [
      { key: 'title', label: 'Title', required: true, wide: true },
      { key: 'category', label: 'Category' },
      { key: 'subcategory', label: 'Subcategory' },
      { key: 'barcode', label: 'Barcode', mono: true },
      { key: 'asin', label: 'ASIN', hint: '10 capital letters or digits.', mono: true },
    ],
  },
  {
    title: 'Shelf and reordering',
    boxes: [
      { key: 'bin_location', label: 'Bin', mono: true },
      { key: 'reorder_point', label: 'Reorder point', step: 1, required: true },
      { key: 'reorder_qty', label: 'Reorder quantity', step: 1, required: true },
      {
        key: 'safety_buffer',
        label: 'Amazon safety buffer',
        step: 1,
        hint: 'Units kept back from what Amazon may sell.',
      },
    ],
  },
  {
    title: 'Money, weight and size',
    boxes: [
      { key: 'cost', label: 'Cost', step: 0.01 },
      { key: 'price', label: 'Price', step: 0.01 },
      { key: 'weight_oz', label: 'Weight (oz)', step: 0.01 },
      { key: 'length_in', label: 'Length (in)', step: 0.01 },
      { key: 'width_in', label: 'Width (in)', step: 0.01 },
      { key: 'height_in', label: 'Height (in)', step: 0.01 },
    ],
  },
];

interface ProductFieldsProps {
  draft: Draft;
  onChange: (next: Draft) => void;
  errorOf: (field: string) => string | null;
  /** The storefront's photo address, which no form here sets. */
  photoUrl?: string | null;
  /** Boxes that come first, such as a new product's SKU. */
  children?: ReactNode;
}

/** The editor's boxes, grouped as a person thinks of a product; shared by create and edit. */
export function ProductFields({
  draft,
  onChange,
  errorOf,
  photoUrl,
  children,
}: ProductFieldsProps) {
  const set = (key: keyof Draft, value: string | boolean) => onChange({ ...draft, [key]: value });
  return (
    <>
      {GROUPS.map((group, i) => (
        <fieldset key={group.title} className="product-group">
          <legend>{group.title}</legend>
          <div className="form-grid">
            {i === 0 && children}
            {group.boxes.map((box) => (
              <Field
                key={box.key}
                label={box.label}
                hint={box.hint}
                wide={box.wide}
                error={errorOf(box.key)}
              >
                {(control) => (
                  <input
                    {...control}
                    className={box.mono ? 'input mono' : 'input'}
                    name={box.key}
                    value={draft[box.key]}
                    required={box.required}
                    {...(box.step !== undefined && {
                      type: 'number',
                      inputMode: box.step === 1 ? 'numeric' : 'decimal',
                      min: 0,
                      step: box.step,
                    })}
                    onChange={(e) => set(box.key, e.target.value)}
                  />
                )}
              </Field>
            ))}
            {i === 0 && photoUrl !== undefined && (
              <Field
                label="Photo"
                wide
                hint="Comes with the storefront feed; it cannot be changed here."
              >
                {(control) => (
                  <input {...control} className="input" readOnly value={photoUrl ?? 'None'} />
                )}
              </Field>
            )}
          </div>
          {i === 0 && (
            <div className="product-flags">
              <label className="check">
                <input
                  type="checkbox"
                  name="is_active"
                  checked={draft.is_active}
                  onChange={(e) => set('is_active', e.target.checked)}
                />
                Active
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  name="is_hazmat"
                  checked={draft.is_hazmat}
                  onChange={(e) => set('is_hazmat', e.target.checked)}
                />
                Hazmat (hazardous to ship)
              </label>
            </div>
          )}
        </fieldset>
      ))}
    </>
  );
}
