const MINUTE = 60_000;

/** "just now", "5 min ago", "3 h ago", else the date: how long ago something ran, at a glance. */
export function timeAgo(iso: string, now: number): string {
  const then = Date.parse(iso);
  const ago = now - then;
  if (ago < MINUTE) return 'just now';
  if (ago < 60 * MINUTE) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < 24 * 60 * MINUTE) return `${Math.floor(ago / (60 * MINUTE))} h ago`;
  return `on ${new Date(then).toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}`;
}

export const clockTime = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
