import { countOf, DAYS } from '../i18n/plural.js';
import type { BudgetDb } from '../../db/client.js';
import type { WatchRow } from '../../db/stores/watches-store.js';
import { formatDate } from '../format/dates.js';
import { formatMoneyShort, formatPercent } from '../format/money.js';
import { dative } from '../i18n/kazakh-case.js';
import type { Lang } from '../i18n/lang.js';
import { localName } from '../i18n/local-names.js';
import type { RecordedTransfer } from '../ledger/record-transfer.js';
import { accountName } from '../queries/account-names.js';
import { loadCatalogue } from '../queries/catalogue.js';
import { bold, line, type Block } from '../reply/reply.js';
import { executionScope, type WatchState } from './watch-conditions.js';

// What a watch says, in the list and when it fires: the condition, the figure, and the transfer that crossed it.

const share = (bp: number, lang: Lang) => formatPercent(bp / 100, lang, 1);

/** The watched thing's name in the reader's language (its id when the data no longer has it). */
export function watchedName(db: BudgetDb, watch: WatchRow, lang: Lang): string {
  const catalogue = loadCatalogue(db);
  if (watch.kind === 'reserve') {
    const source = catalogue.sources.get(watch.target);
    return source ? localName(source, lang) : watch.target;
  }
  if (watch.kind === 'idle') {
    const project = catalogue.projects.get(watch.target);
    return project ? localName(project, lang) : watch.target;
  }
  const scope = executionScope(watch.target);
  const named = scope.kind === 'area' ? catalogue.areas.get(scope.id) : catalogue.administrators.get(scope.id);
  return named ? localName(named, lang) : scope.id;
}

const limitOf = (watch: WatchRow, lang: Lang) => (watch.unit === 'tenge' ? formatMoneyShort(watch.threshold, lang) : share(watch.threshold, lang));

/** One line for /watch list and /subscriptions: what is watched and when it alerts. */
export function describeWatch(db: BudgetDb, watch: WatchRow, lang: Lang): string {
  const name = watchedName(db, watch, lang);
  const by = watch.byDate ? formatDate(watch.byDate, lang) : '';
  switch (watch.kind) {
    case 'reserve':
      return { ru: `резерв «${name}» ниже ${limitOf(watch, lang)}`, kk: `«${name}» резерві ${limitOf(watch, lang)} төмен`, en: `reserve "${name}" below ${limitOf(watch, lang)}` }[lang];
    case 'idle':
      return { ru: `«${name}» без расходов ${countOf('ru', watch.threshold, DAYS.ru)}`, kk: `«${name}» ${watch.threshold} күн шығынсыз`, en: `"${name}" with no spending for ${countOf('en', watch.threshold, DAYS.en)}` }[lang];
    case 'execution':
      return {
        ru: `освоение «${name}» ниже ${limitOf(watch, lang)} к ${by}`,
        kk: `«${name}» игерілуі ${dative(by)} қарай ${limitOf(watch, lang)} төмен`,
        en: `execution of "${name}" below ${limitOf(watch, lang)} by ${by}`,
      }[lang];
  }
}

/** The alert a watch sends when its condition becomes true. */
export function watchAlert(db: BudgetDb, watch: WatchRow, state: WatchState, lang: Lang, transfer?: RecordedTransfer): Block[] {
  const name = watchedName(db, watch, lang);
  const blocks: Block[] = [];
  if (watch.kind === 'reserve') {
    const free = formatMoneyShort(state.figure, lang);
    blocks.push(
      line(bold({ ru: '⚠️ Резерв ниже порога', kk: '⚠️ Резерв шектен төмен', en: '⚠️ Reserve below its threshold' }[lang])),
      line({ ru: `«${name}»: свободно `, kk: `«${name}»: бос қалғаны `, en: `"${name}": `}[lang], bold(free), { ru: `, порог ${limitOf(watch, lang)}`, kk: `, шегі ${limitOf(watch, lang)}`, en: ` free, threshold ${limitOf(watch, lang)}` }[lang]),
    );
  } else if (watch.kind === 'idle') {
    const since = state.since ? formatDate(state.since, lang) : null;
    blocks.push(
      line(bold({ ru: '⏸ Проект без расходов', kk: '⏸ Жоба шығынсыз тұр', en: '⏸ A project is not spending' }[lang])),
      line(
        {
          ru: `«${name}»: ${countOf('ru', state.figure, DAYS.ru)} без расходов (порог ${watch.threshold})${since ? `; последнее движение ${since}` : ''}`,
          kk: `«${name}»: ${state.figure} күн шығынсыз (шегі ${watch.threshold})${since ? `; соңғы қозғалыс ${since}` : ''}`,
          en: `"${name}": ${countOf('en', state.figure, DAYS.en)} without spending (threshold ${watch.threshold})${since ? `; last movement ${since}` : ''}`,
        }[lang],
      ),
    );
  } else {
    const by = formatDate(watch.byDate!, lang);
    blocks.push(
      line(bold({ ru: '📉 Освоение ниже плана', kk: '📉 Игеру жоспардан төмен', en: '📉 Execution below plan' }[lang])),
      line(
        { ru: `«${name}»: `, kk: `«${name}»: `, en: `"${name}": ` }[lang],
        bold(share(state.figure, lang)),
        { ru: ` — ниже ${limitOf(watch, lang)} к ${by}`, kk: ` — ${dative(by)} қарай ${limitOf(watch, lang)} шегінен төмен`, en: ` — below ${limitOf(watch, lang)} by ${by}` }[lang],
      ),
    );
  }
  if (transfer) {
    const what = `${formatDate(transfer.date, lang)} · ${formatMoneyShort(transfer.amount, lang)}: ${accountName(db, transfer.from, lang, { short: true })} → ${accountName(db, transfer.to, lang, { short: true })}`;
    blocks.push(line({ ru: 'Перевод: ', kk: 'Аударым: ', en: 'Transfer: ' }[lang], what, ` (${transfer.id})`));
  }
  blocks.push(line({ ru: 'Все оповещения: /subscriptions', kk: 'Барлық хабарламалар: /subscriptions', en: 'All alerts: /subscriptions' }[lang]));
  return blocks;
}
