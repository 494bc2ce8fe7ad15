import { PAGING } from '../i18n/common-text.js';
import type { Lang } from '../i18n/lang.js';
import type { ReplyButton } from './reply.js';

/** ‹ Back / Next › for page `page` of `pages`, each running `actionFor(n)`; none for a single page. */
export function pageButtons(lang: Lang, page: number, pages: number, actionFor: (n: number) => string): ReplyButton[] {
  return [
    ...(page > 1 ? [{ label: PAGING[lang].back, action: actionFor(page - 1) }] : []),
    ...(page < pages ? [{ label: PAGING[lang].next, action: actionFor(page + 1) }] : []),
  ];
}

const PAGE_WORD = /(?:^|\s)page:(\d{1,6})(?=\s|$)/u;

/** `page:N` (what the page buttons run) taken out of a command's words; the rest is left to read. */
export function takePageWord(text: string): { page?: number; rest: string } {
  const found = PAGE_WORD.exec(text);
  if (!found) return { rest: text };
  return { page: Math.max(1, Number(found[1])), rest: (text.slice(0, found.index) + ' ' + text.slice(found.index + found[0].length)).trim() };
}
