import { readFileSync } from 'node:fs';
import type { BudgetDb } from '../../db/client.js';
import { projectFile } from '../../db/project-files.js';
import { getProgramme } from '../../db/stores/catalogue-store.js';
import { importDataset, type ImportSummary } from './import-dataset.js';

const DEMO_DATASET = projectFile('db', 'demo-dataset.json');

/**
 * Fills an empty database with the demo dataset (illustrative figures, labelled as such in the
 * programme name). A later `import` of real data replaces it rather than mixing with it.
 */
export function seedDemoIfEmpty(db: BudgetDb, now = new Date()): ImportSummary | null {
  if (getProgramme(db)) return null;
  return importDataset(db, JSON.parse(readFileSync(DEMO_DATASET, 'utf8')), { asDemo: true, now });
}
