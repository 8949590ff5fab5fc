import { useState } from 'react';

/**
 * The station's copy of a product photo in a box of fixed size, so nothing moves when it
 * arrives. It stays invisible until it has loaded: a photo that fails leaves an empty box,
 * never a broken-image icon. No photo, no box.
 */
export function ProductPhoto({
  src,
  className,
}: {
  src: string | null | undefined;
  className: string;
}) {
  const [loaded, setLoaded] = useState(false);
  if (!src) return null;
  return (
    <span className={`photo ${className}`} aria-hidden="true">
      <img
        src={src}
        alt=""
        decoding="async"
        className={loaded ? 'is-loaded' : undefined}
        onLoad={() => setLoaded(true)}
      />
    </span>
  );
}
