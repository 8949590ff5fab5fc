import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { UnitsInput } from '../../components/UnitsInput';
import { useAction } from '../../hooks/useAction';
import * as inventory from '../../../src-main/contract/inventory';
import { ADJUST_REASONS, ADJUST_SIGN, type AdjustReason } from '../../../src-main/domain/stock';
import { REASON_LABEL, signed } from './stock-labels';

/** An adjustment with its reason; the reason decides whether units come or go, or lets you say. */
export function AdjustForm({
  sku,
  onHand,
  onDone,
}: {
  sku: string;
  onHand: number;
  onDone: (message: string) => void;
}) {
  const [reason, setReason] = useState<AdjustReason>('DAMAGE');
  const [way, setWay] = useState<'add' | 'remove'>('remove');
  const [units, setUnits] = useState('');
  const [note, setNote] = useState('');
  const action = useAction(['quantity_change', 'reason', 'type']);
  const fixed = ADJUST_SIGN[reason];
  const direction = fixed === 'either' ? way : fixed === 'up' ? 'add' : 'remove';
  const change = (direction === 'add' ? 1 : -1) * Number(units);

  const submit = () =>
    action.run(async () => {
      const answer = await api.call(inventory.adjust, {
        params: { sku },
        body: { type: reason, quantity_change: change, reason: note.trim() || undefined },
      });
      setUnits('');
      setNote('');
      onDone(
        `${signed(change)} recorded as ${REASON_LABEL[reason].toLowerCase()}: ${answer.quantity_before} → ${answer.quantity_after} on hand.`,
      );
    });

  return (
    <form
      className="stock-form"
      aria-label="Adjust"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Adjust</h3>
      <Field label="Reason" error={action.fieldError('type')}>
        {(control) => (
          <select
            {...control}
            className="select"
            name="type"
            value={reason}
            onChange={(e) => setReason(e.target.value as AdjustReason)}
          >
            {ADJUST_REASONS.map((r) => (
              <option key={r} value={r}>
                {REASON_LABEL[r]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {fixed === 'either' ? (
        <fieldset className="segmented" aria-label="Add or remove">
          {(['add', 'remove'] as const).map((w) => (
            <label key={w}>
              <input
                type="radio"
                name="way"
                value={w}
                checked={way === w}
                onChange={() => setWay(w)}
              />
              {w === 'add' ? 'Add units' : 'Remove units'}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{fixed === 'up' ? 'Adds units.' : 'Removes units.'}</p>
      )}
      <Field
        label={direction === 'add' ? 'Units to add' : 'Units to remove'}
        hint={`${onHand} on hand now.`}
        error={action.fieldError('quantity_change')}
      >
        {(control) => (
          <UnitsInput control={control} name="units" min={1} value={units} onChange={setUnits} />
        )}
      </Field>
      <Field label="Note" hint="What happened, for whoever reads the history.">
        {(control) => (
          <input
            {...control}
            className="input"
            name="note"
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      <button
        type="submit"
        className="btn btn-primary"
        disabled={action.busy || !(Number(units) > 0)}
      >
        Record adjustment
      </button>
    </form>
  );
}
