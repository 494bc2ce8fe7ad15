import { resolveScenarioInput, type ScenarioInput, type ScenarioInputArgs } from './scenario-input.js';

// The projection model of docs/projection.md, steps 1–5, exactly. Pure: numbers in, numbers out.

export interface ScenarioYear {
  /** Calendar year, baseYear + t. */
  year: number;
  /** B_t, tenge in baseYear prices. */
  baselineGdp: number;
  /** I_t. */
  investment: number;
  /** E_t, the return realised this year. */
  extraOutput: number;
  /** S_t = B_t + E_t. */
  scenarioGdp: number;
  /** g · 100, the input. */
  baselineGrowthPct: number;
  /** (S_t / S_{t−1} − 1) · 100, S_0 = baseGdp. */
  scenarioGrowthPct: number;
  /** scenarioGrowthPct − baselineGrowthPct. */
  upliftPp: number;
  // Additions beyond projection.md's JSON (they change no field above):
  /** R_t, the scheduled return falling due this year. */
  scheduledReturn: number;
  /** C_t, the return that did not fit under the cap and waits for later years. */
  carry: number;
  /** True when the cap bound this year: R_t + C_{t−1} > A_t, so E_t = A_t and the uplift equals maxUpliftPp. */
  atCap: boolean;
}

export interface ScenarioTotals {
  /** Σ I_t over all n investment years (even those after the horizon). */
  investment: number;
  /** Σ E_t for t ≤ H. */
  extraOutput: number;
  /** C_H plus every scheduled return falling due after H. extraOutput + unrealizedReturn = multiplier · investment. */
  unrealizedReturn: number;
  peakUpliftPp: number;
  /** First calendar year whose cumulative extra output reaches cumulative investment; null if none within H or nothing invested. */
  paybackYear: number | null;
  // Addition: how many years the cap bound.
  yearsAtCap: number;
}

export interface ScenarioResult {
  input: ScenarioInput;
  years: ScenarioYear[];
  totals: ScenarioTotals;
}

/** Relative slack for "cumulative extra output reaches cumulative investment", so a sum equal in exact arithmetic is not missed by rounding. */
const PAYBACK_TOLERANCE = 1e-12;

/** Validates (throws ScenarioInputError naming the fields) and projects. */
export function projectScenario(args: ScenarioInputArgs): ScenarioResult {
  return computeScenario(resolveScenarioInput(args));
}

function computeScenario(input: ScenarioInput): ScenarioResult {
  const { baseYear, baseGdp, baselineGrowthPct, investmentSharePct, multiplier: m } = input;
  const n = input.investmentYears;
  const W = input.returnYears;
  const H = input.horizonYears;
  const g = baselineGrowthPct / 100;
  const u = input.maxUpliftPp / 100;
  const baseline = (t: number) => baseGdp * Math.pow(1 + g, t); // step 1

  // Steps 2–3: investment I_s for s ≤ n, each returning m · I_s / W in each of the years s+1 … s+W.
  const lastReturnYear = n + W;
  const investment = new Array<number>(n + 1).fill(0);
  const scheduled = new Array<number>(lastReturnYear + 1).fill(0);
  let totalInvestment = 0;
  for (let s = 1; s <= n; s++) {
    const I = (investmentSharePct / 100 / n) * baseline(s);
    investment[s] = I;
    totalInvestment += I;
    const part = (m * I) / W;
    for (let k = 1; k <= W; k++) scheduled[s + k] += part;
  }

  const years: ScenarioYear[] = [];
  let prevS = baseGdp; // S_0
  let prevE = 0; // E_0
  let carry = 0; // C_0
  let cumulativeExtra = 0;
  let cumulativeInvestment = 0;
  let paybackYear: number | null = null;
  let peakUpliftPp = -Infinity;
  let yearsAtCap = 0;

  for (let t = 1; t <= H; t++) {
    const B = baseline(t);
    const I = t <= n ? investment[t]! : 0;
    const R = t <= lastReturnYear ? scheduled[t]! : 0;
    // Step 4: room under the cap, what is released, what is carried. The cap bounds the upside only: with a negative
    // share (a cut) E_t < 0 and nothing is carried, and the recovery towards the baseline may exceed U points.
    const room = Math.max(0, prevS * (1 + g + u) - B);
    const available = R + carry;
    const atCap = available > room;
    const E = atCap ? room : available;
    carry = atCap ? available - room : 0;
    // Step 5.
    const S = B + E;
    // (S_t/S_{t−1} − (1+g)) · 100, written with B_t = (1+g)·B_{t−1} as (E_t − (1+g)·E_{t−1}) / S_{t−1} · 100:
    // the same number, but exactly 0 when nothing is invested, and without subtracting two numbers near 1.
    const upliftPp = (100 * (E - (1 + g) * prevE)) / prevS;

    cumulativeExtra += E;
    cumulativeInvestment += I;
    if (paybackYear === null && totalInvestment > 0 && cumulativeExtra >= cumulativeInvestment * (1 - PAYBACK_TOLERANCE)) {
      paybackYear = baseYear + t;
    }
    if (upliftPp > peakUpliftPp) peakUpliftPp = upliftPp;
    if (atCap) yearsAtCap++;

    years.push({
      year: baseYear + t,
      baselineGdp: B,
      investment: I,
      extraOutput: E,
      scenarioGdp: S,
      baselineGrowthPct,
      scenarioGrowthPct: baselineGrowthPct + upliftPp,
      upliftPp,
      scheduledReturn: R,
      carry,
      atCap,
    });
    prevS = S;
    prevE = E;
  }

  let unrealizedReturn = carry;
  for (let t = H + 1; t <= lastReturnYear; t++) unrealizedReturn += scheduled[t]!;

  return {
    input,
    years,
    totals: { investment: totalInvestment, extraOutput: cumulativeExtra, unrealizedReturn, peakUpliftPp, paybackYear, yearsAtCap },
  };
}
