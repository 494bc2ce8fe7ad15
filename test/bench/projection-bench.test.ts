import { expect, it } from 'vitest';
import { benchProjection } from '../../src/bench/projection-bench.js';

it('benchProjection reports a positive rate', () => {
  const { scenariosPerSec } = benchProjection(0.1);
  expect(Number.isFinite(scenariosPerSec)).toBe(true);
  expect(scenariosPerSec).toBeGreaterThan(0);
});
