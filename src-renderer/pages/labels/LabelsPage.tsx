import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { ListField, parseList } from '../../components/ListField';
import { useAction } from '../../hooks/useAction';
import * as devices from '../../../src-main/contract/devices';

const FIELDS = ['skus', 'bins', 'copies'];

export function LabelsPage() {
  const [skus, setSkus] = useState('');
  const [bins, setBins] = useState('');
  const [copies, setCopies] = useState('1');
  const [sent, setSent] = useState<string | null>(null);
  const action = useAction(FIELDS);

  const print = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    await action.run(async () => {
      const answer = await api.call(devices.printLabels, {
        body: {
          skus: parseList(skus),
          bins: parseList(bins),
          copies: Number(copies),
        },
      });
      setSent(
        `Sent ${answer.labels} label${answer.labels === 1 ? '' : 's'} to ${answer.printer} (${answer.bytes} bytes).`,
      );
    });
  };

  return (
    <>
      <header className="page-header">
        <h1>Labels</h1>
        <p>Product and shelf labels on the receipt printer, each with its code as a barcode.</p>
      </header>
      <section className="card" aria-labelledby="labels-title">
        <h2 id="labels-title">Print labels</h2>
        <p className="card-intro">
          A SKU label shows the product’s title; a bin label shows the bin. At most 200 labels at a
          time.
        </p>
        <form className="form" onSubmit={print}>
          <div className="form-grid">
            <ListField
              label="SKUs"
              hint="One per line, or separated by commas."
              name="skus"
              rows={5}
              mono
              value={skus}
              onChange={setSkus}
              error={action.fieldError('skus')}
            />
            <ListField
              label="Bins"
              hint="For shelf labels, e.g. A-5."
              name="bins"
              rows={5}
              mono
              value={bins}
              onChange={setBins}
              error={action.fieldError('bins')}
            />
            <Field label="Copies of each" error={action.fieldError('copies')}>
              {(control) => (
                <input
                  {...control}
                  className="input narrow"
                  type="number"
                  name="copies"
                  min={1}
                  max={50}
                  step={1}
                  required
                  value={copies}
                  onChange={(e) => setCopies(e.target.value)}
                />
              )}
            </Field>
          </div>
          {action.formError && <Alert tone="error">{action.formError}</Alert>}
          {sent && <Alert tone="success">{sent}</Alert>}
          <div className="actions">
            <button className="btn btn-primary" type="submit" disabled={action.busy}>
              {action.busy ? 'Printing…' : 'Print labels'}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
