import { Worker } from 'node:worker_threads';
import { allowChat } from '../../../src/access/allowed-chats.js';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Services } from '../../../commands/command.js';
import { seedDemoIfEmpty } from '../../../src/dataset/seed-demo.js';
import { grantRole } from '../../../src/access/users.js';
import { outboxRows } from '../../helpers/alert-test-data.js';
import { subscriptionOf } from '../../../src/alerts/subscriptions.js';
import { handleMessage, type Outcome } from '../../../src/conversation/handle-message.js';
import { accountBalance } from '../../../src/ledger/balances.js';
import { verifyLedger } from '../../../src/ledger/verify-ledger.js';
import { createLogger } from '../../../src/logging/logger.js';
import { createPendingReallocation } from '../../../src/reallocations/pending-reallocations.js';
import { tempDatabase, type TempDatabase } from '../../helpers/temp-db.js';

const ADMIN = 1;
const EDITOR = 2;
const EDITOR_2 = 3;
const VIEWER = 4;
const STRANGER = 5;
const START = new Date('2026-11-27T09:00:00Z');

let t: TempDatabase;
let clock: Date;
let services: Services & { outbox: { wake: Mock<() => void> } };

beforeEach(() => {
  t = tempDatabase();
  seedDemoIfEmpty(t.db, START);
  grantRole(t.db, EDITOR, 'editor', ADMIN, START);
  grantRole(t.db, EDITOR_2, 'editor', ADMIN, START);
  grantRole(t.db, VIEWER, 'viewer', ADMIN, START);
  clock = START;
  services = { db: t.db, now: () => clock, adminIds: [ADMIN], log: createLogger('silent'), outbox: { wake: vi.fn<() => void>() } };
});
afterEach(() => t.close());

type Chat = { id: number; kind: 'private' | 'group' | 'console' };
const say = (userId: number, text: string, lang = 'en', chat: Chat = { id: userId, kind: 'private' }): Promise<Outcome> =>
  handleMessage({ text, user: { id: userId, name: `User ${userId}`, languageCode: lang }, chat }, services);

const textOf = (outcome: Outcome): string =>
  outcome.reply.blocks.map((b) => ('pre' in b ? b.pre : b.line.map((p) => (typeof p === 'string' ? p : Object.values(p)[0])).join(''))).join('\n');
const actions = (outcome: Outcome): string[] => (outcome.reply.buttons ?? []).flat().map((b) => b.action);
const balance = (account: string) => accountBalance(t.db, account)!;

/** A preview, with the actions of its confirm and cancel buttons. */
async function preview(text: string, userId = EDITOR): Promise<{ outcome: Outcome; id: number; confirm: string; cancel: string }> {
  const outcome = await say(userId, text);
  expect(outcome.status, textOf(outcome)).toBe('answered');
  const [confirm, cancel] = actions(outcome);
  return { outcome, id: outcome.reply.data.pendingId as number, confirm: confirm!, cancel: cancel! };
}

