import fc from 'fast-check';
import { expect, it } from 'vitest';
import { astanaMinuteOfDay, formatClock, parseClock, windowEnd } from '../../src/schedule/astana-clock.js';

it('reads and writes times of day', () => {
  expect(parseClock('08:30')).toBe(510);
  expect(parseClock('8.05')).toBe(485);
  expect(parseClock('24:00')).toBeNull();
  expect(parseClock('soon')).toBeNull();
  fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), (m) => parseClock(formatClock(m)) === m));
});

it('knows Astana time (UTC+5) and when a window across midnight ends', () => {
  expect(astanaMinuteOfDay(new Date('2026-11-30T17:00:00Z'))).toBe(22 * 60);
  // 23:30 Astana is inside 22:00–08:00, which ends at 08:00 the next morning (03:00 UTC).
  expect(windowEnd(new Date('2026-11-30T18:30:00Z'), 22 * 60, 8 * 60)?.toISOString()).toBe('2026-12-01T03:00:00.000Z');
  // 07:59 still inside, 08:00 outside, 21:59 outside.
  expect(windowEnd(new Date('2026-12-01T02:59:00Z'), 22 * 60, 8 * 60)?.toISOString()).toBe('2026-12-01T03:00:00.000Z');
  expect(windowEnd(new Date('2026-12-01T03:00:00Z'), 22 * 60, 8 * 60)).toBeNull();
  expect(windowEnd(new Date('2026-11-30T16:59:00Z'), 22 * 60, 8 * 60)).toBeNull();
  // Equal ends: no window.
  expect(windowEnd(new Date('2026-11-30T18:30:00Z'), 0, 0)).toBeNull();
});

it('every instant inside a window ends it later, within a day', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 10_000_000 }), (start, end, minutes) => {
      const instant = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000);
      const ends = windowEnd(instant, start, end);
      if (!ends) return true;
      const wait = ends.getTime() - instant.getTime();
      return wait > 0 && wait <= 24 * 3600_000 && astanaMinuteOfDay(ends) === end;
    }),
  );
});
