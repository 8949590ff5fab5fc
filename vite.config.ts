import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { appShell } from './src-renderer/pwa/build/app-shell-plugin';

// One config builds the three processes. `serve` is the headless station (plain Node);
// `index` is the Electron entry that wraps the same station in a window.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // keytar is an optionalDependency, which electron-vite would bundle (with a Node-ABI .node
      // file); left external, electron-builder rebuilds it for Electron like the other addons.
      externalizeDeps: { include: ['keytar'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          serve: resolve(__dirname, 'src-main/cli/serve.ts'),
          'demo-feed': resolve(__dirname, 'src-main/cli/demo-feed.ts'),
          // Worker threads (platform/worker-thread.ts finds them here by name).
          'import-worker': resolve(__dirname, 'src-main/services/storefront/import-worker.ts'),
          'pdf-worker': resolve(__dirname, 'src-main/devices/pdf/pdf-worker.ts'),
          'product-csv-worker': resolve(
            __dirname,
            'src-main/services/inventory/product-csv-worker.ts',
          ),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-preload/index.ts') },
        // Sandboxed preloads must be CommonJS, whatever the package type says.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [
      react(),
      appShell({
        icon: resolve(__dirname, 'resources/icon.png'),
        css: resolve(__dirname, 'src-renderer/styles/base.css'),
        worker: resolve(__dirname, 'src-renderer/pwa/sw.ts'),
      }),
    ],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Handhelds load this over warehouse Wi-Fi.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
    server: { proxy: { '/api': 'http://127.0.0.1:5780' } },
  },
});
