import type { CommandContext } from '../../commands/command.js';
import { findCommand, INTENTS } from '../../commands/registry.js';
import { COMMON_TEXT } from '../i18n/common-text.js';
import type { Lang } from '../i18n/lang.js';
import { parseText, type PreviousQuestion } from '../language/index.js';
import { loadCatalogue } from '../queries/catalogue.js';
import { line, type Reply, type ReplyButton } from '../reply/reply.js';

export type Understood =
  | { kind: 'ignore' }
  | { kind: 'reply'; reply: Reply }
  | { kind: 'intent'; source: 'command'; intent: string; text: string }
  | { kind: 'intent'; source: 'words'; intent: string; args: Record<string, unknown> };

const COMMAND_LINE = /^\/([A-Za-z_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/;

/** `/name@bot words` → that command; anything else → the plain-language parser. */
export function understandText(text: string, context: CommandContext, botUsername?: string, previous?: PreviousQuestion): Understood {
  const command = COMMAND_LINE.exec(text);
  if (command) {
    const [, name, addressee, rest] = command;
    if (addressee && botUsername && addressee.toLowerCase() !== botUsername.toLowerCase()) return { kind: 'ignore' };
    return { kind: 'intent', source: 'command', intent: name!.toLowerCase(), text: rest ?? '' };
  }
  if (text === '') return { kind: 'reply', reply: notUnderstood(context.lang) };
  let parsed;
  try {
    parsed = parseText(text, loadCatalogue(context.services.db).forParser, { today: context.today, intents: INTENTS, ...(previous ? { previous } : {}) });
  } catch (error) {
    // A bug in the parser must not look like a question nobody could understand: it goes to the log.
    context.services.log.error({ err: error, text: text.slice(0, 200) }, 'the plain-language parser failed');
    return { kind: 'reply', reply: notUnderstood(context.lang) };
  }
  if (parsed.kind === 'intent') return { kind: 'intent', source: 'words', intent: parsed.intent, args: parsed.args };
  if (parsed.kind === 'ambiguous') {
    const buttons: ReplyButton[][] = parsed.options.map((o) => {
      const action = commandLineFor(o.intent, o.args);
      return [{ label: action, action }];
    });
    return { kind: 'reply', reply: { blocks: [line(COMMON_TEXT[context.lang].choose)], buttons, data: { options: parsed.options } } };
  }
  return { kind: 'reply', reply: notUnderstood(context.lang) };
}

/** The command line that means the same as parsed arguments: what a button for that meaning runs. */
export function commandLineFor(intent: string, args: Record<string, unknown>): string {
  const words = findCommand(intent)?.format?.(args) ?? '';
  return words ? `/${intent} ${words}` : `/${intent}`;
}

const EXAMPLES: Record<Lang, string[]> = {
  ru: ['сколько осталось в резерве?', 'какие сейчас приоритеты?', 'что будет, если вложить 5 % ВВП?'],
  kk: ['резервте қанша ақша қалды?', 'қазіргі басымдықтар қандай?', 'ЖІӨ-нің 5 пайызын салсақ не болады?'],
  en: ['how much reserved money is left?', 'what are the current priorities?', 'what if we invest 5% of GDP?'],
};

function notUnderstood(lang: Lang): Reply {
  return {
    blocks: [line(COMMON_TEXT[lang].notUnderstood), ...EXAMPLES[lang].map((e) => line(`• ${e}`)), line('/help')],
    buttons: [[{ label: '/reserved', action: '/reserved' }, { label: '/priorities', action: '/priorities' }, { label: '/help', action: '/help' }]],
    data: {},
  };
}
