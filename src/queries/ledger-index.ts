import type { BudgetDb } from '../../db/client.js';
import { dataVersions, getProgramme, listSources } from '../../db/stores/catalogue-store.js';
import { readLedgerSnapshot, saveLedgerSnapshot } from '../../db/stores/ledger-snapshot-store.js';
import { daysWithTransfers, lastSeq, listAccounts, readMonthlyFlows, transferCountsByMonth, transfersAfter, transfersBetween, transfersInDateOrder } from '../../db/stores/ledger-store.js';

// The ledger's flows in memory, for questions about periods and groups at any size. Built from the
// monthly roll-ups the ledger keeps (one row per account and month, not one per transfer): per
// account, the running totals of six kinds of flow at each month's start. A sum over whole months
// is then one subtraction per account. A period that ends inside a month reads that month's
// transfers once, and only when the day falls between its first and last transfer. Once warmed up
// (`keepAllMonths`), every month's transfers sit in typed arrays (13 bytes a transfer), so a day
// never asked before costs a partial month's additions, not a read of the database.
// The database stays the truth: new transfers are added as they come; a changed catalogue, a new
// month or a new dataset rebuilds the index from the roll-ups.

/** Kinds of flow kept per account and month. */
export const FLOWS = ['in', 'out', 'outSpent', 'inReserve', 'outReserve', 'outProject'] as const;
export type Flow = (typeof FLOWS)[number];
const F = FLOWS.length;
const IN = 0;
const OUT = 1;
const OUT_SPENT = 2;
const IN_RESERVE = 3;
const OUT_RESERVE = 4;
const OUT_PROJECT = 5;

const KIND_CODE = { reserve: 0, project: 1, spent: 2, savings: 3 } as const;
type KindCode = (typeof KIND_CODE)[keyof typeof KIND_CODE];

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The month number (year × 12 + month − 1) of an ISO date or of "YYYY-MM". */
const monthOf = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The ISO date of the first day of a month number. */
const monthStart = (month: number): string => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;

/**
 * One month's transfers in day order: the day of the month, accounts' positions and amounts. Kept
 * as small as they go (13 bytes a transfer with fewer than 65 536 accounts), since a million of
 * them stay in memory.
 */
interface MonthTransfers {
  /** The day number of the month's first day. */
  start: number;
  /** How many transfers the arrays hold (they have room for more: new ones are put in place). */
  size: number;
  dayOfMonth: Uint8Array;
  from: Uint16Array | Int32Array;
  to: Uint16Array | Int32Array;
  amount: Float64Array;
}

/** `wide`: more accounts than 16 bits number. */
function emptyMonth(n: number, start: number, wide: boolean): MonthTransfers {
  const positions = () => (wide ? new Int32Array(n) : new Uint16Array(n));
  return { start, size: n, dayOfMonth: new Uint8Array(n), from: positions(), to: positions(), amount: new Float64Array(n) };
}

/** How many of the month's transfers fall on `day` or before it. */
const countUpTo = (month: MonthTransfers, day: number): number => upperBound(month.dayOfMonth, day - month.start + 1, month.size);

const dayAt = (month: MonthTransfers, i: number): number => month.start + month.dayOfMonth[i]! - 1;

/** Per-account arrays of the totals of each flow over a period (indexed like `accounts`). */
export type FlowTotals = Record<Flow, Float64Array>;

/** Months whose transfers stay in memory after a question needed them (all of them once warmed up). */
const MONTHS_KEPT = 3;
/** Prefix totals kept for the last days asked (questions keep asking about "today"). */
const DAYS_KEPT = 8;

