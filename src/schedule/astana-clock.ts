// Wall-clock arithmetic in Astana time (UTC+5 all year since March 2024; no daylight saving).

export const ASTANA_UTC_OFFSET_MINUTES = 5 * 60;
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** Minutes after Astana midnight of an instant. */
export function astanaMinuteOfDay(instant: Date): number {
  return Math.floor(instant.getTime() / MINUTE + ASTANA_UTC_OFFSET_MINUTES) % DAY_MINUTES;
}

/** `08:30` → 510; null for anything that is not a time of day. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** 510 → `08:30`. */
export const formatClock = (minuteOfDay: number): string =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/**
 * When the window [start, end) that holds `instant` ends, or null when the instant is outside it.
 * A window may cross midnight (22:00–08:00); equal start and end is no window at all.
 */
export function windowEnd(instant: Date, startMinute: number, endMinute: number): Date | null {
  if (startMinute === endMinute) return null;
  const now = astanaMinuteOfDay(instant);
  const inside = startMinute < endMinute ? now >= startMinute && now < endMinute : now >= startMinute || now < endMinute;
  if (!inside) return null;
  const untilEnd = (endMinute - now + DAY_MINUTES) % DAY_MINUTES;
  const startOfMinute = Math.floor(instant.getTime() / MINUTE) * MINUTE;
  return new Date(startOfMinute + untilEnd * MINUTE);
}
