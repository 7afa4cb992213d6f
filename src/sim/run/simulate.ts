import type { Scenario } from '../scenario/index.js';
import { Kernel } from '../kernel/index.js';
import { RandomStreams } from '../random/index.js';
import type { ModelContext } from '../model/context.js';
import type { Job } from '../model/job-queue.js';
import { TIERS } from '../model/ladder.js';
import { Org } from '../model/org.js';
import type { Pool } from '../model/pool.js';
import { stageNames } from '../model/stages.js';
import { Recorder } from '../model/recorder.js';
import type { TraceRow, TraceSink } from '../model/trace.js';
import { MINUTES_PER_DAY } from '../units.js';
import { hoursOfWeekOf, type HoursOfWeek } from './hours-of-week.js';
import { measureReplication } from './measure.js';
import { responseProfile, type ResponseProfile } from './response-profile.js';
import { HourlySeries } from './timeseries.js';

/** Options of one replication. */
export interface ReplicationOptions {
  /** Replication index (0-based); selects the random streams. */
  readonly replication: number;
  /** Record the event trace (memory grows with the number of cases). Default false. */
  readonly trace?: boolean;
  /**
   * Receives the event trace in chunks of rows, in order, as the replication runs, so that a long
   * trace can be written to a file without being held (`result.trace` is then null). Implies
   * `trace`.
   */
  readonly onTraceRows?: TraceSink;
  /** Called after each simulated day with the share done (0..1]. */
  readonly onDay?: (doneShare: number) => void;
}

/** Everything one replication measured. */
export interface ReplicationResult {
  readonly replication: number;
  /** KPI values keyed `kpi|scope` (see `kpiKey`). */
  readonly kpis: Map<string, number>;
  readonly series: HourlySeries;
  /** Stage names and flow counts after the warm-up, `from * stages + to`. */
  readonly stageNames: readonly string[];
  readonly flows: Float64Array;
  readonly trace: TraceRow[] | null;
  /** Kernel events delivered, and cases generated (warm-up included): for benchmarks. */
  readonly events: number;
  readonly casesGenerated: number;
  /** First-response time percentiles per severity (for CDF charts). */
  readonly responseProfile: ResponseProfile;
  /** Counts by the hour of the week, for the time-of-week view (not in kpis.csv). */
  readonly hoursOfWeek: HoursOfWeek;
}

/** Runs one replication of a scenario. Deterministic for a given scenario and replication index. */
export function simulateReplication(scenario: Scenario, options: ReplicationOptions): ReplicationResult {
  const slices = replicationSlices(scenario, options);
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

/** Simulated minutes per slice of {@link replicationSlices}. */
export const SLICE_MINUTES = 60;

/**
 * One replication, run in slices of {@link SLICE_MINUTES} simulated minutes: each `next()` runs
 * one slice and yields the share of the horizon done; the last returns the result. A caller can
 * pause between slices (to let a Ctrl-C handler run) or drop the rest; the events, and so the
 * result, are those of {@link simulateReplication}, since the kernel delivers the same events in
 * the same order however the horizon is cut (nothing outside the model schedules between slices).
 */
export function* replicationSlices(
  scenario: Scenario,
  options: ReplicationOptions,
): Generator<number, ReplicationResult, void> {
  const kernel = new Kernel();
  const warmupAt = scenario.horizon.warmupDays * MINUTES_PER_DAY;
  const endAt = scenario.horizon.days * MINUTES_PER_DAY;
  const streams = new RandomStreams(scenario.seed, options.replication);
  const stages = stageNames(scenario.specialties);
  const recorder = new Recorder(
    scenario,
    stages,
    TIERS.length,
    () => kernel.now(),
    warmupAt,
    options.trace === true,
    options.onTraceRows ?? null,
  );
  const ctx: ModelContext = { kernel, streams, recorder, warmupAt, endAt };
  const org = new Org(ctx, scenario);

  const reporting = reportingPools(org);
  const series = new HourlySeries([...reporting.keys(), 'productGroup'], Math.floor(endAt / 60) + 1);
  const sampler = { hour: 0 };
  const sample = (): void => {
    const h = sampler.hour++;
    let i = 0;
    for (const pools of reporting.values()) {
      let queue = 0;
      let backlog = 0;
      let onDuty = 0;
      let busy = 0;
      for (const p of pools) {
        queue += p.stats.queue.level;
        backlog += p.backlogNow();
        onDuty += p.stats.onShift.level;
        busy += p.stats.busy.level;
      }
      series.set(h, i, 0, queue);
      series.set(h, i, 1, backlog);
      series.set(h, i, 2, onDuty);
      series.set(h, i, 3, busy);
      i++;
    }
    series.set(h, i, 1, org.productGroup.backlog);
    recorder.compactPending();
    if (sampler.hour < series.hours) kernel.schedule(60, sample, sampler);
  };
  kernel.schedule(0, sample, sampler);
  kernel.schedule(
    warmupAt,
    () => {
      for (const p of org.pools()) p.stats.reset(warmupAt);
      recorder.warmupEnded(warmupAt);
    },
    sampler,
  );
  org.start();

  const days = scenario.horizon.days;
  for (let d = 1; d <= Math.ceil(days); d++) {
    const dayEndAt = Math.min(d, days) * MINUTES_PER_DAY;
    for (let at = (d - 1) * MINUTES_PER_DAY + SLICE_MINUTES; at < dayEndAt; at += SLICE_MINUTES) {
      kernel.runUntil(at);
      yield at / endAt;
    }
    kernel.runUntil(dayEndAt);
    options.onDay?.(Math.min(d, days) / days);
    yield dayEndAt / endAt;
  }
  recorder.censor(endAt);
  recorder.trace?.flush();
  for (const p of org.pools()) p.closeWindow(endAt);
  const kpis = measureReplication(scenario, org, recorder, reporting, warmupAt, endAt, series);
  return {
    replication: options.replication,
    kpis,
    series,
    stageNames: stages,
    flows: recorder.flows,
    trace: options.onTraceRows === undefined ? (recorder.trace?.rows ?? null) : null,
    events: kernel.events,
    casesGenerated: org.arrivals.generated,
    responseProfile: responseProfile(recorder),
    hoursOfWeek: hoursOfWeekOf(recorder.byHourOfWeek, reporting, endAt),
  };
}

/** Reporting pools (MODEL.md's `pool:` scopes) and the model pools each one adds up. */
export function reportingPools(org: Org): Map<string, Array<Pool<Job>>> {
  const m = new Map<string, Array<Pool<Job>>>();
  m.set('router', [org.router]);
  for (const se of org.se) m.set(se.name, [se]);
  m.set('pods', [org.pods]);
  m.set('beta', [org.beta]);
  m.set('problemControl', [org.problemControl]);
  m.set('escalation', [org.escalation]);
  m.set('tl', org.teamLeads);
  m.set('escalationManagers', [org.escalationManagers]);
  m.set('tams', [org.tams]);
  return m;
}
