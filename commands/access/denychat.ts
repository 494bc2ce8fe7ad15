import { z } from 'zod';
import { denyChat } from '../../src/access/allowed-chats.js';
import { defineCommand, sameExamples, UserError } from '../command.js';
import { line } from '../../src/reply/reply.js';

export const denychatCommand = defineCommand({
  name: 'denychat',
  topic: 'access',
  access: 'admin',
  visibility: 'menu',
  readOnly: false,
  beforeGroupAllowed: true,
  summary: { ru: 'Запретить боту отвечать в этой группе (админ)', kk: 'Ботқа осы топта жауап беруге тыйым салу (әкімші)', en: 'Stop the bot answering in this group (admin)' },
  examples: sameExamples('/denychat'),
  args: z.object({}),
  parse: () => ({}),
  run(_args, { chat, services, lang }) {
    if (chat.kind !== 'group') {
      throw new UserError({ ru: 'Эту команду нужно отправить в самой группе.', kk: 'Бұл команданы топтың өзінде жіберіңіз.', en: 'Send this command in the group itself.' });
    }
    const was = denyChat(services.db, chat.id);
    const text = {
      ru: was ? 'Готово: в этой группе бот больше не отвечает.' : 'Бот и так не отвечал в этой группе.',
      kk: was ? 'Дайын: бұл топта бот енді жауап бермейді.' : 'Бұл топқа рұқсат берілмеген еді.',
      en: was ? 'Done: the bot no longer answers in this group.' : 'This group was not allowed anyway.',
    };
    return { blocks: [line(text[lang])], data: { chatId: chat.id, allowed: false } };
  },
});
