import type { SchemaContext } from './context.js';
import { lognormalInput } from './distribution-schema.js';
import { duration } from './duration.js';
import { factor, fields, share } from './fields.js';
import { nullablePerSeverity } from './per-severity.js';

/** `escalation`: when cases leave a tier upwards. */
export function escalationSchema(context: SchemaContext) {
  return fields({
    /** Share of tier-1 cases whose difficulty needs Problem Control (default 0.08). */
    toProblemControl: share().default(0.08),
    /** Share of Problem Control cases that need an Escalation Engineer (default 0.1). */
    toEscalation: share().default(0.1),
    /** Share of pod cases that need escalation services (default 0.15). */
    fromPods: share().default(0.15),
    /** Share of beta cases that need Problem Control (default 0.2). */
    fromBeta: share().default(0.2),
    /**
     * Age at which an open tier-1 case escalates, per severity; null (for all or one severity):
     * never (default A 8h, B 2d, C 5d). Parsed, always a per-severity map of minutes or null.
     */
    escalateAfter: nullablePerSeverity(duration(), { A: '8h', B: '2d', C: '5d' }),
    /** Premier cases escalate after this fraction of `escalateAfter`, in (0, 1] (default 0.5). */
    premierFactor: factor().default(0.5),
    /** Share of Escalation Engineer cases that need a hotfix from the product group (default 0.3). */
    hotfixShare: share().default(0.3),
    /** Time the product group takes to deliver a hotfix (default lognormal 10d sd 5d). */
    productGroupDelay: context.distribution.prefault(lognormalInput('10d', '5d')),
    /** Share of its effort an SE spends on a case before escalating it by difficulty (default 0.5). */
    diagnosisShare: share().default(0.5),
  }).prefault({});
}
