import type { ProjectStatus, Role } from '../../db/schema.js';
import type { Lang } from './lang.js';

export const STATUS_NAMES: Record<Lang, Record<ProjectStatus, string>> = {
  ru: { planned: 'планируется', active: 'реализуется', completed: 'завершён', suspended: 'приостановлен' },
  kk: { planned: 'жоспарланған', active: 'іске асырылуда', completed: 'аяқталған', suspended: 'тоқтатыла тұрған' },
  en: { planned: 'planned', active: 'active', completed: 'completed', suspended: 'suspended' },
};

/** A status naming a group of projects ("Проекты · приостановленные"): plural where the language wants it. */
export const STATUS_GROUP_NAMES: Record<Lang, Record<ProjectStatus, string>> = {
  ru: { planned: 'планируемые', active: 'реализуемые', completed: 'завершённые', suspended: 'приостановленные' },
  kk: STATUS_NAMES.kk,
  en: STATUS_NAMES.en,
};

/** The words of a list in pages: "стр. 1 из 2" and the buttons that walk it. */
export const PAGING: Record<Lang, { page: (n: number, of: number) => string; pageOnly: (n: number) => string; back: string; next: string }> = {
  ru: { page: (n, of) => `стр. ${n} из ${of}`, pageOnly: (n) => `стр. ${n}`, back: '‹ Назад', next: 'Дальше ›' },
  kk: { page: (n, of) => `${of} беттің ${n}-беті`, pageOnly: (n) => `${n}-бет`, back: '‹ Артқа', next: 'Әрі қарай ›' },
  en: { page: (n, of) => `page ${n} of ${of}`, pageOnly: (n) => `page ${n}`, back: '‹ Back', next: 'Next ›' },
};

export const ROLE_NAMES: Record<Lang, Record<Role, string>> = {
  ru: { viewer: 'наблюдатель', editor: 'редактор', admin: 'администратор' },
  kk: { viewer: 'қараушы', editor: 'редактор', admin: 'әкімші' },
  en: { viewer: 'viewer', editor: 'editor', admin: 'admin' },
};

export const COMMON_TEXT = {
  ru: {
    stranger: (id: number) =>
      `Здравствуйте! Эти данные не публичны, и у вас пока нет доступа. Ваш Telegram id: ${id}. Передайте его администратору бота, чтобы он выдал доступ командой /grant ${id} viewer.`,
    notAllowed: (role: string) => `Эта команда доступна роли «${role}» и выше. Обратитесь к администратору бота.`,
    unknownCommand: (name: string) => `Команды /${name} нет. Список команд: /help`,
    notHere: (name: string) => `/${name} работает только в чате с ботом.`,
    groupNotAllowed: 'В этой группе бот пока не отвечает: администратор бота может разрешить это командой /allowchat здесь же.',
    notUnderstood: 'Я не понял вопрос. Попробуйте, например:',
    internalError: (id: string) => `Что-то пошло не так, ответ не получен. Код ошибки: ${id} (сообщите его администратору).`,
    choose: 'Уточните, что вы имели в виду:',
    closest: 'Похожие:',
    badArguments: (examples: string[]) => `Не понял параметры команды. Напишите, например: ${examples.join(', ')}`,
    badDate: (text: string) => `Не понял дату «${text}». Напишите, например, 2026-03-01, 01.03.2026 или 1 марта.`,
    noSuchDate: (text: string) => `Такой даты нет: «${text}». Напишите существующую дату, например 28.02.2026, «на 1 марта» или «в марте».`,
  },
  kk: {
    stranger: (id: number) =>
      `Сәлеметсіз бе! Бұл деректер жария емес, сізде әзірге рұқсат жоқ. Telegram ID нөміріңіз: ${id}. Оны бот әкімшісіне беріңіз, ол /grant ${id} viewer командасымен рұқсат береді.`,
    notAllowed: (role: string) => `Бұл команда тек «${role}» және одан жоғары рөлдерге қолжетімді. Бот әкімшісіне жүгініңіз.`,
    unknownCommand: (name: string) => `/${name} командасы жоқ. Командалар тізімі: /help`,
    notHere: (name: string) => `/${name} тек бот чатында жұмыс істейді.`,
    groupNotAllowed: 'Бұл топта бот әзірге жауап бермейді: бот әкімшісі осы жерде /allowchat командасымен рұқсат бере алады.',
    notUnderstood: 'Сұрақты түсінбедім. Мысалы, былай жазып көріңіз:',
    internalError: (id: string) => `Бір нәрсе дұрыс болмады, жауап алынбады. Қате коды: ${id} (әкімшіге хабарлаңыз).`,
    choose: 'Нені меңзегеніңізді нақтылаңыз:',
    closest: 'Ұқсастары:',
    badArguments: (examples: string[]) => `Команда параметрлерін түсінбедім. Мысалы, былай жазыңыз: ${examples.join(', ')}`,
    badDate: (text: string) => `«${text}» күнін түсінбедім. Мысалы, 2026-03-01, 01.03.2026 немесе 1 наурыз деп жазыңыз.`,
    noSuchDate: (text: string) => `Мұндай күн жоқ: «${text}». Бар күнді жазыңыз, мысалы 28.02.2026, «1 наурыздағы» немесе «наурызда».`,
  },
  en: {
    stranger: (id: number) =>
      `Hello! This data is not public and you have no access yet. Your Telegram id is ${id}. Send it to the bot's admin, who can let you in with /grant ${id} viewer.`,
    notAllowed: (role: string) => `This command is for the "${role}" role and above. Please ask the bot's admin.`,
    unknownCommand: (name: string) => `There is no /${name} command. All commands: /help`,
    notHere: (name: string) => `/${name} works only in the chat with the bot.`,
    groupNotAllowed: 'The bot does not answer in this group yet: a bot admin can allow it by sending /allowchat here.',
    notUnderstood: "I didn't understand the question. Try, for example:",
    internalError: (id: string) => `Something went wrong and no answer came out. Error code: ${id} (tell the admin).`,
    choose: 'Which one did you mean?',
    closest: 'Close ones:',
    badArguments: (examples: string[]) => `I can't read the command's parameters. Write it like: ${examples.join(', ')}`,
    badDate: (text: string) => `I can't read the date "${text}". Write it like 2026-03-01, 01.03.2026 or 1 March.`,
    noSuchDate: (text: string) => `There is no such date: “${text}”. Write a real one, e.g. 28.02.2026, “as of 1 March” or “in March”.`,
  },
} satisfies Record<Lang, Record<string, unknown>>;
