import { performance } from 'node:perf_hooks';
import { projectScenario } from '../projection/project-scenario.js';

/**
 * How many 10-year scenarios the projection core (validation included) computes per second.
 * Every call gets different inputs, so nothing can be served from a cache; a checksum keeps the work from being optimised away.
 */
export function benchProjection(seconds = 2): { scenariosPerSec: number } {
  const budgetMs = Math.max(0.05, seconds) * 1000;
  let count = 0;
  let checksum = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let k = 0; k < 200; k++, count++) {
      const result = projectScenario({
        baseYear: 2025,
        baseGdp: 150e12 * (1 + (count % 1009) / 1e4),
        baselineGrowthPct: 2 + (count % 97) / 20,
        investmentSharePct: 1 + (count % 991) / 100,
        investmentYears: 1 + (count % 5),
        multiplier: 0.5 + (count % 89) / 20,
        returnYears: 1 + (count % 7),
        maxUpliftPp: 0.5 + (count % 13) / 5,
        horizonYears: 10,
      });
      checksum += result.totals.extraOutput;
    }
    elapsed = performance.now() - start;
  }
  if (!Number.isFinite(checksum)) throw new Error('projection bench produced a non-finite checksum');
  return { scenariosPerSec: Math.round(count / (elapsed / 1000)) };
}
