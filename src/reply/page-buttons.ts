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
