import { sql } from 'drizzle-orm';
import { blob, check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Money columns are whole tenge (SQLite INTEGER, exact up to 2^53 in JavaScript).

/** The one distributed budget programme this database describes (a single row, id = 1). */
export const programme = sqliteTable(
  'programme',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    administrator: text('administrator').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    currency: text('currency').notNull().default('KZT'),
    /** 1 while the database holds only the demo dataset seeded on first start; an import then replaces it. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
    /**
     * A random id given when a dataset first fills the database (or replaces the demo): a preview made
     * on one dataset can never be confirmed on another.
     */
    datasetId: text('dataset_id').notNull().default(''),
  },
  (t) => [check('programme_single_row', sql`${t.id} = 1`)],
);

/** Macro figures that default the projection: GDP of the base year (tenge) and baseline real growth. */
export const macro = sqliteTable(
  'macro',
  {
    id: integer('id').primaryKey(),
    baseYear: integer('base_year').notNull(),
    gdp: integer('gdp').notNull(),
    realGrowthPct: real('real_growth_pct').notNull(),
  },
  (t) => [check('macro_single_row', sql`${t.id} = 1`)],
);

export const sources = sqliteTable(
  'sources',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    /** The name in Kazakh and in English, when the data gives them (replies use the reader's language). */
    nameKk: text('name_kk'),
    nameEn: text('name_en'),
    amount: integer('amount').notNull(),
    /** The opening reserve: the first credit of the account `reserve:<id>`. */
    reserved: integer('reserved').notNull(),
  },
  (t) => [
    uniqueIndex('sources_id').on(t.id),
    check('sources_reserved_within_amount', sql`${t.reserved} >= 0 AND ${t.reserved} <= ${t.amount}`),
  ],
);

/** Dated ranking history: the current ranking on a date takes, per area, the entry with the latest `since` not after it. */
export const priorities = sqliteTable(
  'priorities',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    title: text('title').notNull(),
    titleKk: text('title_kk'),
    titleEn: text('title_en'),
    rank: integer('rank').notNull(),
    since: text('since').notNull(),
  },
  (t) => [uniqueIndex('priorities_id_since').on(t.id, t.since)],
);

export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'suspended'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const projects = sqliteTable(
  'projects',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    name: text('name').notNull(),
    nameKk: text('name_kk'),
    nameEn: text('name_en'),
    priority: text('priority').notNull(),
    status: text('status', { enum: PROJECT_STATUSES }).notNull(),
    owner: text('owner').notNull(),
  },
  (t) => [
    uniqueIndex('projects_id').on(t.id),
    index('projects_priority').on(t.priority),
    check('projects_status_known', sql`${t.status} IN ('planned', 'active', 'completed', 'suspended')`),
  ],
);

/**
 * The administrators who run projects in the distributed programme (a project's `owner` is one of
 * their names), with their names in Kazakh and English when the data gives them.
 */
export const administrators = sqliteTable('administrators', {
  name: text('name').primaryKey(),
  nameKk: text('name_kk'),
  nameEn: text('name_en'),
});

export const ACCOUNT_KINDS = ['reserve', 'project', 'spent', 'savings'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Every account a transfer may name; transfers reference it, so an unknown account cannot be written. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
  },
  (t) => [check('accounts_kind_known', sql`${t.kind} IN ('reserve', 'project', 'spent', 'savings')`)],
);

/**
 * The ledger: append-only (triggers refuse UPDATE and DELETE). `seq` is the order of application.
 * Each row carries both accounts' balances after it, so a balance as of any date is one index
 * lookup (the account's last row on or before that date), never a scan.
 */
export const transfers = sqliteTable(
  'transfers',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    date: text('date').notNull(),
    fromAccount: text('from_account')
      .notNull()
      .references(() => accounts.id),
    toAccount: text('to_account')
      .notNull()
      .references(() => accounts.id),
    amount: integer('amount').notNull(),
    reason: text('reason').notNull(),
    actor: text('actor').notNull(),
    fromBalanceAfter: integer('from_balance_after').notNull(),
    toBalanceAfter: integer('to_balance_after').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('transfers_id').on(t.id),
    index('transfers_from_date').on(t.fromAccount, t.date, t.seq),
    index('transfers_to_date').on(t.toAccount, t.date, t.seq),
    /** A month's transfers in day order, read when a question's period ends inside that month. */
    index('transfers_date').on(t.date, t.seq),
    check('transfers_amount_positive', sql`${t.amount} > 0`),
    check('transfers_distinct_accounts', sql`${t.fromAccount} <> ${t.toAccount}`),
  ],
);


