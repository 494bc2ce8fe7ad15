import { z } from 'zod';
import { mayRun } from '../src/access/roles.js';
import type { Lang } from '../src/i18n/lang.js';
import { defineCommand } from './command.js';
import { BUTTON_ONLY, COMMANDS } from './registry.js';
import { bold, code, line, type Block } from './reply.js';

const TEXT = {
  ru: { title: 'Что я умею', plain: 'Можно спрашивать и обычными словами: «сколько осталось в резерве?», «что с суперкомпьютером?», «что будет, если вложить 5 % ВВП за три года?».' },
  kk: { title: 'Мен не істей аламын', plain: 'Кәдімгі сөзбен де сұрауға болады: «резервте қанша қалды?», «суперкомпьютер жобасы туралы», «ЖІӨ-нің 5 пайызын салсақ өсім қандай болады?».' },
  en: { title: 'What I can do', plain: 'You can also ask in plain words: "how much reserved money is left?", "status of the supercomputer project", "what if we invest 5% of GDP over 3 years?".' },
} satisfies Record<Lang, unknown>;

export const helpCommand = defineCommand({
  name: 'help',
  access: 'anyone',
  summary: { ru: 'Все команды с примерами', kk: 'Барлық командалар мысалдарымен', en: 'Every command with an example' },
  examples: ['/help'],
  args: z.object({}),
  parse: () => ({}),
  run(_args, { lang, user }) {
    const blocks: Block[] = [line(bold(TEXT[lang].title))];
    for (const command of COMMANDS) {
      if (BUTTON_ONLY.has(command.name) || !mayRun(user.role, command.access)) continue;
      blocks.push(line(code(`/${command.name}`), ` — ${command.summary[lang]}`));
      const examples = command.examples.filter((e) => e !== `/${command.name}`);
      if (examples.length > 0) blocks.push(line('   ', ...examples.flatMap((e, i) => (i === 0 ? [code(e)] : [', ', code(e)]))));
    }
    blocks.push(line(TEXT[lang].plain));
    return { blocks, data: { commands: COMMANDS.filter((c) => mayRun(user.role, c.access)).map((c) => c.name) } };
  },
});
