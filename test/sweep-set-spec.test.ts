import { describe, expect, it } from 'vitest';
import { MAX_VALUES_PER_SET, parseSetSpec, parseSetSpecs } from '../src/cli/sweep/set-spec.js';
import { UserError } from '../src/cli/user-error.js';

/** The message of the UserError `run` must throw. */
function mistake(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('no UserError was thrown');
}

describe('a --set argument', () => {
  it('takes a list of values in the order given', () => {
    expect(parseSetSpec('arrivals.casesPerHour=20,25,30')).toEqual({
      path: 'arrivals.casesPerHour',
      values: [20, 25, 30],
    });
  });

  it('takes one value, decimals, negative numbers and spaces around commas', () => {
    expect(parseSetSpec('arrivals.casesPerHour=8.5').values).toEqual([8.5]);
    expect(parseSetSpec('x.y=-1, .5, 1e1').values).toEqual([-1, 0.5, 10]);
  });

  it('takes an inclusive range of whole numbers', () => {
    expect(parseSetSpec('pools.se.specialties.XADM.teams=1..4')).toEqual({
      path: 'pools.se.specialties.XADM.teams',
      values: [1, 2, 3, 4],
    });
    expect(parseSetSpec('x=-2..1').values).toEqual([-2, -1, 0, 1]);
    expect(parseSetSpec('x=3..3').values).toEqual([3]);
  });

  it('takes a range with a step, ending at the last value not past the end', () => {
    expect(parseSetSpec('arrivals.casesPerHour=10..30:5').values).toEqual([10, 15, 20, 25, 30]);
    expect(parseSetSpec('x=10..30:7').values).toEqual([10, 17, 24]);
  });

  it('computes decimal steps without float drift', () => {
    // A running sum 0.1 + 0.1 + 0.1 gives 0.30000000000000004; start + i*step rounded gives 0.3.
    expect(parseSetSpec('arrivals.mix.severity.A=0.1..0.3:0.1').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseSetSpec('x=7.5..9.5:1').values).toEqual([7.5, 8.5, 9.5]);
    expect(parseSetSpec('x=-0.3..0.3:0.1').values).toEqual([-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]);
    expect(parseSetSpec('x=0..1:0.05').values).toHaveLength(21);
    expect(parseSetSpec('x=0..1:0.05').values[7]).toBe(0.35);
  });

  it('trims spaces around the path', () => {
    expect(parseSetSpec(' arrivals.casesPerHour =1').path).toBe('arrivals.casesPerHour');
  });
});

describe('a bad --set argument', () => {
  it('says what values look like when they are not numbers', () => {
    expect(mistake(() => parseSetSpec('arrivals.casesPerHour=abc'))).toBe(
      '--set arrivals.casesPerHour=abc: expected numbers like 20,25,30 or a range like 1..4',
    );
    for (const values of ['', '20,,30', '20;25', '1..x', '1..2..3', 'Infinity', '0x10', '1.']) {
      expect(mistake(() => parseSetSpec(`x=${values}`))).toBe(
        `--set x=${values}: expected numbers like 20,25,30 or a range like 1..4`,
      );
    }
  });

  it('asks for path=values when there is no "="', () => {
    expect(mistake(() => parseSetSpec('arrivals.casesPerHour'))).toBe(
      '--set arrivals.casesPerHour: expected path=values, like arrivals.casesPerHour=20,25,30',
    );
  });

  it('rejects an empty path, an empty segment and prototype names', () => {
    const message = (arg: string) =>
      `--set ${arg}: expected a dotted path of field names like pools.router.staff before "="`;
    for (const arg of ['=5', 'pools..staff=5', '.pools=5', 'pools.=5', '__proto__.x=1', 'a.constructor=1']) {
      expect(mistake(() => parseSetSpec(arg))).toBe(message(arg));
    }
  });

  it('asks for a step when a range has decimal ends', () => {
    expect(mistake(() => parseSetSpec('x=0.5..2'))).toBe(
      '--set x=0.5..2: expected whole numbers in a range without a step, like 1..4 (or a step, like 0.5..2:0.5)',
    );
  });

  it('rejects a step that is not positive and a range from high to low', () => {
    expect(mistake(() => parseSetSpec('x=10..30:0'))).toBe(
      '--set x=10..30:0: expected a step > 0, like 10..30:5',
    );
    expect(mistake(() => parseSetSpec('x=10..30:-5'))).toBe(
      '--set x=10..30:-5: expected a step > 0, like 10..30:5',
    );
    expect(mistake(() => parseSetSpec('x=4..1'))).toBe(
      '--set x=4..1: expected a range from low to high, like 1..4',
    );
  });

  it('rejects a value given twice and too many values', () => {
    expect(mistake(() => parseSetSpec('x=20,25,20'))).toBe(
      '--set x=20,25,20: expected each value once (20 is given twice)',
    );
    expect(mistake(() => parseSetSpec('x=1..100000'))).toBe(
      `--set x=1..100000: expected at most ${MAX_VALUES_PER_SET} values (there are 100000)`,
    );
    expect(parseSetSpec(`x=1..${MAX_VALUES_PER_SET}`).values).toHaveLength(MAX_VALUES_PER_SET);
  });
});

describe('several --set arguments', () => {
  it('keep their order', () => {
    expect(parseSetSpecs(['b=1', 'a=2,3']).map((s) => s.path)).toEqual(['b', 'a']);
  });

  it('may not name a path twice', () => {
    expect(
      mistake(() => parseSetSpecs(['arrivals.casesPerHour=1', 'x=2', 'arrivals.casesPerHour=3..4'])),
    ).toBe('--set arrivals.casesPerHour: given twice; sweep each path once');
  });
});
