import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { PrintAnswer } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/useAction';

const FIELDS = ['skus', 'bins', 'copies'];

/** Codes as pasted from a spreadsheet or typed: one per line, or separated by commas or spaces. */
const codes = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

interface CodesFieldProps {
  label: string;
  hint: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

/** A box of codes to print, pasted or typed, never auto-corrected. */
function CodesField({ label, hint, name, value, onChange, error }: CodesFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          className="textarea mono"
          name={name}
          rows={5}
          spellCheck={false}
          autoCapitalize="none"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

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
      const answer = await api.post<PrintAnswer & { labels: number }>('/labels', {
        skus: codes(skus),
        bins: codes(bins),
        copies: Number(copies),
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
            <CodesField
              label="SKUs"
              hint="One per line, or separated by commas."
              name="skus"
              value={skus}
              onChange={setSkus}
              error={action.fieldError('skus')}
            />
            <CodesField
              label="Bins"
              hint="For shelf labels, e.g. A-5."
              name="bins"
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