/**
 * Each account's flows per calendar month, kept with every transfer in the same transaction: sums
 * over whole months never read the transfers. Kinds: all in, all out, out to `spent`, in from a
 * reserve, out to a reserve, out to a project.
 */
export const monthlyFlows = sqliteTable(
  'monthly_flows',
  {
    account: text('account').notNull(),
    /** YYYY-MM */
    month: text('month').notNull(),
    flowIn: integer('flow_in').notNull(),
    flowOut: integer('flow_out').notNull(),
    outSpent: integer('out_spent').notNull(),
    inReserve: integer('in_reserve').notNull(),
    outReserve: integer('out_reserve').notNull(),
    outProject: integer('out_project').notNull(),
  },
  (t) => [primaryKey({ columns: [t.account, t.month] })],
);

/**
 * The ledger index's running totals (see src/queries/ledger-index.ts) as they stood at transfer
 * `seq`, saved by a warmed-up bot so that the next start reads one row instead of every monthly
 * roll-up. Only a cache: used for the same dataset, catalogue version and accounts, with the
 * transfers after `seq` added on top; anything else rebuilds from the roll-ups.
 */
export const ledgerIndexSnapshot = sqliteTable(
  'ledger_index_snapshot',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull(),
    catalogueVersion: integer('catalogue_version').notNull(),
    datasetId: text('dataset_id').notNull(),
    /** Month number (year × 12 + month − 1) of the first month with a transfer. */
    firstMonth: integer('first_month').notNull(),
    months: integer('months').notNull(),
    /** Account ids in the index's order, one per line. */
    accounts: text('accounts').notNull(),
    /** Float64 totals, month slot by flow by account. */
    totals: blob('totals', { mode: 'buffer' }).notNull(),
    savedAt: text('saved_at').notNull(),
  },
  (t) => [check('ledger_index_snapshot_one_row', sql`${t.id} = 1`)],
);

/**
 * Savings and income that digitalisation produced, recognised by an admin before any of it may be
 * reinvested: a transfer out of `savings` may not exceed what was recognised (on or before its
 * date) and not yet reinvested, so nobody can create money.
 */
export const savingsRecognitions = sqliteTable(
  'savings_recognitions',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    date: text('date').notNull(),
    amount: integer('amount').notNull(),
    /** What produced the savings ("cloud migration of eGov services"). */
    description: text('description').notNull(),
    actor: text('actor').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    uniqueIndex('savings_recognitions_id').on(t.id),
    index('savings_recognitions_date').on(t.date),
    check('savings_recognitions_amount_positive', sql`${t.amount} > 0`),
  ],
);

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const LANG_CODES = ['ru', 'kk', 'en'] as const;
export type Role = (typeof ROLES)[number];

/** People allowed to query (viewer), also reallocate (editor), also grant and audit (admin). */
export const users = sqliteTable(
  'users',
  {
    telegramId: integer('telegram_id').primaryKey(),
    role: text('role', { enum: ROLES }).notNull(),
    name: text('name').notNull().default(''),
    grantedBy: integer('granted_by'),
    grantedAt: text('granted_at').notNull(),
  },
  (t) => [check('users_role_known', sql`${t.role} IN ('viewer', 'editor', 'admin')`)],
);

/** The language someone chose with /lang (without one, Telegram's language_code decides). */
export const languagePreferences = sqliteTable('language_preferences', {
  telegramId: integer('telegram_id').primaryKey(),
  lang: text('lang', { enum: LANG_CODES }).notNull(),
});

// ── Reallocation alerts ─────────────────────────────────────────────────────────────────────────
// No foreign keys to `transfers` or `accounts`: an import that replaces the demo dataset deletes
// those rows, and must not be refused because an alert or a preview once named them.

/** A chat that wants an alert for every transfer (optionally only in one priority area, or from a minimum amount). One per chat. */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id').notNull(),
    /** Who subscribed the chat (in a group: the bot admin who did it). */
    userId: integer('user_id').notNull(),
    /** A priority area id; null for every area. */
    priority: text('priority'),
    /** Whole tenge; null for any amount. */
    minAmount: integer('min_amount'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    lang: text('lang', { enum: LANG_CODES }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('subscriptions_chat').on(t.chatId),
    index('subscriptions_active').on(t.active),
    check('subscriptions_min_amount_positive', sql`${t.minAmount} IS NULL OR ${t.minAmount} > 0`),
    check('subscriptions_lang_known', sql`${t.lang} IN ('ru', 'kk', 'en')`),
  ],
);

