import type { BudgetDb } from '../../db/client.js';
import type { Lang } from '../i18n/lang.js';
import { displayName, localName } from '../i18n/local-names.js';
import { accountKindOf, accountRef } from '../ledger/accounts.js';
import { loadCatalogue } from './catalogue.js';

const WORDS: Record<Lang, { reserve: string; spent: string; savings: string }> = {
  ru: { reserve: 'резерв', spent: 'расходы', savings: 'экономия от цифровизации' },
  kk: { reserve: 'резерв', spent: 'шығыстар', savings: 'цифрландырудан үнемделген қаражат' },
  en: { reserve: 'reserve', spent: 'spending', savings: 'digitalisation savings' },
};

/** An administrator's name in the reader's language (with the official one beside it). */
export function ownerName(db: BudgetDb, owner: string, lang: Lang): string {
  const administrator = loadCatalogue(db).administrators.get(owner);
  return administrator ? displayName(administrator, lang) : owner;
}

/**
 * A person's name for an account: the project's name, "резерв: <source>", "расходы". `short`: in the
 * reader's language only, without the official name beside it (lines of a list on a phone).
 */
export function accountName(db: BudgetDb, account: string, lang: Lang, options: { short?: boolean } = {}): string {
  const nameOf = options.short ? localName : displayName;
  const kind = accountKindOf(account);
  if (kind === 'spent' || kind === 'savings') return WORDS[lang][kind];
  const ref = accountRef(account);
  const catalogue = loadCatalogue(db);
  if (kind === 'project') {
    const project = catalogue.projects.get(ref);
    return project ? nameOf(project, lang) : account;
  }
  const source = catalogue.sources.get(ref);
  return `${WORDS[lang].reserve}: ${source ? nameOf(source, lang) : ref}`;
}
