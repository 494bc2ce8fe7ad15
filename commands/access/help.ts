import { z } from 'zod';
import { mayRun } from '../../src/access/roles.js';
import type { Lang } from '../../src/i18n/lang.js';
import { weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples } from '../command.js';
import { bold, code, line, type Block } from '../../src/reply/reply.js';

const TEXT = {
  ru: { title: 'Что я умею', plain: 'Можно спрашивать и обычными словами: «сколько осталось в резерве?», «что с суперкомпьютером?», «что будет, если вложить 5 % ВВП за три года?».' },
  kk: { title: 'Мен не істей аламын', plain: 'Кәдімгі сөзбен де сұрауға болады: «резервте қанша қалды?», «суперкомпьютер жобасы туралы», «ЖІӨ-нің 5 пайызын салсақ өсім қандай болады?».' },
  en: { title: 'What I can do', plain: 'You can also ask in plain words: "how much reserved money is left?", "status of the supercomputer project", "what if we invest 5% of GDP over 3 years?".' },
} satisfies Record<Lang, unknown>;

export const helpCommand = defineCommand({
  name: 'help',
  access: 'anyone',
  visibility: 'menu',
  readOnly: true,
  beforeGroupAllowed: true,
  words: {
    lexicon: {
    ru: [
      ...weighted(4, 'что ты умеешь', 'что ты можешь', 'как пользоваться'),
      ...weighted(3, 'помощь', 'помоги*', 'справк*', 'умеешь', 'умеет', 'что можешь', 'что может', 'пользоваться', 'пользоват*', 'возможност*'),
      ...weighted(2.5, 'команд*', 'инструкци*', 'меню'),
      ...weighted(1, 'старт', 'start'),
    ],
    kk: [
      ...weighted(4, 'не істей аласың', 'не істей аласыз', 'қалай қолдану*', 'қалай пайдалану*'),
      ...weighted(3, 'көмек*', 'нұсқаулық*'),
      ...weighted(2.5, 'команда*', 'мәзір'),
      ...weighted(1.5, 'істей', 'аласың'),
    ],
    en: [
      ...weighted(4, 'what can you do', 'how to use', 'how do i use'),
      ...weighted(3, 'can you do', 'can it do', 'capabilities', 'what can'),
      ...weighted(3, 'help'),
      ...weighted(2.5, 'commands', 'instructions', 'menu'),
    ],
    },
  },
  summary: { ru: 'Все команды с примерами', kk: 'Барлық командалар мысалдарымен', en: 'Every command with an example' },
  examples: sameExamples('/help'),
  args: z.object({}),
  parse: () => ({}),
  run(_args, { lang, user, commands }) {
    const shown = commands.filter((c) => c.visibility === 'menu' && mayRun(user.role, c.access));
    const blocks: Block[] = [line(bold(TEXT[lang].title))];
    for (const command of shown) {
      blocks.push(line(code(`/${command.name}`), ` — ${command.summary[lang]}`));
      const examples = command.examples[lang].filter((e) => e !== `/${command.name}`);
      if (examples.length > 0) blocks.push(line('   ', ...examples.flatMap((e, i) => (i === 0 ? [code(e)] : [', ', code(e)]))));
    }
    blocks.push(line(TEXT[lang].plain));
    return { blocks, data: { commands: shown.map((c) => c.name) } };
  },
});
