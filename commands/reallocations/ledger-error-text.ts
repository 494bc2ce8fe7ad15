import type { BudgetDb } from '../../db/client.js';
import { formatDate } from '../../src/format/dates.js';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { LedgerError } from '../../src/ledger/ledger-error.js';
import { accountName } from '../../src/queries/account-names.js';
import { perLang } from '../../src/i18n/per-lang.js';

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
          ru: `На счёте «${name(lang, 'account')}» уже есть перевод от ${formatDate(String(d.lastDate), lang)}; новый не может быть датирован раньше (${formatDate(String(d.date), lang)}).`,
          kk: `«${name(lang, 'account')}» шотында ${formatDate(String(d.lastDate), lang)} күнгі аударым бар; жаңа аударымның күні одан ерте бола алмайды (${formatDate(String(d.date), lang)}).`,
          en: `"${name(lang, 'account')}" already has a transfer dated ${formatDate(String(d.lastDate), lang)}; a new one cannot be dated earlier (${formatDate(String(d.date), lang)}).`,
        })[lang],
      );
    case 'future-date':
      return perLang((lang) =>
        ({
          ru: `Дата ${formatDate(String(d.date), 'ru')} ещё не наступила: перевод можно датировать не позже сегодняшнего дня (${formatDate(String(d.today), 'ru')}).`,
          kk: `${formatDate(String(d.date), 'kk')} әлі келген жоқ: аударымның күні бүгіннен (${formatDate(String(d.today), 'kk')}) кеш бола алмайды.`,
          en: `${formatDate(String(d.date), 'en')} is still to come: a transfer can be dated today (${formatDate(String(d.today), 'en')}) at the latest.`,
        })[lang],
      );
    case 'savings-not-recognised':
      return perLang((lang) =>
        ({
          ru: `Реинвестировать можно только признанную экономию: осталось ${money('ru', 'balance')}, а нужно ${money('ru', 'amount')}. Сначала администратор записывает экономию: /savings. Ничего не переведено.`,
          kk: `Тек танылған үнемделген қаражатты қайта инвестициялауға болады: ${money('kk', 'balance')} қалды, ал ${money('kk', 'amount')} керек. Алдымен әкімші үнемделген қаражатты тіркейді: /savings. Ештеңе аударылмады.`,
          en: `Only recognised savings can be reinvested: ${money('en', 'balance')} is left and ${money('en', 'amount')} was asked. An admin records savings first: /savings. Nothing was moved.`,
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
