import {
  compareReplications,
  type ComparisonRow,
  type ReplicationResult,
  type Scenario,
} from '../sim/index.js';

/** A run as far as pairing goes: its scenario and the replications it has done. */
interface Paired {
  readonly scenario: Scenario;
  readonly results: readonly ReplicationResult[];
}

/**
 * The paired differences of a run from the pinned plan (common random numbers), or a note that
 * says why there are none: both must have the same seed and number of replications. A run in
 * progress pairs the replications it has done so far with the plan's of the same indices.
 */
export function pairWithPlan(
  plan: Paired | null,
  current: Paired,
): { comparison: ComparisonRow[] | null; note: string } {
  if (plan === null || plan === current) return { comparison: null, note: '' };
  if (plan.scenario.seed !== current.scenario.seed || plan.results.length !== current.scenario.replications)
    return {
      comparison: null,
      note: 'The plan used another seed or number of replications, so the runs cannot be paired; differences are not shown.',
    };
  const planned = current.results.map((r) => plan.results[r.replication]);
  return {
    comparison: compareReplications([plan.scenario.name, current.scenario.name], [planned, current.results]),
    note: '',
  };
}
