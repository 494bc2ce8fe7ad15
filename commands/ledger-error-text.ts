import type { BudgetDb } from '../db/client.js';
import { formatMoneyShort } from '../src/format/money.js';
import type { Lang } from '../src/i18n/lang.js';
import type { LedgerError } from '../src/ledger/ledger-error.js';
import { accountName } from '../src/queries/account-names.js';
import { perLang } from './argument-parsing.js';

/** A broken ledger rule said plainly in each language (the LedgerError's message is English only). */
export function ledgerErrorText(db: BudgetDb, error: LedgerError): Record<Lang, string> {
  const d = error.details;
  const name = (lang: Lang, key: string) => (typeof d[key] === 'string' ? accountName(db, d[key], lang) : '');
  const money = (lang: Lang, key: string) => (typeof d[key] === 'number' ? formatMoneyShort(d[key], lang) : '');
  switch (error.code) {
    case 'overdraft':
      return {
        ru: `Недостаточно средств: на счёте «${name('ru', 'account')}» ${money('ru', 'balance')}, а нужно ${money('ru', 'amount')}. Ничего не переведено.`,
        kk: `Қаражат жеткіліксіз: «${name('kk', 'account')}» шотында ${money('kk', 'balance')}, ал ${money('kk', 'amount')} керек. Ештеңе аударылмады.`,
        en: `Not enough money: "${name('en', 'account')}" holds ${money('en', 'balance')}, and ${money('en', 'amount')} was asked. Nothing was moved.`,
      };
    case 'unknown-account':
      return {
        ru: `Счёт «${String(d.account)}» не найден. Счета: проект (id или название), reserve:<источник>.`,
        kk: `«${String(d.account)}» шоты табылмады. Шоттар: жоба (id немесе атауы), reserve:<көз>.`,
        en: `No account "${String(d.account)}". Accounts are a project (id or name) or reserve:<source>.`,
      };
    case 'same-account':
      return { ru: 'Откуда и куда — один и тот же счёт.', kk: 'Қайдан және қайда — бір шот.', en: 'From and to are the same account.' };
    case 'spent-paid-out':
      return {
        ru: '«Расходы» — итоговый счёт: из него нельзя переводить.',
        kk: '«Шығыстар» — соңғы шот: одан аудару мүмкін емес.',
        en: '"Spending" is a sink: money cannot be moved out of it.',
      };
    case 'savings-paid-into':
      return {
        ru: '«Экономия от цифровизации» — внешний источник: в неё нельзя переводить.',
        kk: '«Цифрландырудан үнемделген қаражат» — сыртқы көз: оған аудару мүмкін емес.',
        en: '"Digitalisation savings" is an outside source: money cannot be moved into it.',
      };
    case 'out-of-date-order':
      return perLang((lang) =>
        ({
          ru: `На счёте «${name(lang, 'account')}» уже есть перевод от ${String(d.lastDate)}; новый не может быть датирован раньше (${String(d.date)}).`,
          kk: `«${name(lang, 'account')}» шотында ${String(d.lastDate)} күнгі аударым бар; жаңасы одан ерте (${String(d.date)}) болмайды.`,
          en: `"${name(lang, 'account')}" already has a transfer dated ${String(d.lastDate)}; a new one cannot be dated earlier (${String(d.date)}).`,
        })[lang],
      );
    case 'invalid-amount':
      return {
        ru: 'Сумма должна быть целым положительным числом тенге.',
        kk: 'Сома теңгенің бүтін оң саны болуы керек.',
        en: 'The amount must be a positive whole number of tenge.',
      };
    default:
      return { ru: error.message, kk: error.message, en: error.message };
  }
}
