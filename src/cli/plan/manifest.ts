import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readOutputJson } from './damaged.js';
import { identityOf, type ResultOptions } from './fingerprint.js';
import type { Plan } from './plan.js';

/** `manifest.json`'s name in a batch or sweep folder. */
export const MANIFEST = 'manifest.json';

/** One variant as manifest.json records it. */
export interface ManifestVariant {
  readonly id: string;
  readonly label: string;
  readonly file: string;
  readonly values: ReadonlyArray<{ readonly path: string; readonly value: number }>;
  readonly seed: number;
  readonly replications: number;
  readonly days: number;
  /** The key of its results' identity (see fingerprint.ts): the scenario's content and every option that changes results. */
  readonly fingerprint: string;
}

/**
 * `manifest.json`: the whole plan (never the shard), so that shards and resumed runs can be
 * checked and merged. It is written when a run starts and again when it ends.
 */
export interface Manifest {
  readonly tool: 'tiersim';
  readonly kind: Plan['kind'];
  readonly parameters: readonly string[];
  readonly precision: number | null;
  readonly maxReplications: number | null;
  readonly trace: boolean;
  readonly variants: readonly ManifestVariant[];
}

export function manifestOf(plan: Plan, options: ResultOptions): Manifest {
  return {
    tool: 'tiersim',
    kind: plan.kind,
    parameters: plan.parameters,
    precision: options.precision,
    maxReplications: options.precision === null ? null : options.maxReplications,
    trace: options.trace,
    variants: plan.variants.map((v) => ({
      id: v.id,
      label: v.label,
      file: v.file,
      values: v.values,
      seed: v.scenario.seed,
      replications: v.scenario.replications,
      days: v.scenario.horizon.days,
      fingerprint: identityOf(v.scenario, options).key,
    })),
  };
}

/** manifest.json's text. */
export function manifestText(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** The manifest.json of a folder, or null when it has none; a damaged one is a UserError saying what to do. */
export function readManifest(dir: string, remedy: string): Manifest | null {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return null;
  return readOutputJson(path, manifestFrom, remedy);
}

type Row = Record<string, unknown>;

function isManifestVariant(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Row;
  return (
    typeof v.id === 'string' &&
    /^[^/\\]+$/.test(v.id) &&
    v.id !== '.' &&
    v.id !== '..' &&
    typeof v.label === 'string' &&
    typeof v.file === 'string' &&
    Array.isArray(v.values) &&
    typeof v.seed === 'number' &&
    typeof v.replications === 'number' &&
    typeof v.days === 'number' &&
    typeof v.fingerprint === 'string'
  );
}

/** A parsed manifest.json, or what is wrong with it. */
function manifestFrom(value: unknown): Manifest | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const m = value as Row;
  if (m.tool !== 'tiersim') return 'not a tiersim manifest';
  if (m.kind !== 'run' && m.kind !== 'batch' && m.kind !== 'sweep') return 'no "kind"';
  if (!Array.isArray(m.parameters) || !m.parameters.every((p) => typeof p === 'string'))
    return 'no list of "parameters"';
  if (!Array.isArray(m.variants) || m.variants.length === 0 || !m.variants.every(isManifestVariant))
    return 'no list of "variants" (or one without its fingerprint, from an older tiersim)';
  return m as unknown as Manifest;
}

/** Most differences a message lists. */
const SHOWN = 3;

/** What differs between the plan that made a folder and the one asked for, in words (empty: the same). */
export function manifestDifferences(then: Manifest, now: Manifest): string[] {
  const out: string[] = [];
  const pair = (what: string, a: unknown, b: unknown): void => {
    const show = (x: unknown): string =>
      x === null ? 'none' : Array.isArray(x) ? x.join(', ') || 'none' : String(x);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${what} ${show(a)} then, ${show(b)} now`);
  };
  pair('kind', then.kind, now.kind);
  pair('swept fields', then.parameters, now.parameters);
  pair('--precision', then.precision, now.precision);
  pair('--max-reps', then.maxReplications, now.maxReplications);
  if (then.trace !== now.trace)
    out.push(then.trace ? '--trace then, not now' : 'no --trace then, --trace now');
  const ids = (m: Manifest): string[] => m.variants.map((v) => v.id);
  if (JSON.stringify(ids(then)) !== JSON.stringify(ids(now))) {
    const cut = (list: string[]): string[] => (list.length > 6 ? [...list.slice(0, 5), '...'] : list);
    pair('variants', cut(ids(then)), cut(ids(now)));
  } else {
    now.variants.forEach((v, i) => {
      const w = then.variants[i];
      pair(`${v.id}: file`, w.file, v.file);
      pair(
        `${v.id}: values`,
        w.values.map((x) => `${x.path}=${x.value}`),
        v.values.map((x) => `${x.path}=${x.value}`),
      );
      pair(`${v.id}: seed`, w.seed, v.seed);
      pair(`${v.id}: replications`, w.replications, v.replications);
      pair(`${v.id}: days`, w.days, v.days);
      if (
        w.fingerprint !== v.fingerprint &&
        w.seed === v.seed &&
        w.replications === v.replications &&
        w.days === v.days
      )
        out.push(
          `${v.id}: the scenario's content (its file, a file it extends or a CSV file it reads was edited, or the tiersim version)`,
        );
    });
    if (out.length === 0 && manifestText(then) !== manifestText(now)) out.push('labels');
  }
  return out.length > SHOWN ? [...out.slice(0, SHOWN), `and ${out.length - SHOWN} more`] : out;
}
