import { z } from 'zod';
import { mayRun } from '../../src/access/roles.js';
import type { Lang } from '../../src/i18n/lang.js';
import { weighted } from '../../src/language/index.js';
import { defineCommand, sameExamples, TOPICS, UserError, type AnyCommand, type CommandContext, type Topic } from '../command.js';
import { perLang } from '../../src/i18n/per-lang.js';
import { bold, code, line, type Block, type Reply } from '../../src/reply/reply.js';

const TEXT = {
  ru: {
    title: 'Что я умею',
    plain: 'Спрашивайте обычными словами: «сколько осталось в резерве?», «что с суперкомпьютером?», «что даст 5 % ВВП за три года?». Или командой:',
    examples: 'Например:',
    unknown: (name: string) => `Команды /${name} нет. Все команды: /help`,
  },
  kk: {
    title: 'Мен не істей аламын',
    plain: 'Кәдімгі сөзбен сұраңыз: «резервте қанша қалды?», «суперкомпьютер жобасы туралы», «ЖІӨ-нің 5 пайызын салсақ не болады?». Немесе командамен:',
    examples: 'Мысалы:',
    unknown: (name: string) => `/${name} командасы жоқ. Барлық командалар: /help`,
  },
  en: {
    title: 'What I can do',
    plain: 'Ask in plain words: "how much reserved money is left?", "status of the supercomputer project", "what if we invest 5% of GDP over 3 years?". Or with a command:',
    examples: 'For example:',
    unknown: (name: string) => `There is no /${name} command. All commands: /help`,
  },
} satisfies Record<Lang, unknown>;

const TOPIC_NAMES: Record<Lang, Record<Topic, string>> = {
  ru: { money: '💰 Деньги', results: '📈 Исполнение', projects: '📁 Проекты', scenarios: '🔮 Сценарии ВВП', alerts: '🔔 Оповещения', changes: '✏️ Изменения', access: '⚙️ Доступ' },
  kk: { money: '💰 Қаражат', results: '📈 Игеру', projects: '📁 Жобалар', scenarios: '🔮 ЖІӨ сценарийлері', alerts: '🔔 Хабарламалар', changes: '✏️ Өзгерістер', access: '⚙️ Қолжетімділік' },
  en: { money: '💰 Money', results: '📈 Execution', projects: '📁 Projects', scenarios: '🔮 GDP scenarios', alerts: '🔔 Alerts', changes: '✏️ Changes', access: '⚙️ Access' },
};

/** The commands this user may run, as /help lists them. */
const runnable = (commands: readonly AnyCommand[], role: CommandContext['user']['role']) =>
  commands.filter((c) => c.visibility === 'menu' && mayRun(role, c.access));

/** The first screen: one line a section, each naming its commands (a tap runs one), a button a section. */
function overview(lang: Lang, shown: readonly AnyCommand[]): Reply {
  const topics = TOPICS.filter((topic) => shown.some((c) => c.topic === topic));
  const blocks: Block[] = [line(bold(`${TEXT[lang].title}.`), ' ', TEXT[lang].plain)];
  for (const topic of topics) blocks.push(line(`${TOPIC_NAMES[lang][topic]}: `, shown.filter((c) => c.topic === topic).map((c) => `/${c.name}`).join(' ')));
  const buttons = pairs(topics.map((topic) => ({ label: TOPIC_NAMES[lang][topic], action: `/help ${topic}` })));
  return { blocks, buttons, data: { commands: shown.map((c) => c.name) } };
}

/** One section: each command with what it does, a button each for its examples. */
function section(lang: Lang, topic: Topic, shown: readonly AnyCommand[]): Reply {
  const inTopic = shown.filter((c) => c.topic === topic);
  const blocks: Block[] = [line(bold(TOPIC_NAMES[lang][topic]))];
  for (const c of inTopic) blocks.push(line(`/${c.name} — ${c.summary[lang]}`));
  const buttons = pairs(inTopic.map((c) => ({ label: `/${c.name}`, action: `/help ${c.name}` })));
  return { blocks, buttons, data: { topic, commands: inTopic.map((c) => c.name) } };
}

/** One command: what it does and how to write it. */
function usage(lang: Lang, command: AnyCommand): Reply {
  const examples = command.examples[lang];
  return {
    blocks: [line(bold(`/${command.name}`), ` — ${command.summary[lang]}`), line(TEXT[lang].examples), ...examples.map((e) => line('• ', code(e)))],
    buttons: [[{ label: TOPIC_NAMES[lang][command.topic], action: `/help ${command.topic}` }]],
    data: { command: command.name, examples },
  };
}

const pairs = <T>(items: T[]): T[][] => items.flatMap((item, i) => (i % 2 === 0 ? [items.slice(i, i + 2)] : []));

export const helpCommand = defineCommand({
  name: 'help',
  topic: 'access',
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
  examples: sameExamples('/help', '/help money', '/help spent'),
  args: z.object({ about: z.string().max(40).optional() }),
  parse: (text) => {
    const about = text.trim().replace(/^\//, '').toLowerCase();
    return about ? { about } : {};
  },
  format: ({ about }) => about ?? '',
  run({ about }, { lang, user, commands }) {
    const shown = runnable(commands, user.role);
    if (!about) return overview(lang, shown);
    const topic = TOPICS.find((t) => t === about);
    if (topic) return section(lang, topic, shown);
    const command = shown.find((c) => c.name === about);
    if (command) return usage(lang, command);
    throw new UserError(perLang((l) => TEXT[l].unknown(about)));
  },
});
