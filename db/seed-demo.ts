import { readFileSync } from 'node:fs';
import type { BudgetDb } from './client.js';
import { programme } from './schema.js';
import { importDataset, type ImportSummary } from '../src/dataset/import-dataset.js';

const DEMO_DATASET = new URL('./demo-dataset.json', import.meta.url);

/**
 * Fills an empty database with the demo dataset (illustrative figures, labelled as such in the
 * programme name). A later `import` of real data replaces it rather than mixing with it.
 */
export function seedDemoIfEmpty(db: BudgetDb, now = new Date()): ImportSummary | null {
  if (db.select({ id: programme.id }).from(programme).get()) return null;
  return importDataset(db, JSON.parse(readFileSync(DEMO_DATASET, 'utf8')), { asDemo: true, now });
}
