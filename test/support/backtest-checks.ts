/** Reading a fit's backtest.csv, and the z of a family-wise error rate, for tests of tiersim fit. */
import { readFileSync } from 'node:fs';
import { normalCdf } from '../../src/fit/special-functions.js';

/** The verdict of each row of a backtest.csv, by `kpi scope` (e.g. `reached.share tier:se` → `agree`). */
export function backtestVerdicts(file: string): Map<string, string> {
  return new Map(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map((cells) => [`${cells[0]} ${cells[1]}`, cells[5]]),
  );
}

/**
 * z of a two-sided check at a 1% family-wise false-alarm rate over `checks` checks (Bonferroni):
 * Φ(z) = 1 − 0.01 / (2 · checks), by bisection.
 */
export function familyWiseZ(checks: number): number {
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < 1 - 0.01 / (2 * checks)) lo = mid;
    else hi = mid;
  }
  return lo;
}
