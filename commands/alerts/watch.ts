import { z } from 'zod';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { insertWatch, watchesOf } from '../../db/stores/watches-store.js';
import { ensureQuietHours } from '../../src/alerts/quiet-hours.js';
import { describeWatch } from '../../src/alerts/watch-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { findAmount, parseDate, weighted } from '../../src/language/index.js';
import { line, type Block } from '../../src/reply/reply.js';
import { resolveName } from '../../src/queries/resolve-names.js';
import { resolveOrAsk } from '../arguments.js';
import { defineCommand, UserError, type CommandContext } from '../command.js';
import { defaultQuietHours } from './push-settings.js';
import { checkSubscriptionPlace } from './subscribe.js';

// `/watch reserve <source> below <amount|%>`, `/watch project <project> idle <days>`,
// `/watch execution <area|administrator> below <%> by <date>`, `/watch list`.

const KIND_WORDS: [RegExp, 'reserve' | 'idle' | 'execution'][] = [
  [/^(reserve|резерв\p{L}*)$/u, 'reserve'],
  [/^(project|проект\p{L}*|жоба\p{L}*)$/u, 'idle'],
  [/^(execution|освоени\p{L}*|игеру\p{L}*|игерілу\p{L}*)$/u, 'execution'],
];
const BELOW = /\s(?:below|under|ниже|меньше|менее|төмен|кем)\s/u;
const IDLE = /\s(?:idle|простой|простаивает|без|бос|тұрса)\s/u;
const BY = /\s(?:by|к|до|дейін|қарай)\s/u;

const TEXT = {
  ru: {
    usage: 'Напишите так: /watch reserve national-fund below 50 млрд (или 20 %), /watch project kazllm idle 30, /watch execution cybersecurity below 50 % by 31.12.2026, /watch list.',
    added: (what: string) => `👁 Слежу: ${what}. Оповещу, когда это случится. Все пороги: /watch list`,
    list: 'Пороги этого чата:',
    none: 'Порогов нет. Пример: /watch reserve national-fund below 50 млрд',
    notFound: (s: string) => `«${s}» не найдено.`,
    badDays: 'Число дней — целое от 1 до 3650, например: /watch project kazllm idle 30',
    badShare: 'Доля — от 0 до 100 %, например: below 50 %',
    badDate: 'Укажите дату, к которой нужна доля освоения: … by 31.12.2026',
  },
  kk: {
    usage: 'Былай жазыңыз: /watch reserve national-fund below 50 млрд (немесе 20 %), /watch project kazllm idle 30, /watch execution cybersecurity below 50 % by 31.12.2026, /watch list.',
    added: (what: string) => `👁 Бақылаудамын: ${what}. Бұл болғанда хабарлаймын. Барлық шектер: /watch list`,
    list: 'Осы чаттың шектері:',
    none: 'Шектер жоқ. Мысалы: /watch reserve national-fund below 50 млрд',
    notFound: (s: string) => `«${s}» табылмады.`,
    badDays: 'Күн саны — 1-ден 3650-ге дейінгі бүтін сан, мысалы: /watch project kazllm idle 30',
    badShare: 'Үлес — 0-ден 100 %-ға дейін, мысалы: below 50 %',
    badDate: 'Игеру үлесі қай күнге қажет екенін көрсетіңіз: … by 31.12.2026',
  },
  en: {
    usage: 'Write it like: /watch reserve national-fund below 50bn (or 20%), /watch project kazllm idle 30, /watch execution cybersecurity below 50% by 31.12.2026, /watch list.',
    added: (what: string) => `👁 Watching: ${what}. I'll tell you when it happens. All thresholds: /watch list`,
    list: "This chat's thresholds:",
    none: 'No thresholds. For example: /watch reserve national-fund below 50bn',
    notFound: (s: string) => `"${s}" is not there.`,
    badDays: 'The days are a whole number from 1 to 3650, e.g. /watch project kazllm idle 30',
    badShare: 'A share is from 0 to 100%, e.g. below 50%',
    badDate: 'Say by which date the share is due: … by 31.12.2026',
  },
} satisfies Record<Lang, unknown>;

const argsSchema = z.union([
  z.object({ list: z.literal(true) }),
  z.object({ kind: z.enum(['reserve', 'idle', 'execution']), target: z.string().trim().min(1).max(200), limit: z.string().trim().min(1).max(100), by: z.string().max(100).optional() }),
]);

const usage = () => new UserError(perLang((l) => TEXT[l].usage));

function readWatchWords(text: string): z.infer<typeof argsSchema> {
  const words = ` ${text.trim()} `;
  if (/^\s*(list|список|тізім)?\s*$/u.test(words)) return { list: true };
  const [first, ...rest] = text.trim().split(/\s+/);
  const kind = KIND_WORDS.find(([re]) => re.test(first!.toLowerCase()))?.[1];
  if (!kind) throw usage();
  const body = ` ${rest.join(' ')} `;
  const split = (kind === 'idle' ? IDLE : BELOW).exec(body.toLowerCase());
  if (!split) throw usage();
  const target = body.slice(0, split.index).trim();
  let limit = body.slice(split.index + split[0].length).trim();
  let by: string | undefined;
  const byAt = BY.exec(` ${limit} `.toLowerCase());
  if (kind === 'execution' && byAt) {
    by = ` ${limit} `.slice(byAt.index + byAt[0].length).trim();
    limit = ` ${limit} `.slice(0, byAt.index).trim();
  }
  return { kind, target, limit, ...(by ? { by } : {}) };
}

