import { z } from 'zod';
import { ROLE_NAMES } from '../../src/i18n/common-text.js';
import type { Lang } from '../../src/i18n/lang.js';
import { weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, code, line } from '../../src/reply/reply.js';

const TEXT = {
  ru: { id: 'Ваш Telegram id:', role: 'Роль:', none: 'нет доступа (передайте id администратору)', lang: 'Язык: русский (/lang kk или /lang en)' },
  kk: { id: 'Telegram ID нөміріңіз:', role: 'Рөліңіз:', none: 'рұқсат жоқ (id-ді әкімшіге беріңіз)', lang: 'Тіл: қазақша (/lang ru немесе /lang en)' },
  en: { id: 'Your Telegram id:', role: 'Role:', none: 'no access (send your id to the admin)', lang: 'Language: English (/lang ru or /lang kk)' },
} satisfies Record<Lang, unknown>;

export const whoamiCommand = defineCommand({
  name: 'whoami',
  topic: 'access',
  access: 'anyone',
  visibility: 'menu',
  readOnly: true,
  beforeGroupAllowed: true,
  words: {
    lexicon: {
    ru: [
      ...weighted(4, 'кто я', 'мой id', 'мой ид', 'мой айди', 'мой профиль', 'моя роль', 'мой аккаунт', 'мои права', 'мой ид*'),
      ...weighted(2, 'айди'),
      ...weighted(1.5, 'профил*', 'аккаунт*'),
    ],
    kk: [...weighted(4, 'мен кіммін', 'менің id', 'менің рөлім', 'профилім'), ...weighted(3.5, 'кіммін'), ...weighted(1.5, 'рөл*')],
    en: [
      ...weighted(4, 'who am i', 'whoami', 'my id', 'my account', 'my role', 'my profile', 'user id', 'my user'),
      ...weighted(1.5, 'id', 'account'),
    ],
    },
  },
  summary: { ru: 'Ваш id и роль', kk: 'Сіздің id және рөліңіз', en: 'Your id and role' },
  examples: sameExamples('/whoami'),
  args: z.object({}),
  parse: () => ({}),
  run(_args, { user, lang }) {
    const t = TEXT[lang];
    return {
      blocks: [line(`${t.id} `, code(String(user.id))), line(`${t.role} `, bold(user.role ? ROLE_NAMES[lang][user.role] : t.none)), line(t.lang)],
      data: { id: user.id, role: user.role, lang },
    };
  },
});
