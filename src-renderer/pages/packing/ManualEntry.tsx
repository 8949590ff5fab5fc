import { useId, useState } from 'react';
import { Kbd } from './Kbd';

/**
 * A code typed by hand (a smudged barcode, a SKU off the label, a slip's number): Enter hands it
 * on like a scan. While its field has the focus no desk shortcut fires, so the P and S of
 * "TRT-BIS-PAR" are letters. It stays open for the next code until Esc or Close.
 */
export function ManualEntry({
  open,
  onOpen,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  onSubmit: (code: string) => void;
}) {
  const [code, setCode] = useState('');
  const id = useId();
  if (!open) {
    return (
      <button className="btn" type="button" aria-keyshortcuts="/" onClick={onOpen}>
        Type a code <Kbd>/</Kbd>
      </button>
    );
  }
  return (
    <form
      className="manual-entry"
      aria-label="Type a code"
      onSubmit={(event) => {
        event.preventDefault();
        const typed = code.trim();
        if (!typed) return;
        onSubmit(typed);
        setCode('');
      }}
    >
      <label className="field-label" htmlFor={id}>
        Type a code
      </label>
      <input
        id={id}
        className="input mono"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <button className="btn btn-primary" type="submit">
        Enter <Kbd>Enter</Kbd>
      </button>
      <button className="btn" type="button" onClick={onClose}>
        Close <Kbd>Esc</Kbd>
      </button>
      <span className="field-hint" id={`${id}-hint`}>
        A slip number, SKU, barcode or tracking number. Items entered here are recorded as checked
        by hand, with your name.
      </span>
    </form>
  );
}
