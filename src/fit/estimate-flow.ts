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
 * cases enter at the router or, for a share (`ladder.entry`), straight at the SE tier, Problem
 * Control or an escalation engineer; tier3 cases at the pods, beta cases at the beta desk; each
 * tier sends a share up (SE, pods and beta to Problem Control, Problem Control to escalation
 * engineers); Problem Control and escalation engineers hand a share of the cases they finish
 * back down one tier, to be closed there (`ladder.returns`).
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
  /**
   * Router path (standard and premier cases): shares entering straight at the SE tier (0 without
   * routers in the history: the pass-through router then stands for the SE tier's pickup), at
   * Problem Control and at an escalation engineer.
   */
  readonly entry: Readonly<Record<'se' | 'problemControl' | 'escalation', Share>>;
  /**
   * Router path, entered at the router or the SE tier: share closed at the router; of the rest,
   * share reaching Problem Control or beyond.
   */
  readonly closeShare: Share;
  readonly toProblemControl: Share;
  /** Of the cases reaching Problem Control or beyond (not entered at an escalation engineer), the share reaching one. */
  readonly toEscalation: Share;
  /**
   * Of the cases Problem Control (escalation engineers, cases that needed a hotfix aside)
   * finished, not sending them up, the share that went back down to a lower tier; a case still
   * there at the end is not counted.
   */
  readonly returnsFromProblemControl: Share;
  readonly returnsFromEscalation: Share;
  /** Cases that came back down a tier at least once. */
  readonly returnedCases: number;
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
  const path = {
    router: 0,
    below: 0,
    closed: 0,
    up: 0,
    pods: 0,
    podsUp: 0,
    beta: 0,
    betaUp: 0,
    upper: 0,
    ee: 0,
  };
  const entry = { se: 0, problemControl: 0, escalation: 0 };
  const finished = { problemControl: 0, escalation: 0 };
  const down = { problemControl: 0, escalation: 0 };
  const odd = { returns: 0, skips: 0, lateral: 0, upAgain: 0, twoDown: 0 };
  for (const c of cases) {
    if (c.tiers.length === 0) withoutTier++;
    const tiers = tiersOf(c);
    const first = tiers[0];
    entries[first]++;
    for (const t of new Set(tiers)) reach[t]++;
    let returned = false;
    let skipped = false;
    let sideways = false;
    let upAgain = false;
    let twoDown = false;
    for (let i = 1; i < tiers.length; i++) {
      const key = `${tiers[i - 1]}>${tiers[i]}`;
      moves[key] = (moves[key] ?? 0) + 1;
      const step = TIER_RANK[tiers[i]] - TIER_RANK[tiers[i - 1]];
      if (step < 0) {
        twoDown ||= step < -1 || returned;
        returned = true;
      } else if (step > 1) skipped = true;
      else if (step === 0) sideways = true;
      if (step > 0 && returned) upAgain = true;
    }
    if (returned) odd.returns++;
    if (skipped) odd.skips++;
    if (sideways) odd.lateral++;
    if (upAgain) odd.upAgain++;
    if (twoDown) odd.twoDown++;
    // A case that waited on a vendor at an escalation engineer needed a hotfix: the model closes
    // those from the product group, so they say nothing of the engineers' returns.
    const hotfix = c.spells.some((s) => s.tier === 'escalation' && s.status === 'vendorWait');
    for (const tier of ['problemControl', 'escalation'] as const) {
      if (tier === 'escalation' && hotfix) continue;
      const outcome = leavingFirstVisit(tiers, tier, c.resolvedAt !== null);
      if (outcome === 'finished' || outcome === 'down') finished[tier]++;
      if (outcome === 'down') down[tier]++;
    }
    const up = tiers.some((t) => UPPER.has(t)) && first !== 'escalation';
    if (up) path.upper++;
    if (up && tiers.includes('escalation')) path.ee++;
    if (first === 'beta') {
      path.beta++;
      if (up) path.betaUp++;
    } else if (first === 'pods') {
      path.pods++;
      if (up) path.podsUp++;
    } else {
      path.router++;
      if (first === 'problemControl' || first === 'escalation') entry[first]++;
      else {
        path.below++;
        if (first === 'se' && hasRouter) entry.se++;
        if (tiers.every((t) => t === 'router') && c.resolvedAt !== null) path.closed++;
        if (up) path.up++;
      }
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
    'skip-up',
    odd.skips,
    'skipped a tier going up (e.g. SE straight to an escalation engineer); the model passes them through Problem Control (severity A at night excepted)',
  );
  note(
    'return-two-tiers-down',
    odd.twoDown,
    'came back down more than one tier, or more than once; the model hands a case back down one tier, once (from Problem Control to the tier-1 stage it came from, from an escalation engineer to Problem Control) and closes it there',
  );
  note(
    'up-after-return',
    odd.upAgain,
    'went up again after coming back down; the model closes a case where it comes back down to (the later visits count in the closing work)',
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
    entry: {
      se: shareOf(entry.se, path.router),
      problemControl: shareOf(entry.problemControl, path.router),
      escalation: shareOf(entry.escalation, path.router),
    },
    closeShare: shareOf(hasRouter ? path.closed : 0, path.below),
    toProblemControl: shareOf(path.up, path.below - path.closed),
    toEscalation: shareOf(path.ee, path.upper),
    fromPods: shareOf(path.podsUp, path.pods),
    fromBeta: shareOf(path.betaUp, path.beta),
    returnsFromProblemControl: shareOf(down.problemControl, finished.problemControl),
    returnsFromEscalation: shareOf(down.escalation, finished.escalation),
    returnedCases: odd.returns,
    notModelled,
  };
}

/**
 * How a case's first visit to `tier` on its way up ended: sent `up`, handed back `down`,
 * `finished` there (the case's last tier, and it was resolved), `open` (still there at the end),
 * or `none` (never there on its way up: a visit after a higher tier is a return, closed there).
 */
function leavingFirstVisit(
  tiers: readonly HistoryTier[],
  tier: HistoryTier,
  resolved: boolean,
): 'up' | 'down' | 'finished' | 'open' | 'none' {
  let peak = -1;
  let i = -1;
  for (let k = 0; k < tiers.length && i < 0; k++) {
    if (tiers[k] === tier && peak <= TIER_RANK[tier]) i = k;
    peak = Math.max(peak, TIER_RANK[tiers[k]]);
  }
  if (i < 0) return 'none';
  const next = tiers[i + 1];
  if (next === undefined) return resolved ? 'finished' : 'open';
  return TIER_RANK[next] > TIER_RANK[tier] ? 'up' : 'down';
}