describe('/reallocate reads amounts and names', () => {
  it.each([
    ['/reallocate 300000000 kazllm national-supercomputer', 300_000_000, 'project:kazllm', 'project:national-supercomputer', ''],
    ['/reallocate 300 млн kazllm national-supercomputer', 300_000_000, 'project:kazllm', 'project:national-supercomputer', ''],
    ['/reallocate 2,5 млрд Национальный суперкомпьютер Широкополосный интернет в сёлах — ускорить подключение', 2_500_000_000, 'project:national-supercomputer', 'project:rural-broadband', 'ускорить подключение'],
    ['/reallocate 1.2bn KazLLM ИИ-грамотность в школах because priorities changed', 1_200_000_000, 'project:kazllm', 'project:ai-schools', 'priorities changed'],
    ['/reallocate 250m reserve:national-fund cyber-shield', 250_000_000, 'reserve:national-fund', 'project:cyber-shield', ''],
    ['/reallocate ₸ 3 000 000 tech-orda ai-schools: причина простая', 3_000_000, 'project:tech-orda', 'project:ai-schools', 'простая'],
    ['/reallocate 300000000 с kazllm на суперкомпьютер', 300_000_000, 'project:kazllm', 'project:national-supercomputer', ''],
    ['/reallocate 5 млн Платформа Smart Data Ukimet → Цифровые документы 2.0 — перенос сроков', 5_000_000, 'project:smart-data-ukimet', 'project:digital-documents', 'перенос сроков'],
    // In plain words the reason is kept as well.
    ['переведи 2 млрд с ЦОД в Акмоле на киберщит — усиление мониторинга', 2_000_000_000, 'project:akmola-data-center', 'project:cyber-shield', 'усиление мониторинга'],
    ['move 5 m from KazLLM to the supercomputer because of the deadline', 5_000_000, 'project:kazllm', 'project:national-supercomputer', 'the deadline'],
  ])('%s', async (text, amount, from, to, reason) => {
    const { outcome, id } = await preview(text);
    expect(outcome.reply.data).toMatchObject({ amount, from, to, reason });
    expect(actions(outcome)).toEqual([expect.stringMatching(new RegExp(`^/confirm ${id} [0-9a-f]{12}$`)), expect.stringMatching(new RegExp(`^/cancel ${id} [0-9a-f]{12}$`))]);
    // The preview shows both balances before and after.
    const data = outcome.reply.data as Record<string, number>;
    expect(data.fromBalanceBefore).toBe(balance(from));
    expect(data.fromBalanceAfter).toBe(balance(from) - amount);
    expect(data.toBalanceAfter).toBe(balance(to) + amount);
    // A preview moves nothing.
    expect(t.db.$client.prepare("SELECT COUNT(*) AS n FROM transfers WHERE id LIKE 'preview-%' OR id LIKE 'realloc-%'").get()).toEqual({ n: 0 });
  });

  it('offers buttons when a name fits several projects, and a button completes the preview', async () => {
    const ask = await say(EDITOR, '/reallocate 5 млн интернет kazllm');
    expect(actions(ask)).toEqual(expect.arrayContaining(['/reallocate 5000000 project:rural-broadband → kazllm', '/reallocate 5000000 project:satellite-internet → kazllm']));
    const chosen = await say(EDITOR, '/reallocate 5000000 project:rural-broadband → kazllm');
    expect(chosen.reply.data).toMatchObject({ amount: 5_000_000, from: 'project:rural-broadband', to: 'project:kazllm' });
  });

  it('takes the arguments the plain-language parser gives', async () => {
    const { reallocateCommand } = await import('../../../commands/reallocations/reallocate.js');
    expect(reallocateCommand.args.safeParse({ amount: 2_500_000_000, from: 'kazllm', to: 'national-supercomputer' }).success).toBe(true);
  });

  it('refuses an overdraft or an unknown account before any button, saying why', async () => {
    const over = await say(EDITOR, '/reallocate 100 трлн kazllm cyber-shield', 'ru');
    expect(over.status).toBe('refused');
    expect(actions(over)).toEqual([]);
    expect(textOf(over)).toMatch(/Недостаточно средств: на счёте «Казахоязычная языковая модель KazLLM»/);

    const unknown = await say(EDITOR, '/reallocate 5 млн kazllm qwertyuiop', 'en');
    expect(unknown.status).toBe('refused');
    expect(actions(unknown)).toEqual([]);
    expect(textOf(unknown)).toMatch(/No account "qwertyuiop"/);

    const badAmount = await say(EDITOR, '/reallocate kazllm cyber-shield', 'kk');
    expect(textOf(badAmount)).toMatch(/Соманы түсінбедім/);
    const same = await say(EDITOR, '/reallocate 5 млн kazllm project:kazllm', 'en');
    expect(same.status).toBe('refused');
    // The real mistake is named (from = to), not a unit word taken for a missing account.
    const twice = await say(EDITOR, '/reallocate 2 млрд kazllm kazllm', 'ru');
    expect(twice.status).toBe('refused');
    expect(textOf(twice)).toMatch(/один и тот же счёт \(«Казахоязычная языковая модель KazLLM»\)\. Укажите два разных/);
    expect(t.db.$client.prepare('SELECT COUNT(*) AS n FROM pending_reallocations').get()).toEqual({ n: 0 });
  });

  it('refuses viewers and strangers politely', async () => {
    const viewer = await say(VIEWER, '/reallocate 300 млн kazllm national-supercomputer', 'ru');
    expect(viewer.status).toBe('refused');
    expect(textOf(viewer)).toMatch(/«редактор»/);
    expect(actions(viewer)).toEqual([]);
    const stranger = await say(STRANGER, '/confirm 1 0123456789ab', 'en');
    expect(textOf(stranger)).toContain(String(STRANGER));
    expect((await say(VIEWER, '/confirm 1 0123456789ab')).status).toBe('refused');
  });
});

