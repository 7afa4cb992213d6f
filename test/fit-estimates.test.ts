/**
 * The estimators of `tiersim fit`, on samples and hand-built histories whose answers are known:
 * distribution families and their fallback, visits to tiers, flows the ladder cannot express,
 * seats from people and from cases worked at once, shifts, the arrival profile, the verdict rule.
 */
import { describe, expect, it } from 'vitest';
import { createStream, makeDistribution } from '../src/sim/index.js';
import type { CaseHistory, History, HistoryTier, StatusSpell } from '../src/fit/case-history.js';
import { verdictOf } from '../src/fit/backtest.js';
import { estimateArrivals } from '../src/fit/estimate-arrivals.js';
import { estimateFlow } from '../src/fit/estimate-flow.js';
import { estimateStaffing } from '../src/fit/estimate-staffing.js';
import { fitDuration, ksDistance } from '../src/fit/fit-distribution.js';
import { shiftPlan, withoutBlips } from '../src/fit/shift-plan.js';
import { caseVisits } from '../src/fit/tier-visits.js';

const H = 60;
const DAY = 1440;
const WEEK = 7 * DAY;

function sample(spec: Parameters<typeof makeDistribution>[0], n: number, name: string): number[] {
  const d = makeDistribution(spec);
  const rng = createStream('fit-estimates', 0, name);
  return Array.from({ length: n }, () => d.sample(rng));
}

/** A case from spells [status, tier, fromAt, resource?]; each runs to the next (the last to `endAt`). */
function caseOf(
  id: string,
  rows: ReadonlyArray<readonly [StatusSpell['status'], HistoryTier, number, string?]>,
  endAt: number,
): CaseHistory {
  const spells: StatusSpell[] = rows.map(([status, tier, fromAt, resource], i) => ({
    status,
    tier,
    fromAt,
    toAt: i + 1 < rows.length ? rows[i + 1][2] : endAt,
    resource: resource ?? null,
  }));
  const resolved = spells.find((s) => s.status === 'resolved' || s.status === 'closed');
  const tiers: HistoryTier[] = [];
  for (const s of spells) if (tiers[tiers.length - 1] !== s.tier) tiers.push(s.tier!);
  return {
    id,
    openedAt: rows[0][2],
    resolvedAt: resolved?.fromAt ?? null,
    firstResponseAt: spells.find((s) => s.status === 'working')?.fromAt ?? null,
    severity: 'B',
    specialty: null,
    contract: null,
    tiers,
    spells,
    startedBeforeWindow: false,
  };
}

describe('fitting a distribution to durations', () => {
  it('recovers a lognormal and an exponential, and tells them apart by the KS distance', () => {
    const lognormal = fitDuration(sample({ dist: 'lognormal', mean: 120, sd: 240 }, 4000, 'lognormal'))!;
    expect(lognormal.chosen).toBe('lognormal');
    expect(lognormal.spec).toMatchObject({ dist: 'lognormal' });
    const spec = lognormal.spec as { mean: number; sd: number };
    expect(spec.mean).toBeGreaterThan(110);
    expect(spec.mean).toBeLessThan(130);
    const exponential = fitDuration(sample({ dist: 'exponential', mean: 30 }, 4000, 'exponential'))!;
    // The exponential is a gamma of shape 1: either may win by a hair, never the lognormal.
    expect(['exponential', 'gamma']).toContain(exponential.chosen);
    expect(exponential.mean).toBeCloseTo(30, -0.5);
    expect(exponential.candidates.map((c) => c.family)).toEqual(['exponential', 'lognormal', 'gamma']);
    expect(Math.min(...exponential.candidates.map((c) => c.ksDistance))).toBeLessThan(exponential.ksCritical);
  });

  it('falls back to the sample itself when no family fits, keeping at most 1000 quantiles', () => {
    const bimodal = [
      ...sample({ dist: 'constant', value: 5 }, 2000, 'a'),
      ...sample({ dist: 'lognormal', mean: 600, sd: 60 }, 2000, 'b'),
    ];
    const fit = fitDuration(bimodal)!;
    expect(fit.chosen).toBe('empirical');
    expect(fit.reason).toMatch(/no family fits/);
    expect(fit.spec.dist === 'empirical' && fit.spec.values.length).toBe(1000);
  });

  it('writes a constant for one repeated value, and nothing for no value', () => {
    expect(fitDuration([7, 7, 7])?.spec).toEqual({ dist: 'constant', value: 7 });
    expect(fitDuration([])).toBeNull();
  });

  it('measures the KS distance of a step at the ties', () => {
    // Half the values at 0: a continuous CDF that is 0 there misses half the mass.
    expect(ksDistance([0, 0, 1, 2], (x) => (x <= 0 ? 0 : Math.min(1, x / 2)))).toBeCloseTo(0.5);
  });
});

