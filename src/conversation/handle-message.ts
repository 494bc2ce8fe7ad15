import { randomUUID } from 'node:crypto';
import type { Role } from '../../db/schema.js';
import { ChoiceNeeded, UserError, type AnyCommand, type CommandContext, type Services } from '../../commands/command.js';
import { COMMANDS, findCommand } from '../../commands/registry.js';
import { mayRun } from '../access/roles.js';
import { isChatAllowed } from '../access/allowed-chats.js';
import { preferredLang, roleOf } from '../access/users.js';
import { kazakhstanDate } from '../format/iso-date.js';
import { COMMON_TEXT, ROLE_NAMES } from '../i18n/common-text.js';
import { langFromTelegramCode, type Lang } from '../i18n/lang.js';
import { detectLanguage } from '../language/index.js';
import { line, say, type Reply } from '../reply/reply.js';
import { ReadSnapshot } from '../../db/stores/transaction.js';
import { previousQuestion, rememberQuestion } from './chat-memory.js';
import { understandText } from './understand-text.js';

/** Longer messages are cut before parsing: no budget question needs more. */
export const MAX_MESSAGE_LENGTH = 2000;

export interface Incoming {
  text: string;
  user: { id: number; name: string; languageCode?: string };
  chat: CommandContext['chat'];
  /** The bot's own @username, so `/cmd@otherbot` in a group is left alone. */
  botUsername?: string;
  /** The console and `ask` act as a local admin. */
  roleOverride?: Role;
  /** Only commands that change nothing may run (inline mode). */
  readOnly?: boolean;
  /** The message a pressed button was on. */
  origin?: { messageId: number };
  /** How it arrived, for the audit log: a typed message, a button press, or an inline query. */
  via?: 'message' | 'button' | 'inline';
}

export type OutcomeStatus = 'answered' | 'refused' | 'error' | 'ignored';

export interface Outcome {
  intent: string | null;
  args: Record<string, unknown>;
  reply: Reply;
  status: OutcomeStatus;
  lang: Lang;
  /** Set when something failed unexpectedly; the user sees it so an admin can find the log line. */
  errorId?: string;
}

/**
 * The one way through for every transport: text (a command or a plain question) → intent and
 * arguments → access check → the command → a reply. Never throws: every failure becomes a polite reply.
 */
export async function handleMessage(incoming: Incoming, services: Services): Promise<Outcome> {
  const outcome = await answer(incoming, services);
  try {
    services.audit?.record({
      userId: incoming.user.id,
      chatId: incoming.chat.id,
      via: `${incoming.chat.kind}/${incoming.via ?? 'message'}`,
      intent: outcome.intent,
      input: incoming.text,
      outcome: outcome.status,
      ...(outcome.errorId ? { errorId: outcome.errorId } : {}),
    });
  } catch (error) {
    services.log.error({ err: error }, 'audit entry not written');
  }
  return outcome;
}

async function answer(incoming: Incoming, services: Services): Promise<Outcome> {
  // The reads of the answer share one snapshot until the command runs (closed first when the
  // command writes). Every way out before the first await closes it synchronously (finally), so no
  // other update's work ever runs inside it.
  const snapshot = new ReadSnapshot(services.db);
  try {
    // Not awaited here: `finally` must run as soon as answerWithin reaches its first await.
    return answerWithin(snapshot, incoming, services);
  } finally {
    snapshot.close();
  }
}

