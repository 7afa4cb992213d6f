import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseScenario, type Distribution, type Scenario } from '../src/sim/scenario/index.js';

const fixture = (name: string) => new URL(`./fixtures/scenario/${name}`, import.meta.url);
const modelExample = () => JSON.parse(readFileSync(fixture('textbook-tiers.json'), 'utf8')) as unknown;

const ALWAYS = {
  name: '24x7',
  shifts: [{ name: '24x7', days: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 1440, share: 1 }],
};
const BUSINESS = {
  name: 'business',
  shifts: [{ name: 'business', days: [0, 1, 2, 3, 4], startMinute: 480, endMinute: 1020, share: 1 }],
};
const exponential = (mean: number) => ({ dist: 'exponential', mean });
const lognormal = (mean: number, sd: number) => ({ dist: 'lognormal', mean, sd });

/** The random module's spec type (src/sim/random), restated so this test does not depend on it. */
type DistributionSpec =
  | { dist: 'exponential'; mean: number }
  | { dist: 'lognormal'; mean: number; sd: number }
  | { dist: 'gamma'; mean: number; sd: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'constant'; value: number }
  | { dist: 'empirical'; values: readonly number[] };

describe("MODEL.md's example (Textbook tiers)", () => {
  it('loads as it is, with the values written there', () => {
    const s = parseScenario(modelExample(), { file: 'scenarios/textbook-tiers.json' });
    expect([s.name, s.seed, s.textbook, s.replications]).toEqual(['Textbook tiers', 7, true, 10]);
    expect(s.horizon).toEqual({ days: 700, warmupDays: 10 });
    expect(s.arrivals.casesPerHour).toBe(60);
    expect(s.arrivals.mix).toEqual({
      specialty: { XADM: 0.5, XCON: 0.3, XCSI: 0.2 },
      severity: { A: 0, B: 0, C: 1 },
      severityAfterHours: null,
      contract: { standard: 1, premier: 0, tier3: 0 },
    });
    expect(s.pools.router.staff).toBe(3);
    expect(s.pools.router.triage).toEqual(exponential(2));
    expect(s.pools.router.closeShare).toBe(0.1);
    expect(s.pools.se.specialties).toEqual({
      XADM: { teams: 1, sesPerTeam: 14 },
      XCON: { teams: 1, sesPerTeam: 9 },
      XCSI: { teams: 1, sesPerTeam: 6 },
    });
    expect(s.pools.se.work.C).toEqual(exponential(25));
    expect(s.pools.problemControl.staff).toBe(4);
    expect(s.pools.problemControl.work).toEqual({
      A: exponential(30),
      B: exponential(30),
      C: exponential(30),
    });
    expect(s.pools.escalation.staff).toBe(2);
    expect(s.pools.escalation.work.A).toEqual(exponential(60));
    expect([s.escalation.toProblemControl, s.escalation.toEscalation]).toEqual([0.1, 0.1]);
  });

  it('takes textbook defaults for everything it leaves out', () => {
    const s = parseScenario(modelExample(), { file: 'scenarios/textbook-tiers.json' });
    for (const pool of [
      s.pools.router,
      s.pools.se,
      s.pools.pods,
      s.pools.beta,
      s.pools.problemControl,
      s.pools.escalation,
    ]) {
      expect(pool.schedule).toEqual(ALWAYS);
      expect(pool.shrinkage).toBe(0);
    }
    expect(s.pools.router.patience).toBeNull();
    expect(s.pools.router.retrial).toBeNull();
    expect(s.pools.router.misrouteShare).toBe(0);
    expect(s.pools.se.work.A).toEqual(exponential(240));
    expect(s.pools.se.work.B).toEqual(exponential(180));
    expect([s.pools.se.sessions, s.pools.se.consultShare, s.pools.se.phoneShare]).toEqual([1, 0, 0]);
    expect(s.pools.se.customerWait).toEqual({ A: null, B: null, C: null });
    // Beta, Problem Control and escalation engineers work a case in one piece, without waits.
    for (const desk of [s.pools.beta, s.pools.problemControl, s.pools.escalation])
      expect([desk.sessions, desk.betweenSessions]).toEqual([1, null]);
    expect(s.arrivals.weeklyProfile).toBeNull();
    expect([s.arrivals.betaShare, s.arrivals.sensitiveShare]).toEqual([0, 0]);
    expect(s.escalation.escalateAfter).toEqual({ A: null, B: null, C: null });
    expect([
      s.escalation.hotfixShare,
      s.escalation.diagnosisShare,
      s.pools.escalation.proactiveShare,
    ]).toEqual([0, 1, 0]);
    expect([s.pools.pods.crossSkillAfter, s.pools.pods.crossSkillEfficiency]).toEqual([0, 1]);
    expect(s.pools.tams.premierAccounts).toBe(0);
  });
});

