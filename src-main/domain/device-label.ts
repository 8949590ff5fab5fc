/**
 * A name a person can tell handhelds apart by. The picker screen sends `handheld-<uuid>`, made
 * once per browser: its first four hex digits tell the few phones of one warehouse apart. Any
 * other client is recorded by its user agent, which becomes "Chrome on Android" and the like.
 */
export function deviceLabel(device: string | null | undefined): string | null {
  if (!device) return null;
  const handheld = /^handheld-([0-9a-f]{4})/i.exec(device);
  if (handheld) return `Handheld ${handheld[1]!.toUpperCase()}`;
  const browser = BROWSERS.find(([pattern]) => pattern.test(device))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(device))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? device.slice(0, 40);
}

// Order matters: the window, Edge and Opera say "Chrome" too, and Chrome says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/Electron\//, 'Station window'],
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];
