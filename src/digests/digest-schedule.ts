import { Cron } from 'croner';
import type { DigestCadence } from '../../db/schema.js';
import { ASTANA_UTC_OFFSET_MINUTES } from '../schedule/astana-clock.js';

// When digests are due, from croner's reading of a cron pattern in Astana time. Pure: the caller
// gives "now", so a fake clock drives it in tests.

export interface DigestTiming {
  cadence: DigestCadence;
  /** Minutes after Astana midnight. */
  atMinute: number;
  /** 0 = Sunday … 6 = Saturday (weekly). */
  weekday: number | null;
}

/** The digest's cron pattern: `30 8 * * 1` is Mondays at 08:30. */
export function digestPattern(timing: DigestTiming): string {
  const [hour, minute] = [Math.floor(timing.atMinute / 60), timing.atMinute % 60];
  return `${minute} ${hour} * * ${timing.cadence === 'weekly' ? (timing.weekday ?? 1) : '*'}`;
}

const cronOf = (timing: DigestTiming) => new Cron(digestPattern(timing), { utcOffset: ASTANA_UTC_OFFSET_MINUTES, paused: true });

/**
 * The latest slot at or before `now`, when it is later than `lastSlot`: the digest then due, covering
 * everything since `lastSlot`. Three missed weeks give one slot (the latest), never a burst.
 */
export function dueSlot(timing: DigestTiming, lastSlot: Date, now: Date): Date | null {
  const cron = cronOf(timing);
  // croner counts back from a reference (to the second, slots before it): a slot exactly at `now` has come.
  const [latest] = cron.previousRuns(1, new Date(now.getTime() + 1000));
  return latest && latest.getTime() > lastSlot.getTime() ? latest : null;
}

/** The next slot after `after`. */
export function nextSlot(timing: DigestTiming, after: Date): Date {
  return cronOf(timing).nextRun(after)!;
}