/** A share written `50 %`, `50%`, `12,5 %` → basis points; null when it is not a share. */
function readShare(text: string): number | null {
  const match = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*%$/u.exec(text.trim());
  if (!match) return null;
  const bp = Math.round(Number(match[1]!.replace(',', '.')) * 100);
  return bp <= 10_000 ? bp : null;
}

function resolveTarget(context: CommandContext, kind: 'reserve' | 'idle' | 'execution', text: string, rebuild: (id: string) => string): string {
  const notFound = (s: string, l: Lang) => TEXT[l].notFound(s);
  if (kind === 'reserve') return resolveOrAsk(context, 'source', text, rebuild, notFound).id;
  if (kind === 'idle') return resolveOrAsk(context, 'project', text, rebuild, notFound).id;
  // An area first; an administrator when no area is that name.
  const area = resolveName(context.services.db, 'priority', text);
  if (area.kind === 'one') return `area:${area.match.id}`;
  const owner = resolveName(context.services.db, 'administrator', text);
  if (owner.kind === 'one') return `owner:${owner.match.id}`;
  return `area:${resolveOrAsk(context, 'priority', text, (id) => rebuild(id), notFound).id}`;
}

export const watchCommand = defineCommand({
  name: 'watch',
  topic: 'alerts',
  access: 'viewer',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Оповещение, когда пересечён порог', kk: 'Шек асқанда хабарлама', en: 'An alert when a threshold is crossed' },
  examples: {
    ru: ['/watch reserve national-fund below 50 млрд', '/watch project kazllm idle 30', '/watch execution cybersecurity below 50 % by 31.12.2026', '/watch list'],
    kk: ['/watch reserve national-fund below 50 млрд', '/watch project kazllm idle 30', '/watch execution cybersecurity below 50 % by 31.12.2026', '/watch list'],
    en: ['/watch reserve national-fund below 50bn', '/watch project kazllm idle 30', '/watch execution cybersecurity below 50% by 31.12.2026', '/watch list'],
  },
  words: {
    lexicon: {
      ru: [...weighted(3, 'следи*', 'предупреди*', 'порог*')],
      // Not 'бақыла*': one letter from "байланыс" (communications), a word of many names.
      // "бақылау" alone is also a noun of names ("бақылау жүйесі", a monitoring system): weaker than the verbs.
      kk: [...weighted(3, 'бақыла', 'бақылап*', 'бақылаңыз*', 'бақылай*', 'бақылас*', 'бақылауға*', 'ескерт*', 'шек*'), ...weighted(2, 'бақылау*')],
      en: [...weighted(3, 'watch*', 'warn me', 'threshold*')],
    },
    // Asked in words, the chat's thresholds are listed (with how to add one); they are set with the command.
    args: () => ({ args: { list: true } }),
  },
  args: argsSchema,
  parse: (text) => readWatchWords(text),
  run(args, context) {
    const { services, lang, chat, user } = context;
    const t = TEXT[lang];
    if ('list' in args) {
      const watches = watchesOf(services.db, chat.id);
      const blocks: Block[] = watches.length === 0 ? [line(t.none)] : [line(t.list), ...watches.map((w, i) => line(`${i + 1}. ${describeWatch(services.db, w, lang)}`))];
      return { blocks, ...(watches.length > 0 ? { buttons: watches.map((w, i) => [{ label: `✖ ${i + 1}`, action: `/unwatch ${i + 1}` }]) } : {}), data: { watches } };
    }
    checkSubscriptionPlace(context);
    const rebuild = (id: string) => `/watch ${args.kind === 'idle' ? 'project' : args.kind} ${id} ${args.kind === 'idle' ? 'idle' : 'below'} ${args.limit}${args.by ? ` by ${args.by}` : ''}`;
    const target = resolveTarget(context, args.kind, args.target, rebuild);
    let threshold: number;
    let unit: 'tenge' | 'bp' | 'days';
    if (args.kind === 'idle') {
      const days = /^\d{1,4}$/.test(args.limit) ? Number(args.limit) : NaN;
      if (!(days >= 1 && days <= 3650)) throw new UserError(perLang((l) => TEXT[l].badDays));
      [threshold, unit] = [days, 'days'];
    } else {
      const share = readShare(args.limit);
      const amount = share === null && args.kind === 'reserve' ? findAmount(args.limit)?.value ?? null : null;
      if (share === null && amount === null) throw new UserError(perLang((l) => TEXT[l].badShare));
      [threshold, unit] = share !== null ? [share, 'bp'] : [amount!, 'tenge'];
    }
    const byDate = args.kind === 'execution' ? (args.by ? parseDate(args.by, context.today) : null) : null;
    if (args.kind === 'execution' && !byDate) throw new UserError(perLang((l) => TEXT[l].badDate));
    const now = services.now();
    const watch = inWriteTransaction(services.db, () => {
      const id = insertWatch(services.db, { chatId: chat.id, userId: user.id, kind: args.kind, target, threshold, unit, byDate, lang, createdAt: now.toISOString() });
      ensureQuietHours(services.db, chat.id, defaultQuietHours(services));
      return watchesOf(services.db, chat.id).find((w) => w.id === id)!;
    });
    return { blocks: [line(t.added(describeWatch(services.db, watch, lang)))], data: { watch } };
  },
});
