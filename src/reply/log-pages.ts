// Pages of a list that grows at the top (transfers, the audit log), newest first. The first page
// pins where the list stood (`upto:<id>`), so later pages stay put while new rows arrive; a count
// (`/history 20`) caps how many are shown in all.

const UP_TO_WORD = /(?:^|\s)upto:(\d{1,16})(?=\s|$)/u;

/** `upto:N` (what the page buttons run) taken out of a command's words; the rest is left to read. */
export function takeUpToWord(text: string): { upTo?: number; rest: string } {
  const found = UP_TO_WORD.exec(text);
  if (!found) return { rest: text };
  return { upTo: Number(found[1]), rest: (text.slice(0, found.index) + ' ' + text.slice(found.index + found[0].length)).trim() };
}

/** The words that ask for a page of a pinned list. */
export const logPageWords = (page: number | undefined, upTo: number | undefined): string[] => [
  ...(page && page > 1 ? [`page:${page}`] : []),
  ...(upTo !== undefined ? [`upto:${upTo}`] : []),
];

/**
 * Page `page` of `pageSize` rows, at most `cap` rows in all: `read(limit, offset)` reads newest first;
 * one row more than shown is read to know whether a next page exists.
 */
export function readLogPage<T>(input: { page: number; pageSize: number; cap?: number | undefined; read: (limit: number, offset: number) => T[] }): { items: T[]; more: boolean } {
  const cap = input.cap ?? Infinity;
  const offset = (input.page - 1) * input.pageSize;
  const onPage = Math.max(0, Math.min(input.pageSize, cap - offset));
  const read = onPage === 0 ? [] : input.read(onPage + 1, offset);
  return { items: read.slice(0, onPage), more: read.length > onPage && offset + onPage < cap };
}
