import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Services } from '../../commands/command.js';
import { replyToPlainText } from '../render/plain-text.js';
import type { Reply } from '../reply/reply.js';
import { renderChartPng } from '../charts/render-png.js';
import { handleMessage } from '../conversation/handle-message.js';

/** The console user: a local admin (whoever runs the process already holds the database file). */
export const CONSOLE_USER = { id: 0, name: '', languageCode: 'ru' };

/**
 * A chat over the same commands as the bot, for trying it without Telegram: a prompt when stdin is a
 * terminal; from a pipe it answers each line and exits at the end of input. Button actions are shown
 * so they can be typed; a chart is saved as a PNG next to the database.
 */
export async function runConsoleChat(services: Services, chartsFolder: string): Promise<void> {
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  const write = (text: string) => process.stdout.write(`${text}\n`);
  if (interactive) {
    write('Console chat (no BOT_TOKEN set). Type a command such as /reserved or a question; /help lists everything; Ctrl+D quits.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  let chartCount = 0;
  for await (const text of rl) {
    if (text.trim() !== '') {
      const outcome = await handleMessage({ text, user: CONSOLE_USER, chat: { id: 0, kind: 'console' }, roleOverride: 'admin' }, services);
      const chart = outcome.reply.chart ? await saveChart(outcome.reply, chartsFolder, ++chartCount) : '';
      write(renderForConsole(outcome.reply, chart));
      if (interactive) write('');
    }
    if (interactive) rl.prompt();
  }
}

function renderForConsole(reply: Reply, chartFile: string): string {
  const parts = [replyToPlainText(reply)];
  const actions = [...(reply.buttons ?? []).flat().map((b) => `[${b.label}] ${b.action === b.label ? '' : `→ ${b.action}`}`.trim())];
  if (actions.length > 0) parts.push(actions.join('\n'));
  if (reply.chart) parts.push(`📈 ${chartFile}`);
  return parts.join('\n');
}

async function saveChart(reply: Reply, folder: string, index: number): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `chart-${process.pid}-${index}.png`);
  writeFileSync(file, await renderChartPng(reply.chart!));
  return file;
}
