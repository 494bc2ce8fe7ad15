import type { Telegram } from 'telegraf';
import { MENU_COMMANDS } from '../../commands/registry.js';
import { LANGS } from '../i18n/lang.js';
import type { Logger } from '../logging/logger.js';
import { callApi } from './api-call.js';

/** Telegram's command menu in Russian, Kazakh and English (English also as the default). A failure is logged, not fatal. */
export async function setCommandMenus(telegram: Telegram, log: Logger): Promise<void> {
  for (const lang of LANGS) {
    const commands = MENU_COMMANDS.map((c) => ({ command: c.name, description: c.summary[lang].slice(0, 256) }));
    try {
      await callApi(telegram, 'setMyCommands', { commands, language_code: lang });
      if (lang === 'en') await callApi(telegram, 'setMyCommands', { commands });
    } catch (error) {
      log.warn({ err: error, lang }, 'setMyCommands failed; the menu may be out of date');
    }
  }
}
