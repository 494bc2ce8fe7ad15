import { z } from 'zod';
import type { Lang } from '../../src/i18n/lang.js';
import { cancelReallocation } from '../../src/reallocations/pending-reallocations.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { defineCommand, sameExamples, UserError } from '../command.js';
import { readPendingAction, REALLOCATION_TEXT as TEXT } from './reallocation-text.js';
import { line } from '../../src/reply/reply.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { accountName } from '../../src/queries/account-names.js';

export const cancelCommand = defineCommand({
  name: 'cancel',
  topic: 'changes',
  access: 'editor',
  visibility: 'button',
  readOnly: false,
  summary: { ru: 'Отменить перераспределение', kk: 'Қайта бөлуден бас тарту', en: 'Cancel a reallocation' },
  examples: sameExamples(),
  format: ({ id, token }) => `${id} ${token}`,
  args: z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), token: z.string().regex(/^[0-9a-f]{12}$/) }),
  parse(text) {
    const action = readPendingAction(text);
    if (action === null) throw new UserError(perLang((lang: Lang) => TEXT[lang].cancelUsage));
    return action;
  },
  run({ id, token }, { services, lang, user }) {
    const outcome = cancelReallocation(services.db, { id, token, userId: user.id, now: services.now() });
    if (outcome.kind === 'refused') {
      const reason = outcome.reason;
      throw new UserError(perLang((l) => (reason === 'already-confirmed' ? TEXT[l].cannotCancelConfirmed : TEXT[l].refusals[reason])));
    }
    const { amount, from, to } = outcome.pending;
    const name = (account: string) => accountName(services.db, account, lang);
    // Pressed under the preview: the preview becomes this line, without its buttons.
    return { blocks: [line(TEXT[lang].cancelledWhat(formatMoneyShort(amount, lang), name(from), name(to)))], replacesOrigin: true, data: { pendingId: id, state: 'cancelled' } };
  },
});
