import { z } from 'zod';
import { rankingOn, type PriorityEntry } from '../../db/stores/catalogue-store.js';
import { formatDate } from '../../src/format/dates.js';
import { isIsoDate } from '../../src/format/iso-date.js';
import { ablative } from '../../src/i18n/kazakh-case.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localName } from '../../src/i18n/local-names.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { rankingFingerprint, newOrder, rerankPriorities } from '../../src/priorities/rerank.js';
import { bold, italic, line, type Block } from '../../src/reply/reply.js';
import { resolveOrAsk, splitTrailingDate } from '../arguments.js';
import { defineCommand, UserError } from '../command.js';

// `/rerank <area>, <area>, … [from <date>]`: a preview of the new order, then Confirm (admins only).

const TEXT = {
  ru: {
    preview: (d: string) => `Новый порядок приоритетов с ${d}:`,
    was: (n: number) => `было ${n}`,
    note: 'Остальные направления — следом, в прежнем порядке. Подписчики получат оповещение.',
    confirm: '✅ Подтвердить', cancel: '✖ Отмена',
    done: (d: string, n: number) => `✅ Приоритеты изменены с ${d}. Оповещено чатов: ${n}.`,
    changed: 'Порядок приоритетов успел измениться после предпросмотра; ничего не записано. Посмотрите /priorities и повторите.',
    cancelled: 'Изменение приоритетов отменено.',
    usage: 'Напишите направления в новом порядке через запятую, например: /rerank cybersecurity, ai-infrastructure с 01.12.2026',
    noArea: (s: string) => `Направление «${s}» не найдено. Список: /priorities`,
    alert: (d: string) => `🔀 Приоритеты изменены с ${d}:`,
  },
  kk: {
    preview: (d: string) => `${ablative(d)} бастап басымдықтардың жаңа реті:`,
    was: (n: number) => `бұрын ${n}`,
    note: 'Қалған бағыттар — бұрынғы ретімен кейін. Жазылушылар хабарлама алады.',
    confirm: '✅ Растау', cancel: '✖ Бас тарту',
    done: (d: string, n: number) => `✅ Басымдықтар ${ablative(d)} бастап өзгертілді. Хабарланған чаттар: ${n}.`,
    changed: 'Алдын ала қараудан кейін басымдықтар реті өзгеріп үлгерді; ештеңе жазылмады. /priorities қарап, қайталаңыз.',
    cancelled: 'Басымдықтарды өзгерту тоқтатылды.',
    usage: 'Бағыттарды жаңа ретімен үтір арқылы жазыңыз, мысалы: /rerank cybersecurity, ai-infrastructure 01.12.2026',
    noArea: (s: string) => `«${s}» бағыты табылмады. Тізім: /priorities`,
    alert: (d: string) => `🔀 Басымдықтар ${ablative(d)} бастап өзгертілді:`,
  },
  en: {
    preview: (d: string) => `New order of priorities from ${d}:`,
    was: (n: number) => `was ${n}`,
    note: 'The other areas follow in their present order. Subscribers will be told.',
    confirm: '✅ Confirm', cancel: '✖ Cancel',
    done: (d: string, n: number) => `✅ Priorities changed from ${d}. Chats told: ${n}.`,
    changed: 'The ranking changed after the preview; nothing was recorded. See /priorities and try again.',
    cancelled: 'The new ranking was cancelled.',
    usage: 'List the areas in their new order, separated by commas, e.g. /rerank cybersecurity, ai-infrastructure from 01.12.2026',
    noArea: (s: string) => `No area "${s}". See /priorities`,
    alert: (d: string) => `🔀 Priorities changed from ${d}:`,
  },
} satisfies Record<Lang, unknown>;

const nameOf = (a: PriorityEntry, lang: Lang) => localName({ name: a.title, nameKk: a.titleKk, nameEn: a.titleEn }, lang);