describe('an almost-empty file ({ "name": "x" })', () => {
  const s = parseScenario({ name: 'x' }, { file: 'x.json' });

  it('takes the identity, horizon and arrival defaults', () => {
    expect([s.description, s.seed, s.textbook, s.replications]).toEqual(['', 1, false, 10]);
    expect(s.horizon).toEqual({ days: 35, warmupDays: 7 });
    expect(s.specialties).toEqual(['XADM', 'XCON', 'XCSI']);
    expect(s.schedules).toEqual({});
    expect(s.arrivals).toEqual({
      casesPerHour: 60,
      weeklyProfile: null,
      mix: {
        specialty: { XADM: 1 / 3, XCON: 1 / 3, XCSI: 1 / 3 },
        severity: { A: 0.05, B: 0.35, C: 0.6 },
        severityAfterHours: null,
        contract: { standard: 0.75, premier: 0.2, tier3: 0.05 },
      },
      betaShare: 0.03,
      surges: [],
      sensitiveShare: 0.005,
      trace: null,
    });
  });

  it('takes the router and SE defaults, times in minutes', () => {
    expect(s.pools.router).toEqual({
      staff: 6,
      schedule: ALWAYS,
      hoursPerWeek: 40,
      shrinkage: 0.3,
      triage: lognormal(6, 3),
      closeShare: 0.1,
      misrouteShare: 0.05,
      patience: exponential(15),
      retrial: null,
    });
    expect(s.pools.se).toEqual({
      schedule: BUSINESS,
      hoursPerWeek: 40,
      shrinkage: 0.35,
      specialties: {
        XADM: { teams: 1, sesPerTeam: 14 },
        XCON: { teams: 1, sesPerTeam: 14 },
        XCSI: { teams: 1, sesPerTeam: 14 },
      },
      work: { A: lognormal(240, 180), B: lognormal(180, 120), C: lognormal(120, 90) },
      sessions: 3,
      customerWait: { A: exponential(60), B: exponential(480), C: exponential(1440) },
      phoneShare: 0.3,
      consultShare: 0.15,
      consult: lognormal(20, 10),
      transfer: exponential(10),
    });
  });

  it('takes the pod, specialist pool and TAM defaults', () => {
    const { pods, beta, problemControl, escalation, escalationManagers, tams } = s.pools;
    expect(pods).toEqual({
      count: 2,
      members: { XADM: 2, XCON: 1, XCSI: 1 },
      schedule: ALWAYS,
      hoursPerWeek: 40,
      shrinkage: 0.3,
      work: { A: lognormal(180, 120), B: lognormal(180, 120), C: lognormal(120, 90) },
      crossSkillAfter: 30,
      crossSkillEfficiency: 0.7,
    });
    const everySeverity = (d: object) => ({ A: d, B: d, C: d });
    expect(beta).toEqual({
      staff: 4,
      schedule: BUSINESS,
      hoursPerWeek: 40,
      shrinkage: 0.35,
      work: everySeverity(lognormal(240, 180)),
      sessions: 2,
      betweenSessions: exponential(120),
    });
    expect(problemControl).toEqual({
      staff: 6,
      schedule: BUSINESS,
      hoursPerWeek: 40,
      shrinkage: 0.2,
      work: everySeverity(lognormal(600, 480)),
      sessions: 3,
      betweenSessions: exponential(240),
    });
    expect(escalation).toEqual({
      staff: 2,
      schedule: ALWAYS,
      hoursPerWeek: 40,
      shrinkage: 0.1,
      work: everySeverity(lognormal(960, 720)),
      sessions: 3,
      betweenSessions: exponential(240),
      proactiveShare: 0.3,
    });
    expect(escalationManagers).toEqual({
      staff: 2,
      schedule: BUSINESS,
      hoursPerWeek: 40,
      shrinkage: 0.2,
      work: everySeverity(exponential(120)),
    });
    expect(tams).toEqual({
      premierAccounts: 120,
      accountsPerTam: 10,
      timePerCase: exponential(30),
      schedule: BUSINESS,
      hoursPerWeek: 40,
      shrinkage: 0.3,
    });
  });

  it('takes the escalation, SLA and cost defaults', () => {
    expect(s.escalation).toEqual({
      toProblemControl: 0.08,
      toEscalation: 0.1,
      fromPods: 0.15,
      fromBeta: 0.2,
      escalateAfter: { A: 480, B: 2880, C: 7200 },
      premierFactor: 0.5,
      hotfixShare: 0.3,
      productGroupDelay: lognormal(14400, 7200),
      diagnosisShare: 0.5,
    });
    const noTargets = { A: null, B: null, C: null };
    expect(s.sla).toEqual({
      firstResponse: { A: 60, B: 120, C: 480 },
      firstResponseByContract: { standard: noTargets, premier: noTargets, tier3: noTargets },
      resolution: noTargets,
      goal: 0.9,
      // Mon-Fri 07:00-19:00.
      businessHours: { days: [0, 1, 2, 3, 4], startMinute: 420, endMinute: 1140 },
    });
    expect(s.costs).toEqual({
      perHour: {
        router: 40,
        se: 55,
        tl: 70,
        teamManager: 80,
        pod: 85,
        beta: 65,
        problemControl: 80,
        escalation: 110,
        escalationManager: 95,
        tam: 90,
      },
      overtimeFactor: 1.5,
      premiums: { night: 0, weekend: 0, nightStart: 20 * 60, nightEnd: 6 * 60 },
      file: null,
    });
  });

  it('gives distributions the random module can take as they are', () => {
    expectTypeOf<Distribution>().toExtend<DistributionSpec>();
    expectTypeOf<Scenario['pools']['router']['patience']>().toExtend<DistributionSpec | null>();
  });
});

