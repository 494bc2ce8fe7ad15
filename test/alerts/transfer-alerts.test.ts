import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transferAlert } from '../../src/alerts/alert-text.js';
import { listSubscriptions, subscribe, unsubscribe } from '../../src/alerts/subscriptions.js';
import { queueTransferAlerts, recordTransferWithAlerts } from '../../src/alerts/transfer-alerts.js';
import { formatMoneyShort } from '../../src/format/money.js';
import { importDataset } from '../../src/dataset/import-dataset.js';
import { LedgerError } from '../../src/ledger/ledger-error.js';
import { replyToPlainText } from '../../src/render/plain-text.js';
import { renderOutboxMessage } from '../../src/telegram/outbox-rendering.js';
import { listOutbox } from '../../db/stores/outbox-store.js';
import { NOW, outboxRows, range, seedLedger, subscribeChats } from '../helpers/alert-test-data.js';
import { smallDataset } from '../helpers/datasets.js';
import { tempDatabase, type TempDatabase } from '../helpers/temp-db.js';

let t: TempDatabase;
beforeEach(() => {
  t = tempDatabase();
  seedLedger(t.db);
});
afterEach(() => t.close());

const move = (id: string, from: string, to: string, amount: number) => ({ id, date: '2026-03-10', from, to, amount, reason: 'test', actor: 'tester' });