export class LedgerIndex {
  /** Account ids in a fixed order; an account's position is its index everywhere. */
  readonly accounts: string[] = [];
  readonly accountIndex = new Map<string, number>();
  /** Raised whenever accounts' positions may have changed (a rebuild). */
  generation = 0;
  private kinds: KindCode[] = [];
  private opening: number[] = [];
  private firstMonth = 0;
  private months = 0;
  /**
   * slots[m][f][a]: flow f of account a over the months before month m (slot 0 is all zeros). Kept
   * month by month and flow by flow, so a month's totals for every account are one array each.
   */
  private slots: Float64Array[][] = [];
  /** Every slot's arrays, end to end in one buffer (saved as it is, without a copy). */
  private totals: Float64Array = new Float64Array(0);
  /** The transfer the saved totals in the database stand at (-1: none saved or read by this index). */
  private savedSeq = -1;
  /** Per month: the first and last day with a transfer (days since 1970), read when first needed. */
  private spans = new Map<number, { first: number; last: number } | null>();
  private loaded = new Map<number, MonthTransfers>();
  /** Keep every month's transfers in memory (set by the warm-up of a running bot). */
  private allMonths = false;
  private prefixCache = new Map<number, Float64Array[]>();
  /** Copies the cache let go of, filled again for the next day asked instead of allocated (their garbage was the tail of a new day's answer). */
  private spare: Float64Array[][] = [];
  /** The same for periods (callers only read what they get). */
  private flowsCache = new Map<string, FlowTotals>();
  private seq = 0;
  /** The database's data version the index stands at (answers made from it are good while it holds). */
  version = -1;
  private catalogueVersion = -1;
  private datasetId = '';

  private constructor(private readonly db: BudgetDb) {}

  /** The index of `db`, brought up to date with it (one small query when nothing changed). */
  static of(db: BudgetDb): LedgerIndex {
    let index = indexes.get(db);
    if (!index) indexes.set(db, (index = new LedgerIndex(db)));
    index.refresh();
    return index;
  }

  /** Loads every month's transfers into memory and keeps them there, kept current as transfers come. */
  keepAllMonths(): void {
    this.allMonths = true;
    this.loadAllMonths();
  }

  private loadAllMonths(): void {
    const counts = transferCountsByMonth(this.db);
    const filled = new Map<number, number>();
    for (const [month, n] of counts) {
      const m = monthOf(month) - this.firstMonth;
      if (m >= 0 && m < this.months) {
        this.loaded.set(m, emptyMonth(n, dayOf(monthStart(this.firstMonth + m)), this.accounts.length > 0x10000));
        filled.set(m, 0);
      }
    }
    for (const [date, from, to, amount] of transfersInDateOrder(this.db)) {
      const m = monthOf(date) - this.firstMonth;
      const month = this.loaded.get(m);
      if (!month) continue;
      const i = filled.get(m)!;
      month.dayOfMonth[i] = Number(date.slice(8, 10));
      month.from[i] = this.accountIndex.get(from)!;
      month.to[i] = this.accountIndex.get(to)!;
      month.amount[i] = amount;
      filled.set(m, i + 1);
    }
  }

  private refresh(): void {
    const versions = dataVersions(this.db);
    if (versions.version === this.version) return;
    const datasetId = getProgramme(this.db)?.datasetId ?? '';
    this.prefixCache.clear();
    this.flowsCache.clear();
    const fresh = versions.catalogue !== this.catalogueVersion || datasetId !== this.datasetId || lastSeq(this.db) < this.seq || !this.addTransfersAfter(this.seq);
    if (fresh) this.rebuild(versions.catalogue, datasetId);
    this.version = versions.version;
    this.catalogueVersion = versions.catalogue;
    this.datasetId = datasetId;
  }

  /**
   * Saves the running totals as they stand, so that the next start (another process) reads them in
   * one row instead of every monthly roll-up. A warmed-up bot calls it.
   */
  saveSnapshot(savedAt: Date): void {
    this.refresh();
    // Restored from those very totals with nothing recorded since: already saved. (Writing them
    // again costs a copy of several megabytes at the bot's busiest moment of memory.)
    if (this.savedSeq === this.seq) return;
    saveLedgerSnapshot(
      this.db,
      {
        seq: this.seq,
        catalogueVersion: this.catalogueVersion,
        datasetId: this.datasetId,
        firstMonth: this.firstMonth,
        months: this.months,
        accounts: this.accounts.join('\n'),
        totals: Buffer.from(this.totals.buffer, this.totals.byteOffset, this.totals.byteLength),
      },
      savedAt,
    );
    this.savedSeq = this.seq;
  }

