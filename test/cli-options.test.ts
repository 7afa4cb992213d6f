import { Command } from '@commander-js/extra-typings';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { addJobsOptions, addPlanOptions, addRunOptions, type RunOptionValues } from '../src/cli/options.js';
import type { Shard } from '../src/cli/plan/plan.js';

// The option types come from the definitions (commander's extra typings), not from hand-written
// interfaces: these checks run under `tsc` (npm run typecheck) and the values under vitest.

const HELP = { reps: 'replications', out: 'folder' };

describe('the shared options of the commands', () => {
  it('parses --reps, --seed, --days, --out and --format into typed values, format by default table', () => {
    const command = addJobsOptions(addRunOptions(new Command('x').exitOverride(), HELP));
    const given = command.parse(['--reps', '3', '--days', '9.5', '--out', 'r'], { from: 'user' }).opts();
    expect(given).toEqual({ reps: 3, days: 9.5, out: 'r', format: 'table', jobs: 1 });
    // The same type both ways round (RunOptionValues is an intersection, `given` one object type).
    expectTypeOf(given).toExtend<RunOptionValues>();
    expectTypeOf<RunOptionValues>().toExtend<typeof given>();
    expectTypeOf<RunOptionValues['reps']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RunOptionValues['format']>().toEqualTypeOf<'table' | 'json' | 'csv'>();
    expectTypeOf<RunOptionValues['jobs']>().toEqualTypeOf<number>();
    expectTypeOf<RunOptionValues['quiet']>().toEqualTypeOf<true | undefined>();
  });

  it('parses the planning options: --jobs (default 1), --shard K/N, --precision, --max-reps', () => {
    const command = addPlanOptions(new Command('x').exitOverride());
    const given = command
      .parse(['--shard', '2/8', '--precision', '0.05', '--max-reps', '40', '--resume'], { from: 'user' })
      .opts();
    expect(given).toEqual({
      jobs: 1,
      shard: { index: 2, count: 8 },
      precision: 0.05,
      maxReps: 40,
      resume: true,
    });
    expectTypeOf(given.shard).toEqualTypeOf<Shard | undefined>();
    expectTypeOf(given.jobs).toEqualTypeOf<number>();
  });

  it('refuses a format that is not a choice, and a --reps below the minimum', () => {
    const quiet = (c: Command) => c.exitOverride().configureOutput({ writeErr: () => {} });
    expect(() =>
      addRunOptions(quiet(new Command('x')), HELP).parse(['--format', 'xml'], { from: 'user' }),
    ).toThrow(/Allowed choices are table, json, csv/);
    expect(() =>
      addRunOptions(quiet(new Command('x')), { ...HELP, minReps: 2 }).parse(['--reps', '1'], {
        from: 'user',
      }),
    ).toThrow(/--reps must be a whole number >= 2, got "1"/);
  });
});
