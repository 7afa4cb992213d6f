import {
  CONTRACTS,
  firstResponseTarget,
  SEVERITIES,
  type Contract,
  type PerSeverity,
  type Scenario,
  type Severity,
} from '../scenario/index.js';
import { BusinessWeek, PERIODS, type Period } from './business-week.js';
import type { SupportCase } from './case.js';
import { CaseScope } from './case-scope.js';

/** Which cells a merged scope takes: undefined = any specialty, severity, contract or period. */
export interface CaseFilter {
  /** Index of the specialty in the scenario's list. */
  readonly specialty?: number;
  readonly severity?: Severity;
  readonly contract?: Contract;
  readonly period?: Period;
}

const SEVERITY_INDEX: Record<Severity, number> = { A: 0, B: 1, C: 2 };
const CONTRACT_INDEX: Record<Contract, number> = { standard: 0, premier: 1, tier3: 2 };

/**
 * Case measures in one cell per specialty x severity x contract x arrival period (18 cells a
 * specialty), and each case's targets. A case's cell is fixed at its arrival and each update
 * touches that one cell; every scope reported (`all`, `severity:A`, `specialty:XADM`,
 * `severity:A/period:after-hours`...) is a merge of whole cells, so the scopes add up exactly
 * (all arrivals = business + after-hours arrivals).
 */
export class CaseCells {
  /** Indexed `((specialty * 3 + severity) * 3 + contract) * 2 + period`. */
  private readonly cells: CaseScope[] = [];
  private readonly specialties: number;
  private readonly week: BusinessWeek;
  /** First-response target of each severity x contract, minutes, indexed `severity * 3 + contract`. */
  private readonly responseTargets: Float64Array;
  private readonly resolutionTargets: PerSeverity<number | null>;
  /** Whether any severity has a resolution target. */
  readonly hasResolutionTargets: boolean;

  constructor(
    scenario: Scenario,
    private readonly tiers: number,
  ) {
    this.specialties = scenario.specialties.length;
    for (let i = 0; i < this.specialties * SEVERITIES.length * CONTRACTS.length * PERIODS.length; i++)
      this.cells.push(new CaseScope(tiers));
    this.week = new BusinessWeek(scenario.sla.businessHours);
    this.responseTargets = new Float64Array(SEVERITIES.length * CONTRACTS.length);
    for (const s of SEVERITIES) {
      for (const c of CONTRACTS)
        this.responseTargets[SEVERITY_INDEX[s] * 3 + CONTRACT_INDEX[c]] = firstResponseTarget(
          scenario.sla,
          s,
          c,
        );
    }
    this.resolutionTargets = scenario.sla.resolution;
    this.hasResolutionTargets = SEVERITIES.some((s) => scenario.sla.resolution[s] !== null);
  }

  /** The cell of a case: its severity, contract and the period it arrived in. */
  of(c: SupportCase): CaseScope {
    const kind = (c.specialty * 3 + SEVERITY_INDEX[c.severity]) * 3 + CONTRACT_INDEX[c.contract];
    return this.cells[kind * 2 + this.week.periodIndexAt(c.arrivedAt)];
  }

  /** A case's first-response target, minutes (its contract's own for its severity, else its severity's). */
  responseTarget(c: SupportCase): number {
    return this.responseTargets[SEVERITY_INDEX[c.severity] * 3 + CONTRACT_INDEX[c.contract]];
  }

  /** A case's resolution target, minutes, or null when its severity has none. */
  resolutionTarget(c: SupportCase): number | null {
    return this.resolutionTargets[c.severity];
  }

  /** A new scope merged from the cells that match `filter`. */
  scope(filter: CaseFilter = {}): CaseScope {
    const out = new CaseScope(this.tiers);
    for (let sp = 0; sp < this.specialties; sp++) {
      if (filter.specialty !== undefined && filter.specialty !== sp) continue;
      SEVERITIES.forEach((s, si) => {
        if (filter.severity !== undefined && filter.severity !== s) return;
        CONTRACTS.forEach((c, ci) => {
          if (filter.contract !== undefined && filter.contract !== c) return;
          PERIODS.forEach((p, pi) => {
            if (filter.period === undefined || filter.period === p)
              out.merge(this.cells[((sp * 3 + si) * 3 + ci) * 2 + pi]);
          });
        });
      });
    }
    return out;
  }
}
