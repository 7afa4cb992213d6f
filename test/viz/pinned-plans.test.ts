import { describe, expect, it } from 'vitest';
import { PinnedPlans, PLAN_NAME_MAX } from '../../src/viz/pinned-plans.js';
import type { PlanLink } from '../../src/viz/plan-link.js';
import { restorePlans } from '../../src/viz/plan-restore.js';
import { Cancelled } from '../../src/viz/worker-bridge.js';

const names = (plans: PinnedPlans<unknown>) => plans.all.map((p) => p.name);

describe('the pinned plans', () => {
  it('names plans Plan 1, Plan 2… when no name is given, and selects each new one', () => {
    const plans = new PinnedPlans<string>();
    expect(plans.selected).toBeNull();
    expect(plans.nextName()).toBe('Plan 1');
    expect(plans.pin('', 'run a')).toBe('Plan 1');
    expect(plans.pin('  Today  ', 'run b')).toBe('Today');
    expect(plans.nextName()).toBe('Plan 3');
    expect(plans.selected).toEqual({ name: 'Today', run: 'run b' });
  });

  it('keeps names unique and short', () => {
    const plans = new PinnedPlans<number>();
    plans.pin('Today', 1);
    plans.pin('Today', 2);
    plans.pin('Today', 3);
    expect(names(plans)).toEqual(['Today', 'Today (2)', 'Today (3)']);
    expect(plans.pin('x'.repeat(100), 4)).toHaveLength(PLAN_NAME_MAX);
    // A sixth plan would be “Plan 6”, but that name is taken.
    plans.pin('Plan 6', 5);
    expect(plans.nextName()).toBe('Plan 7');
  });

  it('selects the last plan when the selected one is removed, and keeps the selection otherwise', () => {
    const plans = new PinnedPlans<number>();
    for (const n of [1, 2, 3, 4]) plans.pin(`P${n}`, n);
    plans.select(1);
    plans.remove(0);
    expect(plans.selected?.name).toBe('P2');
    expect(plans.selectedIndex).toBe(0);
    plans.remove(0);
    expect(plans.selected?.name).toBe('P4');
    plans.select(7);
    expect(plans.selected?.name).toBe('P4');
    plans.remove(0);
    plans.remove(0);
    expect(plans.all).toEqual([]);
    expect(plans.selected).toBeNull();
  });
});

describe('running the plans of a link again', () => {
  const plan = (name: string, raw: unknown = { ok: true }): PlanLink => ({
    name,
    scenarioName: 'baseline.json',
    raw,
  });
  /** Checks a plan's JSON (`{ ok: true }` is valid) and “runs” it: the run is its name, upper case. */
  const runner = (fail: (name: string) => Error | null = () => null) => {
    const ran: string[] = [];
    return {
      ran,
      prepare: (p: PlanLink) =>
        (p.raw as { ok?: boolean }).ok ? { scenario: p.name } : { problem: 'is not valid: seed: wrong' },
      run: (_: PlanLink, scenario: string, index: number, count: number) => {
        ran.push(`${scenario} ${index + 1}/${count}`);
        const error = fail(scenario);
        return error ? Promise.reject(error) : Promise.resolve(scenario.toUpperCase());
      },
    };
  };

  it('runs each valid plan in order, and names each one left out and why', async () => {
    const r = runner((name) => (name === 'C' ? new Error('out of memory') : null));
    const restored = await restorePlans(
      { plans: [plan('A'), plan('B', { ok: false }), plan('C'), plan('D')], selected: 3, problems: ['x'] },
      r,
    );
    expect(r.ran).toEqual(['A 1/3', 'C 2/3', 'D 3/3']);
    expect(restored.plans).toEqual([
      { name: 'A', run: 'A' },
      { name: 'D', run: 'D' },
    ]);
    expect(restored.selected).toBe(1);
    expect(restored.problems).toEqual([
      'x',
      'the plan “B” (baseline.json) is not valid: seed: wrong',
      'the plan “C” (baseline.json) failed to run: out of memory',
    ]);
    expect(restored.cancelled).toBe(false);
  });

  it('stops at a cancelled run and names the plans it did not run', async () => {
    const r = runner((name) => (name === 'B' ? new Cancelled('cancelled') : null));
    const restored = await restorePlans(
      { plans: [plan('A'), plan('B'), plan('C', { ok: false }), plan('D')], selected: 0, problems: [] },
      r,
    );
    expect(restored).toEqual({
      plans: [{ name: 'A', run: 'A' }],
      selected: 0,
      problems: [
        'the plan “C” (baseline.json) is not valid: seed: wrong',
        '“B”, “D” not run again (cancelled)',
      ],
      cancelled: true,
    });
  });
});
