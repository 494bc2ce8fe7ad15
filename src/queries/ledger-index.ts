import type { BudgetDb } from '../../db/client.js';
import { dataVersions, getProgramme, listSources } from '../../db/stores/catalogue-store.js';
import { lastSeq, listAccounts, transfersAfter } from '../../db/stores/ledger-store.js';

// The ledger in memory, for questions about periods and groups at any size: every transfer once
// (grouped by the month it is dated in), and per account and month the running totals of six kinds
// of flow. A sum over whole months is then one subtraction per account; only the month or two at a
// period's edges are read transfer by transfer. The database stays the truth: the index follows it
// (new transfers are added as they come; a changed catalogue or dataset rebuilds it).

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

/** The month number (year × 12 + month − 1) of an ISO date. */
const monthOf = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

/** The ISO date of the first day of a month number. */
const monthStart = (month: number): string => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;

interface MonthBucket {
  days: number[];
  from: number[];
  to: number[];
  amount: number[];
}

/** Per-account arrays of the totals of each flow over a period (indexed like `accounts`). */
export type FlowTotals = Record<Flow, Float64Array>;

export class LedgerIndex {
  /** Account ids in a fixed order; an account's position is its index everywhere. */
  readonly accounts: string[] = [];
  readonly accountIndex = new Map<string, number>();
  private kinds: KindCode[] = [];
  private opening: number[] = [];
  private firstMonth = 0;
  private months = 0;
  private buckets: MonthBucket[] = [];
  /** cumulative[(a × (months + 1) + m) × F + f]: flow f of account a over the months before month m. */
  private cumulative = new Float64Array(0);
  private seq = 0;
  private version = -1;
  private catalogueVersion = -1;
  private datasetId = '';

  /** The index of `db`, brought up to date with it (one small query when nothing changed). */
  static of(db: BudgetDb): LedgerIndex {
    let index = indexes.get(db);
    if (!index) indexes.set(db, (index = new LedgerIndex()));
    index.refresh(db);
    return index;
  }

  get transferCount(): number {
    return this.buckets.reduce((n, b) => n + b.days.length, 0);
  }

  kindOf(account: number): 'reserve' | 'project' | 'spent' | 'savings' {
    return (['reserve', 'project', 'spent', 'savings'] as const)[this.kinds[account]!];
  }

  private refresh(db: BudgetDb): void {
    const versions = dataVersions(db);
    if (versions.version === this.version) return;
    const datasetId = getProgramme(db)?.datasetId ?? '';
    const newest = lastSeq(db);
    if (versions.catalogue !== this.catalogueVersion || datasetId !== this.datasetId || newest < this.seq) this.rebuild(db);
    else this.addTransfersAfter(db, this.seq);
    this.version = versions.version;
    this.catalogueVersion = versions.catalogue;
    this.datasetId = datasetId;
  }

  private rebuild(db: BudgetDb): void {
    this.accounts.length = 0;
    this.accountIndex.clear();
    this.kinds = [];
    this.opening = [];
    const reserved = new Map(listSources(db).map((s) => [`reserve:${s.id}`, s.reserved]));
    for (const { id, kind } of listAccounts(db)) this.addAccount(id, KIND_CODE[kind], reserved.get(id) ?? 0);
    this.months = 0;
    this.buckets = [];
    this.cumulative = new Float64Array(0);
    this.seq = 0;
    this.addTransfersAfter(db, 0);
  }

  private addAccount(id: string, kind: KindCode, opening: number): number {
    const index = this.accounts.length;
    this.accounts.push(id);
    this.accountIndex.set(id, index);
    this.kinds.push(kind);
    this.opening.push(opening);
    return index;
  }

