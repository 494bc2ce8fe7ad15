import type { BudgetDb } from '../../db/client.js';
import type { DigestRow } from '../../db/stores/digests-store.js';
import { largestTransfers } from '../../db/stores/ledger-store.js';
import { firedSince } from '../../db/stores/watches-store.js';
import { describeWatch } from '../../src/alerts/watch-text.js';
import { formatDate } from '../../src/format/dates.js';
import { formatMoneyShort, formatPercent } from '../../src/format/money.js';
import { formatPeriod } from '../../src/format/periods.js';
import type { Lang } from '../../src/i18n/lang.js';
import { localName } from '../../src/i18n/local-names.js';
import { accountName } from '../../src/queries/account-names.js';
import { answerQuery } from '../../src/queries/answer-query.js';
import type { Period } from '../../src/queries/budget-query.js';
import { loadCatalogue } from '../../src/queries/catalogue.js';
import { bold, line, type Block, type Reply } from '../../src/reply/reply.js';
import { exactWords } from '../queries/query-command.js';
import { breakdownChart } from '../queries/query-reply.js';

// A digest: one short message from the query layer — what moved in the period, the free reserve per
// source, the largest movement, execution by area, and the thresholds that fired — with one chart
// (the period's spending by area, or the free reserve by source) and a button to the full breakdown.

const TEXT = {
  ru: {
    title: (cadence: string) => ({ daily: '📬 Сводка за день', weekly: '📬 Сводка за неделю', now: '📬 Сводка' })[cadence]!,
    moved: 'Выделено проектам', spent: 'израсходовано', released: 'возвращено в резерв', between: 'перераспределено между проектами',
    free: 'Свободный резерв', largest: 'Крупнейшее', execution: 'Освоение', fired: 'Сработали пороги', chart: '📋 Расходы по направлениям', quiet: 'Движений не было.',
  },
  kk: {
    title: (cadence: string) => ({ daily: '📬 Күнделікті шолу', weekly: '📬 Апталық шолу', now: '📬 Шолу' })[cadence]!,
    moved: 'Жобаларға бөлінді', spent: 'жұмсалды', released: 'резервке қайтарылды', between: 'жобалар арасында қайта бөлінді',
    free: 'Бос резерв', largest: 'Ең ірі', execution: 'Игерілуі', fired: 'Іске қосылған шектер', chart: '📋 Бағыттар бойынша шығындар', quiet: 'Қозғалыс болған жоқ.',
  },
  en: {
    title: (cadence: string) => ({ daily: '📬 Daily digest', weekly: '📬 Weekly digest', now: '📬 Digest' })[cadence]!,
    moved: 'Allocated to projects', spent: 'spent', released: 'back to reserves', between: 'moved between projects',
    free: 'Free reserve', largest: 'Largest', execution: 'Execution', fired: 'Thresholds crossed', chart: '📋 Spending by area',  quiet: 'Nothing moved.',
  },
} satisfies Record<Lang, unknown>;

/**
 * The digest for `period`, as figures stand at its end. `chatId` and `since` name the chat's
 * thresholds that fired in it.
 */
export function composeDigest(db: BudgetDb, input: { cadence: DigestRow['cadence'] | 'now'; period: Extract<Period, { kind: 'range' }>; lang: Lang; chatId: number; since: string }): Reply {
  const { period, lang } = input;
  const t = TEXT[lang];
  const money = (n: number) => formatMoneyShort(n, lang);
  const flow = (measure: 'allocated' | 'spent' | 'released' | 'passedOn') => answerQuery(db, { measure, scope: { kind: 'programme' }, period }, period.to).total;
  const [allocated, spent, released, passedOn] = [flow('allocated'), flow('spent'), flow('released'), flow('passedOn')];
  const blocks: Block[] = [line(bold(t.title(input.cadence)), ` · ${formatPeriod(period, lang)}`)];
  const between = passedOn - released;
  blocks.push(
    allocated + spent + released + between === 0
      ? line(t.quiet)
      : line(`${t.moved} `, bold(money(allocated)), ` · ${t.spent} `, bold(money(spent)), ` · ${t.released} ${money(released)}`, ...(between > 0 ? [` · ${t.between} ${money(between)}`] : [])),
  );
  const catalogue = loadCatalogue(db);
  const reserves = answerQuery(db, { measure: 'freeReserve', scope: { kind: 'programme' }, period: { kind: 'asOf', date: period.to }, groupBy: 'source' }, period.to);
  const perSource = reserves.rows.map((r) => `${localName(catalogue.sources.get(r.key) ?? { name: r.key }, lang)} ${money(r.value)}`);
  blocks.push(line(`${t.free} `, bold(money(reserves.total)), `: ${perSource.join(', ')}`));
  const [top] = largestTransfers(db, period.from, period.to, 1);
  if (top) blocks.push(line(`${t.largest}: ${formatDate(top.date, lang, { year: false })} · `, bold(money(top.amount)), ` ${accountName(db, top.from, lang, { short: true })} → ${accountName(db, top.to, lang, { short: true })}`));
  const execution = answerQuery(db, { measure: 'execution', scope: { kind: 'programme' }, groupBy: 'area' }, period.to);
  const areas = execution.rows.slice(0, 3).map((r) => `${localName(catalogue.areas.get(r.key) ?? { name: r.key }, lang)} ${formatPercent(r.value, lang, 0)}`);
  blocks.push(line(`${t.execution} `, bold(formatPercent(execution.total, lang, 1)), ...(areas.length > 0 ? [`: ${areas.join(', ')}`] : [])));
  const fired = firedSince(db, input.chatId, input.since);
  if (fired.length > 0) blocks.push(line(`${t.fired}: ${fired.map((w) => describeWatch(db, w, lang)).join('; ')}`));
  // The picture: the period's spending by area, or, when little was spent, the free reserve by source.
  const spending = answerQuery(db, { measure: 'spent', scope: { kind: 'programme' }, period, groupBy: 'area' }, period.to);
  const bars = breakdownChart(db, { ...spending, rows: spending.rows.filter((r) => r.value > 0) }, lang) ?? breakdownChart(db, reserves, lang);
  const more = `/spent ${exactWords({ measure: 'spent', period, groupBy: 'area' })}`;
  return {
    blocks,
    buttons: [[{ label: t.chart, action: more }]],
    ...(bars ? { chart: { bars, lang, caption: bars.title } } : {}),
    data: { period, allocated, spent, released, freeReserve: reserves.total, fired: fired.length },
  };
}
