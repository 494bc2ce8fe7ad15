import { z } from 'zod';
import { formatMoneyShort } from '../src/format/money.js';
import type { Lang } from '../src/i18n/lang.js';
import { LedgerError } from '../src/ledger/ledger-error.js';
import { accountName } from '../src/queries/account-names.js';
import { confirmReallocation } from '../src/reallocations/pending-reallocations.js';
import { perLang } from './argument-parsing.js';
import { defineCommand, UserError } from './command.js';
import { ledgerErrorText } from './ledger-error-text.js';
import { actorOf, readPendingAction, REALLOCATION_TEXT as TEXT } from './reallocation-text.js';
import { code, line } from './reply.js';

export const confirmCommand = defineCommand({
  name: 'confirm',
  access: 'editor',
  summary: { ru: 'Подтвердить перераспределение', kk: 'Қайта бөлуді растау', en: 'Confirm a reallocation' },
  examples: ['/reallocate 300 млн kazllm national-supercomputer'],
  args: z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), token: z.string().regex(/^[0-9a-f]{12}$/) }),
  parse(text) {
    const action = readPendingAction(text);
    if (action === null) throw new UserError(perLang((lang: Lang) => TEXT[lang].confirmUsage));
    return action;
  },
  run({ id, token }, context) {
    const { services, lang, user } = context;
    const t = TEXT[lang];
    let outcome;
    try {
      outcome = confirmReallocation(services.db, { id, token, userId: user.id, actor: actorOf(context), now: services.now() });
    } catch (error) {
      // E.g. another confirmation took the money first: nothing moved, the preview stays open.
      if (error instanceof LedgerError) throw new UserError(ledgerErrorText(services.db, error));
      throw error;
    }
    if (outcome.kind === 'refused') {
      const reason = outcome.reason;
      throw new UserError(perLang((l) => TEXT[l].refusals[reason]));
    }
    services.alerts?.wake();
    const { transfer } = outcome;
    const name = (account: string) => accountName(services.db, account, lang);
    const money = (n: number) => formatMoneyShort(n, lang);
    return {
      blocks: [
        line(t.done(money(transfer.amount), name(transfer.from), name(transfer.to))),
        line(`${t.balances}: ${name(transfer.from)} ${money(transfer.fromBalanceAfter)} · ${name(transfer.to)} ${money(transfer.toBalanceAfter)}`),
        line(`${t.transferId}: `, code(transfer.id)),
        line(t.alerts(outcome.alerts)),
      ],
      data: { pendingId: id, transfer, alerts: outcome.alerts },
    };
  },
});