describe('confirm and cancel', () => {
  it('moves the money once, however often confirm is pressed, and wakes the dispatcher', async () => {
    t.db.$client.prepare("INSERT INTO subscriptions (chat_id, user_id, active, lang, created_at) VALUES (77, 1, 1, 'ru', 'x')").run();
    const before = [balance('project:kazllm'), balance('project:national-supercomputer')];
    const { id, confirm } = await preview('/reallocate 300 млн kazllm national-supercomputer — test');
    const first = await say(EDITOR, confirm);
    expect(first.status, textOf(first)).toBe('answered');
    expect(textOf(first)).toMatch(/Moved/);
    expect(services.outbox.wake).toHaveBeenCalledTimes(1);
    const second = await say(EDITOR, confirm);
    expect(second.status).toBe('refused');
    expect(textOf(second)).toMatch(/already confirmed/);
    expect([balance('project:kazllm'), balance('project:national-supercomputer')]).toEqual([before[0]! - 300_000_000, before[1]! + 300_000_000]);
    expect(outboxRows(t.db).map((r) => [r.chat_id, r.transfer_id])).toEqual([[77, `realloc-${id}`]]);
    expect(verifyLedger(t.db).problems).toEqual([]);
  });

  it('moves nothing after cancel, for another user, or after 10 minutes', async () => {
    const kazllm = balance('project:kazllm');
    const a = await preview('/reallocate 1 млн kazllm cyber-shield');
    expect(textOf(await say(EDITOR, a.cancel))).toMatch(/Cancelled/);
    expect(textOf(await say(EDITOR, a.confirm))).toMatch(/was cancelled/);

    const b = await preview('/reallocate 1 млн kazllm cyber-shield');
    expect(textOf(await say(EDITOR_2, b.confirm, 'ru'))).toMatch(/только тот, кто его создал/);
    expect(textOf(await say(ADMIN, b.cancel))).toMatch(/Only the person/);
    // Typing the id without the button's token confirms nothing.
    expect(textOf(await say(EDITOR, `/confirm ${b.id}`))).toMatch(/Confirm with the button/);
    expect(textOf(await say(EDITOR, `/confirm ${b.id} 000000000000`))).toMatch(/no such reallocation/);

    clock = new Date(START.getTime() + 10 * 60_000 + 1000);
    expect(textOf(await say(EDITOR, b.confirm, 'kk'))).toMatch(/10 минуттан көп өтті/);
    expect(textOf(await say(EDITOR, '/confirm 9999 0123456789ab'))).toMatch(/no such reallocation/);
    expect(balance('project:kazllm')).toBe(kazllm);
    expect(services.outbox.wake).not.toHaveBeenCalled();

    clock = START;
    const c = await preview('/reallocate 1 млн kazllm cyber-shield');
    clock = new Date(START.getTime() + 9 * 60_000);
    expect((await say(EDITOR, c.confirm)).status).toBe('answered');
    expect(textOf(await say(EDITOR, c.cancel))).toMatch(/cannot be cancelled/);
    expect(balance('project:kazllm')).toBe(kazllm - 1_000_000);
  });

  it('lets only one of two previews that together overdraw be confirmed: the other no longer shows the truth', async () => {
    const held = balance('project:kazllm');
    const share = Math.floor(held * 0.6);
    const a = await preview(`/reallocate ${share} kazllm cyber-shield`);
    const b = await preview(`/reallocate ${share} kazllm ai-schools`);
    expect((await say(EDITOR, a.confirm)).status).toBe('answered');
    const refused = await say(EDITOR, b.confirm);
    expect(refused.status).toBe('refused');
    expect(textOf(refused)).toMatch(/balances of these accounts have changed since the preview/);
    expect(balance('project:kazllm')).toBe(held - share);
  });

  it('never overdraws when confirmations race from separate connections', async () => {
    const held = balance('project:kazllm');
    const share = Math.floor(held * 0.6);
    const previews = [1, 2, 3, 4].map((i) =>
      createPendingReallocation(
        t.db,
        {
          userId: EDITOR,
          chatId: EDITOR,
          amount: share,
          from: 'project:kazllm',
          to: i % 2 ? 'project:cyber-shield' : 'project:ai-schools',
          reason: 'race',
          fromBalanceBefore: held,
          toBalanceBefore: balance(i % 2 ? 'project:cyber-shield' : 'project:ai-schools'),
        },
        START,
      ),
    );
    // Four different previews, plus the first one pressed twice more.
    const results = await race([...previews, previews[0]!, previews[0]!]);
    expect(results.filter((r) => r === 'confirmed')).toHaveLength(1);
    // The losers find the money gone: the balances their previews showed no longer stand (or the preview was confirmed already).
    expect(results.filter((r) => r !== 'confirmed').every((r) => ['balances-changed', 'overdraft', 'already-confirmed'].includes(r))).toBe(true);
    expect(balance('project:kazllm')).toBe(held - share);
    expect(verifyLedger(t.db).problems).toEqual([]);
  }, 60_000);
});

