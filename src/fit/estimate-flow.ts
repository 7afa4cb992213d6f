import { HISTORY_TIERS, type CaseHistory, type HistoryTier } from './case-history.js';
import { DEFAULT_TIER, TIER_RANK } from './tier-visits.js';

/** A share estimated from `count` of `of` cases, with its binomial standard error. */
export interface Share {
  readonly count: number;
  readonly of: number;
  readonly share: number;
  readonly se: number;
}

/** Something the history shows that tiersim's ladder cannot do, and how often. */
export interface NotModelled {
  /** A short stable code: `entry-at-se`, `return-down`, `skip-up`, `lateral-move`... */
  readonly kind: string;
  readonly cases: number;
  /** What the fitted scenario does instead, in words. */
  readonly decision: string;
}

/**
 * How cases entered the ladder and moved through it. The model's ladder: standard and premier
 * cases enter at the router, tier3 cases at the pods, beta cases at the beta desk; each tier
 * sends a share up (SE, pods and beta to Problem Control, Problem Control to escalation
 * engineers); nothing comes back down.
 */
export interface FlowEstimate {
  readonly cases: number;
  /** Cases whose history names no tier: counted at {@link DEFAULT_TIER}. */
  readonly withoutTier: number;
  /** Cases by the tier they entered at. */
  readonly entries: Readonly<Record<HistoryTier, number>>;
  /** Share of cases that reached each tier (open cases count for the tiers reached so far). */
  readonly reached: Readonly<Record<HistoryTier, Share>>;
  /** Moves between tiers, `from>to` → count (consecutive tiers of each case). */
  readonly moves: Readonly<Record<string, number>>;
  /** The history has router visits; without, the fitted router is a pass-through desk. */
  readonly hasRouter: boolean;
  /** Cases entering at the beta desk (betaShare), and at the pods (tier3 share of the others). */
  readonly betaShare: Share;
  readonly tier3Share: Share;
  /** Router path: share closed at the router; of the rest, share reaching Problem Control or beyond. */
  readonly closeShare: Share;
  readonly toProblemControl: Share;
  /** Of the cases reaching Problem Control or beyond, the share reaching an escalation engineer. */
  readonly toEscalation: Share;
  /** Pods and beta cases reaching Problem Control or beyond. */
  readonly fromPods: Share;
  readonly fromBeta: Share;
  readonly notModelled: readonly NotModelled[];
}

/** The tiers a case visited, or the default tier when its history names none. */
export function tiersOf(c: CaseHistory): readonly HistoryTier[] {
  return c.tiers.length > 0 ? c.tiers : [DEFAULT_TIER];
}

/** A share with its binomial standard error √(p(1 − p) / n) (NaN of nothing). */
export function shareOf(count: number, of: number): Share {
  const share = of > 0 ? count / of : NaN;
  return { count, of, share, se: of > 0 ? Math.sqrt((share * (1 - share)) / of) : NaN };
}

const UPPER = new Set<HistoryTier>(['problemControl', 'escalation']);

/**
 * Estimates entries, reach and escalation shares from the tiers each case visited. Shares up
 * are "reached Problem Control or beyond" (a case that went from SE straight to an escalation
 * engineer needed Problem Control's difficulty too, as the model's one latent difficulty has
 * it), so the fitted scenario reproduces the reach of the upper tiers together; what the ladder
 * cannot do (entering above tier 1, skipping a tier, coming back down, moving sideways) is
 * counted in `notModelled`.
 */
export function estimateFlow(cases: readonly CaseHistory[]): FlowEstimate {
  const zero = (): Record<HistoryTier, number> =>
    Object.fromEntries(HISTORY_TIERS.map((t) => [t, 0])) as Record<HistoryTier, number>;
  const entries = zero();
  const reach = zero();
  const moves: Record<string, number> = {};
  const hasRouter = cases.some((c) => c.tiers.includes('router'));
  let withoutTier = 0;
  const path = { router: 0, closed: 0, up: 0, pods: 0, podsUp: 0, beta: 0, betaUp: 0, upper: 0, ee: 0 };
  const odd = { entryAtSe: 0, entryAbove: 0, returns: 0, skips: 0, lateral: 0 };
  for (const c of cases) {
    if (c.tiers.length === 0) withoutTier++;
    const tiers = tiersOf(c);
    const entry = tiers[0];
    entries[entry]++;
    for (const t of new Set(tiers)) reach[t]++;
    let returned = false;
    let skipped = false;
    let sideways = false;
    for (let i = 1; i < tiers.length; i++) {
      const key = `${tiers[i - 1]}>${tiers[i]}`;
      moves[key] = (moves[key] ?? 0) + 1;
      const step = TIER_RANK[tiers[i]] - TIER_RANK[tiers[i - 1]];
      if (step < 0) returned = true;
      else if (step > 1) skipped = true;
      else if (step === 0) sideways = true;
    }
    if (returned) odd.returns++;
    if (skipped) odd.skips++;
    if (sideways) odd.lateral++;
    const up = tiers.some((t) => UPPER.has(t));
    if (up) path.upper++;
    if (tiers.includes('escalation')) path.ee++;
    if (entry === 'beta') {
      path.beta++;
      if (up) path.betaUp++;
    } else if (entry === 'pods') {
      path.pods++;
      if (up) path.podsUp++;
    } else {
      path.router++;
      if (tiers.every((t) => t === 'router') && c.resolvedAt !== null) path.closed++;
      if (up) path.up++;
      if (entry === 'se' && hasRouter) odd.entryAtSe++;
      if (UPPER.has(entry)) odd.entryAbove++;
    }
  }
  const n = cases.length;
  const reached = Object.fromEntries(HISTORY_TIERS.map((t) => [t, shareOf(reach[t], n)])) as Record<
    HistoryTier,
    Share
  >;
  const notModelled: NotModelled[] = [];
  const note = (kind: string, count: number, decision: string): void => {
    if (count > 0) notModelled.push({ kind, cases: count, decision });
  };
  note(
    'entry-at-se',
    odd.entryAtSe,
    'entered at the SE tier without the router; the model routes every standard and premier case through the router (counted in its share up from tier 1)',
  );
  note(
    'entry-above-tier-1',
    odd.entryAbove,
    'entered at Problem Control or an escalation engineer; the model has them climb from the router and SE (counted as reaching the upper tiers)',
  );
  note(
    'skip-up',
    odd.skips,
    'skipped a tier going up (e.g. SE straight to an escalation engineer); the model passes them through Problem Control (severity A at night excepted)',
  );
  note(
    'return-down',
    odd.returns,
    'came back down to a lower tier; the model resolves a case at the highest tier it reached: the work done after coming back down is left out of the fitted efforts (see work.afterReturnMinutes)',
  );
  note(
    'lateral-move',
    odd.lateral,
    'moved between tiers of the same rank (SE, pods, beta); the model keeps a case at its entry tier of that rank',
  );
  return {
    cases: n,
    withoutTier,
    entries,
    reached,
    moves,
    hasRouter,
    betaShare: shareOf(path.beta, n),
    tier3Share: shareOf(path.pods, n - path.beta),
    closeShare: shareOf(hasRouter ? path.closed : 0, path.router),
    toProblemControl: shareOf(path.up, path.router - path.closed),
    toEscalation: shareOf(path.ee, path.upper),
    fromPods: shareOf(path.podsUp, path.pods),
    fromBeta: shareOf(path.betaUp, path.beta),
    notModelled,
  };
}
