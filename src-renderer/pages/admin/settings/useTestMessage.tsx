import { useState } from 'react';
import { toApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import type { NotifyChannel, TestResult } from '../../../api/types';
import { Alert } from '../../../components/Alert';

const LABELS: Record<NotifyChannel, string> = { email: 'Send test email', sms: 'Send test SMS' };

/**
 * A button that asks the station to send a test email or SMS with the saved settings, and the
 * station's answer — for a settings section's extra-action and extra-message slots.
 */
export function useTestMessage(channel: NotifyChannel) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);

  const send = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await api.post<TestResult>('/admin/email-settings/test', { channel }));
    } catch (err) {
      setResult({ ok: false, message: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  return {
    button: (
      <button className="btn" type="button" disabled={busy} onClick={send}>
        {busy ? 'Sending…' : LABELS[channel]}
      </button>
    ),
    message: result && <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>,
  };
}
