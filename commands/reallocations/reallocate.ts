import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { formatMoneyExact, formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { accountKindOf } from '../../src/ledger/accounts.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { accountName } from '../../src/queries/account-names.js';
import { CONFIRM_WINDOW_MS, createPendingReallocation, previewTransfer } from '../../src/reallocations/pending-reallocations.js';
import { readReallocationWords, resolveAccount, type AccountMatch } from '../../src/reallocations/reallocation-words.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { weighted } from '../../src/language/index.js';
import { ChoiceNeeded, defineCommand, UserError, type CommandContext } from '../command.js';
import { ledgerErrorText } from './ledger-error-text.js';
import { reallocationQuestionArgs, reallocationScore } from './reallocation-question.js';
import { actorOf, cancelAction, confirmAction, REALLOCATION_TEXT as TEXT } from './reallocation-text.js';
import { bold, italic, line, type Block } from '../../src/reply/reply.js';

const say = (pick: (t: (typeof TEXT)[Lang]) => string) => new UserError(perLang((lang) => pick(TEXT[lang])));

/** The command line that means the same reallocation with other words for one side (what a choice button runs). */
function commandLine(amount: number, from: string, to: string, reason: string | undefined): string {
  return `/reallocate ${amount} ${from} → ${to}${reason ? ` — ${reason}` : ''}`;
}

/** One account for the words, or buttons to choose, or a polite "not found" (as resolveOrAsk does for /project). */
function resolveSide(context: CommandContext, words: string, actionFor: (account: string) => string): AccountMatch {
  const found = resolveAccount(context.services.db, words);
  if (found.kind === 'one') return found.match;
  if (found.kind === 'several') throw new ChoiceNeeded(found.candidates.map((c) => ({ label: c.name, action: actionFor(c.account) })));
  throw say((t) => t.notFound(words));
}

export const reallocateCommand = defineCommand({
  name: 'reallocate',
  topic: 'changes',
  access: 'editor',
  visibility: 'menu',
  readOnly: false,
  summary: {
    ru: 'Перераспределить средства (с подтверждением)',
    kk: 'Қаражатты қайта бөлу (растаумен)',
    en: 'Move money between accounts (with a confirmation)',
  },
  examples: {
    ru: ['/reallocate 300 млн kazllm national-supercomputer — ускорить запуск', '/reallocate 1,2 млрд reserve:national-fund smart-data-ukimet'],
    kk: ['/reallocate 300 млн kazllm national-supercomputer — іске қосуды жеделдету', '/reallocate 1,2 млрд reserve:national-fund smart-data-ukimet'],
    en: ['/reallocate 300m kazllm national-supercomputer — speed up the launch', '/reallocate 1.2bn reserve:national-fund smart-data-ukimet'],
  },
  words: {
    lexicon: {
    ru: [
      ...weighted(3, 'перенеси*', 'перенести', 'перенесите', 'перебрось*', 'перебросить', 'перекин*', 'переведи*', 'перевести', 'перераспредели', 'перераспределить', 'перераспределите', 'перераспределим'),
      ...weighted(3, 'верни*', 'вернуть'),
      ...weighted(2, 'направь*', 'направить', 'выдели*', 'выделить', 'передай*', 'передать', 'отдай*'),
    ],
    kk: [
      ...weighted(3, 'аудар', 'аударыңыз*', 'аудару', 'аударайық', 'аударыңдар', 'ауыстыр*', 'көшір*', 'қайтар*'),
      ...weighted(1.5, 'қайта бөл*', 'бөліңіз', 'жібер'),
    ],
    en: [
      ...weighted(3, 'move', 'shift', 'reallocate', 'reassign', 'redirect', 'return'),
      ...weighted(2.5, 'transfer'),
      ...weighted(2, 'allocate', 'send', 'give'),
    ],
    },
    score: reallocationScore,
    args: reallocationQuestionArgs,
  },
  format: ({ amount, from, to, reason }) => `${amount} ${from} → ${to}${reason ? ` — ${reason}` : ''}`,
  args: z.object({
    amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    from: z.string().trim().min(1).max(200),
    to: z.string().trim().min(1).max(200),
    reason: z.string().trim().max(1000).optional(),
  }),
  parse(text, context) {
    if (!text.trim()) throw say((t) => t.usage);
    const words = readReallocationWords(context.services.db, text);
    if (words.amount === null) throw say((t) => t.badAmount);
    const reason = words.reason || undefined;
    const [best, second] = words.pairs;
    // Several readings of the words name different accounts: let the person pick (exact names win outright).
    if (best && second && !(best.from.exact && best.to.exact && !(second.from.exact && second.to.exact))) {
      throw new ChoiceNeeded(
        words.pairs.slice(0, 5).map((p) => ({ label: `${p.from.name} → ${p.to.name}`, action: commandLine(words.amount!, p.from.account, p.to.account, reason) })),
      );
    }
    if (!words.fromText || !words.toText) throw say((t) => t.bothNeeded);
    return { amount: words.amount, from: words.fromText, to: words.toText, reason };
  },
  run({ amount, from: fromWords, to: toWords, reason }, context) {
    const { services, lang, user, chat } = context;
    const t = TEXT[lang];
    const from = resolveSide(context, fromWords, (account) => commandLine(amount, account, toWords, reason));
    const to = resolveSide(context, toWords, (account) => commandLine(amount, from.account, account, reason));
    if (from.account === to.account) throw new UserError(perLang((l) => TEXT[l].sameAccount(accountName(services.db, from.account, l))));

    const now = services.now();
    const input = { id: `preview-${randomUUID()}`, date: context.today, from: from.account, to: to.account, amount, reason: reason ?? '', actor: actorOf(context) };
    let after;
    try {
      after = previewTransfer(services.db, input, now);
    } catch (error) {
      if (error instanceof LedgerError) throw new UserError(ledgerErrorText(services.db, error));
      throw error;
    }
    const fromBefore = after.fromBalanceAfter + amount;
    const toBefore = after.toBalanceAfter - amount;
    const pending = createPendingReallocation(
      services.db,
      { userId: user.id, chatId: chat.id, amount, from: from.account, to: to.account, reason: reason ?? '', fromBalanceBefore: fromBefore, toBalanceBefore: toBefore },
      now,
    );

    const money = (n: number) => formatMoneyShort(n, lang);
    const side = (label: string, account: string, before: number, balanceAfter: number): Block => {
      const name = accountName(services.db, account, lang);
      const kind = accountKindOf(account);
      // `savings` (an outside source) and `spent` (a sink) have no balance worth showing.
      return kind === 'reserve' || kind === 'project' ? line(`${label}: `, bold(name), ` — ${money(before)} → ${money(balanceAfter)}`) : line(`${label}: `, bold(name));
    };
    return {
      blocks: [
        line(bold(`${t.title} (№ ${pending.id})`)),
        line(`${t.amount}: `, bold(money(amount)), ` (${formatMoneyExact(amount, lang)})`),
        side(t.from, from.account, fromBefore, after.fromBalanceAfter),
        side(t.to, to.account, toBefore, after.toBalanceAfter),
        line(`${t.reason}: ${reason ?? t.noReason}`),
        line(italic(t.expires)),
      ],
      buttons: [[{ label: t.confirm, action: confirmAction(pending) }, { label: t.cancel, action: cancelAction(pending) }]],
      data: {
        pendingId: pending.id,
        amount,
        from: from.account,
        to: to.account,
        reason: reason ?? '',
        fromBalanceBefore: fromBefore,
        fromBalanceAfter: after.fromBalanceAfter,
        toBalanceBefore: toBefore,
        toBalanceAfter: after.toBalanceAfter,
        expiresAt: new Date(now.getTime() + CONFIRM_WINDOW_MS).toISOString(),
      },
    };
  },
});