describe('visits to tiers', () => {
  it('splits a case into visits with effort, sessions and waits, and marks a return down', () => {
    const c = caseOf(
      'C1',
      [
        ['queued', 'se', 0],
        ['working', 'se', 10, 'ann'],
        ['customerWait', 'se', 40],
        ['working', 'se', 100, 'ann'],
        ['queued', 'problemControl', 130],
        ['working', 'problemControl', 200, 'bob'],
        ['vendorWait', 'problemControl', 260],
        ['working', 'se', 400, 'ann'],
        ['resolved', 'se', 430],
        ['working', 'se', 500, 'ann'],
        ['closed', 'se', 520],
      ],
      600,
    );
    const { visits, workAfterResolutionMinutes } = caseVisits(c);
    expect(visits.map((v) => [v.tier, v.workMinutes, v.sessions, v.returned, v.nextTier])).toEqual([
      ['se', 60, 2, false, 'problemControl'],
      ['problemControl', 60, 1, false, 'se'],
      ['se', 30, 1, true, null],
    ]);
    expect(visits[0].customerWaitMinutes).toBe(60);
    expect(visits[1].vendorWaitMinutes).toBe(140);
    expect(workAfterResolutionMinutes).toBe(20);
  });

  it('leaves a visit still under way at the end unfinished (censored)', () => {
    const c = caseOf(
      'C2',
      [
        ['queued', 'se', 0],
        ['working', 'se', 10, 'ann'],
      ],
      100,
    );
    expect(caseVisits(c).visits[0]).toMatchObject({ finished: false, workMinutes: 90 });
  });
});

describe('the flow between tiers', () => {
  it('counts shares up, and what the ladder cannot express', () => {
    const end = 1000;
    const cases = [
      caseOf(
        'closed',
        [
          ['working', 'router', 0, 'r'],
          ['resolved', 'router', 5],
        ],
        end,
      ),
      caseOf(
        'se',
        [
          ['working', 'router', 0, 'r'],
          ['working', 'se', 5, 's'],
          ['resolved', 'se', 50],
        ],
        end,
      ),
      caseOf(
        'up',
        [
          ['working', 'router', 0],
          ['working', 'se', 5],
          ['working', 'problemControl', 50],
          ['resolved', 'problemControl', 90],
        ],
        end,
      ),
      caseOf(
        'skip',
        [
          ['working', 'router', 0],
          ['working', 'se', 5],
          ['working', 'escalation', 50],
          ['resolved', 'escalation', 90],
        ],
        end,
      ),
      caseOf(
        'back',
        [
          ['working', 'router', 0],
          ['working', 'se', 5],
          ['working', 'problemControl', 50],
          ['working', 'se', 70],
          ['resolved', 'se', 90],
        ],
        end,
      ),
      caseOf(
        'direct',
        [
          ['working', 'se', 0],
          ['resolved', 'se', 30],
        ],
        end,
      ),
      caseOf(
        'at problem control',
        [
          ['working', 'problemControl', 0],
          ['resolved', 'problemControl', 30],
        ],
        end,
      ),
    ];
    const f = estimateFlow(cases);
    expect(f.hasRouter).toBe(true);
    // Of the 7, one entered at the SE tier and one at Problem Control.
    expect(f.entry.se).toMatchObject({ count: 1, of: 7 });
    expect(f.entry.problemControl).toMatchObject({ count: 1, of: 7 });
    expect(f.entry.escalation).toMatchObject({ count: 0, of: 7 });
    // The 6 entering at the router or the SE tier: 1 closed at the router; of the other 5, 3
    // reached Problem Control or beyond. Of the 4 at Problem Control or beyond, 1 reached an EE.
    expect(f.closeShare).toMatchObject({ count: 1, of: 6 });
    expect(f.toProblemControl).toMatchObject({ count: 3, of: 5 });
    expect(f.toEscalation).toMatchObject({ count: 1, of: 4 });
    // Problem Control finished 'up', 'back' and 'at problem control'; it handed 'back' down.
    expect(f.returnsFromProblemControl).toMatchObject({ count: 1, of: 3 });
    expect(f.returnedCases).toBe(1);
    expect(Object.fromEntries(f.notModelled.map((n) => [n.kind, n.cases]))).toEqual({ 'skip-up': 1 });
    expect(f.reached.problemControl.share).toBeCloseTo(3 / 7);
  });

  it('names what the ladder cannot do: two tiers down, and up again after coming back down', () => {
    const f = estimateFlow([
      caseOf(
        'ee to se',
        [
          ['working', 'se', 0],
          ['working', 'problemControl', 10],
          ['working', 'escalation', 20],
          ['working', 'se', 30],
          ['resolved', 'se', 40],
        ],
        100,
      ),
      caseOf(
        'down and up',
        [
          ['working', 'se', 0],
          ['working', 'problemControl', 10],
          ['working', 'se', 20],
          ['working', 'problemControl', 30],
          ['resolved', 'problemControl', 40],
        ],
        100,
      ),
    ]);
    expect(Object.fromEntries(f.notModelled.map((n) => [n.kind, n.cases]))).toEqual({
      'return-two-tiers-down': 1,
      'up-after-return': 1,
    });
    // Escalation engineers finished 'ee to se' and handed it down.
    expect(f.returnsFromEscalation).toMatchObject({ count: 1, of: 1 });
  });
});

