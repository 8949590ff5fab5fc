import { useContext, useEffect, useEffectEvent, useRef } from 'react';
import type { ScanTerminator } from '../../api/types';
import { ScanBuffer } from '../../hooks/scan-buffer';
import { ScannerContext } from '../../hooks/scanner-context';

/**
 * A second, more patient reading of the keyboard. The shared reader wants every key of a burst
 * within a few tens of ms; while this screen re-renders and repaints after a scan, a slow desk
 * PC can deliver a gun's keys further apart, and the shared reader then hears only the tail of
 * the code, or nothing. On this screen nobody types into the page itself, so a burst of 4+
 * keys ending in Enter with gaps under PATIENT_GAP_MS is a scan too.
 */
const PATIENT_GAP_MS = 120;
/** A person typing a code off a label: slower than any gun, a key at least every 1.5 s. */
const TYPED_GAP_MS = 1500;

function isPlainTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement) || target.closest('[data-scan-target]')) return false;
  return (
    (target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio') ||
    target instanceof HTMLTextAreaElement ||
    target.isContentEditable
  );
}

/**
 * Calls `onScan` once per keyboard-wedge barcode read while the packing desk is open: from the
 * shared scanner hub, completed by the patient reading above when the hub missed the start of a
 * burst or all of it. A code typed at the page by hand and closed with Enter, too slow to be any
 * gun's, goes to `onTyped` instead of nowhere. Serial guns come in through `useSerialScans`.
 */
export function useDeskScans(
  onScan: (code: string) => void,
  onTyped: (code: string) => void,
  { minLength = 4, terminator = 'enter' }: { minLength?: number; terminator?: ScanTerminator } = {},
): void {
  const handle = useEffectEvent(onScan);
  const handleTyped = useEffectEvent(onTyped);
  const fromHub = useRef<string | null>(null);

  const hub = useContext(ScannerContext);

  useEffect(
    () =>
      hub?.subscribe(({ code }) => {
        fromHub.current = code;
      }),
    [hub],
  );

  useEffect(() => {
    const patient = new ScanBuffer({ minLength, maxGapMs: PATIENT_GAP_MS, terminator });
    const person = new ScanBuffer({ minLength, maxGapMs: TYPED_GAP_MS, terminator });
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || isPlainTextField(event.target)) {
        patient.reset();
        person.reset();
        return;
      }
      if (event.repeat) return;
      const long = patient.push(event.key, event.timeStamp);
      const typed = person.push(event.key, event.timeStamp);
      if (event.key !== (terminator === 'tab' ? 'Tab' : 'Enter')) return;
      // This key ends a code: it must not also press a focused button or submit a form.
      if (long !== null || typed !== null) event.preventDefault();
      // The hub hears the same keydown; decide once both have had their say.
      clearTimeout(settle);
      settle = setTimeout(() => {
        const short = fromHub.current;
        fromHub.current = null;
        const code = long !== null && (short === null || long.endsWith(short)) ? long : short;
        if (code !== null) handle(code);
        else if (typed !== null) handleTyped(typed);
      }, 0);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      clearTimeout(settle);
    };
  }, [minLength, terminator]);
}
