export type LedgerErrorCode =
  | 'invalid-id'
  | 'invalid-date'
  | 'invalid-amount'
  | 'same-account'
  | 'unknown-account'
  | 'spent-paid-out'
  | 'savings-paid-into'
  | 'overdraft'
  | 'id-conflict'
  | 'out-of-date-order'
  | 'future-date'
  | 'savings-not-recognised'
  | 'invalid-description';

/** A broken ledger rule. `code` lets the bot say it in the user's language; `message` is plain English. */
export class LedgerError extends Error {
  constructor(
    readonly code: LedgerErrorCode,
    message: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'LedgerError';
  }
}