describe('seats on duty', () => {
  /** Two weeks of cases each worked by `who` from 09:00 to 17:00 on weekdays. */
  const officeHours = (who: readonly string[]): CaseHistory[] =>
    [0, 1].flatMap((week) =>
      [0, 1, 2, 3, 4].flatMap((day) =>
        who.map((person) => {
          const at = week * WEEK + day * DAY + 9 * H;
          return caseOf(
            `${person}-${week}-${day}`,
            [
              ['working', 'se', at, person],
              ['resolved', 'se', at + 8 * H],
            ],
            at + 8 * H,
          );
        }),
      ),
    );

  it('counts the people seen working, and a person working three cases at once as three seats', () => {
    const people = estimateStaffing(officeHours(['a', 'b']), 'se', 0, 2 * WEEK);
    expect(people.people).toBe(2);
    expect(people.seats[9]).toBe(2); // Monday 09:00
    expect(people.seats[8]).toBe(0);
    expect(people.seats[5 * 24 + 10]).toBe(0); // Saturday
    const multitasker = estimateStaffing(
      [
        ...officeHours(['a']),
        ...officeHours(['a']).map((c) => ({ ...c, id: `${c.id}x` })),
        ...officeHours(['a']).map((c) => ({ ...c, id: `${c.id}y` })),
      ],
      'se',
      0,
      2 * WEEK,
    );
    expect(multitasker.people).toBe(1);
    expect(multitasker.seats[9]).toBe(3);
    expect(multitasker.multitaskingShare).toBeGreaterThan(0);
  });

  it('turns the seats into shifts that reproduce them', () => {
    const seats = estimateStaffing(officeHours(['a', 'b', 'c']), 'se', 0, 2 * WEEK).seats;
    const plan = shiftPlan(seats)!;
    expect(plan.seats).toBe(3);
    expect(plan.shifts).toEqual([
      { name: 'seats 1', days: 'Mon,Tue,Wed,Thu,Fri', start: '09:00', end: '17:00', share: 1 },
    ]);
    expect(plan.onDuty).toEqual(seats);
    // A night run crosses midnight as one shift; blips shorter than 4 hours are noise.
    const nights = new Array<number>(168).fill(0);
    for (let d = 0; d < 7; d++) for (const h of [22, 23, 24, 25, 26, 27]) nights[(d * 24 + h) % 168] = 1;
    nights[12] = 1;
    expect(withoutBlips(nights)[12]).toBe(0);
    expect(shiftPlan(nights)!.shifts).toEqual([
      { name: 'seats 1', days: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun', start: '22:00', end: '04:00', share: 1 },
    ]);
    expect(shiftPlan(new Array<number>(168).fill(0))).toBeNull();
  });
});

describe('arrivals', () => {
  it('weighs each hour of the week by its exposure and finds a surge week', () => {
    // Three weeks and a half: one case an hour, but week 1 has five an hour on its Monday.
    const cases: CaseHistory[] = [];
    const endAt = 3.5 * WEEK;
    for (let at = 0; at < endAt; at += H) {
      const copies = at >= WEEK && at < WEEK + DAY ? 5 : 1;
      for (let k = 0; k < copies; k++) cases.push(caseOf(`${at}-${k}`, [['queued', 'se', at + 1]], endAt));
    }
    const history: History = {
      origin: '2024-01-01T00:00:00',
      windowStartAt: 0,
      windowEndAt: endAt,
      cases,
      rows: cases.length,
      problems: [],
    };
    const a = estimateArrivals(history);
    expect(a.cases).toBe(cases.length);
    // Monday 00:00: 8 cases in the 4 Mondays of the window; Thursday 00:00: 3 in its 3 (the window ends Thursday noon).
    expect(a.hourOfWeekCounts[0]).toBe(8);
    expect(a.weeklyWeights[0] / a.weeklyWeights[3 * 24]).toBeCloseTo(2);
    expect(a.surges.map((s) => s.week)).toEqual([1]);
    expect(a.surges[0].ratio).toBeGreaterThan(1);
  });
});

describe('the verdict rule', () => {
  it('agrees within 1.96 combined standard errors of the replications and the history', () => {
    // se_sim = 2.776 / t(0.975, 4) = 1; se_obs = 0: the difference may be 1.96.
    expect(verdictOf(10, 0, 11.9, 2.776445105, 5)).toBe('agree');
    expect(verdictOf(10, 0, 12, 2.776445105, 5)).toBe('disagree');
    expect(verdictOf(10, 1, 12.7, 2.776445105, 5)).toBe('agree');
    expect(verdictOf(10, NaN, 10, NaN, 1)).toBe('agree');
    expect(verdictOf(NaN, 1, 10, 1, 5)).toBe('n/a');
  });
});
