import { expect, it } from 'vitest';
import { benchFanout } from '../../src/bench/fanout-bench.js';

it('fans one transfer out to every subscriber within the enforced limit', async () => {
  const result = await benchFanout({ subscribers: 300, limitPerSec: 200 });
  expect(result).toMatchObject({ subscribers: 300, limitPerSec: 200, rateLimited429: 0, sentTwice: 0 });
  expect(result.achievedPerSec).toBeGreaterThan(100);
  // 300 messages under 200 per second take more than one second.
  expect(result.durationMs).toBeGreaterThan(1000);
}, 60_000);
