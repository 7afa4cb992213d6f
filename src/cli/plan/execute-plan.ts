import { join } from 'node:path';
import { summarise, type ReplicationResult, type RunSummary } from '../../sim/index.js';
import { identityOf, type RunIdentity } from './fingerprint.js';
import { shardOf, type Plan, type Shard, type Variant } from './plan.js';
import { imprecise, nextReplicationTotal } from './precision.js';
import { precisionVerdict, type PrecisionVerdict } from './precision-verdict.js';
import type { ReportSummary } from './report.js';
import { StoppedError, type ReplicationTask, type TaskRunner } from './tasks.js';
import { withoutSeries } from './series-store.js';
import { VariantDir } from './variant-dir.js';

/** Options of {@link executePlan}. */
export interface ExecuteOptions {
  readonly runner: TaskRunner;
  /** Output folder; without one nothing is written (and nothing can be resumed). */
  readonly outDir?: string;
  /** Write the only variant's files straight into outDir (a single `run`), not in a subfolder. */
  readonly flat?: boolean;
  /**
   * Keep finished variants and checkpoints of an earlier, stopped run of the same command. What
   * an earlier run left that was made from other inputs (see fingerprint.ts) is refused with a
   * UserError saying what differs, before anything runs.
   */
  readonly resume?: boolean;
  readonly shard?: Shard;
  /** Ctrl-C: stop handing out replications, finish what completed, keep checkpoints. */
  readonly signal?: AbortSignal;
  /** Target relative half-width of the headline KPIs (see precision.ts), or undefined. */
  readonly precision?: number;
  /** Cap on replications per variant with `precision` (default 100). */
  readonly maxReplications?: number;
  /** Record the trace of replication 0. */
  readonly trace?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/** What became of one variant. */
export interface VariantOutcome {
  readonly variant: Variant;
  /** The finished report (null when stopped before it finished). */
  readonly report: ReportSummary | null;
  /** The full summary when it was computed in this run (not when resumed from disk). */
  readonly summary: RunSummary | null;
  /** True when its result was already on disk (--resume). */
  readonly resumed: boolean;
  /** Why it failed (one line: a replication threw or its worker thread was lost), or null. */
  readonly failure: string | null;
  /** With `precision`, whether the finished report reached it (see precision-verdict.ts); else null. */
  readonly precision: PrecisionVerdict | null;
}

interface Pending {
  readonly variant: Variant;
  readonly dir: VariantDir | null;
  readonly identity: RunIdentity;
  readonly results: Map<number, ReplicationResult>;
  target: number;
  failure: string | null;
}

/**
 * Runs the variants of a plan (this shard's), replication by replication on the runner, writes
 * each variant's files when its replications are done, and keeps a checkpoint per replication
 * so that a stopped run resumes where it stopped. With `precision`, replications are added in
 * rounds until the headline KPIs are precise enough; rounds do not depend on the runner, so
 * results are the same for any --jobs. A replication that fails fails its variant alone (its
 * outcome says why, its folder keeps its checkpoints and error.txt); the others go on.
 */
export async function executePlan(
  plan: Plan,
  options: ExecuteOptions,
): Promise<{ outcomes: VariantOutcome[]; stopped: boolean }> {
  const cap = options.maxReplications ?? 100;
  const outcomes = new Map<string, VariantOutcome>();
  const pending: Pending[] = [];
  const selected = shardOf(plan.variants, options.shard);
  const resultOptions = {
    trace: options.trace === true,
    precision: options.precision ?? null,
    maxReplications: cap,
  };
  const prepared = selected.map((variant) => {
    const dir =
      options.outDir === undefined
        ? null
        : new VariantDir(options.flat ? options.outDir : join(options.outDir, variant.id));
    const identity = identityOf(variant.scenario, resultOptions);
    // Every folder is checked before anything is changed or run.
    if (dir && options.resume) dir.checkResumable(identity);
    return { variant, dir, identity };
  });
  for (const { variant, dir, identity } of prepared) {
    if (dir && options.resume && dir.isFinished()) {
      const report = dir.report();
      outcomes.set(variant.id, {
        variant,
        report,
        summary: null,
        resumed: true,
        failure: null,
        // A summary.json written before verdicts were recorded gets one from its KPIs.
        precision:
          options.precision === undefined
            ? null
            : (report.precision ?? precisionVerdict(report, options.precision, cap)),
      });
      continue;
    }
    let results = new Map<number, ReplicationResult>();
    if (dir && options.resume) {
      results = dir.loadCheckpoints();
      dir.resume(identity);
    } else dir?.start(identity);
    pending.push(pendingOf(variant, dir, identity, results));
  }

  let stopped = false;
  let done = pending.reduce((n, p) => n + Math.min(p.results.size, p.target), 0);
  let doneElsewhere = 0;
  const total = (): number => pending.reduce((n, p) => n + p.target, 0) + doneElsewhere;
  /** When a variant has all its replications: finish it (or, with precision, ask for more). */
  const settle = (p: Pending): void => {
    for (let r = 0; r < p.target; r++) if (!p.results.has(r)) return;
    const results = [...p.results.values()].sort((a, b) => a.replication - b.replication).slice(0, p.target);
    const summary = summarise(p.variant.scenario, results);
    if (
      options.precision !== undefined &&
      p.target < cap &&
      imprecise(summary, options.precision).length > 0
    ) {
      p.target = nextReplicationTotal(p.target, cap);
      return;
    }
    // The cap came first, or the target was reached: either way the files are written, and
    // the verdict says which (summary.json's `precision`).
    const verdict =
      options.precision === undefined ? null : precisionVerdict(summary, options.precision, cap);
    p.dir?.finish(
      summary,
      results.map((r) => r.replication),
      verdict,
    );
    outcomes.set(p.variant.id, {
      variant: p.variant,
      report: verdict === null ? summary : { ...summary, precision: verdict },
      summary,
      resumed: false,
      failure: null,
      precision: verdict,
    });
    pending.splice(pending.indexOf(p), 1);
    doneElsewhere += p.target;
  };
  /** A replication of a variant failed: the variant fails (once), the others go on. */
  const fail = (p: Pending, reason: string): void => {
    if (p.failure !== null) return;
    p.failure = reason;
    p.dir?.fail(reason);
    outcomes.set(p.variant.id, {
      variant: p.variant,
      report: null,
      summary: null,
      resumed: false,
      failure: reason,
      precision: null,
    });
    pending.splice(pending.indexOf(p), 1);
    doneElsewhere += p.results.size;
  };
  for (const p of [...pending]) settle(p);
  while (pending.length > 0 && !stopped) {
    const tasks: ReplicationTask[] = [];
    const owners: Pending[] = [];
    for (const p of pending) {
      for (let r = 0; r < p.target; r++) {
        if (p.results.has(r)) continue;
        tasks.push({
          scenario: p.variant.scenario,
          replication: r,
          scenarioKey: p.identity.key,
          // The trace goes straight to trace.csv as replication 0 runs (without --out, nowhere).
          ...(options.trace === true && r === 0 && p.dir !== null
            ? { traceFile: join(p.dir.path, 'trace.csv') }
            : {}),
        });
        owners.push(p);
      }
    }
    try {
      await options.runner.run(tasks, {
        signal: options.signal,
        collect: false,
        skip: (index) => owners[index].failure !== null,
        onFailure: (index, reason) => fail(owners[index], reason),
        onResult: (index, returned) => {
          const owner = owners[index];
          // The hourly series goes to the variant's series store at once (without --out it is
          // not needed): memory does not grow with replications x horizon.
          const result = owner.dir ? owner.dir.series.keep(returned) : withoutSeries(returned);
          if (owner.failure !== null) {
            // A replication of a variant that failed meanwhile: kept for --resume.
            owner.dir?.saveCheckpoint(result);
            return;
          }
          owner.results.set(result.replication, result);
          options.onProgress?.(++done, total());
          // Finish a variant as soon as its replications are in: its files are written (and its
          // results freed) even if the run is stopped later.
          settle(owner);
          // The replication that completes a variant is not checkpointed: its variant's files
          // were just written and its checkpoints removed (a crash while writing them costs
          // that one replication on --resume, and saves writing and syncing one per variant).
          if (pending.includes(owner)) owner.dir?.saveCheckpoint(result);
        },
      });
    } catch (error) {
      if (!(error instanceof StoppedError)) throw error;
      stopped = true;
    }
  }
  const ordered = selected.map(
    (v) =>
      outcomes.get(v.id) ?? {
        variant: v,
        report: null,
        summary: null,
        resumed: false,
        failure: null,
        precision: null,
      },
  );
  return { outcomes: ordered, stopped };
}

function pendingOf(
  variant: Variant,
  dir: VariantDir | null,
  identity: RunIdentity,
  results: Map<number, ReplicationResult>,
): Pending {
  return { variant, dir, identity, results, target: variant.scenario.replications, failure: null };
}