  /** The saved totals, when they were made from this very catalogue and dataset; the transfers since are added. */
  private restored(catalogueVersion: number, datasetId: string): boolean {
    const saved = readLedgerSnapshot(this.db);
    const n = this.accounts.length;
    if (!saved || saved.catalogueVersion !== catalogueVersion || saved.datasetId !== datasetId || saved.seq > lastSeq(this.db)) return false;
    if (saved.accounts !== this.accounts.join('\n') || saved.totals.byteLength !== (saved.months + 1) * F * n * 8) return false;
    // Copied out of the row's buffer (aligned, and the index adds to it in place).
    const totals = new Float64Array(saved.totals.byteLength / 8);
    new Uint8Array(totals.buffer).set(saved.totals);
    this.firstMonth = saved.firstMonth;
    this.months = saved.months;
    this.useTotals(totals);
    this.seq = saved.seq;
    if (!this.addTransfersAfter(saved.seq)) return false;
    this.savedSeq = saved.seq;
    return true;
  }

  private rebuild(catalogueVersion: number, datasetId: string): void {
    this.generation += 1;
    this.savedSeq = -1;
    this.accounts.length = 0;
    this.accountIndex.clear();
    this.kinds = [];
    this.opening = [];
    this.spans.clear();
    this.loaded.clear();
    const reserved = new Map(listSources(this.db).map((s) => [`reserve:${s.id}`, s.reserved]));
    for (const { id, kind } of listAccounts(this.db)) {
      this.accountIndex.set(id, this.accounts.length);
      this.accounts.push(id);
      this.kinds.push(KIND_CODE[kind]);
      this.opening.push(reserved.get(id) ?? 0);
    }
    if (this.restored(catalogueVersion, datasetId)) {
      if (this.allMonths) this.loadAllMonths();
      return;
    }
    const n = this.accounts.length;
    let slots: Float64Array[][] = [];
    // Month m's flows go into slot m + 1; each slot then adds the one before it (running totals).
    const { lastSeq: seq } = readMonthlyFlows(
      this.db,
      (first, last) => {
        this.firstMonth = first === null ? 0 : monthOf(first);
        this.months = first === null || last === null ? 0 : monthOf(last) - this.firstMonth + 1;
        slots = this.useTotals(new Float64Array((this.months + 1) * F * n));
      },
      (row) => {
        const a = this.accountIndex.get(row[0]);
        if (a === undefined) return;
        const slot = slots[row[1] - this.firstMonth + 1]!;
        // Flows are the row's columns from the third on (no rest array: this runs for every roll-up at a start).
        for (let f = 0; f < F; f++) slot[f]![a] = row[f + 2] as number;
      },
    );
    for (let m = 1; m < slots.length; m++) {
      for (let f = 0; f < F; f++) {
        const running = slots[m]![f]!;
        const before = slots[m - 1]![f]!;
        for (let a = 0; a < n; a++) running[a]! += before[a]!;
      }
    }
    this.seq = seq;
    if (this.allMonths) this.loadAllMonths();
  }

  /** Takes `totals` as every slot's arrays: slot m's flow f is its (m × F + f)-th stretch of one account each. */
  private useTotals(totals: Float64Array): Float64Array[][] {
    const n = this.accounts.length;
    this.totals = totals;
    this.slots = Array.from({ length: this.months + 1 }, (_, m) => Array.from({ length: F }, (_, f) => totals.subarray((m * F + f) * n, (m * F + f + 1) * n)));
    return this.slots;
  }

  /**
   * Adds the transfers recorded since `seq` in place (every later month of their two accounts);
   * false when one needs a rebuild instead (an account or a month the index does not have).
   */
  private addTransfersAfter(seq: number): boolean {
    const rows = [...transfersAfter(this.db, seq)];
    for (const [, date, from, to] of rows) {
      const m = monthOf(date) - this.firstMonth;
      if (this.months === 0 || m < 0 || m >= this.months || !this.accountIndex.has(from) || !this.accountIndex.has(to)) return false;
    }
    for (const [rowSeq, date, fromId, toId, amount] of rows) {
      const from = this.accountIndex.get(fromId)!;
      const to = this.accountIndex.get(toId)!;
      const m = monthOf(date) - this.firstMonth;
      for (let slot = m + 1; slot <= this.months; slot++) this.add(this.slots[slot]!, from, to, amount);
      // A month in memory takes the transfer in its place; otherwise what is known of it is forgotten.
      const month = this.loaded.get(m);
      if (month) this.loaded.set(m, withTransfer(month, dayOf(date), from, to, amount));
      else this.spans.delete(m);
      this.seq = rowSeq;
    }
    return true;
  }

