import type { FormEvent, Ref } from 'react';
import { Field } from '../../components/Field';
import { CARRIERS } from './packing-logic';

export interface ShipDraft {
  carrier: string;
  tracking: string;
  weight: string;
  cost: string;
}

interface ShipFormProps {
  draft: ShipDraft;
  onChange: (draft: ShipDraft) => void;
  onSubmit: () => void;
  busy: boolean;
  fieldError: (field: string) => string | null;
  trackingRef: Ref<HTMLInputElement>;
}

/**
 * Carrier, tracking, weight and cost. The tracking field takes a scan of the label
 * (`data-scan-target`); the scan's Enter ships, as a typed Enter does in any field.
 */
export function ShipForm({
  draft,
  onChange,
  onSubmit,
  busy,
  fieldError,
  trackingRef,
}: ShipFormProps) {
  const set = (change: Partial<ShipDraft>) => onChange({ ...draft, ...change });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="ship-form" aria-label="Ship" onSubmit={submit} noValidate>
      <Field label="Carrier" error={fieldError('carrier')}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={draft.carrier}
            onChange={(e) => set({ carrier: e.target.value })}
          >
            {CARRIERS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Tracking number"
        error={fieldError('tracking_number')}
        hint="Type or scan the label"
      >
        {(control) => (
          <input
            {...control}
            ref={trackingRef}
            className="input mono"
            data-scan-target
            autoComplete="off"
            spellCheck={false}
            value={draft.tracking}
            onChange={(e) => set({ tracking: e.target.value })}
          />
        )}
      </Field>
      <Field label="Weight (oz)" error={fieldError('weight_oz')}>
        {(control) => (
          <input
            {...control}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={draft.weight}
            onChange={(e) => set({ weight: e.target.value })}
          />
        )}
      </Field>
      <Field label="Cost ($)" error={fieldError('shipping_cost')}>
        {(control) => (
          <input
            {...control}
            className="input"
            inputMode="decimal"
            autoComplete="off"
            value={draft.cost}
            onChange={(e) => set({ cost: e.target.value })}
          />
        )}
      </Field>
      <button className="btn btn-primary ship-submit" type="submit" disabled={busy}>
        {busy ? 'Shipping…' : 'Ship order'}
        <kbd className="kbd kbd-on-primary" aria-hidden="true">
          Enter
        </kbd>
      </button>
    </form>
  );
}
