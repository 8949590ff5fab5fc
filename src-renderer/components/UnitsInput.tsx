import type { ControlProps } from './Field';

interface UnitsInputProps {
  control: ControlProps;
  name: string;
  /** 0 for a count (an empty shelf is an answer), 1 for units to add or take off. */
  min: 0 | 1;
  value: string;
  onChange: (value: string) => void;
}

/** Whole units, with the number pad on a phone. */
export function UnitsInput({ control, name, min, value, onChange }: UnitsInputProps) {
  return (
    <input
      {...control}
      className="input"
      type="number"
      inputMode="numeric"
      min={min}
      step={1}
      required
      name={name}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
