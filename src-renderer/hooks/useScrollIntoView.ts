import { useEffect, useRef } from 'react';

/** A ref for a card opened below a list: the card scrolls to the top of the view when it mounts. */
export function useScrollIntoView<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Braces: newer browsers return a promise from scrollIntoView, and React would call it on unmount.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return ref;
}
