import type { BudgetDb } from '../../db/client.js';
import { holdInQuietHours } from '../../db/stores/outbox-store.js';
import { quietHoursOf, setQuietHours, type QuietHours } from '../../db/stores/quiet-hours-store.js';
import { astanaMinuteOfDay, parseClock } from '../schedule/astana-clock.js';

/** What a subscriber gets until they choose: nothing pushed 22:00–08:00 Astana time but urgent alerts. */
export const DEFAULT_QUIET_HOURS: QuietHours = { startMinute: 22 * 60, endMinute: 8 * 60 };

/** Pushed kinds that wait out quiet hours; urgent ones (a reserve below its threshold) and replies do not. */
export const HELD_KINDS = ['transfer-alert', 'watch-alert', 'priorities-alert'] as const;

/** A chat that starts getting pushed messages gets the default quiet hours, unless it set its own. */
export function ensureQuietHours(db: BudgetDb, chatId: number, defaults: QuietHours | null): void {
  if (defaults && !quietHoursOf(db, chatId)) setQuietHours(db, chatId, defaults);
}

/**
 * Holds the messages queued after `afterId` for chats now inside their quiet hours until those end.
 * Call it in the transaction that queued them.
 */
export function applyQuietHours(db: BudgetDb, afterId: number, now: Date): number {
  // The same window as windowEnd (src/schedule/astana-clock.ts), decided in SQL for all chats at once.
  return holdInQuietHours(db, { afterId, kinds: HELD_KINDS, minuteOfDay: astanaMinuteOfDay(now), minuteStart: Math.floor(now.getTime() / 60_000) * 60_000 });
}

/** `22:00-08:00` → those hours; `off` → none (the QUIET_HOURS setting, validated by the config). */
export function quietHoursSetting(text: string): QuietHours | null {
  if (text === 'off') return null;
  const [start, end] = text.split('-').map(parseClock);
  return start === null || end === null || start === undefined || end === undefined ? DEFAULT_QUIET_HOURS : { startMinute: start, endMinute: end };
}