  /** Each account's flows over the days first…last (ISO dates, both included). */
  flows(first: string, last: string): FlowTotals {
    const key = `${first} ${last}`;
    const known = this.flowsCache.get(key);
    if (known) return known;
    const computed = this.computeFlows(first, last);
    if (this.flowsCache.size >= DAYS_KEPT) this.flowsCache.delete(this.flowsCache.keys().next().value!);
    this.flowsCache.set(key, computed);
    return computed;
  }

  private computeFlows(first: string, last: string): FlowTotals {
    const upTo = this.prefix(dayOf(last));
    const before = this.prefix(dayOf(first) - 1);
    const totals = upTo.map((channel, f) => {
      const out = new Float64Array(channel.length);
      if (last >= first) for (let a = 0; a < channel.length; a++) out[a] = channel[a]! - before[f]![a]!;
      return out;
    });
    return Object.fromEntries(FLOWS.map((flow, f) => [flow, totals[f]!])) as FlowTotals;
  }

  /** Each account's balance at the end of `date`. */
  balances(date: string): Float64Array {
    const balances = Float64Array.from(this.opening);
    const flows = this.prefix(dayOf(date));
    for (let a = 0; a < balances.length; a++) balances[a]! += flows[IN]![a]! - flows[OUT]![a]!;
    return balances;
  }

  /** One account's flows over every transfer so far, and its balance after them (null: not an account the index has). */
  totalsOf(account: string): { balance: number; in: number; out: number; outSpent: number } | null {
    const a = this.accountIndex.get(account);
    const all = this.slots[this.months];
    if (a === undefined || !all) return null;
    return { balance: this.opening[a]! + all[IN]![a]! - all[OUT]![a]!, in: all[IN]![a]!, out: all[OUT]![a]!, outSpent: all[OUT_SPENT]![a]! };
  }

  /** The first day of the first month with a transfer (null for an empty ledger). */
  get firstDate(): string | null {
    return this.months === 0 ? null : monthStart(this.firstMonth);
  }

  /**
   * Per month from first to last: the sum of flow `flow` over the accounts `accounts` (a month's
   * total, whole months only).
   */
  monthly(flow: Flow, accounts: readonly number[], first: string, last: string): { month: string; value: number }[] {
    const out: { month: string; value: number }[] = [];
    for (let month = monthOf(first); month <= monthOf(last); month++) {
      const start = monthStart(month);
      const end = month === monthOf(last) ? last : lastDayOf(month);
      const totals = this.flows(start < first ? first : start, end)[flow];
      out.push({ month: start.slice(0, 7), value: accounts.reduce((sum, a) => sum + totals[a]!, 0) });
    }
    return out;
  }

  /**
   * Each account's flows (one array per kind, in FLOWS order) over every day up to `day` included:
   * the running totals at the start or the end of its month, and, only when the day falls between
   * the month's first and last transfer, that month's transfers on the nearer side of it. Read
   * only: a whole month's totals are the index's own arrays, not a copy.
   */
  private prefix(day: number): Float64Array[] {
    const known = this.prefixCache.get(day);
    if (known) return known;
    const computed = this.computePrefix(day);
    if (this.prefixCache.size >= DAYS_KEPT) {
      const oldest = this.prefixCache.keys().next().value!;
      const arrays = this.prefixCache.get(oldest)!;
      this.prefixCache.delete(oldest);
      // Only a copy may be filled again: a whole month's totals are the index's own arrays.
      if (!this.slots.includes(arrays) && this.spare.length < 2) this.spare.push(arrays);
    }
    this.prefixCache.set(day, computed);
    return computed;
  }

  private computePrefix(day: number): Float64Array[] {
    const m = monthOfDay(day) - this.firstMonth;
    if (this.months === 0 || m < 0) return Array.from({ length: F }, () => new Float64Array(this.accounts.length));
    const span = m < this.months ? this.spanOf(m) : null;
    if (m >= this.months || span === null || day >= span.last) return this.slots[Math.min(m + 1, this.months)]!;
    if (day < span.first) return this.slots[m]!;
    const month = this.transfersOf(m);
    const k = countUpTo(month, day);
    const copyOf = (slot: number) => {
      const reused = this.spare.pop();
      if (reused?.[0]?.length !== this.accounts.length) return this.slots[slot]!.map((flow) => flow.slice());
      reused.forEach((channel, f) => channel.set(this.slots[slot]![f]!));
      return reused;
    };
    if (k <= month.size - k) {
      const channels = copyOf(m);
      for (let i = 0; i < k; i++) this.add(channels, month.from[i]!, month.to[i]!, month.amount[i]!);
      return channels;
    }
    const channels = copyOf(m + 1);
    for (let i = k; i < month.size; i++) this.add(channels, month.from[i]!, month.to[i]!, -month.amount[i]!);
    return channels;
  }

