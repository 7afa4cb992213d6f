import { readFileSync } from 'node:fs';
import type { Scenario } from '../../sim/index.js';

/**
 * A short fingerprint of a JSON-serialisable value (FNV-1a over its JSON text), so that a
 * resumed run can tell that its checkpoints belong to the same scenario.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * Everything a variant's results depend on, recorded in its folder (`.fingerprint.json`) and in
 * manifest.json, and checked by `--resume` and `merge` so that they never reuse results made
 * from other inputs. `key` is the fingerprint of the rest.
 */
export interface RunIdentity {
  /** The tiersim version that made the results. */
  readonly version: string;
  /** The scenario's name (for messages only: it is part of `content` too). */
  readonly scenario: string;
  /**
   * Fingerprint of the resolved scenario as it runs: overlays (`extends`) merged, the contents of
   * its CSV inputs read, every default filled in; seed, replications and horizon are the fields
   * below, so that a message can say which of them differs.
   */
  readonly content: string;
  readonly seed: number;
  /** Replications asked for (with `precision`, the first round). */
  readonly replications: number;
  readonly days: number;
  readonly warmupDays: number;
  /** `--trace`: the first replication's trace is recorded. */
  readonly trace: boolean;
  /** `--precision` (null without). */
  readonly precision: number | null;
  /** `--max-reps` in force with `--precision` (null without). */
  readonly maxReplications: number | null;
  readonly key: string;
}

/** How results are made beyond the scenario: the options that change them. */
export interface ResultOptions {
  readonly trace: boolean;
  readonly precision: number | null;
  readonly maxReplications: number | null;
}

/** The identity of the results of a scenario (overrides applied) run with these options. */
export function identityOf(scenario: Scenario, options: ResultOptions): RunIdentity {
  const { seed, replications, horizon, ...rest } = scenario;
  const fields = {
    version: TIERSIM_VERSION,
    scenario: scenario.name,
    content: fingerprint(rest),
    seed,
    replications,
    days: horizon.days,
    warmupDays: horizon.warmupDays,
    trace: options.trace,
    precision: options.precision,
    maxReplications: options.precision === null ? null : options.maxReplications,
  };
  return { ...fields, key: fingerprint(fields) };
}

/** The fields of a {@link RunIdentity} in the order they are compared and described. */
const FIELDS = [
  'version',
  'content',
  'seed',
  'replications',
  'days',
  'warmupDays',
  'trace',
  'precision',
  'maxReplications',
] as const;

/**
 * What differs between the identity of results on disk and that of the run asked for, in words
 * (`seed 2026 then, 5 now`); empty when they are the same results.
 */
export function identityDifferences(then: RunIdentity, now: RunIdentity): string[] {
  if (then.key === now.key) return [];
  const out: string[] = [];
  for (const field of FIELDS) {
    if (then[field] === now[field]) continue;
    if (field === 'content')
      out.push("the scenario's content (its file, a file it extends or a CSV file it reads was edited)");
    else if (field === 'trace')
      out.push(then.trace ? '--trace then, not now' : 'no --trace then, --trace now');
    else out.push(`${NAMES[field]} ${show(then[field])} then, ${show(now[field])} now`);
  }
  // A record whose key does not match its fields was edited by hand.
  return out.length > 0 ? out : ['the recorded fingerprint'];
}

const NAMES: Record<(typeof FIELDS)[number], string> = {
  version: 'tiersim version',
  content: 'content',
  seed: 'seed',
  replications: 'replications',
  days: 'days',
  warmupDays: 'warm-up days',
  trace: '--trace',
  precision: '--precision',
  maxReplications: '--max-reps',
};

function show(value: string | number | boolean | null): string {
  return value === null ? 'none' : String(value);
}

/** Reads a recorded identity back; null when the value is not one (a damaged or foreign file). */
export function asIdentity(value: unknown): RunIdentity | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const numberOrNull = (x: unknown): boolean => x === null || typeof x === 'number';
  const ok =
    typeof v.version === 'string' &&
    typeof v.scenario === 'string' &&
    typeof v.content === 'string' &&
    typeof v.seed === 'number' &&
    typeof v.replications === 'number' &&
    typeof v.days === 'number' &&
    typeof v.warmupDays === 'number' &&
    typeof v.trace === 'boolean' &&
    numberOrNull(v.precision) &&
    numberOrNull(v.maxReplications) &&
    typeof v.key === 'string';
  return ok ? (v as unknown as RunIdentity) : null;
}

/** This package's version, from package.json three folders up (from src/cli/plan and dist/cli/plan alike). */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

const TIERSIM_VERSION = packageVersion();
