import { z } from 'zod';
import { COMMON_TEXT } from '../../src/i18n/common-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, line } from '../../src/reply/reply.js';

const TEXT = {
  ru: {
    hello: (name: string) => `Здравствуйте${name ? `, ${name}` : ''}!`,
    about: 'Я отвечаю на вопросы о бюджете цифровизации и ИИ: сколько осталось в резерве, что с каждым проектом, какие сейчас приоритеты, что даст вложение доли ВВП, и сообщаю о каждом перераспределении средств.',
    next: 'Нажмите кнопку ниже или спросите своими словами. Все команды: /help',
  },
  kk: {
    hello: (name: string) => `Сәлеметсіз бе${name ? `, ${name}` : ''}!`,
    about: 'Мен цифрландыру мен ЖИ бюджеті туралы сұрақтарға жауап беремін: резервте қанша қалды, әр жобаның жағдайы, қазіргі басымдықтар, ЖІӨ үлесін салу не береді, және қаражаттың әр қайта бөлінуі туралы хабарлаймын.',
    next: 'Төмендегі батырманы басыңыз немесе өз сөзіңізбен сұраңыз. Барлық командалар: /help',
  },
  en: {
    hello: (name: string) => `Hello${name ? `, ${name}` : ''}!`,
    about: 'I answer questions about the digitalisation and AI budget: how much reserved money is left, where each project stands, which priorities come first now, what investing a share of GDP would do, and I alert you to every reallocation.',
    next: 'Tap a button below or ask in your own words. All commands: /help',
  },
} satisfies Record<Lang, unknown>;

export const startCommand = defineCommand({
  name: 'start',
  topic: 'access',
  access: 'anyone',
  visibility: 'button',
  readOnly: true,
  beforeGroupAllowed: true,
  summary: { ru: 'Начало работы', kk: 'Бастау', en: 'Get started' },
  examples: sameExamples('/start'),
  args: z.object({}),
  parse: () => ({}),
  run(_args, { lang, user }) {
    // Someone without access gets their id and how to get access: no tour of commands they may not use.
    if (user.role === null) return { blocks: [line(COMMON_TEXT[lang].stranger(user.id))], data: { stranger: true } };
    const t = TEXT[lang];
    return {
      blocks: [line(bold(t.hello(user.name))), line(t.about), line(t.next)],
      keyboard: [
        ['/reserved', '/priorities'],
        ['/projects', '/sources'],
        ['/scenario', '/history'],
        ['/help'],
      ],
      data: {},
    };
  },
});
