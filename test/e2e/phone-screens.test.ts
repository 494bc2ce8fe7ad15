import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MENU_COMMANDS, COMMANDS } from '../../commands/registry.js';
import { closeDatabase, openDatabase } from '../../db/client.js';
import { grantRole } from '../../src/access/users.js';
import { seedDemoIfEmpty } from '../../src/dataset/seed-demo.js';
import type { Lang } from '../../src/i18n/lang.js';
import { CHROMIUM, dumpDom, screenshot } from '../helpers/chromium.js';
import { FakeBotApi, type RecordedCall } from '../helpers/fake-bot-api.js';
import { startBotProcess, type BotProcess } from '../helpers/bot-process.js';
import { pageHeight, phonePage, PHONE_WIDTH, renderedHeights, type BotMessage, type ChatTurn } from '../helpers/phone-page.js';

// Every command's examples, in each language, through the real `npm start` and a Bot API emulator,
// checked the way a phone shows them: at most 8 lines of text before any button, no table wider than
// 32 characters, pictures with captions; with Chromium installed, each reply is also laid out in a
// 360 px chat page and measured, and the pages are photographed (UPDATE_SCREENSHOTS=1 writes the
// README's pictures to docs/screenshots).

const LANGS: Lang[] = ['ru', 'kk', 'en'];
/** Each exchange comes from its own admin, so Telegram's one-message-a-second per chat does not pace the test. */
const FIRST_ID = { ru: 8_100_000, kk: 8_200_000, en: 8_300_000 } as const;
const USERS_PER_LANG = 100;
const MAX_LINES = 8;
const MAX_PRE_WIDTH = 32;
/**
 * On screen, a reply's text may wrap, but the reply and its buttons still fit the chat area of a
 * 360 × 800 phone (800 less the status bar, the chat's title bar and the message field).
 */
const MAX_SCREEN_HEIGHT = 640;
/** A table behind a button (the scenario's years) may be longer than prose, as narrow as ever. */
const MAX_PRE_ROWS = 12;

// Plain questions and follow-ups an official would type, beside the commands' own examples.
const QUESTIONS: Record<Lang, string[]> = {
  ru: ['сколько осталось в резерве?', 'кто отстаёт по освоению?', 'что будет, если вложить 5 % ВВП за три года?', 'а если 4%?', 'переведи 2 млрд с ЦОД в Акмоле на киберщит — усиление мониторинга'],
  kk: ['резервте қанша қалды?', 'игеру бағыттар бойынша', 'ЖІӨ-нің 5 пайызын үш жылға салсақ не болады?'],
  en: ['how much reserved money is left?', 'who lags on execution?', 'compare 4, 5 and 6 % of GDP'],
};

// The README shows these, one picture a language.
const SHOWCASE: Record<Lang, string[]> = {
  ru: ['сколько осталось в резерве?', '/spent II квартал по направлениям', '/scenario 5 3 5'],
  kk: ['резервте қанша қалды?', '/priorities', '/execution бағыттар бойынша'],
  en: ['how much reserved money is left?', '/reallocate 300m kazllm national-supercomputer — speed up the launch', '/sources'],
};

let dir: string;
let api: FakeBotApi;
let bot: BotProcess;
const turns = new Map<Lang, ChatTurn[]>();
let markers = 0;

const keyboardOf = (call: RecordedCall): { text: string; callback_data?: string }[][] => {
  const markup = call.params.reply_markup;
  const parsed = (typeof markup === 'string' ? JSON.parse(markup) : markup) as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  return parsed?.inline_keyboard ?? [];
};

const asMessage = (call: RecordedCall): BotMessage =>
  call.method === 'sendPhoto'
    ? { kind: 'photo', png: api.photoOf(call)!, caption: String(call.params.caption ?? ''), buttons: keyboardOf(call) }
    : { kind: 'text', html: String(call.params.text ?? ''), buttons: keyboardOf(call) };

/**
 * Sends one message (or presses one button) and returns every reply to it: a marker command sent
 * right after is answered after them (a chat's updates and replies keep their order).
 */
async function exchange(user: { id: number; language_code: Lang }, action: { text: string } | { press: string; messageId: number }): Promise<RecordedCall[]> {
  const before = api.sent(user.id).length;
  if ('text' in action) api.sendText(user, action.text);
  else api.press(user, action.press, user.id, action.messageId);
  const marker = `marker${markers++}`;
  api.sendText(user, `/help ${marker}`);
  const isMarker = (c: RecordedCall) => new RegExp(`\\b${marker}\\b`).test(String(c.params.text ?? ''));
  await api.waitFor(() => api.sent(user.id).slice(before).some(isMarker), 60_000);
  return api.sent(user.id).slice(before).filter((c) => !isMarker(c));
}

