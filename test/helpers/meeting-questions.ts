// Realistic meeting questions with the figures a right answer must contain (test/fixtures/meeting):
// each goes through the one way in (`handleMessage`, as `ask --json` does) in a chat of its own,
// after the lines it follows up on, and the reply's text is checked.
import { readFileSync } from 'node:fs';
import type { Services } from '../../commands/command.js';
import { handleMessage } from '../../src/conversation/handle-message.js';
import { formatMoneyExact, formatMoneyShort, formatNumber } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { replyToPlainText } from '../../src/render/plain-text.js';

export interface MeetingQuestion {
  category: string;
  lang: Lang;
  q: string;
  amounts?: number[];
  names?: string[];
  notFound?: boolean;
  before?: string[];
}

export const loadQuestions = (url: URL): MeetingQuestion[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as MeetingQuestion);

const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** Whether the reply states an amount: tenge exactly or rounded as replies round it, or a percentage. */
function states(text: string, amount: number, lang: Lang): boolean {
  const body = squash(text);
  const forms = Number.isInteger(amount) && Math.abs(amount) >= 1000
    ? [formatMoneyExact(amount, lang), formatMoneyShort(amount, lang), formatMoneyExact(amount, 'ru'), formatMoneyShort(amount, 'en')]
    : [formatNumber(amount, lang, 1), formatNumber(amount, 'ru', 1), formatNumber(amount, 'en', 1)];
  // A count or a percentage stands alone: the 4 of "₸133.4 mn" or "1 of 6" is no answer of 4.
  const alone = (form: string) => new RegExp(`(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`, 'u').test(body);
  return forms.some((form) => (Math.abs(amount) >= 1000 ? body.includes(squash(form)) : alone(squash(form))));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Verdict {
  question: MeetingQuestion;
  ok: boolean;
  why: string;
  reply: string;
}

// A chat of its own for each question, numbered per database from 1 000 (the users a test grants
// access to): a file that scores many programmes does not run out of granted ids.
const nextChat = new WeakMap<Services, number>();

export async function ask(services: Services, question: MeetingQuestion): Promise<Verdict> {
  const chatId = nextChat.get(services) ?? 1_000;
  nextChat.set(services, chatId + 1);
  const user = { id: chatId, name: 'Official', languageCode: question.lang };
  for (const line of question.before ?? []) await handleMessage({ text: line, user, chat: { id: chatId, kind: 'private' } }, services);
  const outcome = await handleMessage({ text: question.q, user, chat: { id: chatId, kind: 'private' } }, services);
  // A long breakdown comes in pages: an official reads on by pressing Next, and so does this check.
  let reply = replyToPlainText(outcome.reply);
  let shown = outcome.reply;
  for (let pages = 1; pages < 6; pages++) {
    const next = shown.buttons?.flat().find((b) => /›$/u.test(b.label));
    if (!next) break;
    shown = (await handleMessage({ text: next.action, user, chat: { id: chatId, kind: 'private' }, via: 'button' }, services)).reply;
    reply += `\n${replyToPlainText(shown)}`;
  }
  const missing: string[] = [];
  for (const amount of question.amounts ?? []) if (!states(reply, amount, question.lang)) missing.push(String(amount));
  for (const name of question.names ?? []) if (!squash(reply).toLowerCase().includes(squash(name).toLowerCase())) missing.push(`«${name}»`);
  if (question.notFound) {
    // Said it is not there, and gave no figures about something else.
    const saidSo = outcome.reply.data.notFound === true;
    if (!saidSo || /₸/.test(reply)) missing.push('a plain "not found"');
  }
  return { question, ok: missing.length === 0, why: missing.length ? `missing ${missing.join(', ')} (intent ${outcome.intent ?? '—'})` : '', reply };
}

export interface Score {
  byLang: Record<string, { ok: number; total: number }>;
  failures: Verdict[];
}

export async function score(services: Services, questions: MeetingQuestion[]): Promise<Score> {
  const byLang: Score['byLang'] = {};
  const failures: Verdict[] = [];
  for (const question of questions) {
    const verdict = await ask(services, question);
    const slot = (byLang[question.lang] ??= { ok: 0, total: 0 });
    slot.total += 1;
    if (verdict.ok) slot.ok += 1;
    else failures.push(verdict);
  }
  return { byLang, failures };
}

export function report(name: string, result: Score): string {
  const parts = Object.entries(result.byLang).map(([lang, s]) => `${lang} ${s.ok}/${s.total} (${((s.ok / s.total) * 100).toFixed(1)} %)`);
  const lines = [`${name}: ${parts.join(', ')}`];
  for (const f of result.failures) lines.push(`  ✗ [${f.question.lang}] ${f.question.before ? `${f.question.before.join(' / ')} → ` : ''}${f.question.q}: ${f.why}\n      ${f.reply.split('\n').slice(0, 4).join(' | ')}`);
  return lines.join('\n');
}