  /** The first and last day of month m that have a transfer (null: none). */
  private spanOf(m: number): { first: number; last: number } | null {
    const month = this.loaded.get(m);
    if (month) return month.size === 0 ? null : { first: dayAt(month, 0), last: dayAt(month, month.size - 1) };
    if (!this.spans.has(m)) {
      const start = monthStart(this.firstMonth + m);
      const found = daysWithTransfers(this.db, start, lastDayOf(this.firstMonth + m));
      this.spans.set(m, found.first && found.last ? { first: dayOf(found.first), last: dayOf(found.last) } : null);
    }
    return this.spans.get(m)!;
  }

  /** Month m's transfers in day order, read once and kept while they are among the last few needed. */
  private transfersOf(m: number): MonthTransfers {
    const kept = this.loaded.get(m);
    if (kept) {
      this.loaded.delete(m);
      this.loaded.set(m, kept);
      return kept;
    }
    const rows = transfersBetween(this.db, monthStart(this.firstMonth + m), lastDayOf(this.firstMonth + m));
    const month = emptyMonth(rows.length, dayOf(monthStart(this.firstMonth + m)), this.accounts.length > 0x10000);
    rows.forEach(([date, from, to, amount], i) => {
      month.dayOfMonth[i] = Number(date.slice(8, 10));
      month.from[i] = this.accountIndex.get(from)!;
      month.to[i] = this.accountIndex.get(to)!;
      month.amount[i] = amount;
    });
    if (!this.allMonths && this.loaded.size >= MONTHS_KEPT) this.loaded.delete(this.loaded.keys().next().value!);
    this.loaded.set(m, month);
    return month;
  }

  /** Adds one transfer (a negative amount takes it away) to per-flow, per-account totals. */
  private add(channels: Float64Array[], from: number, to: number, amount: number): void {
    channels[OUT]![from]! += amount;
    channels[IN]![to]! += amount;
    const toKind = this.kinds[to];
    if (toKind === KIND_CODE.spent) channels[OUT_SPENT]![from]! += amount;
    else if (toKind === KIND_CODE.reserve) channels[OUT_RESERVE]![from]! += amount;
    else if (toKind === KIND_CODE.project) channels[OUT_PROJECT]![from]! += amount;
    if (this.kinds[from] === KIND_CODE.reserve) channels[IN_RESERVE]![to]! += amount;
  }
}

const indexes = new WeakMap<BudgetDb, LedgerIndex>();

/** The month number of a day number (days since 1970-01-01). */
function monthOfDay(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The last day of a month number, as an ISO date. */
function lastDayOf(month: number): string {
  const date = new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0));
  return date.toISOString().slice(0, 10);
}

/**
 * Puts one more transfer in the month, after those of its day and before later days: in place,
 * with room made an eighth at a time (copying a month of a million-transfer ledger, 1 MB, for every
 * transfer recorded left that much garbage for the collector each time).
 */
function withTransfer(month: MonthTransfers, day: number, from: number, to: number, amount: number): MonthTransfers {
  const at = countUpTo(month, day);
  if (month.size === month.amount.length) grow(month, month.size + Math.max(64, month.size >> 3));
  for (const key of ['dayOfMonth', 'from', 'to', 'amount'] as const) month[key].copyWithin(at + 1, at, month.size);
  month.dayOfMonth[at] = day - month.start + 1;
  month.from[at] = from;
  month.to[at] = to;
  month.amount[at] = amount;
  month.size += 1;
  return month;
}

/** Gives the month's arrays room for `capacity` transfers. */
function grow(month: MonthTransfers, capacity: number): void {
  const larger = emptyMonth(capacity, month.start, month.from instanceof Int32Array);
  for (const key of ['dayOfMonth', 'from', 'to', 'amount'] as const) larger[key].set(month[key].subarray(0, month.size));
  Object.assign(month, { dayOfMonth: larger.dayOfMonth, from: larger.from, to: larger.to, amount: larger.amount });
}

/** How many of the first `end` ascending `values` are at most `limit`. */
function upperBound(values: ArrayLike<number>, limit: number, end: number): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
