import { useState } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { UnitsInput } from '../../components/UnitsInput';
import { useAction } from '../../hooks/useAction';
import * as inventory from '../../../src-main/contract/inventory';
import { signed } from './stock-labels';

/** A cycle count: what is on the shelf now; the ledger records the difference. */
export function CountForm({
  sku,
  onHand,
  onDone,
}: {
  sku: string;
  onHand: number;
  onDone: (message: string) => void;
}) {
  const [counted, setCounted] = useState('');
  const action = useAction(['counted']);
  const submit = () =>
    action.run(async () => {
      const answer = await api.call(inventory.count, {
        params: { sku },
        body: { counted: Number(counted) },
      });
      setCounted('');
      onDone(
        answer.difference === 0
          ? `Counted ${answer.quantity_after}: the ledger agreed.`
          : `Counted ${answer.quantity_after}: the ledger said ${answer.quantity_before}, so ${signed(answer.difference)} was recorded as a recount.`,
      );
    });
  return (
    <form
      className="stock-form"
      aria-label="Count"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Count</h3>
      <Field
        label="Units on the shelf"
        hint={`The ledger says ${onHand}.`}
        error={action.fieldError('counted')}
      >
        {(control) => (
          <UnitsInput
            control={control}
            name="counted"
            min={0}
            value={counted}
            onChange={setCounted}
          />
        )}
      </Field>
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      <button type="submit" className="btn btn-primary" disabled={action.busy || counted === ''}>
        Record count
      </button>
    </form>
  );
}
