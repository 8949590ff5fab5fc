import { useEffect, useEffectEvent, useRef } from 'react';
import { useScanner } from '../../hooks/useScanner';
import { ShortcutGate } from './packing-logic';

export type PackingKey =
  'print' | 'pdf' | 'pack' | 'packUnscanned' | 'ship' | 'next' | 'manual' | 'escape';

/** Longer than any gap inside a gun's burst, shorter than a person notices. */
const QUIET_MS = 90;
/** A key this soon after another is a letter of something typed by hand, not a shortcut. */
const TYPING_MS = 300;

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

function letterKey(event: KeyboardEvent): PackingKey | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'p':
      return 'print';
    case 'P':
      return event.shiftKey ? 'pdf' : 'print';
    case 'k':
      return 'pack';
    case 'K':
      return event.shiftKey ? 'packUnscanned' : 'pack';
    case 's':
    case 'S':
      return 'ship';
    case 'n':
    case 'N':
      return 'next';
    case '/':
      return 'manual';
    default:
      return null;
  }
}

/**
 * The packing desk's keys. Esc and Ctrl+Enter act at once and everywhere; single letters only
 * outside form fields, and only alone (no key just before, none quickly after): a barcode gun
 * and a person typing a code type letters too, and the P of "PK-1042" must not print a slip.
 * Codes typed by hand go in the manual entry (/), where no shortcut fires.
 */
export function usePackingKeys(onKey: (key: PackingKey) => void, enabled: boolean): void {
  const handle = useEffectEvent(onKey);
  const gate = useRef<ShortcutGate<PackingKey>>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // A completed scan means the letters before it were the gun's.
  useScanner(() => {
    gate.current?.cancel();
    clearTimeout(timer.current);
  });

  useEffect(() => {
    if (!enabled) return;
    const keys = new ShortcutGate<PackingKey>(QUIET_MS, TYPING_MS);
    gate.current = keys;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift' || event.key === 'CapsLock') return;
      if (event.key === 'Escape') {
        keys.cancel();
        handle('escape');
        return;
      }
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        keys.cancel();
        handle('pack');
        return;
      }
      // Enter, Tab, arrows: they end what was pending but are no letter of a word being typed,
      // so a shortcut right after them (Enter on a typed code, then /) still counts.
      if (event.key.length !== 1) {
        keys.cancel();
        clearTimeout(timer.current);
        return;
      }
      const key = isEditable(event.target) || event.repeat ? null : letterKey(event);
      keys.press(event.timeStamp, key);
      clearTimeout(timer.current);
      if (key === null) return;
      timer.current = setTimeout(() => {
        const due = keys.due(performance.now());
        if (due) handle(due);
      }, QUIET_MS + 5);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer.current);
      gate.current = null;
    };
  }, [enabled]);
}
