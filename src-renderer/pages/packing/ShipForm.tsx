import type { FormEvent, Ref } from 'react';
import { CARRIERS, detectCarrier } from '../../../src-main/domain/carrier';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { carrierWarning, type ShipDraft } from './packing-logic';

export type { ShipDraft };

interface ShipFormProps {
  draft: ShipDraft;
  onChange: (draft: ShipDraft) => void;
  onSubmit: () => void;
  busy: boolean;
  fieldError: (field: string) => string | null;
  trackingRef?: Ref<HTMLInputElement>;
  /** The button: "Ship order" at the desk, "Save" when correcting a shipment. */
  submitLabel?: string;
  busyLabel?: string;
}

/**
 * Carrier, tracking, weight and cost, with a warning when the number has another carrier's
 * format. At the desk (`trackingRef`) the tracking field takes a scan of the label
 * (`data-scan-target`); the scan's Enter ships, as a typed Enter does in any field.
 */
export function ShipForm({
  draft,
  onChange,
  onSubmit,
  busy,
  fieldError,
  trackingRef,
  submitLabel = 'Ship order',
  busyLabel = 'Shipping…',
}: ShipFormProps) {
  const set = (change: Partial<ShipDraft>) => onChange({ ...draft, ...change });
  const warning = carrierWarning(draft.carrier, draft.tracking);
  const detected = warning ? detectCarrier(draft.tracking) : null;
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
            // The desk's field takes the gun's scan and ships with it; a correction is typed.
            data-scan-target={trackingRef ? true : undefined}
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
      {warning && (
        <div className="ship-carrier-warning">
          <Alert tone="warning">
            {warning} Check the label, or choose {detected}.
          </Alert>
          <button className="btn" type="button" onClick={() => set({ carrier: detected! })}>
            Use {detected}
          </button>
        </div>
      )}
      <button className="btn btn-primary ship-submit" type="submit" disabled={busy}>
        {busy ? busyLabel : submitLabel}
        <kbd className="kbd kbd-on-primary" aria-hidden="true">
          Enter
        </kbd>
      </button>
    </form>
  );
}
