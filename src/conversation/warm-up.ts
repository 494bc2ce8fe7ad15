import type { Services } from '../../commands/command.js';
import { INTENTS } from '../../commands/registry.js';
import { kazakhstanDate } from '../format/iso-date.js';
import { parseText } from '../language/index.js';
import { loadCatalogue } from '../queries/catalogue.js';
import { LedgerIndex } from '../queries/ledger-index.js';
import { resolveName } from '../queries/resolve-names.js';

/**
 * Builds what the first questions would otherwise wait for: the ledger's flows (their running totals
 * saved for the next start) and every month's transfers in memory, and the index of names (about a
 * second for ten thousand projects and a million transfers); says "warmed up" when done. Run once the
 * bot is up; a failure here only means the first question (or the next start) pays for it.
 */
export function warmUp(services: Services): void {
  const began = performance.now();
  try {
    const ledger = LedgerIndex.of(services.db);
    // Saved first, while little else is in memory: writing them copies several megabytes for a moment.
    saveTotals(services, ledger);
    ledger.keepAllMonths();
    // Any words that could name something make the parser index every name; /project and the
    // other commands that take a name use that index too, and their maps of exact names.
    parseText('сколько потрачено на проект', loadCatalogue(services.db).forParser, { today: kazakhstanDate(services.now()), intents: INTENTS });
    for (const kind of ['project', 'source', 'priority'] as const) resolveName(services.db, kind, 'проект программы');
    services.log.info({ ms: Math.round(performance.now() - began) }, 'warmed up');
  } catch (error) {
    services.log.warn({ err: error }, 'indexes not built ahead; the first question builds them');
  }
}

/** The next start reads these totals in one row instead of every monthly roll-up. */
function saveTotals(services: Services, ledger: LedgerIndex): void {
  try {
    ledger.saveSnapshot(services.now());
  } catch (error) {
    services.log.warn({ err: error }, 'the ledger totals were not saved; the next start reads the monthly roll-ups');
  }
}
