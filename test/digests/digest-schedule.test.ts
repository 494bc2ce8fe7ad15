import { expect, it } from 'vitest';
import { dueSlot, nextSlot } from '../../src/digests/digest-schedule.js';
import { digestPeriod } from '../../src/digests/digest-period.js';

const weekly = { cadence: 'weekly' as const, atMinute: 8 * 60 + 30, weekday: 1 };
const lateDaily = { cadence: 'daily' as const, atMinute: 23 * 60 + 50, weekday: null };
const at = (iso: string) => new Date(iso);

it('is due at the chosen local time (Astana, UTC+5), not a second before', () => {
  const last = at('2026-11-23T03:30:00Z');
  expect(dueSlot(weekly, last, at('2026-11-30T03:29:59Z'))).toBeNull();
  expect(dueSlot(weekly, last, at('2026-11-30T03:30:00Z'))?.toISOString()).toBe('2026-11-30T03:30:00.000Z');
  expect(dueSlot(weekly, last, at('2026-11-30T09:00:00Z'))?.toISOString()).toBe('2026-11-30T03:30:00.000Z');
  expect(nextSlot(weekly, at('2026-11-30T03:30:00Z')).toISOString()).toBe('2026-12-07T03:30:00.000Z');
});

it('a late evening digest is on the Astana day, across the UTC day boundary', () => {
  // 23:50 Astana on 30 November is 18:50 UTC the same day; at 00:10 Astana (19:10 UTC) it has come.
  expect(nextSlot(lateDaily, at('2026-11-30T12:00:00Z')).toISOString()).toBe('2026-11-30T18:50:00.000Z');
  expect(dueSlot(lateDaily, at('2026-11-29T18:50:00Z'), at('2026-11-30T18:49:00Z'))).toBeNull();
  expect(dueSlot(lateDaily, at('2026-11-29T18:50:00Z'), at('2026-11-30T19:10:00Z'))?.toISOString()).toBe('2026-11-30T18:50:00.000Z');
});

it('after three weeks down, one slot is due (the latest), covering the whole gap', () => {
  const slot = dueSlot(weekly, at('2026-11-02T03:30:00Z'), at('2026-11-24T10:00:00Z'));
  expect(slot?.toISOString()).toBe('2026-11-23T03:30:00.000Z');
  expect(digestPeriod('2026-11-02', '2026-11-23')).toEqual({ kind: 'range', from: '2026-11-02', to: '2026-11-22', grain: 'days' });
  // Subscribed the same day as the slot: one day at least.
  expect(digestPeriod('2026-11-30', '2026-11-30')).toEqual({ kind: 'range', from: '2026-11-30', to: '2026-11-30', grain: 'day' });
});
