import { SEVERITIES, type Severity } from '../sim/index.js';
import type { DistributionFit } from './fit-distribution.js';
import type { BySeverity } from './estimate-work.js';

/** A CSV input written beside the fitted scenario (a relative path from it). */
export interface InputFile {
  readonly name: string;
  readonly content: string;
}

/** A distribution as the scenario file writes it (minutes), an empirical one naming its CSV. */
export type DistributionJson = Readonly<Record<string, string | number>>;

/**
 * The CSV inputs of a fitted scenario: empirical distributions (`minutes` column) and the weekly
 * profile. The same fit used in several places (a tier's pooled effort for two severities) is
 * written once.
 */
export class ScenarioInputs {
  readonly files: InputFile[] = [];
  private readonly written = new Map<DistributionFit, string>();

  /** The distribution of a fit; an empirical one's values go to `<name>.csv`. */
  distribution(fit: DistributionFit, name: string): DistributionJson {
    const spec = fit.spec;
    if (spec.dist !== 'empirical') return { ...spec };
    let file = this.written.get(fit);
    if (file === undefined) {
      file = `${name}.csv`;
      this.written.set(fit, file);
      this.files.push({ name: file, content: `minutes\n${spec.values.map(String).join('\n')}\n` });
    }
    return { dist: 'empirical', file, column: 'minutes' };
  }

  /** One distribution per severity (`{ A, B, C }`), leaving out severities without a fit. */
  perSeverity(fits: BySeverity, name: string): Partial<Record<Severity, DistributionJson>> {
    const out: Partial<Record<Severity, DistributionJson>> = {};
    for (const s of SEVERITIES) {
      const f = fits.bySeverity[s];
      if (f === null) continue;
      out[s] = this.distribution(f.fit, f.source === 'tier' ? name : `${name}-${s}`);
    }
    return out;
  }

  /** The weekly profile CSV (`hourOfWeek,weight`, 168 rows), as data/weekly-profile.csv is written. */
  weeklyProfile(weights: readonly number[], name = 'weekly-profile.csv'): string {
    const rows = weights.map((w, h) => `${h},${Number(w.toPrecision(6))}`);
    this.files.push({ name, content: `hourOfWeek,weight\n${rows.join('\n')}\n` });
    return name;
  }
}
