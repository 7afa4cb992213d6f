import { BusinessWeek } from './business-week.js';
import {
  HOURS_PER_WEEK,
  type Contract,
  type Scenario,
  type Severity,
  type TraceCase,
} from '../scenario/index.js';
import { makeDistribution, type Distribution, type Rng } from '../random/index.js';
import { SupportCase } from './case.js';
import type { LadderRules } from './ladder-rules.js';
import { MINUTES_PER_DAY } from '../units.js';
import { hourOfWeek } from './hour-of-week-counts.js';
import type { ModelContext } from './context.js';
import { log } from '../math/index.js';

/** A surge in minutes (see `arrivals.surges`). */
interface SurgeWindow {
  readonly fromAt: number;
  readonly toAt: number;
  readonly volumeFactor: number;
  readonly betaShare: number | null;
}

/** Hotfix draws that decide whatever `hotfixShare` is in [0, 1] (see EscalationPolicy.needsHotfix: draw < share). */
const FORCE_HOTFIX = -1;
const NO_HOTFIX = 1;

const SEVERITY_ORDER: readonly Severity[] = ['A', 'B', 'C'];
const CONTRACT_ORDER: readonly Contract[] = ['standard', 'premier', 'tier3'];

/**
 * Where cases come from: a Poisson process whose rate follows the weekly profile (or is
 * constant), or the replay of a trace of historical cases. Every attribute and per-case
 * decision is drawn here, at arrival, each from its own stream and with a fixed number of draws
 * per case, so that changing staffing or routing shares does not change which cases arrive.
 */
export class Arrivals {
  private readonly arrivalRng: Rng;
  private readonly attributeRng: Rng;
  private readonly decisionRng: Rng;
  private readonly patienceRng: Rng;
  private readonly ladderRng: Rng;
  /** Arrival rate per minute for each hour of the week. */
  private readonly ratePerMinute: Float64Array;
  private readonly specialtyCdf: Float64Array;
  private readonly severityCdf: Float64Array;
  /** The severity mix of after-hours arrivals, and which minutes are business hours (or null: one mix). */
  private readonly afterHoursSeverity: { readonly cdf: Float64Array; readonly week: BusinessWeek } | null;
  private readonly contractCdf: Float64Array;
  private readonly patience: Distribution | null;
  private nextId = 1;
  private readonly surges: SurgeWindow[];

  /** Cases generated so far, warm-up included. */
  get generated(): number {
    return this.nextId - 1;
  }
  private traceIndex = 0;

  constructor(
    private readonly ctx: ModelContext,
    private readonly scenario: Scenario,
    private readonly deliver: (c: SupportCase) => void,
    /** Entry and return decisions (`ladder`), drawn here with the others. */
    private readonly ladder: LadderRules,
  ) {
    const s = ctx.streams;
    this.arrivalRng = s.stream('arrivals');
    this.attributeRng = s.stream('attributes');
    this.decisionRng = s.stream('decisions');
    this.patienceRng = s.stream('patience');
    this.ladderRng = s.stream('ladder');
    const a = scenario.arrivals;
    this.ratePerMinute = new Float64Array(HOURS_PER_WEEK);
    const weights = a.weeklyProfile?.weights;
    const meanWeight = weights ? weights.reduce((x, y) => x + y, 0) / weights.length : 1;
    for (let h = 0; h < HOURS_PER_WEEK; h++)
      this.ratePerMinute[h] = (a.casesPerHour / 60) * (weights ? weights[h] / meanWeight : 1);
    this.specialtyCdf = cdf(scenario.specialties.map((name) => a.mix.specialty[name] ?? 0));
    this.severityCdf = cdf(SEVERITY_ORDER.map((k) => a.mix.severity[k]));
    const afterHours = a.mix.severityAfterHours;
    this.afterHoursSeverity =
      afterHours === null
        ? null
        : {
            cdf: cdf(SEVERITY_ORDER.map((k) => afterHours[k])),
            week: new BusinessWeek(scenario.sla.businessHours),
          };
    this.contractCdf = cdf(CONTRACT_ORDER.map((k) => a.mix.contract[k]));
    this.surges = a.surges.map((x) => ({
      fromAt: x.fromDay * MINUTES_PER_DAY,
      toAt: x.toDay * MINUTES_PER_DAY,
      volumeFactor: x.volumeFactor,
      betaShare: x.betaShare,
    }));
    const p = scenario.pools.router.patience;
    this.patience = p === null ? null : makeDistribution(p);
  }

  /** Schedules the first arrival. */
  start(): void {
    if (this.scenario.arrivals.trace) this.scheduleTrace();
    else this.scheduleNext(0);
  }

  // --- Poisson arrivals with a weekly profile ------------------------------------------------

