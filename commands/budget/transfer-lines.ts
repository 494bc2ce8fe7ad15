import type { BudgetDb } from '../../db/client.js';
import { formatDate } from '../../src/format/dates.js';
import { formatMoneyShort } from '../../src/format/money.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { RecordedTransfer } from '../../src/ledger/record-transfer.js';
import { accountName } from '../../src/queries/account-names.js';
import { bold, line, type Block, type Inline } from '../../src/reply/reply.js';

/**
 * `• 15 июля 2026 · 5 млрд ₸: KazLLM → Суперкомпьютер — reason (actor)`. On the card of one of the
 * two accounts (`seenFrom`) only the other one is named: `→ расходы`, `← резерв: …`.
 */
export function describeTransfer(db: BudgetDb, transfer: RecordedTransfer, lang: Lang, seenFrom?: string): Block {
  // Names in the reader's language only: a movement is one line of a list read on a phone.
  const name = (account: string) => accountName(db, account, lang, { short: true });
  const sides =
    seenFrom === transfer.from ? ` → ${name(transfer.to)}` : seenFrom === transfer.to ? ` ← ${name(transfer.from)}` : `: ${name(transfer.from)} → ${name(transfer.to)}`;
  const parts: Inline[] = [`• ${formatDate(transfer.date, lang)} · `, bold(formatMoneyShort(transfer.amount, lang)), sides];
  const why = [transfer.reason, transfer.actor ? `(${transfer.actor})` : ''].filter(Boolean).join(' ');
  if (why) parts.push(` — ${why}`);
  return line(...parts);
}
