import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  flowsCsv,
  kpisCsv,
  summaryJson,
  timeseriesCsvChunks,
  traceCsv,
  type ReplicationResult,
  type RunSummary,
} from '../../sim/index.js';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError } from '../user-error.js';
import { fromRecord, toRecord, type ReplicationRecord } from './replication-record.js';

const CHECKPOINTS = '.replications';
const OUTPUTS = ['kpis.csv', 'summary.json', 'timeseries.csv', 'flows.csv', 'trace.csv'];

/**
 * The output folder of one variant: the finished files (kpis.csv, summary.json, timeseries.csv,
 * flows.csv, trace.csv) and, while it runs, one checkpoint per finished replication, so that a
 * stopped run can be resumed. summary.json is written last: its presence means "finished".
 */
export class VariantDir {
  constructor(readonly path: string) {}

  isFinished(): boolean {
    return existsSync(join(this.path, 'summary.json')) && !existsSync(join(this.path, CHECKPOINTS));
  }

  /**
   * Replications already done (from checkpoints), by replication index. Checkpoints of another
   * scenario (a different fingerprint) are an error rather than silently mixed in.
   */
  loadCheckpoints(scenarioFingerprint: string): Map<number, ReplicationResult> {
    const dir = join(this.path, CHECKPOINTS);
    const out = new Map<number, ReplicationResult>();
    if (!existsSync(dir)) return out;
    const keyFile = join(dir, 'scenario.fingerprint');
    const key = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
    if (key !== scenarioFingerprint) {
      throw new UserError(
        `${this.path}: its checkpoints belong to another scenario or settings; run without --resume to start again`,
      );
    }
    for (const name of readdirSync(dir)) {
      if (!/^rep-\d+\.json$/.test(name)) continue;
      const record = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReplicationRecord;
      out.set(record.replication, fromRecord(record));
    }
    return out;
  }

  /** Starts the checkpoints of a scenario (once, before the first one). */
  startCheckpoints(scenarioFingerprint: string): void {
    writeFileAtomic(join(this.path, CHECKPOINTS, 'scenario.fingerprint'), `${scenarioFingerprint}\n`);
  }

  saveCheckpoint(result: ReplicationResult): void {
    const name = `rep-${String(result.replication).padStart(5, '0')}.json`;
    writeFileAtomic(join(this.path, CHECKPOINTS, name), JSON.stringify(toRecord(result)));
  }

  /** Removes the files a run writes here (a fresh start without --resume); nothing else is touched. */
  clear(): void {
    for (const name of [...OUTPUTS, CHECKPOINTS])
      rmSync(join(this.path, name), { recursive: true, force: true });
  }

  /** Writes the finished outputs, summary.json last, then drops the checkpoints. */
  finish(summary: RunSummary, trace: boolean): void {
    mkdirSync(this.path, { recursive: true });
    writeFileAtomic(join(this.path, 'kpis.csv'), kpisCsv(summary));
    writeFileAtomic(join(this.path, 'timeseries.csv'), timeseriesCsvChunks(summary));
    writeFileAtomic(join(this.path, 'flows.csv'), flowsCsv(summary));
    if (trace && summary.trace) writeFileAtomic(join(this.path, 'trace.csv'), traceCsv(summary.trace));
    writeFileAtomic(join(this.path, 'summary.json'), summaryJson(summary));
    rmSync(join(this.path, CHECKPOINTS), { recursive: true, force: true });
  }
}
