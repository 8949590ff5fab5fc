import { useId, useState } from 'react';

interface QtyStepperProps {
  label: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
  /** 1 for a pick; a count may find nothing on the shelf. */
  min?: number;
  /** Under the number; a pick says how many are left. */
  hint?: string;
}

/** Big − and + for one thumb, with the number itself typeable for large quantities. */
export function QtyStepper({
  label,
  value,
  max,
  onChange,
  min = 1,
  hint = `${max} left to pick`,
}: QtyStepperProps) {
  const id = useId();
  // What is being typed, which may be briefly empty or out of range; the value stays valid.
  const [draft, setDraft] = useState<string | null>(null);
  const set = (n: number) => {
    setDraft(null);
    onChange(Math.min(max, Math.max(min, n)));
  };

  return (
    <div className="stepper">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="stepper-row">
        <button
          className="btn stepper-btn"
          type="button"
          aria-label="One fewer"
          disabled={value <= min}
          onClick={() => set(value - 1)}
        >
          −
        </button>
        <input
          id={id}
          className="input stepper-input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={draft ?? value}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (e.target.value !== '' && Number.isInteger(n) && n >= min && n <= max) set(n);
            else setDraft(e.target.value);
          }}
          onBlur={() => setDraft(null)}
        />
        <button
          className="btn stepper-btn"
          type="button"
          aria-label="One more"
          disabled={value >= max}
          onClick={() => set(value + 1)}
        >
          +
        </button>
      </div>
      <span className="field-hint">
        {hint}
        {draft !== null ? ` — enter ${min} to ${max}` : ''}
      </span>
    </div>
  );
}
