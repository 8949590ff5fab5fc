import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { decodePng, encodePng, shrink } from './png';

/** The navigation bar's colour (`--nav-bg` in base.css), as in index.html's theme-color. */
const THEME_COLOR = '#13233a';
/** The page background (`--bg`), shown while the installed app starts. */
const BACKGROUND_COLOR = '#eef1f5';
const ICON_SIZES = [192, 512] as const;

function manifest() {
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
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICON_SIZES.map((size) => ({
      src: `/icons/icon-${size}.png`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}

/**
 * Makes the renderer an installable app shell: emits the web app manifest and its icons (drawn
 * from the desktop app's icon), then builds the service worker on its own (one classic script,
 * sharing no chunk with the page) with the list of every file the build wrote to precache.
 */
export function appShell({ icon, worker }: { icon: string; worker: string }): Plugin {
  return {
    name: 'warehouse-station:app-shell',
    apply: 'build',
    enforce: 'post',
    generateBundle() {
      const source = decodePng(readFileSync(icon));
      for (const size of ICON_SIZES) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/icon-${size}.png`,
          source: encodePng(size === source.width ? source : shrink(source, size)),
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(manifest(), null, 2),
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
