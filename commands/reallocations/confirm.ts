import { z } from 'zod';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import type { RecordedTransfer } from '../../src/ledger/record-transfer.js';
import { queueReply } from '../../src/outbox/outbox-messages.js';
import { accountName } from '../../src/queries/account-names.js';
import { confirmReallocation } from '../../src/reallocations/pending-reallocations.js';
import { code, line, type Block } from '../../src/reply/reply.js';
import { defineCommand, sameExamples, UserError, type CommandContext } from '../command.js';
import { ledgerErrorText } from './ledger-error-text.js';
import { actorOf, readPendingAction, REALLOCATION_TEXT as TEXT } from './reallocation-text.js';

/** "✅ Moved …": what the author sees once the money moved. */
function movedText(context: CommandContext, transfer: RecordedTransfer, alerts: number | null): Block[] {
  const { services, lang } = context;
  const t = TEXT[lang];
  const name = (account: string) => accountName(services.db, account, lang);
  const money = (n: number) => formatMoneyShort(n, lang);
  return [
    line(t.done(money(transfer.amount), name(transfer.from), name(transfer.to))),
    line(`${t.balances}: ${name(transfer.from)} ${money(transfer.fromBalanceAfter)} · ${name(transfer.to)} ${money(transfer.toBalanceAfter)}`),
    line(`${t.transferId}: `, code(transfer.id)),
    ...(alerts === null ? [] : [line(t.alerts(alerts))]),
  ];
}

export const confirmCommand = defineCommand({
  name: 'confirm',
  topic: 'changes',
  access: 'editor',
  visibility: 'button',
  readOnly: false,
  summary: { ru: 'Подтвердить перераспределение', kk: 'Қайта бөлуді растау', en: 'Confirm a reallocation' },
  examples: sameExamples(),
  args: z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), token: z.string().regex(/^[0-9a-f]{12}$/) }),
  parse(text) {
    const action = readPendingAction(text);
    if (action === null) throw new UserError(perLang((lang: Lang) => TEXT[lang].confirmUsage));
    return action;
  },
  format: ({ id, token }) => `${id} ${token}`,
  run({ id, token }, context) {
    const { services, user, chat } = context;
    const now = services.now();
    let queued = false;
    let outcome;
    try {
      outcome = confirmReallocation(services.db, { id, token, userId: user.id, actor: actorOf(context), now }, ({ transfer }) => {
        // In a chat the "✅ Moved" is queued in the transaction that moves the money: it cannot be lost
        // (and it reaches the author before their own alert). It replaces the preview when there is one.
        if (chat.kind === 'console') return;
        queueReply(services.db, { chatId: chat.id, lang: context.lang, reply: { blocks: movedText(context, transfer, null) }, ...(context.origin ? { editMessageId: context.origin.messageId } : {}), now });
        queued = true;
      });
    } catch (error) {
      // E.g. another confirmation took the money first: nothing moved, the preview stays open.
      if (error instanceof LedgerError) throw new UserError(ledgerErrorText(services.db, error));
      throw error;
    }
    if (outcome.kind === 'refused') {
      const reason = outcome.reason;
      throw new UserError(perLang((l) => TEXT[l].refusals[reason]));
    }
    services.outbox?.wake();
    const { transfer } = outcome;
    return {
      blocks: movedText(context, transfer, outcome.alerts),
      ...(queued ? { queued: true as const } : {}),
      data: { pendingId: id, transfer, alerts: outcome.alerts },
    };
  },
});
