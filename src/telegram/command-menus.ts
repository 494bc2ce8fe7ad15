import type { Telegram } from 'telegraf';
import { BUTTON_ONLY, COMMANDS } from '../../commands/registry.js';
import { LANGS } from '../i18n/lang.js';
import type { Logger } from '../logging/logger.js';

/** Telegram's command menu in Russian, Kazakh and English (English also as the default). A failure is logged, not fatal. */
export async function setCommandMenus(telegram: Telegram, log: Logger): Promise<void> {
  const visible = COMMANDS.filter((c) => c.access !== 'admin' && !BUTTON_ONLY.has(c.name));
  for (const lang of LANGS) {
    const commands = visible.map((c) => ({ command: c.name, description: c.summary[lang].slice(0, 256) }));
    try {
      await telegram.setMyCommands(commands, { language_code: lang });
      if (lang === 'en') await telegram.setMyCommands(commands);
    } catch (error) {
      log.warn({ err: error, lang }, 'setMyCommands failed; the menu may be out of date');
    }
  }
}
