import type { Period } from '../queries/budget-query.js';

/** The days a digest covers: from the day of its last slot to the day before this slot (at least one day). */
export function digestPeriod(fromDay: string, slotDay: string): Extract<Period, { kind: 'range' }> {
  const dayBefore = new Date(Date.parse(`${slotDay}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const to = dayBefore < fromDay ? fromDay : dayBefore;
  return { kind: 'range', from: fromDay, to, grain: fromDay === to ? 'day' : 'days' };
}
