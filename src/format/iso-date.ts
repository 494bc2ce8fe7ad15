// A year of imports repeats the same few hundred dates a million times: remember the answers.
const known = new Map<string, boolean>();

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  const valid = checkIsoDate(value);
  if (known.size < 100_000 && value.length === 10) known.set(value, valid);
  return valid;
}

function checkIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ASTANA_OFFSET_MS = 5 * 3600_000;

/** The calendar date of an instant in Kazakhstan (UTC+5, no daylight saving since 2024), as YYYY-MM-DD. */
export function kazakhstanDate(instant: Date): string {
  return new Date(instant.getTime() + ASTANA_OFFSET_MS).toISOString().slice(0, 10);
}

/** An instant as Astana wall-clock time, `YYYY-MM-DD HH:MM` (label it "Astana time" where shown). */
export function astanaDateTime(instant: Date): string {
  return new Date(instant.getTime() + ASTANA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
