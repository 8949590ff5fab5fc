import { useId, useState } from 'react';

interface QtyStepperProps {
  label: string;
  value: number;
  max: number;
  onChange: (value: number) => void;
}

/** Big − and + for one thumb, with the number itself typeable for large quantities. */
export function QtyStepper({ label, value, max, onChange }: QtyStepperProps) {
  const id = useId();
  // What is being typed, which may be briefly empty or out of range; the value stays valid.
  const [draft, setDraft] = useState<string | null>(null);
  const set = (n: number) => {
    setDraft(null);
    onChange(Math.min(max, Math.max(1, n)));
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
          disabled={value <= 1}
          onClick={() => set(value - 1)}
        >
          −
        </button>
        <input
          id={id}
          className="input stepper-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={draft ?? value}
          onChange={(e) => {
            const n = Number(e.target.value);
            if (Number.isInteger(n) && n >= 1 && n <= max) set(n);
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
        {max} left to pick{draft !== null ? ` — enter 1 to ${max}` : ''}
      </span>
    </div>
  );
}
