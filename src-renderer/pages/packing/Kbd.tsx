/** A key hint inside a button; hidden from screen readers, which hear aria-keyshortcuts. */
export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}
