import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-main/**/*.test.ts', 'src-renderer/**/*.test.ts', 'db/**/*.test.ts'],
    // Each file gets its own process: keytar and D-Bus state must not leak between files.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
