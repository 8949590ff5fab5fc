import type { ReactNode } from 'react';

type Tone = 'error' | 'warning' | 'success' | 'info';

/** Errors interrupt a screen reader; the other tones wait their turn. */
export function Alert({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
