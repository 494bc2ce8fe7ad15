import { z } from 'zod';
import { revokeRole } from '../../src/access/users.js';
import { unsubscribeAllOf } from '../../src/alerts/subscriptions.js';
import { defineCommand, sameExamples, UserError } from '../command.js';
import { line } from '../../src/reply/reply.js';

export const revokeCommand = defineCommand({
  name: 'revoke',
  topic: 'access',
  access: 'admin',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Отозвать доступ (админ)', kk: 'Рұқсатты қайтарып алу (әкімші)', en: 'Take access away (admin)' },
  examples: sameExamples('/revoke 123456789'),
  args: z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
  parse(text) {
    const match = /^\s*(\d{1,16})\s*$/.exec(text);
    if (!match) {
      throw new UserError({ ru: 'Напишите так: /revoke <telegram id>', kk: 'Былай жазыңыз: /revoke <telegram id>', en: 'Write it like: /revoke <telegram id>' });
    }
    return { id: Number(match[1]) };
  },
  run({ id }, { services, lang }) {
    const had = revokeRole(services.db, id);
    // Someone whose access is gone must not keep receiving budget alerts.
    unsubscribeAllOf(services.db, id);
    const adminByConfig = services.adminIds.includes(id);
    const text = {
      ru: had ? `Доступ пользователя ${id} отозван.` : `У пользователя ${id} не было доступа в базе.`,
      kk: had ? `${id} пайдаланушысының рұқсаты қайтарып алынды.` : `${id} үшін базада рұқсат болған жоқ.`,
      en: had ? `Access of ${id} revoked.` : `${id} had no access in the database.`,
    };
    const note = {
      ru: ' Он остаётся администратором через ADMIN_IDS.',
      kk: ' Ол ADMIN_IDS арқылы әкімші болып қала береді.',
      en: ' They stay an admin through ADMIN_IDS.',
    };
    return { blocks: [line(text[lang] + (adminByConfig ? note[lang] : ''))], data: { id, revoked: had } };
  },
});
