import type { IntentWords } from '../src/language/index.js';
import { allowchatCommand } from './access/allowchat.js';
import { auditCommand } from './access/audit.js';
import { denychatCommand } from './access/denychat.js';
import { grantCommand } from './access/grant.js';
import { helpCommand } from './access/help.js';
import { langCommand } from './access/lang.js';
import { revokeCommand } from './access/revoke.js';
import { startCommand } from './access/start.js';
import { whoamiCommand } from './access/whoami.js';
import { subscribeCommand } from './alerts/subscribe.js';
import { unsubscribeCommand } from './alerts/unsubscribe.js';
import { digestCommand } from './alerts/digest.js';
import { watchCommand } from './alerts/watch.js';
import { unwatchCommand } from './alerts/unwatch.js';
import { quietCommand } from './alerts/quiet.js';
import { subscriptionsCommand } from './alerts/subscriptions.js';
import { rerankCommand } from './budget/rerank.js';
import { historyCommand } from './budget/history.js';
import { prioritiesCommand } from './budget/priorities.js';
import { projectCommand } from './budget/project.js';
import { projectsCommand } from './budget/projects.js';
import { sourcesCommand } from './budget/sources.js';
import type { AnyCommand } from './command.js';
import { administratorsCommand } from './queries/administrators.js';
import { balanceCommand } from './queries/balance.js';
import { executionCommand } from './queries/execution.js';
import { receivedCommand } from './queries/received.js';
import { reservedCommand } from './queries/reserved.js';
import { spentCommand } from './queries/spent.js';
import { cancelCommand } from './reallocations/cancel.js';
import { confirmCommand } from './reallocations/confirm.js';
import { reallocateCommand } from './reallocations/reallocate.js';
import { recogniseCommand } from './savings/recognise.js';
import { savingsCommand } from './savings/savings.js';
import { scenarioCommand } from './scenario/scenario.js';

/**
 * Every command, in the order /help and Telegram's menu show them. A new command is one file plus
 * one line here; every other list (the menu, /help, inline mode, group setup, the plain-language
 * parser's intents) is derived from the commands' own fields.
 */
export const COMMANDS: readonly AnyCommand[] = [
  startCommand,
  reservedCommand,
  spentCommand,
  balanceCommand,
  receivedCommand,
  executionCommand,
  administratorsCommand,
  sourcesCommand,
  projectsCommand,
  projectCommand,
  prioritiesCommand,
  historyCommand,
  savingsCommand,
  scenarioCommand,
  subscribeCommand,
  unsubscribeCommand,
  digestCommand,
  watchCommand,
  unwatchCommand,
  quietCommand,
  subscriptionsCommand,
  reallocateCommand,
  confirmCommand,
  cancelCommand,
  whoamiCommand,
  langCommand,
  helpCommand,
  grantCommand,
  revokeCommand,
  recogniseCommand,
  rerankCommand,
  allowchatCommand,
  denychatCommand,
  auditCommand,
];

const byName = new Map(COMMANDS.map((c) => [c.name, c]));

export function findCommand(name: string): AnyCommand | undefined {
  return byName.get(name);
}

/** What the plain-language parser can answer with: every command that has words. */
export const INTENTS: readonly IntentWords[] = COMMANDS.flatMap((c) => (c.words ? [{ name: c.name, ...c.words }] : []));

/** Commands in Telegram's menu: visible ones that are not for admins only. */
export const MENU_COMMANDS: readonly AnyCommand[] = COMMANDS.filter((c) => c.visibility === 'menu' && c.access !== 'admin');
