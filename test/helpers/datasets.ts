import { readFileSync } from 'node:fs';
import type { DatasetInput } from '../../src/dataset/dataset-schema.js';

export const EXAMPLE_DATASET_PATH = new URL('../fixtures/dataset.example.json', import.meta.url);
export const DEMO_DATASET_PATH = new URL('../../db/demo-dataset.json', import.meta.url);

export const loadExampleDataset = (): DatasetInput => JSON.parse(readFileSync(EXAMPLE_DATASET_PATH, 'utf8')) as DatasetInput;
export const loadDemoDataset = (): DatasetInput => JSON.parse(readFileSync(DEMO_DATASET_PATH, 'utf8')) as DatasetInput;

/** A small dataset with one source (reserve 1 000 000 ₸), two areas and three projects, no transfers. */
export function smallDataset(transfers: DatasetInput['transfers'] = []): DatasetInput {
  return {
    version: 1,
    currency: 'KZT',
    programme: { name: 'Test programme', administrator: 'Test ministry', fiscalYear: 2026 },
    macro: { baseYear: 2025, gdp: 150_000_000_000_000, realGrowthPct: 5 },
    sources: [
      { id: 'budget', name: 'Budget', amount: 5_000_000, reserved: 1_000_000 },
      { id: 'fund', name: 'Fund', amount: 500_000, reserved: 500_000 },
    ],
    priorities: [
      { id: 'ai', title: 'AI', rank: 1, since: '2026-01-01' },
      { id: 'gov', title: 'Government', rank: 2, since: '2026-01-01' },
      { id: 'gov', title: 'Government', rank: 1, since: '2026-06-01' },
      { id: 'ai', title: 'AI', rank: 2, since: '2026-06-01' },
    ],
    projects: [
      { id: 'a', name: 'Project A', priority: 'ai', status: 'active', owner: 'X' },
      { id: 'b', name: 'Project B', priority: 'ai', status: 'planned', owner: 'Y' },
      { id: 'c', name: 'Project C <&>', priority: 'gov', status: 'suspended', owner: 'Z' },
    ],
    transfers,
  };
}
