import { z } from 'zod';
import { ROLES } from '../../db/schema.js';
import { grantRole } from '../../src/access/users.js';
import { ROLE_NAMES } from '../../src/i18n/common-text.js';
import { defineCommand, sameExamples, UserError } from '../command.js';
import { line } from '../../src/reply/reply.js';

const USAGE = {
  ru: 'Напишите так: /grant <telegram id> viewer|editor|admin, например /grant 123456789 viewer',
  kk: 'Былай жазыңыз: /grant <telegram id> viewer|editor|admin, мысалы /grant 123456789 viewer',
  en: 'Write it like: /grant <telegram id> viewer|editor|admin, e.g. /grant 123456789 viewer',
};

export const grantCommand = defineCommand({
  name: 'grant',
  topic: 'access',
  access: 'admin',
  visibility: 'menu',
  readOnly: false,
  summary: { ru: 'Выдать доступ (админ)', kk: 'Рұқсат беру (әкімші)', en: 'Give access (admin)' },
  examples: sameExamples('/grant 123456789 viewer', '/grant 123456789 editor'),
  args: z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), role: z.enum(ROLES) }),
  parse(text) {
    const match = /^\s*(\d{1,16})\s+(viewer|editor|admin)\s*$/i.exec(text);
    if (!match) throw new UserError(USAGE);
    return { id: Number(match[1]), role: match[2]!.toLowerCase() };
  },
  run({ id, role }, { services, user, lang }) {
    grantRole(services.db, id, role, user.id, services.now());
    const roleName = ROLE_NAMES[lang][role];
    const text = { ru: `Готово: ${id} — ${roleName}.`, kk: `Дайын: ${id} — ${roleName}.`, en: `Done: ${id} is now ${roleName}.` };
    return { blocks: [line(text[lang])], data: { id, role } };
  },
});
