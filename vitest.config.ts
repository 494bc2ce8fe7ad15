import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The meeting-question sets first: their two files take minutes each, and vitest otherwise starts
 * small files first (it orders by size when it has no timings, as on a fresh clone), so one of them
 * ran alone at the end.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (f: TestSpecification) => f.moduleId.includes('unseen-programmes');
    return [...sorted.filter(long), ...sorted.filter((f) => !long(f))];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native modules (better-sqlite3, resvg) are safest in separate processes.
    pool: 'forks',
    // Vitest leaves a core free by default, which on the 2-core CI machine ran every file one after
    // another (the unseen-programme sets alone take over three minutes): two at once halve the wall time.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
