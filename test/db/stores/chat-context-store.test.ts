import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../db/client.js';
import { chatContextOf, flushChatContexts, rememberChatContext } from '../../../db/stores/chat-context-store.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
});
afterEach(() => t.close());

const row = (chatId: number, userId: number, intent: string, savedAt = '2026-11-30T06:00:00.000Z') => ({ chatId, userId, intent, args: '{}', subject: null, savedAt });
const stored = () => t.db.$client.prepare('SELECT chat_id AS chatId, user_id AS userId, intent FROM chat_contexts ORDER BY chat_id, user_id').all();

it('answers from what waits to be written, and writes it in one go', () => {
  rememberChatContext(t.db, row(1, 10, 'spent'));
  rememberChatContext(t.db, row(1, 11, 'balance'));
  rememberChatContext(t.db, row(1, 10, 'execution'));
  expect(chatContextOf(t.db, 1, 10)?.intent).toBe('execution');
  expect(stored()).toEqual([]);
  flushChatContexts(t.db);
  expect(stored()).toEqual([
    { chatId: 1, userId: 10, intent: 'execution' },
    { chatId: 1, userId: 11, intent: 'balance' },
  ]);
  expect(chatContextOf(t.db, 1, 11)?.intent).toBe('balance');
});

it('writes what waits when the connection closes, so a restart remembers it', () => {
  rememberChatContext(t.db, row(2, 20, 'spent'));
  closeDatabase(t.db);
  t.db = openDatabase(t.path);
  expect(chatContextOf(t.db, 2, 20)?.intent).toBe('spent');
});

it('forgets conversations a day older than the newest', () => {
  rememberChatContext(t.db, row(3, 30, 'spent', '2026-11-28T06:00:00.000Z'));
  flushChatContexts(t.db);
  rememberChatContext(t.db, row(4, 40, 'spent', '2026-11-30T06:00:00.000Z'));
  flushChatContexts(t.db);
  expect(chatContextOf(t.db, 3, 30)).toBeNull();
  expect(chatContextOf(t.db, 4, 40)?.intent).toBe('spent');
});

it('keeps what it could not write on a read-only database, and closing does not fail', () => {
  closeDatabase(t.db);
  t.db = openDatabase(t.path, { readOnly: true });
  rememberChatContext(t.db, row(5, 50, 'spent'));
  expect(() => flushChatContexts(t.db)).toThrow();
  expect(chatContextOf(t.db, 5, 50)?.intent).toBe('spent');
});
