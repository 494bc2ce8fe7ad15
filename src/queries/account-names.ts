import type { BudgetDb } from '../../db/client.js';
import { projectName, sourceName } from '../../db/stores/catalogue-store.js';
import type { Lang } from '../i18n/lang.js';
import { accountKindOf, accountRef } from '../ledger/accounts.js';

const WORDS: Record<Lang, { reserve: string; spent: string; savings: string }> = {
  ru: { reserve: 'резерв', spent: 'расходы', savings: 'экономия от цифровизации' },
  kk: { reserve: 'резерв', spent: 'шығыстар', savings: 'цифрландырудан үнемделген қаражат' },
  en: { reserve: 'reserve', spent: 'spending', savings: 'digitalisation savings' },
};

/** A person's name for an account: the project's name, "резерв: <source>", "расходы". */
export function accountName(db: BudgetDb, account: string, lang: Lang): string {
  const kind = accountKindOf(account);
  if (kind === 'spent' || kind === 'savings') return WORDS[lang][kind];
  const ref = accountRef(account);
  if (kind === 'project') return projectName(db, ref) ?? account;
  return `${WORDS[lang].reserve}: ${sourceName(db, ref) ?? ref}`;
}