function race(previews: { id: number; token: string }[]): Promise<string[]> {
  const gate = new SharedArrayBuffer(4);
  const entry = new URL('../../helpers/confirm-worker.ts', import.meta.url).href;
  const runs = previews.map(({ id, token }) => {
    const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true,
      workerData: { path: t.path, id, token, userId: EDITOR, now: START.toISOString(), gate },
    });
    return new Promise<string>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  });
  setTimeout(() => {
    Atomics.store(new Int32Array(gate), 0, 1);
    Atomics.notify(new Int32Array(gate), 0);
  }, 1500);
  return Promise.all(runs);
}

describe('/subscribe and /unsubscribe', () => {
  it('subscribes a private chat with an area and a minimum, and unsubscribes it', async () => {
    const plain = await say(VIEWER, '/subscribe', 'ru');
    expect(textOf(plain)).toMatch(/Подписка оформлена/);
    expect(subscriptionOf(t.db, VIEWER)).toMatchObject({ active: true, priority: null, minAmount: null, lang: 'ru', userId: VIEWER });

    await say(VIEWER, '/subscribe от 1 млрд', 'ru');
    expect(subscriptionOf(t.db, VIEWER)).toMatchObject({ priority: null, minAmount: 1_000_000_000 });
    await say(VIEWER, '/subscribe min 1bn', 'en');
    expect(subscriptionOf(t.db, VIEWER)).toMatchObject({ minAmount: 1_000_000_000, lang: 'en' });
    const area = await say(VIEWER, '/subscribe Кибербезопасность от 500 млн', 'ru');
    expect(textOf(area)).toMatch(/«Кибербезопасность» на сумму от 500 млн ₸/);
    expect(subscriptionOf(t.db, VIEWER)).toMatchObject({ priority: 'cybersecurity', minAmount: 500_000_000 });
    await say(VIEWER, '/subscribe ai-talent', 'en');
    expect(subscriptionOf(t.db, VIEWER)).toMatchObject({ priority: 'ai-talent', minAmount: null });

    expect(textOf(await say(VIEWER, '/unsubscribe', 'en'))).toMatch(/Alerts are off/);
    expect(subscriptionOf(t.db, VIEWER)?.active).toBe(false);
    expect(textOf(await say(VIEWER, '/unsubscribe', 'en'))).toMatch(/not subscribed/);
  });

  it('lets only bot admins switch a group, refuses the console and strangers', async () => {
    const group: Chat = { id: -500, kind: 'group' };
    expect(textOf(await say(ADMIN, '/subscribe', 'en', group))).toMatch(/does not answer in this group/);
    allowChat(t.db, -500, ADMIN, new Date());
    expect(textOf(await say(EDITOR, '/subscribe', 'en', group))).toMatch(/only the bot's admins/);
    expect(subscriptionOf(t.db, -500)).toBeNull();
    expect((await say(ADMIN, '/subscribe', 'en', group)).status).toBe('answered');
    expect(subscriptionOf(t.db, -500)).toMatchObject({ active: true, userId: ADMIN });
    expect(textOf(await say(EDITOR, '/unsubscribe', 'en', group))).toMatch(/only the bot's admins/);
    expect(textOf(await say(ADMIN, '/subscribe', 'en', { id: 0, kind: 'console' }))).toMatch(/Telegram chats/);
    expect((await say(STRANGER, '/subscribe')).status).toBe('refused');
    expect(textOf(await say(VIEWER, '/subscribe no-such-area-at-all', 'en'))).toMatch(/No priority area/);
  });
});

describe('hostile words', () => {
  it('never fail unexpectedly and never move money (a confirmation needs the button’s token)', async () => {
    const { allBalances } = await import('../../../src/ledger/balances.js');
    const fc = (await import('fast-check')).default;
    const before = allBalances(t.db);
    const junk = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.integer().map(String),
      fc.constantFrom('300 млн kazllm cyber-shield', '1 a b c d e f g h i j k l m n o p', '— : because', '5 млн интернет kazllm', '₸', 'от', 'min 0', '1 0123456789ab'),
      fc.string({ maxLength: 20 }).map((s) => s.repeat(1000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('reallocate', 'confirm', 'cancel', 'subscribe', 'unsubscribe'), junk, async (name, words) => {
        const outcome = await say(ADMIN, `/${name} ${words}`);
        expect(outcome.status, `/${name} ${words.slice(0, 80)}`).not.toBe('error');
      }),
      { numRuns: 400 },
    );
    expect(allBalances(t.db)).toEqual(before);
  }, 120_000);
});
