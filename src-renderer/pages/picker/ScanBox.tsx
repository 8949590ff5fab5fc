import { useRef, useState, type FormEvent } from 'react';
import { useScanner } from '../../hooks/useScanner';

/**
 * Where codes come in: typed here and submitted, or read by a gun anywhere on the page (its
 * Enter never submits this form; the characters it typed here are cleared with it).
 */
export function ScanBox({
  onCode,
  label = 'Scan or type a SKU or barcode',
  placeholder = 'Scan or type SKU, bin, name',
}: {
  onCode: (code: string) => void;
  /** What the box asks for, read aloud; the screens after the pick list ask for bins too. */
  label?: string;
  placeholder?: string;
}) {
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useScanner(({ code }) => {
    const field = input.current;
    // On a busy page the gun's first keys can arrive too far apart to count as part of its
    // burst; when they landed here, the whole code the picker sees in the box is the scan.
    const typed = field && document.activeElement === field ? field.value.trim() : '';
    setValue('');
    onCode(typed.endsWith(code) ? typed : code);
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim();
    if (!code) return;
    setValue('');
    onCode(code);
  };

  return (
    <form className="scan-box" role="search" onSubmit={submit}>
      <input
        ref={input}
        className="input scan-input"
        data-scan-target
        aria-label={label}
        placeholder={placeholder}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button className="btn btn-primary scan-go" type="submit">
        Find
      </button>
    </form>
  );
}
