import { allowchatCommand } from './allowchat.js';
import { auditCommand } from './audit.js';
import { cancelCommand } from './cancel.js';
import type { AnyCommand } from './command.js';
import { confirmCommand } from './confirm.js';
import { denychatCommand } from './denychat.js';
import { grantCommand } from './grant.js';
import { helpCommand } from './help.js';
import { historyCommand } from './history.js';
import { langCommand } from './lang.js';
import { prioritiesCommand } from './priorities.js';
import { projectCommand } from './project.js';
import { projectsCommand } from './projects.js';
import { reallocateCommand } from './reallocate.js';
import { reservedCommand } from './reserved.js';
import { scenarioCommand } from './scenario.js';
import { revokeCommand } from './revoke.js';
import { sourcesCommand } from './sources.js';
import { startCommand } from './start.js';
import { subscribeCommand } from './subscribe.js';
import { unsubscribeCommand } from './unsubscribe.js';
import { whoamiCommand } from './whoami.js';

/** Every command, in the order /help and Telegram's menu show them. A new command is one file plus one line here. */
export const COMMANDS: AnyCommand[] = [
  startCommand,
  reservedCommand,
  sourcesCommand,
  projectsCommand,
  projectCommand,
  prioritiesCommand,
  historyCommand,
  scenarioCommand,
  subscribeCommand,
  unsubscribeCommand,
  reallocateCommand,
  confirmCommand,
  cancelCommand,
  whoamiCommand,
  langCommand,
  helpCommand,
  grantCommand,
  revokeCommand,
  allowchatCommand,
  denychatCommand,
  auditCommand,
];

/** Commands that only buttons send: kept out of the menu and /help. */
export const BUTTON_ONLY = new Set(['start', 'confirm', 'cancel']);

export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
