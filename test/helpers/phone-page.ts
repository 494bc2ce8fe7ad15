// A chat as a phone shows it: Telegram-like bubbles in a 360 px wide page, for a headless browser
// to measure (how many lines each reply takes on screen) and to photograph for the README.

export interface ChatButton {
  text: string;
}

export type BotMessage = { kind: 'text'; html: string; buttons: ChatButton[][] } | { kind: 'photo'; png: Buffer; caption: string; buttons: ChatButton[][] };

export interface ChatTurn {
  /** What the person typed or the button they pressed. */
  asked: string;
  replies: BotMessage[];
}

/** The phone's width in CSS pixels (a common Android screen) and Telegram's text size. */
export const PHONE_WIDTH = 360;

const STYLE = `
  body { margin: 0; width: ${PHONE_WIDTH}px; background: #c9d8e4; font: 15px/20px 'Noto Sans', 'DejaVu Sans', sans-serif; }
  .chat { padding: 8px 8px 12px; display: flex; flex-direction: column; gap: 6px; }
  .reply { display: flex; flex-direction: column; gap: 6px; }
  .me, .bot { max-width: 300px; padding: 6px 10px; border-radius: 12px; box-shadow: 0 1px 1px #0002; word-wrap: break-word; white-space: pre-wrap; }
  .me { align-self: flex-end; background: #e1fec6; }
  .bot { align-self: flex-start; background: #fff; }
  .bot img { display: block; width: 300px; margin: -6px -10px 4px; border-radius: 12px 12px 0 0; }
  pre, code { font: 13px/18px 'DejaVu Sans Mono', monospace; }
  pre { margin: 0; white-space: pre-wrap; }
  .keys { max-width: 320px; display: flex; flex-direction: column; gap: 3px; margin-top: -3px; }
  .row { display: flex; gap: 3px; }
  .key { flex: 1; min-width: 0; background: #7e9bb4cc; color: #fff; border-radius: 8px; padding: 7px 4px; text-align: center; font-size: 13px; line-height: 16px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;

// Each reply (its bubble and its buttons) gets its height on screen, read back from the dumped DOM.
const MEASURE = `
  for (const reply of document.querySelectorAll('.reply')) {
    reply.dataset.height = String(Math.ceil(reply.getBoundingClientRect().height));
  }
  document.body.dataset.height = String(Math.ceil(document.documentElement.scrollHeight));
`;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function keyboard(buttons: ChatButton[][]): string {
  if (buttons.length === 0) return '';
  return `<div class="keys">${buttons.map((row) => `<div class="row">${row.map((b) => `<div class="key">${escapeText(b.text)}</div>`).join('')}</div>`).join('')}</div>`;
}

function bubble(message: BotMessage, index: string): string {
  if (message.kind === 'photo') {
    const image = `<img src="data:image/png;base64,${message.png.toString('base64')}">`;
    return `<div class="reply" id="m${index}"><div class="bot">${image}<div class="text">${escapeText(message.caption)}</div></div>${keyboard(message.buttons)}</div>`;
  }
  // Telegram's HTML subset (b, i, code, pre, a) is HTML already.
  return `<div class="reply" id="m${index}"><div class="bot"><div class="text">${message.html}</div></div>${keyboard(message.buttons)}</div>`;
}

/** The page: each turn as the person's bubble, then the bot's bubbles with their buttons. */
export function phonePage(turns: readonly ChatTurn[], title = 'chat'): string {
  const body = turns
    .map((turn, t) => `<div class="me">${escapeText(turn.asked)}</div>${turn.replies.map((m, i) => bubble(m, `${t}-${i}`)).join('')}`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeText(title)}</title><style>${STYLE}</style></head><body><div class="chat">${body}</div><script>${MEASURE}</script></body></html>`;
}

/** The height in CSS pixels each reply took with its buttons, by its id ("m3-0": turn 3, reply 0), from the dumped DOM. */
export function renderedHeights(dom: string): Map<string, number> {
  const heights = new Map<string, number>();
  for (const m of dom.matchAll(/<div class="reply" id="(m\d+-\d+)" data-height="(\d+)">/g)) heights.set(m[1]!, Number(m[2]));
  return heights;
}

export const pageHeight = (dom: string): number => Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 0);