  private addTransfersAfter(db: BudgetDb, seq: number): void {
    // Rows come in ledger order; their months are gathered first, so the arrays are sized once.
    const rows = [...transfersAfter(db, seq)];
    if (rows.length === 0) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const [, date] of rows) {
      const m = monthOf(date);
      if (m < lo) lo = m;
      if (m > hi) hi = m;
    }
    const reshaped = this.cover(lo, hi, db);
    for (const [rowSeq, date, from, to, amount] of rows) {
      const f = this.accountIndex.get(from)!;
      const t = this.accountIndex.get(to)!;
      this.add(date, f, t, amount);
      // A few new transfers update the running totals in place (every later month of two accounts).
      if (!reshaped) this.addToRunningTotals(monthOf(date) - this.firstMonth, f, t, amount);
      this.seq = rowSeq;
    }
    if (reshaped) this.recomputeCumulative();
  }

  private addToRunningTotals(month: number, from: number, to: number, amount: number): void {
    const width = this.months + 1;
    const [fromDelta, toDelta] = this.flowDeltas(from, to, amount);
    for (const [account, delta] of [[from, fromDelta], [to, toDelta]] as const) {
      for (let m = month + 1; m < width; m++) {
        const at = (account * width + m) * F;
        for (let f = 0; f < F; f++) this.cumulative[at + f]! += delta[f]!;
      }
    }
  }

  /** What one transfer adds to each flow of its two accounts. */
  private flowDeltas(from: number, to: number, amount: number): [number[], number[]] {
    const toKind = this.kinds[to];
    const fromDelta = [0, 0, 0, 0, 0, 0];
    const toDelta = [0, 0, 0, 0, 0, 0];
    fromDelta[OUT] = amount;
    toDelta[IN] = amount;
    if (toKind === KIND_CODE.spent) fromDelta[OUT_SPENT] = amount;
    if (toKind === KIND_CODE.reserve) fromDelta[OUT_RESERVE] = amount;
    if (toKind === KIND_CODE.project) fromDelta[OUT_PROJECT] = amount;
    if (this.kinds[from] === KIND_CODE.reserve) toDelta[IN_RESERVE] = amount;
    return [fromDelta, toDelta];
  }

  /**
   * Makes room for months lo…hi (and for accounts created since the last build); true when the
   * running totals must be computed anew (the first build, or new months or accounts).
   */
  private cover(lo: number, hi: number, db: BudgetDb): boolean {
    let reshaped = this.cumulative.length === 0;
    const accounts = listAccounts(db);
    if (this.accountIndex.size < accounts.length) {
      const reserved = new Map(listSources(db).map((s) => [`reserve:${s.id}`, s.reserved]));
      for (const { id, kind } of accounts) if (!this.accountIndex.has(id)) this.addAccount(id, KIND_CODE[kind], reserved.get(id) ?? 0);
      reshaped = true;
    }
    if (this.months === 0) {
      this.firstMonth = lo;
      this.months = hi - lo + 1;
      this.buckets = Array.from({ length: this.months }, emptyBucket);
      return true;
    }
    const first = Math.min(this.firstMonth, lo);
    const last = Math.max(this.firstMonth + this.months - 1, hi);
    if (first === this.firstMonth && last === this.firstMonth + this.months - 1) return reshaped;
    const before = Array.from({ length: this.firstMonth - first }, emptyBucket);
    const after = Array.from({ length: last - (this.firstMonth + this.months - 1) }, emptyBucket);
    this.buckets = [...before, ...this.buckets, ...after];
    this.firstMonth = first;
    this.months = last - first + 1;
    return true;
  }

  private add(date: string, from: number, to: number, amount: number): void {
    const bucket = this.buckets[monthOf(date) - this.firstMonth]!;
    bucket.days.push(dayOf(date));
    bucket.from.push(from);
    bucket.to.push(to);
    bucket.amount.push(amount);
  }

  /** Running totals per account and month, from the buckets (linear in accounts × months + transfers). */
  private recomputeCumulative(): void {
    const width = this.months + 1;
    const cumulative = new Float64Array(this.accounts.length * width * F);
    for (let m = 0; m < this.months; m++) {
      const bucket = this.buckets[m]!;
      // Month m's flows go into slot m + 1; slot m + 1 then adds slot m (prefix sums).
      for (let i = 0; i < bucket.days.length; i++) {
        this.accumulate(cumulative, width, m + 1, bucket.from[i]!, bucket.to[i]!, bucket.amount[i]!);
      }
    }
    for (let a = 0; a < this.accounts.length; a++) {
      for (let m = 1; m < width; m++) {
        const at = (a * width + m) * F;
        const prev = at - F;
        for (let f = 0; f < F; f++) cumulative[at + f]! += cumulative[prev + f]!;
      }
    }
    this.cumulative = cumulative;
  }

  private accumulate(target: Float64Array, width: number, slot: number, from: number, to: number, amount: number): void {
    const [fromDelta, toDelta] = this.flowDeltas(from, to, amount);
    const fromAt = (from * width + slot) * F;
    const toAt = (to * width + slot) * F;
    for (let f = 0; f < F; f++) {
      target[fromAt + f]! += fromDelta[f]!;
      target[toAt + f]! += toDelta[f]!;
    }
  }

  /** Each account's flows over the days first…last (ISO dates, both included). */
  flows(first: string, last: string): FlowTotals {
    const totals = Object.fromEntries(FLOWS.map((f) => [f, new Float64Array(this.accounts.length)])) as FlowTotals;
    if (this.months === 0 || last < first) return totals;
    const width = this.months + 1;
    const firstDay = dayOf(first);
    const lastDay = dayOf(last);
    const m1 = monthOf(first) - this.firstMonth;
    const m2 = monthOf(last) - this.firstMonth;
    // Whole months strictly inside come from the running totals; the edge months are read one by one.
    const wholeFrom = Math.max(0, m1 + 1);
    const wholeTo = Math.min(this.months - 1, m2 - 1);
    const channels = FLOWS.map((f) => totals[f]);
    if (wholeFrom <= wholeTo) {
      for (let a = 0; a < this.accounts.length; a++) {
        const end = (a * width + wholeTo + 1) * F;
        const start = (a * width + wholeFrom) * F;
        for (let f = 0; f < F; f++) channels[f]![a] = this.cumulative[end + f]! - this.cumulative[start + f]!;
      }
    }
    const edges = m1 === m2 ? [m1] : [m1, m2];
    for (const m of edges) {
      if (m < 0 || m >= this.months) continue;
      const bucket = this.buckets[m]!;
      for (let i = 0; i < bucket.days.length; i++) {
        const day = bucket.days[i]!;
        if (day < firstDay || day > lastDay) continue;
        this.addTo(channels, bucket.from[i]!, bucket.to[i]!, bucket.amount[i]!);
      }
    }
    return totals;
  }

  private addTo(channels: Float64Array[], from: number, to: number, amount: number): void {
    const [fromDelta, toDelta] = this.flowDeltas(from, to, amount);
    for (let f = 0; f < F; f++) {
      channels[f]![from]! += fromDelta[f]!;
      channels[f]![to]! += toDelta[f]!;
    }
  }

  /** Each account's balance at the end of `date`. */
  balances(date: string): Float64Array {
    const balances = Float64Array.from(this.opening);
    if (this.months === 0) return balances;
    const flows = this.flows(monthStart(this.firstMonth), date);
    for (let a = 0; a < balances.length; a++) balances[a]! += flows.in[a]! - flows.out[a]!;
    return balances;
  }

  /** The first day with a transfer (null for an empty ledger). */
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
}

const indexes = new WeakMap<BudgetDb, LedgerIndex>();

const emptyBucket = (): MonthBucket => ({ days: [], from: [], to: [], amount: [] });

/** The last day of a month number, as an ISO date. */
function lastDayOf(month: number): string {
  const date = new Date(Date.UTC(Math.floor(month / 12), (month % 12) + 1, 0));
  return date.toISOString().slice(0, 10);
}
