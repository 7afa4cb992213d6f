import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { flowsCsv, kpisCsv, summaryJson, type ReplicationResult, type RunSummary } from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError } from '../user-error.js';
import { damagedFile, readOutputJson } from './damaged.js';
import { asIdentity, identityDifferences, type RunIdentity } from './fingerprint.js';
import { precisionFields, type PrecisionVerdict } from './precision-verdict.js';
import { loadReport, type ReportSummary } from './report.js';
import { fromRecord, toRecord, type ReplicationRecord } from './replication-record.js';
import { SeriesStore } from './series-store.js';

/** Checkpoints of finished replications while a variant runs. */
export const CHECKPOINTS = '.replications';
/** The identity of the variant's results (see fingerprint.ts), written when it starts. */
export const IDENTITY = '.fingerprint.json';
/** Why the variant failed (one line), while it is failed. */
export const FAILURE = 'error.txt';
const OUTPUTS = ['kpis.csv', 'summary.json', 'timeseries.csv', 'flows.csv', 'trace.csv'];
/** Every file a variant folder may hold besides its checkpoints (what a merge copies). */
export const VARIANT_FILES: readonly string[] = [...OUTPUTS, IDENTITY, FAILURE];

const CHECKPOINT = /^rep-(\d+)\.json$/;

/**
 * The output folder of one variant: the finished files (kpis.csv, summary.json, timeseries.csv,
 * flows.csv, trace.csv), the identity of the results (`.fingerprint.json`) and, while it runs,
 * one checkpoint per finished replication, so that a stopped run can be resumed. summary.json is
 * written last: its presence (without checkpoints) means "finished". A variant whose
 * replication failed keeps its checkpoints and says why in error.txt.
 */
export class VariantDir {
  /** Each replication's hourly series while the variant runs (see series-store.ts). */
  readonly series: SeriesStore;

  constructor(readonly path: string) {
    this.series = new SeriesStore(join(path, CHECKPOINTS));
  }

  isFinished(): boolean {
    return (
      existsSync(join(this.path, 'summary.json')) &&
      !existsSync(join(this.path, CHECKPOINTS)) &&
      !existsSync(join(this.path, FAILURE))
    );
  }

  /** Why the variant failed, or null when it did not. */
  failure(): string | null {
    const path = join(this.path, FAILURE);
    if (!existsSync(path)) return null;
    return readFileSync(path, 'utf8').split('\n')[0].trim() || 'failed (no reason recorded)';
  }

  /** True when a run left results here (finished, checkpoints or a failure). */
  holdsResults(): boolean {
    return ['summary.json', CHECKPOINTS, FAILURE].some((name) => existsSync(join(this.path, name)));
  }

  /** The recorded identity of the results here, or null when none is recorded. */
  identity(remedy: string): RunIdentity | null {
    const path = join(this.path, IDENTITY);
    if (!existsSync(path)) return null;
    return readOutputJson(path, (value) => asIdentity(value) ?? 'not a record of settings', remedy);
  }

  /**
   * Checks that what a run left here was made from `identity` (the same scenario content and
   * options), so --resume may continue it; a UserError saying what differs otherwise.
   */
  checkResumable(identity: RunIdentity): void {
    if (!this.holdsResults()) return;
    const remedy = `delete the folder ${this.path} to run it again, or run without --resume`;
    const recorded = this.identity(remedy);
    if (recorded === null) {
      throw new UserError(
        `tiersim: --resume: ${this.path} holds results with no record of how they were made (no ${IDENTITY}); use a new --out, or run without --resume to replace them`,
      );
    }
    const differences = identityDifferences(recorded, identity);
    if (differences.length > 0) {
      throw new UserError(
        `tiersim: --resume: ${this.path} holds results made with other settings (${differences.join('; ')}); use a new --out, or run without --resume to replace them`,
      );
    }
  }

