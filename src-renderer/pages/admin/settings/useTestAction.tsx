import { useState } from 'react';
import { toApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import type { NotifyChannel, TestResult } from '../../../api/types';
import { Alert } from '../../../components/Alert';
import * as settingsApi from '../../../../src-main/contract/settings';
import * as devices from '../../../../src-main/contract/devices';

/**
 * A button that has the station try the saved settings (send a test message, print a test
 * page), and what came of it, for a settings section's extra-action and extra-message slots.
 */
function useTestAction(label: string, busyLabel: string, run: () => Promise<TestResult>) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestResult | null>(null);

  const start = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await run());
    } catch (err) {
      setResult({ ok: false, message: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  return {
    button: (
      <button className="btn" type="button" disabled={busy} onClick={start}>
        {busy ? busyLabel : label}
      </button>
    ),
    message: result && <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert>,
  };
}

const MESSAGE_LABELS: Record<NotifyChannel, string> = {
  email: 'Send test email',
  sms: 'Send test SMS',
};

export const useTestMessage = (channel: NotifyChannel) =>
  useTestAction(MESSAGE_LABELS[channel], 'Sending…', () =>
    api.call(settingsApi.testNotify, { body: { channel } }),
  );

export const usePrinterTest = () =>
  useTestAction('Test print', 'Printing…', async () => {
    const sent = await api.call(devices.printTestPage);
    return { ok: true, message: `Test page sent to ${sent.printer} (${sent.bytes} bytes).` };
  });