/** The alert subscribers get: the new order, one area a line. */
export function prioritiesAlert(ranking: PriorityEntry[], since: string, lang: Lang): Block[] {
  return [line(bold(TEXT[lang].alert(formatDate(since, lang)))), ...ranking.slice(0, 6).map((a) => line(`${a.rank}. ${nameOf(a, lang)}`))];
}

const FROM_WORD = /\s+(?:from|с|со|бастап)\s*$/iu;

const argsSchema = z.union([
  z.object({ action: z.literal('preview'), areas: z.array(z.string().trim().min(1).max(200)).min(1).max(50), since: z.string().refine(isIsoDate).optional() }),
  z.object({ action: z.literal('confirm'), since: z.string().refine(isIsoDate), order: z.array(z.string().max(200)).min(1).max(50), fingerprint: z.string().regex(/^[0-9a-f]{12}$/) }),
  z.object({ action: z.literal('cancel') }),
]);

export const rerankCommand = defineCommand({
  name: 'rerank',
  topic: 'changes',
  access: 'admin',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Новый порядок приоритетов (админ)', kk: 'Басымдықтардың жаңа реті (әкімші)', en: 'A new order of priorities (admin)' },
  examples: {
    ru: ['/rerank cybersecurity, ai-infrastructure с 01.12.2026'],
    kk: ['/rerank cybersecurity, ai-infrastructure 01.12.2026'],
    en: ['/rerank cybersecurity, ai-infrastructure from 01.12.2026'],
  },
  args: argsSchema,
  parse(text, context) {
    const confirm = /^\s*confirm\s+(\S+)\s+(\S+)\s+(\S+)\s*$/u.exec(text);
    if (confirm) return { action: 'confirm', since: confirm[1], order: confirm[2]!.split(','), fingerprint: confirm[3] };
    if (/^\s*cancel\s*$/u.test(text)) return { action: 'cancel' };
    const { rest, date } = splitTrailingDate(text, context.today);
    const areas = rest.replace(FROM_WORD, '').split(/\s*[,;]\s*/).map((s) => s.trim()).filter(Boolean);
    if (areas.length === 0) throw new UserError(perLang((l) => TEXT[l].usage));
    return { action: 'preview', areas, ...(date ? { since: date } : {}) };
  },
  run(args, context) {
    const { services, lang, today } = context;
    const t = TEXT[lang];
    if (args.action === 'cancel') return { blocks: [line(t.cancelled)], replacesOrigin: true, data: { state: 'cancelled' } };
    if (args.action === 'confirm') {
      const outcome = rerankPriorities(services.db, { order: args.order, since: args.since, fingerprint: args.fingerprint, now: services.now(), alert: prioritiesAlert });
      if (outcome.kind === 'changed') throw new UserError(perLang((l) => TEXT[l].changed));
      services.outbox?.wake();
      return { blocks: [line(t.done(formatDate(args.since, lang), outcome.notified))], replacesOrigin: true, data: { ranking: outcome.ranking } };
    }
    const since = args.since ?? today;
    const ids = args.areas.map((words) => resolveOrAsk(context, 'priority', words, (id) => `/rerank ${args.areas.map((w) => (w === words ? id : w)).join(', ')} ${since}`, (s, l) => TEXT[l].noArea(s)).id);
    const current = rankingOn(services.db, since);
    const ranking = newOrder(current, [...new Set(ids)]);
    const wasRank = new Map(current.map((a) => [a.id, a.rank]));
    const blocks: Block[] = [
      line(bold(t.preview(formatDate(since, lang)))),
      ...ranking.slice(0, 6).map((a) => line(`${a.rank}. ${nameOf(a, lang)}`, ...(wasRank.get(a.id) !== a.rank ? [italic(` (${t.was(wasRank.get(a.id)!)})`)] : []))),
      line(t.note),
    ];
    const confirm = `/rerank confirm ${since} ${ranking.map((a) => a.id).join(',')} ${rankingFingerprint(current)}`;
    return { blocks, buttons: [[{ label: t.confirm, action: confirm }, { label: t.cancel, action: '/rerank cancel' }]], data: { since, ranking } };
  },
});
