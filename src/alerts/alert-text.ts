import type { BudgetDb } from '../../db/client.js';
import { formatDate } from '../format/dates.js';
import { astanaDateTime, kazakhstanDate } from '../format/iso-date.js';
import { formatMoneyExact, formatMoneyShort } from '../format/money.js';
import type { Lang } from '../i18n/lang.js';
import { accountKindOf } from '../ledger/accounts.js';
import type { RecordedTransfer } from '../ledger/record-transfer.js';
import { accountName } from '../queries/account-names.js';
import { line, type Reply } from '../reply/reply.js';

// The transfer id is always in an alert, so a duplicate after a crash is recognisable (sendMessage
// has no idempotency key). Long names and reasons are clipped so an alert always fits one message.

type TransferKind = 'allocation' | 'reallocation' | 'release' | 'spending' | 'reinvestment' | 'reserveTransfer' | 'transfer';

const TEXT = {
  ru: {
    kinds: {
      allocation: 'Выделение средств проекту',
      reallocation: 'Перераспределение между проектами',
      release: 'Возврат средств в резерв',
      spending: 'Расход проекта',
      reinvestment: 'Реинвестирование экономии',
      reserveTransfer: 'Перевод между резервами',
      transfer: 'Перевод средств',
    },
    amount: 'Сумма', from: 'Откуда', to: 'Куда', balance: 'остаток', reason: 'Основание', who: 'Кто', when: 'Когда', id: 'ID перевода', astana: 'по Астане',
  },
  kk: {
    kinds: {
      allocation: 'Жобаға қаражат бөлінді',
      reallocation: 'Жобалар арасында қайта бөлу',
      release: 'Қаражат резервке қайтарылды',
      spending: 'Жоба шығыны',
      reinvestment: 'Үнемделген қаражатты қайта инвестициялау',
      reserveTransfer: 'Резервтер арасындағы аударым',
      transfer: 'Қаражат аударымы',
    },
    amount: 'Сомасы', from: 'Қайдан', to: 'Қайда', balance: 'қалдығы', reason: 'Негіздемесі', who: 'Кім', when: 'Қашан', id: 'Аударым ID', astana: 'Астана уақыты',
  },
  en: {
    kinds: {
      allocation: 'Allocation to a project',
      reallocation: 'Reallocation between projects',
      release: 'Released back to the reserve',
      spending: 'Project spending',
      reinvestment: 'Reinvestment of savings',
      reserveTransfer: 'Transfer between reserves',
      transfer: 'Transfer',
    },
    amount: 'Amount', from: 'From', to: 'To', balance: 'balance', reason: 'Reason', who: 'By', when: 'When', id: 'Transfer id', astana: 'Astana time',
  },
} satisfies Record<Lang, unknown>;

/** What ledger.md calls a movement from one kind of account to another. */
export function transferKind(from: string, to: string): TransferKind {
  const a = accountKindOf(from);
  const b = accountKindOf(to);
  if (a === 'savings') return 'reinvestment';
  if (a === 'reserve' && b === 'project') return 'allocation';
  if (a === 'project' && b === 'project') return 'reallocation';
  if (a === 'project' && b === 'reserve') return 'release';
  if (a === 'project' && b === 'spent') return 'spending';
  if (a === 'reserve' && b === 'reserve') return 'reserveTransfer';
  return 'transfer';
}

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The alert for one transfer, in the subscriber's language: one message. */
export function transferAlert(db: BudgetDb, transfer: RecordedTransfer, lang: Lang, reasonLimit = 1000): Reply {
  const t = TEXT[lang];
  const side = (account: string, balanceAfter: number) => {
    const name = clip(accountName(db, account, lang), 200);
    // `spent` and `savings` are a sink and an outside source: their "balance" means nothing to a reader.
    const kind = accountKindOf(account);
    return kind === 'reserve' || kind === 'project' ? `${name} (${t.balance} ${formatMoneyShort(balanceAfter, lang)})` : name;
  };
  const lines = [
    `🔔 ${t.kinds[transferKind(transfer.from, transfer.to)]}`,
    `${t.amount}: ${formatMoneyShort(transfer.amount, lang)} (${formatMoneyExact(transfer.amount, lang)})`,
    `${t.from}: ${side(transfer.from, transfer.fromBalanceAfter)}`,
    `${t.to}: ${side(transfer.to, transfer.toBalanceAfter)}`,
  ];
  if (transfer.reason.trim()) lines.push(`${t.reason}: ${clip(transfer.reason.trim(), reasonLimit)}`);
  if (transfer.actor.trim()) lines.push(`${t.who}: ${clip(transfer.actor.trim(), 200)}`);
  lines.push(`${t.when}: ${whenText(transfer, lang)}`);
  lines.push(`${t.id}: ${transfer.id}`);
  return { blocks: lines.map((text) => line(text)), data: { transfer } };
}

/** The transfer's date, with the time it was recorded when that was on the same day in Kazakhstan. */
function whenText(transfer: RecordedTransfer, lang: Lang): string {
  const date = formatDate(transfer.date, lang);
  const recorded = new Date(transfer.recordedAt);
  if (Number.isNaN(recorded.getTime()) || kazakhstanDate(recorded) !== transfer.date) return date;
  const time = astanaDateTime(recorded).slice(11);
  return `${date}, ${time} (${TEXT[lang].astana})`;
}
