import type { Inline, Reply } from '../reply/reply.js';
import { inlinePlain } from './plain-text.js';

// A reply as Telegram HTML: every value escaped, split into messages Telegram accepts.

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inlineHtml(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('bold' in part) return `<b>${escapeHtml(part.bold)}</b>`;
  if ('italic' in part) return `<i>${escapeHtml(part.italic)}</i>`;
  return `<code>${escapeHtml(part.code)}</code>`;
}

/** Telegram's limit for a message's text, in UTF-16 code units (what String.length counts). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * The reply as Telegram HTML messages of at most `limit` characters each, split between blocks (and
 * inside a very long block between lines), so no tag or entity is ever cut in half.
 */
export function replyToHtmlMessages(reply: Reply, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  for (const block of reply.blocks) {
    if ('pre' in block) {
      for (const chunk of splitLines(block.pre, limit - 11, escapeHtml)) pieces.push(`<pre>${chunk}</pre>`);
    } else {
      const html = block.line.map(inlineHtml).join('');
      if (html.length <= limit) pieces.push(html);
      else for (const chunk of splitLines(block.line.map(inlinePlain).join(''), limit, escapeHtml)) pieces.push(chunk);
    }
  }
  const messages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current === '' ? piece : `${current}\n${piece}`;
    if (joined.length <= limit) current = joined;
    else {
      if (current !== '') messages.push(current);
      current = piece;
    }
  }
  if (current.trim() !== '' || messages.length === 0) messages.push(current === '' ? '…' : current);
  return messages;
}

/** Splits text into escaped chunks of at most `limit` characters, at line ends where it can, else hard. */
function splitLines(text: string, limit: number, escape: (s: string) => string): string[] {
  const chunks: string[] = [];
  let current = '';
  const push = () => {
    if (current !== '') chunks.push(current);
    current = '';
  };
  for (const rawLine of text.split('\n')) {
    let rest = rawLine;
    while (rest !== '') {
      // Escaping can grow a character up to 5 times (& → &amp;); cut on the escaped length.
      let take = Math.min(rest.length, limit);
      while (take > 1 && escape(rest.slice(0, take)).length > limit) take = Math.floor(take / 2);
      if (take < rest.length && /[\ud800-\udbff]/.test(rest[take - 1]!)) take -= 1; // never split an emoji
      const piece = escape(rest.slice(0, take));
      rest = rest.slice(take);
      const joined = current === '' ? piece : `${current}\n${piece}`;
      if (joined.length <= limit) current = joined;
      else {
        push();
        current = piece;
      }
    }
  }
  push();
  return chunks;
}
