import { useState } from 'react';
import { toApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import type { PrintAnswer, TestResult } from '../../../api/types';
import { Alert } from '../../../components/Alert';

/**
 * A button that has the station print a test page with the saved printer settings, and what
 * came of it — for the printer section's extra-action and extra-message slots.
 */
export function usePrinterTest() {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);

  const print = async () => {
    setBusy(true);
    setResult(null);
    try {
      const sent = await api.post<PrintAnswer>('/admin/printer/test');
      setResult({ ok: true, message: `Test page sent to ${sent.printer} (${sent.bytes} bytes).` });
    } catch (err) {
      setResult({ ok: false, message: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  return {
    button: (
      <button className="btn" type="button" disabled={busy} onClick={print}>
        {busy ? 'Printing…' : 'Test print'}
      </button>
    ),
    message: result && <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>,
  };
}
