import { z } from 'zod';
import { makeDistribution, type DistributionSpec, type SpecOf } from '../random/index.js';
import type { CsvSource } from './csv-source.js';
import { loadEmpirical } from './csv-inputs.js';
import { duration } from './duration.js';
import { fields, text } from './fields.js';
import { LIMITS } from './limits.js';
import { expected, isPlainObject, show, showNumber } from './messages.js';
import { Rejection, select } from './select.js';

/** Distribution names a scenario may use. */
export const DISTRIBUTION_NAMES = [
  'exponential',
  'lognormal',
  'gamma',
  'triangular',
  'uniform',
  'constant',
  'empirical',
] as const;
export type DistributionName = (typeof DISTRIBUTION_NAMES)[number];

/**
 * Adds an issue unless a parsed distribution is sane: for lognormal and gamma, sd from
 * mean / 1,000,000 to 100 × mean (LIMITS's coefficients of variation), and for every kind, the
 * sampler's own check that the parameters give finite draws (see src/sim/random: derived values
 * such as a gamma's shape must not overflow). With every duration at most 100 years, this
 * makes every draw a finite number >= 0, so the engine never sees NaN or Infinity.
 */
function checkSane(d: DistributionSpec, ctx: z.core.$RefinementCtx): void {
  if (d.dist === 'lognormal' || d.dist === 'gamma') {
    const cv = d.sd / d.mean;
    const low = cv < LIMITS.minCoefficientOfVariation;
    if (low || cv > LIMITS.coefficientOfVariation) {
      const bound = low
        ? 'at least mean / 1,000,000 (for no spread, use a constant)'
        : `at most ${LIMITS.coefficientOfVariation} x mean`;
      const message = `expected sd ${bound}, got sd ${showNumber(d.sd)} with mean ${showNumber(d.mean)} (minutes)`;
      ctx.addIssue({ code: 'custom', message, path: ['sd'], input: d.sd });
      return;
    }
  }
  try {
    makeDistribution(d);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message, input: d });
  }
}

/** Schemas of each kind of distribution; every parameter is a duration, parsed to minutes. */
function distributionSchemas(csv: CsvSource) {
  const meanAndSd = <const N extends 'lognormal' | 'gamma'>(dist: N) =>
    fields({
      dist: z.literal(dist),
      mean: duration({ positive: true }),
      sd: duration({ positive: true }),
    }).superRefine((d, ctx) => checkSane(d as SpecOf<'lognormal' | 'gamma'>, ctx));
  return {
    /** `{ "dist": "exponential", "mean": "25m" }`: mean > 0. */
    exponential: fields({ dist: z.literal('exponential'), mean: duration({ positive: true }) }).superRefine(
      checkSane,
    ),
    /** `{ "dist": "lognormal", "mean": "4h", "sd": "3h" }`: mean and sd of the time itself (not of its log), both > 0. */
    lognormal: meanAndSd('lognormal'),
    /** `{ "dist": "gamma", "mean": "4h", "sd": "3h" }`: both > 0. */
    gamma: meanAndSd('gamma'),
    /** `{ "dist": "triangular", "min": "5m", "mode": "10m", "max": "30m" }`: min <= mode <= max, min < max. */
    triangular: fields({
      dist: z.literal('triangular'),
      min: duration(),
      mode: duration(),
      max: duration(),
    }).superRefine((d, ctx) => {
      if (d.min <= d.mode && d.mode <= d.max && d.min < d.max) return checkSane(d, ctx);
      ctx.addIssue({
        code: 'custom',
        message: `expected min <= mode <= max and min < max, got min ${d.min}, mode ${d.mode}, max ${d.max} (minutes)`,
        input: d,
      });
    }),
    /** `{ "dist": "uniform", "min": "5m", "max": "30m" }`: min <= max. */
    uniform: fields({ dist: z.literal('uniform'), min: duration(), max: duration() }).superRefine(
      (d, ctx) => {
        if (d.min <= d.max) return checkSane(d, ctx);
        ctx.addIssue({
          code: 'custom',
          message: `expected min <= max, got min ${d.min}, max ${d.max} (minutes)`,
          input: d,
        });
      },
    ),
    /** `{ "dist": "constant", "value": "10m" }`. */
    constant: fields({ dist: z.literal('constant'), value: duration() }).superRefine(checkSane),
    /**
     * `{ "dist": "empirical", "file": "../data/triage.csv", "column": "minutes" }`: draws from the
     * column's values (durations >= 0, at least one row); the parsed form adds `values` in minutes.
     */
    empirical: fields({ dist: z.literal('empirical'), file: text(), column: text() }).transform((d, ctx) => {
      const values = loadEmpirical(csv, d.file, d.column, (message) =>
        ctx.addIssue({ code: 'custom', message, input: d.file, path: ['file'] }),
      );
      if (values === undefined) return z.NEVER;
      const parsed = { ...d, values };
      checkSane(parsed, ctx);
      return parsed;
    }),
  };
}

type DistributionSchemas = ReturnType<typeof distributionSchemas>;

/** A parsed distribution; every time is in minutes. */
export type Distribution = z.output<DistributionSchemas[DistributionName]>;

function isDistributionName(name: unknown): name is DistributionName {
  return typeof name === 'string' && (DISTRIBUTION_NAMES as readonly string[]).includes(name);
}

/** True for a raw value that is meant as one distribution (it names one). */
export function looksLikeDistribution(raw: unknown): boolean {
  return isPlainObject(raw) && 'dist' in raw;
}

/** Schema of a distribution field: an object naming its `dist` and that distribution's parameters. */
export function distribution(csv: CsvSource) {
  const schemas = distributionSchemas(csv);
  return select<Distribution>(
    (raw) => {
      if (!isPlainObject(raw)) {
        return new Rejection(
          expected('a distribution such as { "dist": "exponential", "mean": "25m" }', raw),
        );
      }
      if (isDistributionName(raw.dist)) return schemas[raw.dist];
      const names = DISTRIBUTION_NAMES.join(', ');
      const message =
        raw.dist === undefined
          ? `expected a distribution name (one of ${names}), got nothing`
          : `unknown distribution ${show(raw.dist)} (expected one of ${names})`;
      return new Rejection(message, ['dist']);
    },
    z.union([
      schemas.exponential,
      schemas.lognormal,
      schemas.gamma,
      schemas.triangular,
      schemas.uniform,
      schemas.constant,
      schemas.empirical,
    ]),
    'distribution',
  );
}

/** A distribution as a scenario file writes it (durations as minutes or strings such as "4h"). */
export type DistributionInput = { readonly dist: DistributionName } & Readonly<
  Record<string, string | number>
>;

/** `{ "dist": "exponential", "mean": mean }` as a file would write it. */
export function exponentialInput(mean: string | number): DistributionInput {
  return { dist: 'exponential', mean };
}

/** `{ "dist": "lognormal", "mean": mean, "sd": sd }` as a file would write it. */
export function lognormalInput(mean: string | number, sd: string | number): DistributionInput {
  return { dist: 'lognormal', mean, sd };
}
