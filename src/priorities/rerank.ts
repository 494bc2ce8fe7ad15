import { createHash } from 'node:crypto';
import type { BudgetDb } from '../../db/client.js';
import { rankingOn, upsertPriorityEntry, type PriorityEntry } from '../../db/stores/catalogue-store.js';
import { activeDigests } from '../../db/stores/digests-store.js';
import { enqueueMessage, lastOutboxId } from '../../db/stores/outbox-store.js';
import { listSubscriptions } from '../../db/stores/subscriptions-store.js';
import { inWriteTransaction } from '../../db/stores/transaction.js';
import { applyQuietHours } from '../alerts/quiet-hours.js';
import { langSchema, type Lang } from '../i18n/lang.js';
import type { Block } from '../reply/reply.js';

/** A ranking as it stands, in a few characters: a preview's Confirm checks that nothing changed since. */
export function rankingFingerprint(ranking: readonly PriorityEntry[]): string {
  return createHash('sha256').update(ranking.map((a) => `${a.id}@${a.rank}@${a.since}`).join('|')).digest('hex').slice(0, 12);
}

/** The order asked for first, then every other area in its present order. */
export function newOrder(current: readonly PriorityEntry[], asked: readonly string[]): PriorityEntry[] {
  const byId = new Map(current.map((a) => [a.id, a]));
  const first = asked.map((id) => byId.get(id)!).filter(Boolean);
  const rest = current.filter((a) => !asked.includes(a.id));
  return [...first, ...rest].map((a, i) => ({ ...a, rank: i + 1 }));
}

export type RerankOutcome = { kind: 'done'; ranking: PriorityEntry[]; notified: number } | { kind: 'changed' };

/**
 * Records a new ranking from `since` (a dated entry per area, like the imported ones) and tells every
 * chat that gets alerts or digests, in one transaction; nothing when the ranking on that date is no
 * longer the one the preview showed.
 */
export function rerankPriorities(
  db: BudgetDb,
  input: { order: readonly string[]; since: string; fingerprint: string; now: Date; alert: (ranking: PriorityEntry[], since: string, lang: Lang) => Block[] },
): RerankOutcome {
  return inWriteTransaction(db, () => {
    const current = rankingOn(db, input.since);
    if (rankingFingerprint(current) !== input.fingerprint) return { kind: 'changed' as const };
    const ranking = newOrder(current, input.order).map((a) => ({ ...a, since: input.since }));
    for (const entry of ranking) upsertPriorityEntry(db, entry);
    const before = lastOutboxId(db);
    const chats = new Map<number, string>();
    for (const s of listSubscriptions(db)) if (s.active) chats.set(s.chatId, s.lang);
    for (const d of activeDigests(db)) if (!chats.has(d.chatId)) chats.set(d.chatId, d.lang);
    for (const [chatId, code] of chats) {
      const lang = langSchema.parse(code);
      enqueueMessage(db, {
        kind: 'priorities-alert',
        chatId,
        lang,
        payload: { blocks: input.alert(ranking, input.since, lang) },
        dedupeKey: `priorities:${input.since}:${input.fingerprint}:${chatId}`,
        createdAt: input.now.toISOString(),
      });
    }
    applyQuietHours(db, before, input.now);
    return { kind: 'done' as const, ranking, notified: chats.size };
  });
}
