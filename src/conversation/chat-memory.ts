import { z } from 'zod';
import type { Services } from '../../commands/command.js';
import { chatContextOf, rememberChatContext } from '../../db/stores/chat-context-store.js';
import type { PreviousQuestion, Subject } from '../language/index.js';

// What each person last asked in each chat, so a follow-up ("а в апреле?") can change one part of
// it. A question older than a quarter of an hour is not continued: the meeting has moved on.

export const FOLLOW_UP_WINDOW_MS = 15 * 60_000;

const subjectSchema = z.object({ kind: z.enum(['project', 'source', 'area', 'administrator', 'status']), id: z.string().max(500) });
const argsSchema = z.record(z.string(), z.unknown());

/** The question asked before, if it is fresh; nothing when there is none or it cannot be read. */
export function previousQuestion(services: Services, chatId: number, userId: number): PreviousQuestion | undefined {
  try {
    const row = chatContextOf(services.db, chatId, userId);
    if (!row) return undefined;
    const age = services.now().getTime() - Date.parse(row.savedAt);
    if (!(age >= 0 && age <= FOLLOW_UP_WINDOW_MS)) return undefined;
    const args = argsSchema.safeParse(JSON.parse(row.args));
    const subject = row.subject === null ? undefined : subjectSchema.safeParse(JSON.parse(row.subject));
    if (!args.success) return undefined;
    return { intent: row.intent, args: args.data, ...(subject?.success ? { subject: subject.data } : {}) };
  } catch (error) {
    services.log.warn({ err: error }, 'the previous question could not be read');
    return undefined;
  }
}

/** Remembers an answered question for follow-ups. */
export function rememberQuestion(services: Services, chatId: number, userId: number, question: { intent: string; args: Record<string, unknown>; subject?: Subject }): void {
  rememberChatContext(services.db, {
    chatId,
    userId,
    intent: question.intent,
    args: JSON.stringify(question.args),
    subject: question.subject ? JSON.stringify(question.subject) : null,
    savedAt: services.now().toISOString(),
  });
}
