import { z } from 'zod';
import { setPreferredLang } from '../../src/access/users.js';
import { langSchema, type Lang } from '../../src/i18n/lang.js';
import { defineCommand, sameExamples, UserError } from '../command.js';
import { line } from '../../src/reply/reply.js';

const ALIASES: Record<string, Lang> = { ru: 'ru', рус: 'ru', русский: 'ru', kk: 'kk', kz: 'kk', қаз: 'kk', қазақша: 'kk', казахский: 'kk', en: 'en', eng: 'en', english: 'en', англ: 'en' };

const CHOOSE: Record<Lang, string> = { ru: 'Выберите язык ответов:', kk: 'Жауап тілін таңдаңыз:', en: 'Choose the reply language:' };

const DONE: Record<Lang, string> = {
  ru: 'Готово: отвечаю по-русски.',
  kk: 'Дайын: енді қазақша жауап беремін.',
  en: 'Done: I will answer in English.',
};

export const langCommand = defineCommand({
  name: 'lang',
  topic: 'access',
  access: 'anyone',
  visibility: 'menu',
  readOnly: false,
  beforeGroupAllowed: true,
  summary: { ru: 'Язык ответов: ru, kk, en', kk: 'Жауап тілі: ru, kk, en', en: 'Reply language: ru, kk, en' },
  examples: sameExamples('/lang kk', '/lang en'),
  args: z.object({ lang: langSchema.optional() }),
  parse(text) {
    const word = text.trim().toLowerCase();
    if (!word) return {};
    const lang = ALIASES[word];
    if (!lang) {
      throw new UserError({
        ru: 'Выберите язык: /lang ru, /lang kk или /lang en.',
        kk: 'Тілді таңдаңыз: /lang ru, /lang kk немесе /lang en.',
        en: 'Choose a language: /lang ru, /lang kk or /lang en.',
      });
    }
    return { lang };
  },
  run({ lang }, context) {
    if (!lang) {
      return {
        blocks: [line(CHOOSE[context.lang])],
        buttons: [[{ label: 'Русский', action: '/lang ru' }, { label: 'Қазақша', action: '/lang kk' }, { label: 'English', action: '/lang en' }]],
        data: { lang: context.lang },
      };
    }
    setPreferredLang(context.services.db, context.user.id, lang);
    // Said in the newly chosen language, so the person sees the change at once.
    return { blocks: [line(DONE[lang])], data: { lang } };
  },
});