export const DIGEST_CADENCES = ['daily', 'weekly'] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

/**
 * A chat that wants a digest: daily or weekly at a local (Astana) time. `lastSlot` is the end of the
 * period the last digest covered (the schedule's slot, UTC ISO); the next digest covers from there to
 * its own slot, so a restart neither repeats nor skips one, and downtime yields one catch-up digest.
 */
export const digests = sqliteTable(
  'digests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id').notNull(),
    userId: integer('user_id').notNull(),
    cadence: text('cadence', { enum: DIGEST_CADENCES }).notNull(),
    /** Minutes after local midnight. */
    atMinute: integer('at_minute').notNull(),
    /** 0 = Sunday … 6 = Saturday, for weekly digests. */
    weekday: integer('weekday'),
    lastSlot: text('last_slot').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    lang: text('lang', { enum: LANG_CODES }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('digests_chat').on(t.chatId),
    check('digests_minute', sql`${t.atMinute} BETWEEN 0 AND 1439`),
    check('digests_weekday', sql`${t.weekday} IS NULL OR ${t.weekday} BETWEEN 0 AND 6`),
  ],
);

export const WATCH_KINDS = ['reserve', 'idle', 'execution'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

/**
 * A threshold a chat watches: a source's free reserve below an amount or a share, a project that has
 * spent nothing for some days, an area's or administrator's execution below a share by a date. It
 * alerts once when its condition becomes true (`firing`), and again only after it was false.
 */
export const watches = sqliteTable(
  'watches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    chatId: integer('chat_id').notNull(),
    userId: integer('user_id').notNull(),
    kind: text('kind', { enum: WATCH_KINDS }).notNull(),
    /** What is watched: a source id, a project id, `area:<id>` or `owner:<name>`. */
    target: text('target').notNull(),
    /** Whole tenge (reserve below an amount), basis points (a share: 2500 = 25 %), or days (idle). */
    threshold: integer('threshold').notNull(),
    unit: text('unit', { enum: ['tenge', 'bp', 'days'] }).notNull(),
    /** Execution watches: the date by which the share is due. */
    byDate: text('by_date'),
    firing: integer('firing', { mode: 'boolean' }).notNull().default(false),
    /** When it last alerted (UTC ISO), for the digest's list of thresholds that fired. */
    firedAt: text('fired_at'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    lang: text('lang', { enum: LANG_CODES }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('watches_active').on(t.active, t.kind), check('watches_threshold', sql`${t.threshold} >= 0`)],
);

/** A chat's quiet hours (Astana time): alerts that fall inside wait until they end, except urgent ones. */
export const quietHours = sqliteTable(
  'quiet_hours',
  {
    chatId: integer('chat_id').primaryKey(),
    /** Minutes after local midnight; start = end means no quiet hours. */
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
  },
  (t) => [check('quiet_hours_minutes', sql`${t.startMinute} BETWEEN 0 AND 1439 AND ${t.endMinute} BETWEEN 0 AND 1439`)],
);

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'dropped'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/**
 * The transactional outbox: messages that must reach a chat even if the process dies, written in
 * the same transaction as what they tell of (an alert row commits with its transfer, a "✅ Moved"
 * with the reallocation). `kind` says what it is, `payload` (JSON) what the dispatcher needs to
 * render it. One dispatcher at a time claims rows (`sending`), sends them and records the outcome.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    chatId: integer('chat_id').notNull(),
    /** The subscription that asked for it (alerts, digests); null for replies. */
    subscriptionId: integer('subscription_id').references(() => subscriptions.id),
    /** Writing the same key twice queues one message (one alert per transfer and chat). */
    dedupeKey: text('dedupe_key'),
    payload: text('payload').notNull(),
    lang: text('lang', { enum: LANG_CODES }).notNull(),
    state: text('state', { enum: OUTBOX_STATES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Milliseconds since the epoch: not sent before this (backoff, 429 retry_after, quiet hours). */
    nextAttemptAt: integer('next_attempt_at').notNull(),
    /**
     * Milliseconds since the epoch: held for the chat's quiet hours until then. A held message is not
     * its chat's head, so replies written after it still go; it takes its place again when released.
     */
    heldUntil: integer('held_until'),
    /** The dispatcher that claimed the row while `sending`. */
    claimedBy: text('claimed_by'),
    /** Telegram's message_id once sent. */
    messageId: integer('message_id'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    sentAt: text('sent_at'),
  },
  (t) => [
    uniqueIndex('outbox_dedupe').on(t.dedupeKey),
    index('outbox_state_next').on(t.state, t.nextAttemptAt, t.id),
    // Claiming walks pending rows in id order and stops at the limit, instead of sorting them all.
    index('outbox_state_id').on(t.state, t.id),
    index('outbox_chat_state').on(t.chatId, t.state, t.id),
    check('outbox_state_known', sql`${t.state} IN ('pending', 'sending', 'sent', 'failed', 'dropped')`),
  ],
);

/** Who may send the outbox now: one dispatcher per database, renewed by a heartbeat, taken over after expiry. */
export const dispatcherLease = sqliteTable(
  'dispatcher_lease',
  {
    id: integer('id').primaryKey(),
    owner: text('owner').notNull(),
    /** Milliseconds since the epoch. */
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [check('dispatcher_lease_single_row', sql`${t.id} = 1`)],
);

export const REALLOCATION_STATES = ['pending', 'confirmed', 'cancelled'] as const;
export type ReallocationState = (typeof REALLOCATION_STATES)[number];

/** A /reallocate preview waiting for its author's confirm or cancel button (valid for 10 minutes). */
export const pendingReallocations = sqliteTable(
  'pending_reallocations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull(),
    chatId: integer('chat_id').notNull(),
    amount: integer('amount').notNull(),
    fromAccount: text('from_account').notNull(),
    toAccount: text('to_account').notNull(),
    reason: text('reason').notNull(),
    /** A random word in the buttons' actions: a confirmation cannot be typed by guessing the id. */
    token: text('token').notNull(),
    createdAt: text('created_at').notNull(),
    state: text('state', { enum: REALLOCATION_STATES }).notNull().default('pending'),
    /** The ledger transfer's id once confirmed. */
    transferId: text('transfer_id'),
    decidedAt: text('decided_at'),
    /** The dataset and both balances the preview showed: confirming re-checks that they still stand. */
    datasetId: text('dataset_id').notNull().default(''),
    fromBalanceBefore: integer('from_balance_before'),
    toBalanceBefore: integer('to_balance_before'),
  },
  (t) => [
    check('pending_reallocations_amount_positive', sql`${t.amount} > 0`),
    check('pending_reallocations_state_known', sql`${t.state} IN ('pending', 'confirmed', 'cancelled')`),
  ],
);

// ── Access and audit ─────────────────────────────────────────────────────────────────────────────

/** Group chats an admin opened with /allowchat. */
export const allowedChats = sqliteTable('allowed_chats', {
  chatId: integer('chat_id').primaryKey(),
  allowedBy: integer('allowed_by').notNull(),
  allowedAt: text('allowed_at').notNull(),
});

/** Every command and button press: who, which chat, what, when, and how it ended. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').notNull(),
    chatId: integer('chat_id').notNull(),
    via: text('via').notNull(),
    intent: text('intent'),
    input: text('input').notNull(),
    outcome: text('outcome', { enum: ['answered', 'refused', 'error', 'ignored'] }).notNull(),
    errorId: text('error_id'),
  },
  (t) => [index('audit_log_user').on(t.userId, t.id)],
);

/**
 * A counter that triggers raise on every change to transfers, projects, sources and priorities (from
 * any connection or process): caches of budget answers are keyed on it, so writes to the audit log or
 * subscriptions do not throw them away.
 */
export const budgetVersion = sqliteTable(
  'budget_version',
  {
    id: integer('id').primaryKey(),
    version: integer('version').notNull(),
    /** Raised only by changes to the catalogue (projects, sources, priorities, administrators), not by transfers. */
    catalogueVersion: integer('catalogue_version').notNull().default(0),
  },
  (t) => [check('budget_version_single_row', sql`${t.id} = 1`)],
);

/**
 * The last question each person asked in each chat, so a follow-up ("а в апреле?", "and with 6 %?")
 * changes one part of it. Kept in the database so a restart does not forget the conversation;
 * read only while fresh (15 minutes).
 */
export const chatContexts = sqliteTable(
  'chat_contexts',
  {
    chatId: integer('chat_id').notNull(),
    userId: integer('user_id').notNull(),
    intent: text('intent').notNull(),
    /** The command's arguments, JSON. */
    args: text('args').notNull(),
    /** The thing the answer was about (`{"kind":"project","id":"kazllm"}`), JSON, or null. */
    subject: text('subject'),
    savedAt: text('saved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.chatId, t.userId] })],
);