describe('transfer alerts in the outbox', () => {
  it('writes one pending alert per active subscriber when the transfer commits', () => {
    subscribeChats(t.db, range(1, 5));
    const outcome = recordTransferWithAlerts(t.db, move('r-1', 'project:a', 'project:b', 100_000), NOW);
    expect(outcome.status).toBe('recorded');
    expect(outcome.alerts).toBe(5);
    const rows = outboxRows(t.db);
    expect(rows.map((r) => r.chat_id)).toEqual([1, 2, 3, 4, 5]);
    expect(rows.every((r) => r.state === 'pending' && r.transfer_id === 'r-1' && r.transfer_seq === outcome.transfer.seq)).toBe(true);
  });

  it('leaves no alert behind a transfer that is refused or rolled back', () => {
    subscribeChats(t.db, range(1, 3));
    expect(() => recordTransferWithAlerts(t.db, move('r-over', 'project:a', 'project:b', 400_001), NOW)).toThrow(LedgerError);
    // Alerts were queued, then the caller's transaction failed after them.
    expect(() =>
      t.db.$client.transaction(() => {
        const inner = recordTransferWithAlerts(t.db, move('r-rollback', 'project:a', 'project:b', 1000), NOW);
        expect(inner.alerts).toBe(3);
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(outboxRows(t.db)).toEqual([]);
    expect(t.db.$client.prepare("SELECT COUNT(*) AS n FROM transfers WHERE id LIKE 'r-%'").get()).toEqual({ n: 0 });
  });

  it('queues nothing again when the same transfer is recorded twice, and refuses to run outside a transaction', () => {
    subscribeChats(t.db, [1]);
    recordTransferWithAlerts(t.db, move('r-1', 'project:a', 'project:b', 10), NOW);
    const again = recordTransferWithAlerts(t.db, move('r-1', 'project:a', 'project:b', 10), NOW);
    expect(again).toMatchObject({ status: 'unchanged', alerts: 0 });
    expect(outboxRows(t.db)).toHaveLength(1);
    expect(() => queueTransferAlerts(t.db, again.transfer)).toThrow(/inside the transaction/);
  });

  it('narrows by priority area (of either project) and by minimum amount, and skips inactive subscriptions', () => {
    subscribe(t.db, { chatId: 10, userId: 1, lang: 'ru' }, NOW);
    subscribe(t.db, { chatId: 11, userId: 1, lang: 'en', priority: 'ai' }, NOW);
    subscribe(t.db, { chatId: 12, userId: 1, lang: 'kk', priority: 'gov' }, NOW);
    subscribe(t.db, { chatId: 13, userId: 1, lang: 'en', minAmount: 50_000 }, NOW);
    subscribe(t.db, { chatId: 14, userId: 1, lang: 'en', priority: 'gov', minAmount: 50_000 }, NOW);
    subscribe(t.db, { chatId: 15, userId: 1, lang: 'en' }, NOW);
    unsubscribe(t.db, 15);

    const chatsFor = (id: string) => outboxRows(t.db).filter((r) => r.transfer_id === id).map((r) => r.chat_id);
    recordTransferWithAlerts(t.db, move('ai-small', 'project:a', 'project:b', 1_000), NOW); // ai → ai
    recordTransferWithAlerts(t.db, move('ai-to-gov', 'project:a', 'project:c', 60_000), NOW); // ai → gov
    recordTransferWithAlerts(t.db, move('reserve', 'reserve:budget', 'reserve:fund', 70_000), NOW); // no area
    recordTransferWithAlerts(t.db, move('gov-spend', 'project:c', 'spent', 10_000), NOW); // gov → spent

    expect(chatsFor('ai-small')).toEqual([10, 11]);
    expect(chatsFor('ai-to-gov')).toEqual([10, 11, 12, 13, 14]);
    expect(chatsFor('reserve')).toEqual([10, 13]);
    expect(chatsFor('gov-spend')).toEqual([10, 12]);
    // The language of each alert is the subscriber's.
    expect(t.db.$client.prepare('SELECT DISTINCT chat_id, lang FROM outbox WHERE chat_id IN (10, 12) ORDER BY chat_id').all()).toEqual([
      { chat_id: 10, lang: 'ru' },
      { chat_id: 12, lang: 'kk' },
    ]);
  });

  it('unsubscribing drops the chat’s pending alerts at once; subscribing again replaces the filters', () => {
    subscribeChats(t.db, [1, 2]);
    recordTransferWithAlerts(t.db, move('r-1', 'project:a', 'project:b', 10), NOW);
    expect(unsubscribe(t.db, 1)).toBe(true);
    expect(unsubscribe(t.db, 1)).toBe(false);
    expect(outboxRows(t.db).map((r) => [r.chat_id, r.state])).toEqual([
      [1, 'dropped'],
      [2, 'pending'],
    ]);
    subscribe(t.db, { chatId: 1, userId: 7, lang: 'kk', minAmount: 5 }, NOW);
    expect(listSubscriptions(t.db).find((s) => s.chatId === 1)).toMatchObject({ active: true, userId: 7, lang: 'kk', minAmount: 5, priority: null });
    expect(listSubscriptions(t.db)).toHaveLength(2);
  });

  it('queues alerts for what an import recorded, inside the import (import --notify)', () => {
    subscribeChats(t.db, [1, 2]);
    const summary = importDataset(
      t.db,
      smallDataset([
        { id: 't-1', date: '2026-03-01', from: 'reserve:budget', to: 'project:a', amount: 400_000, reason: 'start', actor: 'test' },
        { id: 't-2', date: '2026-03-01', from: 'reserve:budget', to: 'project:c', amount: 200_000, reason: 'start', actor: 'test' },
        { id: 't-3', date: '2026-03-02', from: 'project:a', to: 'project:b', amount: 5_000, reason: 'x', actor: 'test' },
      ]),
      { now: NOW, alsoInTransaction: (recorded) => recorded.forEach((transfer) => queueTransferAlerts(t.db, transfer)) },
    );
    expect(summary.transfersRecorded).toBe(1);
    expect(outboxRows(t.db).map((r) => [r.transfer_id, r.chat_id])).toEqual([
      ['t-3', 1],
      ['t-3', 2],
    ]);
  });

  it('writes the alert in the subscriber’s language, with names, balances after and the transfer id', () => {
    const outcome = recordTransferWithAlerts(t.db, { ...move('r-42', 'project:a', 'project:c', 150_000), reason: 'priorities changed' }, NOW);
    const alertText = (transfer: typeof outcome.transfer, lang: 'ru' | 'kk' | 'en') => replyToPlainText(transferAlert(t.db, transfer, lang));
    const en = alertText(outcome.transfer, 'en');
    expect(en).toContain('Reallocation between projects');
    expect(en).toContain(`Project A (balance ${formatMoneyShort(250_000, 'en')})`);
    expect(en).toContain(`Project C <&> (balance ${formatMoneyShort(350_000, 'en')})`);
    expect(en).toContain('priorities changed');
    expect(en).toContain('r-42');
    expect(alertText(outcome.transfer, 'ru')).toMatch(/Перераспределение между проектами[\s\S]*ID перевода: r-42/);
    expect(alertText(outcome.transfer, 'kk')).toMatch(/Жобалар арасында қайта бөлу[\s\S]*Аударым ID: r-42/);
    // A reason that would not fit one message is clipped so the alert stays one message with its id.
    subscribeChats(t.db, [1]);
    recordTransferWithAlerts(t.db, { ...move('r-long', 'project:a', 'project:b', 1), reason: '&'.repeat(10_000) }, NOW);
    const row = listOutbox(t.db).find((r) => r.kind === 'transfer-alert' && r.payload.includes('r-long'))!;
    const message = renderOutboxMessage(t.db, row);
    expect(message?.kind).toBe('text');
    const html = message && 'html' in message ? message.html : '';
    expect(html.length).toBeLessThanOrEqual(4096);
    expect(html).toContain('r-long');
  });
});
