import { z } from 'zod';
import type { Lang } from '../src/i18n/lang.js';
import { cancelReallocation } from '../src/reallocations/pending-reallocations.js';
import { perLang } from './argument-parsing.js';
import { defineCommand, UserError } from './command.js';
import { readPendingAction, REALLOCATION_TEXT as TEXT } from './reallocation-text.js';
import { line } from './reply.js';

export const cancelCommand = defineCommand({
  name: 'cancel',
  access: 'editor',
  summary: { ru: 'Отменить перераспределение', kk: 'Қайта бөлуден бас тарту', en: 'Cancel a reallocation' },
  examples: ['/reallocate 300 млн kazllm national-supercomputer'],
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
    return { blocks: [line(TEXT[lang].cancelled)], data: { pendingId: id, state: 'cancelled' } };
  },
});