async function converse(user: { id: number; language_code: Lang }, text: string, into: ChatTurn[]): Promise<RecordedCall[]> {
  const calls = await exchange(user, { text });
  into.push({ asked: text, replies: calls.filter((c) => c.method !== 'editMessageText').map(asMessage) });
  return calls;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phone-'));
  const path = join(dir, 'budget.db');
  const db = openDatabase(path);
  seedDemoIfEmpty(db);
  for (const lang of LANGS) for (let i = 0; i < USERS_PER_LANG; i++) grantRole(db, FIRST_ID[lang] + i, 'admin', 1, new Date());
  closeDatabase(db);
  api = await FakeBotApi.start();
  bot = startBotProcess({ BOT_TOKEN: '123456:TEST-token-for-the-emulator-0123456789', TELEGRAM_API_ROOT: api.apiRoot, DATABASE_PATH: path, ADMIN_IDS: '1' });
  await api.waitFor(() => api.calls.filter((c) => c.method === 'setMyCommands').length >= 4, 60_000);
  // Each language's admin goes through every command's examples, the questions, and the buttons that bring pictures and tables.
  for (const lang of LANGS) {
    const chat: ChatTurn[] = [];
    const examples = COMMANDS.filter((c) => c.visibility === 'menu').flatMap((c) => c.examples[lang]);
    const pressed = new Map<string, number>();
    let next: number = FIRST_ID[lang];
    let user = { id: next, language_code: lang };
    for (const text of [...new Set([...examples, ...QUESTIONS[lang]])]) {
      // A follow-up ("а если 4%?") continues the same chat; anything else starts a fresh one.
      if (!/^(а|ал|and|what) /u.test(text)) user = { id: next++, language_code: lang };
      const calls = await converse(user, text, chat);
      for (const call of calls) {
        for (const button of keyboardOf(call).flat()) {
          // A chart and a table, twice each: a pressed button answers in the same chat, paced at a message a second.
          const kind = /^📊|^📋/u.exec(button.text)?.[0];
          if (!kind || !button.callback_data || (pressed.get(kind) ?? 0) >= 2) continue;
          pressed.set(kind, (pressed.get(kind) ?? 0) + 1);
          const replies = await exchange(user, { press: button.callback_data, messageId: call.messageId! });
          chat.push({ asked: `[${button.text}]`, replies: replies.filter((c) => c.method !== 'editMessageText').map(asMessage) });
        }
      }
    }
    turns.set(lang, chat);
  }
}, 600_000);

afterAll(async () => {
  await bot?.stop('SIGTERM');
  await api?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const textLines = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '');

describe.each(LANGS)('every reply in %s, as a phone shows it', (lang) => {
  it('answers every command and question, in at most 8 lines, tables at most 32 characters wide', () => {
    const chat = turns.get(lang)!;
    expect(chat.length).toBeGreaterThan(MENU_COMMANDS.length);
    const problems: string[] = [];
    for (const turn of chat) {
      if (turn.replies.length === 0) problems.push(`${turn.asked}: no reply`);
      for (const reply of turn.replies) {
        if (reply.kind === 'photo') {
          if (reply.png.subarray(1, 4).toString() !== 'PNG') problems.push(`${turn.asked}: the photo is not a PNG`);
          if (reply.caption.trim() === '') problems.push(`${turn.asked}: a photo without a caption`);
          continue;
        }
        const tables = [...reply.html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!.split('\n'));
        const prose = textLines(reply.html.replace(/<pre>[\s\S]*?<\/pre>/g, ''));
        if (prose.length > MAX_LINES) problems.push(`${turn.asked}: ${prose.length} lines`);
        for (const rows of tables) {
          if (rows.length > MAX_PRE_ROWS) problems.push(`${turn.asked}: a table of ${rows.length} rows`);
          for (const row of rows) if (row.length > MAX_PRE_WIDTH) problems.push(`${turn.asked}: a table row of ${row.length} characters`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.runIf(CHROMIUM)('lays every reply out within a phone screen, and photographs the chat', async () => {
    const chat = turns.get(lang)!;
    const out = process.env.UPDATE_SCREENSHOTS ? join(process.cwd(), 'docs', 'screenshots') : join(dir, 'screenshots');
    mkdirSync(out, { recursive: true });
    const page = join(dir, `chat-${lang}.html`);
    writeFileSync(page, phonePage(chat, `all replies (${lang})`));
    const heights = renderedHeights(await dumpDom(page, PHONE_WIDTH));
    expect(heights.size).toBe(chat.reduce((n, t) => n + t.replies.length, 0));
    if (process.env.SHOW_HEIGHTS) chat.forEach((turn, t) => turn.replies.forEach((_, i) => console.log(`${heights.get(`m${t}-${i}`)} px  ${lang} ${turn.asked}`)));
    // The README's picture: a few typical exchanges.
    const shown = SHOWCASE[lang].map((asked) => chat.find((turn) => turn.asked === asked)!);
    const showcase = join(dir, `showcase-${lang}.html`);
    writeFileSync(showcase, phonePage(shown, `showcase (${lang})`));
    const height = pageHeight(await dumpDom(showcase, PHONE_WIDTH));
    expect(height).toBeGreaterThan(200);
    await screenshot(showcase, join(out, `phone-${lang}.png`), PHONE_WIDTH, height);
    const tall = chat.flatMap((turn, t) =>
      turn.replies.flatMap((_, i) => ((heights.get(`m${t}-${i}`) ?? 0) > MAX_SCREEN_HEIGHT ? [`${turn.asked}: ${heights.get(`m${t}-${i}`)} px high`] : [])),
    );
    expect(tall, tall.join('\n')).toEqual([]);
  }, 180_000);
});
