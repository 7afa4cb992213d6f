import type { ReplicationResult, RunSummary, Scenario } from '../sim/index.js';

/**
 * A finished run of the what-if page (or one in progress, so far): the scenario it ran (its file
 * name, JSON and `scenarioKey`), its replications and their summary.
 */
export interface RunRecord {
  readonly name: string;
  readonly key: string;
  readonly raw: unknown;
  readonly scenario: Scenario;
  readonly results: ReplicationResult[];
  readonly summary: RunSummary;
}

/** Hooks for the browser tests (read-only views of the last run). */
declare global {
  interface Window {
    tiersim?: { lastKpisCsv: string; lastRunMs: number; runs: number; firstPartialMs: number };
  }
}