async function answerWithin(snapshot: ReadSnapshot, incoming: Incoming, services: Services): Promise<Outcome> {
  const text = incoming.text.slice(0, MAX_MESSAGE_LENGTH).trim();
  // A question is answered in the language it was asked in, unless the person chose one with /lang.
  const asked = text.startsWith('/') ? null : detectLanguage(text);
  const lang = preferredLang(services.db, incoming.user.id) ?? asked ?? langFromTelegramCode(incoming.user.languageCode);
  const inGroup = incoming.chat.kind === 'group';
  const groupAllowed = inGroup && isChatAllowed(services.db, incoming.chat.id);
  // Everyone in an allowed group may query; moving money still needs an editor.
  const role = incoming.roleOverride ?? roleOf(services.db, incoming.user.id, services.adminIds) ?? (groupAllowed ? 'viewer' : null);
  const context: CommandContext = {
    lang,
    user: { id: incoming.user.id, role, name: incoming.user.name },
    chat: incoming.chat,
    services,
    today: kazakhstanDate(services.now()),
    commands: COMMANDS,
    ...(incoming.origin ? { origin: incoming.origin } : {}),
  };
  let intent: string | null = null;
  let args: Record<string, unknown> = {};
  const outcome = (reply: Reply, status: OutcomeStatus, errorId?: string): Outcome => ({ intent, args, reply, status, lang, ...(errorId ? { errorId } : {}) });
  // A question of words is kept for follow-ups, also when its answer was "not found" or "which one?":
  // "а в апреле?" then asks the same again for April, not a question of its own.
  let remember = (_subject?: Reply['subject']): void => {};

  try {
    // Follow-ups are a conversation's: not in inline mode, where each query stands alone.
    const previous = incoming.via === 'inline' || text.startsWith('/') ? undefined : previousQuestion(services, incoming.chat.id, incoming.user.id);
    const understood = understandText(text, context, incoming.botUsername, previous);
    if (understood.kind === 'ignore') return outcome({ blocks: [], data: {} }, 'ignored');
    // Suggestions of commands are for those who may run them; a stranger learns how to get access.
    if (understood.kind === 'reply' && role === null && !inGroup) return outcome(say(COMMON_TEXT[lang].stranger(incoming.user.id)), 'refused');
    if (understood.kind === 'reply') return outcome(understood.reply, 'answered');
    const command: AnyCommand | undefined = findCommand(understood.intent);
    intent = understood.intent;
    if (!command) return outcome(say(COMMON_TEXT[lang].unknownCommand(understood.intent)), 'refused');
    if (incoming.readOnly && !command.readOnly) return outcome(say(COMMON_TEXT[lang].notHere(command.name)), 'refused');
    if (inGroup && !groupAllowed && !command.beforeGroupAllowed) return outcome(say(COMMON_TEXT[lang].groupNotAllowed), 'refused');
    if (!mayRun(role, command.access)) {
      const text = role === null ? COMMON_TEXT[lang].stranger(incoming.user.id) : COMMON_TEXT[lang].notAllowed(ROLE_NAMES[lang][command.access as Role]);
      return outcome(say(text), 'refused');
    }
    const raw = understood.source === 'command' ? command.parse(understood.text, context) : understood.args;
    const parsed = command.args.safeParse(raw);
    if (!parsed.success) {
      args = (raw ?? {}) as Record<string, unknown>;
      return outcome(say(COMMON_TEXT[lang].badArguments(command.examples[lang])), 'refused');
    }
    args = parsed.data as Record<string, unknown>;
    if (command.readOnly && command.words && incoming.via !== 'inline') {
      const kept = { intent: command.name, args };
      remember = (subject) => rememberQuestion(services, incoming.chat.id, incoming.user.id, { ...kept, ...(subject ? { subject } : {}) });
    }
    if (!command.readOnly) snapshot.close();
    // A read-only command's synchronous part runs inside the snapshot; nothing awaits inside it.
    const running = command.run(parsed.data, context);
    snapshot.close();
    const reply = await running;
    remember(reply.subject);
    return outcome(reply, 'answered');
  } catch (error) {
    if (error instanceof UserError) return outcome(say(error.text[lang]), 'refused');
    if (error instanceof ChoiceNeeded) {
      remember();
      // Nothing found but something close: that is a refusal of what was asked, with a way on.
      const status = error.text ? 'refused' : 'answered';
      return outcome({ blocks: [line(error.text?.[lang] ?? COMMON_TEXT[lang].choose)], buttons: error.choices.map((c) => [c]), data: { choices: error.choices, notFound: Boolean(error.text) } }, status);
    }
    const errorId = randomUUID().slice(0, 8);
    services.log.error({ err: error, errorId, intent, userId: incoming.user.id }, 'command failed');
    return outcome(say(COMMON_TEXT[lang].internalError(errorId)), 'error', errorId);
  }
}