  /** The finished report (summary.json), a damaged one being a UserError saying what to do. */
  report(): ReportSummary {
    return loadReport(
      join(this.path, 'summary.json'),
      `delete it to run ${this.path} again with --resume, or run without --resume`,
    );
  }

  /** Starts afresh: removes what a run writes here and records the identity of the results to come. */
  start(identity: RunIdentity): void {
    this.clear();
    this.recordIdentity(identity);
  }

  /** Continues (--resume, after {@link checkResumable}): records the identity, forgets a failure. */
  resume(identity: RunIdentity): void {
    this.recordIdentity(identity);
    rmSync(join(this.path, FAILURE), { force: true });
  }

  private recordIdentity(identity: RunIdentity): void {
    writeFileAtomic(join(this.path, IDENTITY), JSON.stringify(identity, null, 2) + '\n');
  }

  /**
   * Replications already done (from checkpoints), by replication index. A checkpoint that cannot
   * be read back (truncated, `{}`) is a UserError naming it and saying what to do.
   */
  loadCheckpoints(): Map<number, ReplicationResult> {
    const dir = join(this.path, CHECKPOINTS);
    const out = new Map<number, ReplicationResult>();
    if (!existsSync(dir)) return out;
    const remedy = 'delete it to redo that replication with --resume, or run without --resume';
    for (const name of readdirSync(dir).sort()) {
      const match = CHECKPOINT.exec(name);
      if (!match) continue;
      const path = join(dir, name);
      const index = Number(match[1]);
      const result = readOutputJson(
        path,
        (value) => {
          const record = value as Partial<ReplicationRecord> | null;
          if (typeof record !== 'object' || record === null || Array.isArray(record))
            return 'not a JSON object';
          if (record.replication !== index) return `not the record of replication ${index}`;
          if (!Array.isArray(record.kpis) || record.kpis.length === 0) return 'no KPIs';
          try {
            return fromRecord(record as ReplicationRecord);
          } catch {
            return 'not a replication record';
          }
        },
        remedy,
      );
      if (result.kpis.size === 0 || [...result.kpis.keys()].some((k) => typeof k !== 'string'))
        throw damagedFile(path, 'not a replication record', remedy);
      // A checkpoint whose series was not saved (killed in between) is redone.
      if (this.series.has(index)) out.set(index, result);
    }
    return out;
  }

  saveCheckpoint(result: ReplicationResult): void {
    const name = `rep-${String(result.replication).padStart(5, '0')}.json`;
    writeFileAtomic(join(this.path, CHECKPOINTS, name), JSON.stringify(toRecord(result)));
  }

  /** Removes the files a run writes here (a fresh start without --resume); nothing else is touched. */
  clear(): void {
    for (const name of [...VARIANT_FILES, CHECKPOINTS])
      rmSync(join(this.path, name), { recursive: true, force: true });
  }

  /** Records why the variant failed; its checkpoints stay, so --resume redoes only what is missing. */
  fail(reason: string): void {
    writeFileAtomic(join(this.path, FAILURE), `${reason}\n`);
  }

  /**
   * Writes the finished outputs, summary.json last, then drops the checkpoints. timeseries.csv
   * is the mean of the saved series of `replications` (the summary's, in order); trace.csv was
   * written as replication 0 ran. `precision`: the verdict of a `--precision` run, recorded in
   * summary.json (default none).
   */
  finish(
    summary: RunSummary,
    replications: readonly number[],
    precision: PrecisionVerdict | null = null,
  ): void {
    mkdirSync(this.path, { recursive: true });
    writeFileAtomic(join(this.path, 'kpis.csv'), kpisCsv(summary));
    writeFileAtomic(join(this.path, 'timeseries.csv'), this.series.csvChunks(replications));
    writeFileAtomic(join(this.path, 'flows.csv'), flowsCsv(summary));
    writeFileAtomic(join(this.path, 'summary.json'), summaryJson(summary, precisionFields(precision)));
    rmSync(join(this.path, CHECKPOINTS), { recursive: true, force: true });
    rmSync(join(this.path, FAILURE), { force: true });
  }
}