describe('per-specialty fields', () => {
  it('give every specialty an entry, defaults for those left out, in the order of `specialties`', () => {
    const s = parseScenario(
      {
        name: 'x',
        specialties: ['NET', 'DB'],
        arrivals: { mix: { specialty: { DB: 1 } } },
        pools: { se: { specialties: { DB: { teams: 2 } } }, pods: { members: { DB: 3 } } },
      },
      { file: 'x.json' },
    );
    expect(s.arrivals.mix.specialty).toEqual({ NET: 0, DB: 1 });
    expect(s.pools.se.specialties).toEqual({
      NET: { teams: 1, sesPerTeam: 14 },
      DB: { teams: 2, sesPerTeam: 14 },
    });
    expect(Object.keys(s.pools.se.specialties)).toEqual(['NET', 'DB']);
    expect(s.pools.pods.members).toEqual({ NET: 2, DB: 3 });
  });
});

describe('work', () => {
  it('one distribution applies to every severity; a per-severity map keeps defaults for the severities left out', () => {
    const s = parseScenario(
      {
        name: 'x',
        pools: {
          beta: { work: { dist: 'gamma', mean: '2h', sd: '1h' } },
          se: { work: { A: { dist: 'triangular', min: 10, mode: '20m', max: '1h' } } },
        },
      },
      { file: 'x.json' },
    );
    const gamma = { dist: 'gamma', mean: 120, sd: 60 };
    expect(s.pools.beta.work).toEqual({ A: gamma, B: gamma, C: gamma });
    expect(s.pools.se.work).toEqual({
      A: { dist: 'triangular', min: 10, mode: 20, max: 60 },
      B: lognormal(180, 120),
      C: lognormal(120, 90),
    });
  });

  it('reads every kind of distribution, parameters in minutes', () => {
    const read = (d: unknown) =>
      parseScenario({ name: 'x', pools: { router: { triage: d } } }, { file: 'x.json' }).pools.router.triage;
    expect(read({ dist: 'uniform', min: '1m', max: '2m' })).toEqual({ dist: 'uniform', min: 1, max: 2 });
    expect(read({ dist: 'constant', value: '0.5h' })).toEqual({ dist: 'constant', value: 30 });
    expect(read({ dist: 'triangular', min: 0, mode: 0, max: 1 })).toEqual({
      dist: 'triangular',
      min: 0,
      mode: 0,
      max: 1,
    });
  });
});
