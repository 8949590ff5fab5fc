import { useEffect, useState, type ReactNode } from 'react';
import { ScanBuffer, type ScanBufferOptions } from './scan-buffer';
import { ScanHub, ScannerContext } from './scanner-context';

const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'email',
  'number',
  'tel',
  'url',
  'password',
]);

/**
 * A focused text field that is not marked `data-scan-target` is where someone is deliberately
 * typing (or scanning into, e.g. a search box); its keys are left alone.
 */
function isPlainTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target.closest('[data-scan-target]')) return false;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLTextAreaElement || target.isContentEditable;
}

/**
 * Reads keyboard-wedge guns for every screen. Serial guns are the station's: their scans reach
 * the screens that want them over the station's event stream, in the desktop window as in a browser.
 */
export function ScannerProvider({
  children,
  ...options
}: ScanBufferOptions & { children: ReactNode }) {
  const [hub] = useState(() => new ScanHub());
  const { minLength, maxGapMs, terminator } = options;

  useEffect(() => {
    const buffer = new ScanBuffer({ minLength, maxGapMs, terminator });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.ctrlKey || event.altKey || event.metaKey) {
        buffer.reset();
        return;
      }
      if (isPlainTextField(event.target)) {
        buffer.reset();
        return;
      }
      const code = buffer.push(event.key, event.timeStamp);
      if (code === null) return;
      // The terminator would otherwise press a focused button or submit a form.
      event.preventDefault();
      event.stopPropagation();
      hub.emit({ code, source: 'keyboard' });
    };
    // Capture, so a scan is seen before any handler on the page can swallow the keys.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [hub, minLength, maxGapMs, terminator]);

  return <ScannerContext value={hub}>{children}</ScannerContext>;
}
