import { z } from 'zod';
import { allowChat } from '../../src/access/allowed-chats.js';
import { defineCommand, sameExamples, UserError } from '../command.js';
import { line } from '../../src/reply/reply.js';

export const allowchatCommand = defineCommand({
  name: 'allowchat',
  topic: 'access',
  access: 'admin',
  visibility: 'menu',
  readOnly: false,
  beforeGroupAllowed: true,
  summary: { ru: 'Разрешить боту отвечать в этой группе (админ)', kk: 'Ботқа осы топта жауап беруге рұқсат ету (әкімші)', en: 'Let the bot answer in this group (admin)' },
  examples: sameExamples('/allowchat'),
  args: z.object({}),
  parse: () => ({}),
  run(_args, { chat, services, user, lang }) {
    if (chat.kind !== 'group') {
      throw new UserError({ ru: 'Эту команду нужно отправить в самой группе.', kk: 'Бұл команданы топтың өзінде жіберіңіз.', en: 'Send this command in the group itself.' });
    }
    allowChat(services.db, chat.id, user.id, services.now());
    const text = {
      ru: 'Готово: в этой группе все могут задавать вопросы; перераспределять средства могут только редакторы.',
      kk: 'Дайын: бұл топта бәрі сұрақ қоя алады; қаражатты тек редакторлар аудара алады.',
      en: 'Done: everyone in this group may ask; only editors may move money.',
    };
    return { blocks: [line(text[lang])], data: { chatId: chat.id, allowed: true } };
  },
});