  /**
   * Next arrival of a non-homogeneous Poisson process whose rate is constant within each hour
   * of the week and each surge: one Exp(1) draw of "integrated rate", consumed segment by
   * segment (inversion of the cumulative intensity; exact, and one draw per arrival).
   */
  private scheduleNext(from: number): void {
    let need = -log(1 - this.arrivalRng());
    let t = from;
    const end = this.ctx.endAt;
    for (let idle = 0; idle < HOURS_PER_WEEK * 2 + 2 * this.surges.length + 2;) {
      const surge = this.surgeAt(t);
      const segmentEnd = Math.min((Math.floor(t / 60) + 1) * 60, this.nextSurgeBoundary(t));
      const rate = this.ratePerMinute[hourOfWeek(t)] * (surge === null ? 1 : surge.volumeFactor);
      if (rate > 0 && need <= rate * (segmentEnd - t)) {
        t += need / rate;
        if (t <= end) this.ctx.kernel.schedule(t - this.ctx.kernel.now(), this.arrive, this);
        return;
      }
      need -= rate * (segmentEnd - t);
      t = segmentEnd;
      if (t > end) return;
      idle = rate === 0 ? idle + 1 : 0;
    }
    // A whole week with zero rate and no surge ahead: no more arrivals.
  }

  /** The surge in force at `t`, or null. */
  private surgeAt(t: number): SurgeWindow | null {
    for (const s of this.surges) if (t >= s.fromAt && t < s.toAt) return s;
    return null;
  }

  /** The first surge start or end after `t` (Infinity when none). */
  private nextSurgeBoundary(t: number): number {
    let next = Infinity;
    for (const s of this.surges) {
      if (s.fromAt > t) next = Math.min(next, s.fromAt);
      else if (s.toAt > t) next = Math.min(next, s.toAt);
    }
    return next;
  }

  private arrive(): void {
    const now = this.ctx.kernel.now();
    const specialty = pick(this.specialtyCdf, this.attributeRng());
    const night = this.afterHoursSeverity;
    const severityCdf = night !== null && night.week.periodIndexAt(now) === 1 ? night.cdf : this.severityCdf;
    const severity = SEVERITY_ORDER[pick(severityCdf, this.attributeRng())];
    const contract = CONTRACT_ORDER[pick(this.contractCdf, this.attributeRng())];
    const surge = this.surges.length > 0 ? this.surgeAt(now) : null;
    const betaShare = surge?.betaShare ?? this.scenario.arrivals.betaShare;
    const beta = this.attributeRng() < betaShare;
    const sensitive = this.attributeRng() < this.scenario.arrivals.sensitiveShare;
    this.emit(new SupportCase(this.nextId++, now, specialty, severity, contract, beta, sensitive));
    this.scheduleNext(now);
  }

  // --- trace replay -------------------------------------------------------------------------

  private scheduleTrace(): void {
    const cases = this.scenario.arrivals.trace!.cases;
    if (this.traceIndex >= cases.length) return;
    const at = cases[this.traceIndex].arrivedAt;
    if (at > this.ctx.endAt) return;
    this.ctx.kernel.schedule(Math.max(0, at - this.ctx.kernel.now()), this.arriveFromTrace, this);
  }

  private arriveFromTrace(): void {
    const row: TraceCase = this.scenario.arrivals.trace!.cases[this.traceIndex++];
    const specialty = Math.max(0, this.scenario.specialties.indexOf(row.specialty));
    this.emit(
      new SupportCase(
        this.nextId++,
        this.ctx.kernel.now(),
        specialty,
        row.severity,
        row.contract,
        row.beta,
        row.sensitive,
      ),
      row,
    );
    this.scheduleTrace();
  }

  // --- per-case decisions -------------------------------------------------------------------

  /** Draws the case's decisions, applies what a trace row scripts (difficulty, hotfix), and delivers it. */
  private emit(c: SupportCase, scripted?: TraceCase): void {
    const scenario = this.scenario;
    const d = this.decisionRng;
    // Always six draws per case, whatever the shares, to keep the streams in step across scenarios.
    c.difficulty = d();
    c.closedByRouter = d() < scenario.pools.router.closeShare;
    const misroute = d() < scenario.pools.router.misrouteShare;
    const wrong = d();
    c.needsConsult = d() < scenario.pools.se.consultShare;
    c.hotfixDraw = d();
    const others = scenario.specialties.length - 1;
    if (misroute && others > 0) {
      const k = Math.min(others - 1, Math.floor(wrong * others));
      c.misrouteTo = k >= c.specialty ? k + 1 : k;
    }
    // A scripted case overrides the draws only after they were made, so later cases see the same numbers.
    if (scripted?.difficulty !== undefined) c.difficulty = scripted.difficulty;
    if (scripted?.hotfix !== undefined) c.hotfixDraw = scripted.hotfix ? FORCE_HOTFIX : NO_HOTFIX;
    if (this.patience !== null) c.patience = this.patience.sample(this.patienceRng);
    this.ladder.draw(c, this.ladderRng);
    c.counted = c.arrivedAt >= this.ctx.warmupAt;
    this.deliver(c);
  }
}

function cdf(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = new Float64Array(weights.length);
  let acc = 0;
  weights.forEach((w, i) => {
    acc += total > 0 ? w / total : 1 / weights.length;
    out[i] = acc;
  });
  out[weights.length - 1] = 1;
  return out;
}

function pick(cumulative: Float64Array, u: number): number {
  let i = 0;
  while (u >= cumulative[i] && i < cumulative.length - 1) i++;
  return i;
}
