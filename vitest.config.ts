import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native modules (better-sqlite3, resvg) are safest in separate processes.
    pool: 'forks',
    // Vitest leaves a core free by default, which on the 2-core CI machine ran every file one after
    // another (the unseen-programme sets alone take over three minutes): two at once halve the wall time.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
