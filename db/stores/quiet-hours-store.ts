import type { BudgetDb } from '../client.js';
import { prepared } from './prepared.js';

// Chats' quiet hours. The only place that changes `quiet_hours`.

export interface QuietHours {
  /** Minutes after Astana midnight; equal start and end: none. */
  startMinute: number;
  endMinute: number;
}

/** The chat's own quiet hours, or null when it never set them (the default applies). */
export function quietHoursOf(db: BudgetDb, chatId: number): QuietHours | null {
  return (prepared(db, 'SELECT start_minute AS startMinute, end_minute AS endMinute FROM quiet_hours WHERE chat_id = ?').get(chatId) as QuietHours | undefined) ?? null;
}

export function setQuietHours(db: BudgetDb, chatId: number, hours: QuietHours): void {
  prepared(
    db,
    `INSERT INTO quiet_hours (chat_id, start_minute, end_minute) VALUES (@chatId, @startMinute, @endMinute)
     ON CONFLICT (chat_id) DO UPDATE SET start_minute = excluded.start_minute, end_minute = excluded.end_minute`,
  ).run({ chatId, ...hours });
}
