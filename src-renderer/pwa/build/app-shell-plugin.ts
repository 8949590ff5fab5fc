import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { decodePng, encodePng, shrink } from './png';

const ICON_SIZES = [192, 512] as const;

/** A colour custom property of the app's stylesheet, so the installed app wears the same. */
function cssColour(css: string, property: string): string {
  const value = new RegExp(`${property}:\\s*(#[0-9a-f]{3,8})\\b`, 'i').exec(css)?.[1];
  if (!value) throw new Error(`The app shell needs ${property} as a hex colour in the stylesheet.`);
  return value;
}

function manifest(css: string) {
  return {
    name: 'Warehouse Station picker',
    short_name: 'Picker',
    description:
      'The pick list on a handheld: scan, pick, and keep picking when the station is away.',
    id: '/picker',
    start_url: '/picker',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    // The top bar's colour (as index.html's theme-color), and the page's while the app starts.
    theme_color: cssColour(css, '--nav-bg'),
    background_color: cssColour(css, '--bg'),
    icons: ICON_SIZES.map((size) => ({
      src: `/icons/icon-${size}.png`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}

/**
 * Makes the renderer an installable app shell: emits the web app manifest (colours from the
 * stylesheet) and its icons (drawn from the desktop app's icon), then builds the service worker on its own (one classic script,
 * sharing no chunk with the page) with the list of every file the build wrote to precache.
 */
export function appShell({
  icon,
  css,
  worker,
}: {
  icon: string;
  css: string;
  worker: string;
}): Plugin {
  return {
    name: 'warehouse-station:app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle() {
      const file = readFileSync(icon);
      const source = decodePng(file);
      for (const size of ICON_SIZES) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/icon-${size}.png`,
          source: size === source.width ? file : encodePng(shrink(source, size)),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(manifest(readFileSync(css, 'utf8')), null, 2),
      });
    },
    async writeBundle({ dir }, bundle) {
      const outDir = dir!;
      const version = createHash('sha256');
      const files: string[] = [];
      for (const [fileName, output] of Object.entries(bundle).sort(([a], [b]) =>
        a.localeCompare(b),
      )) {
        if (fileName.endsWith('.map')) continue;
        files.push(`/${fileName}`);
        version.update(fileName).update(output.type === 'chunk' ? output.code : output.source);
      }
      await build({
        configFile: false,
        logLevel: 'warn',
        define: {
          __APP_SHELL__: JSON.stringify({ version: version.digest('hex').slice(0, 16), files }),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          lib: {
            entry: resolve(worker),
            formats: ['iife'],
            name: 'stationWorker',
            fileName: () => 'sw.js',
          },
        },
      });
    },
  };
}
