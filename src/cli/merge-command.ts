import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeAggregates, type SettledVariant } from './plan/aggregate.js';
import { manifestDifferences, manifestText, MANIFEST, readManifest, type Manifest } from './plan/manifest.js';
import { removeOrphanTemps } from './plan/out-folder.js';
import { loadReport } from './plan/report.js';
import { VARIANT_FILES, VariantDir } from './plan/variant-dir.js';
import { prepareOutDir } from './run-command.js';
import { printable } from '../sim/index.js';
import { UserError } from './user-error.js';

/** Exit code of a merge that lacks some variants (a shard missing or unfinished) or holds failed ones. */
export const EXIT_INCOMPLETE = 3;

/** What to do about a shard folder that cannot be merged. */
const RERUN = 'run that shard again (without --resume)';

function shardManifest(dir: string): Manifest {
  const manifest = readManifest(dir, RERUN);
  if (manifest === null)
    throw new UserError(`tiersim merge: ${dir}: no ${MANIFEST} (not the --out folder of a batch or sweep)`);
  return manifest;
}

/** A variant's folder in a shard, checked to hold results of the manifest's plan (not stale ones). */
function checkedVariantDir(dir: string, variant: Manifest['variants'][number]): VariantDir {
  const d = new VariantDir(join(dir, variant.id));
  if (!d.holdsResults()) return d;
  const identity = d.identity(RERUN);
  if (identity === null || identity.key !== variant.fingerprint) {
    throw new UserError(
      `tiersim merge: ${d.path} holds results of other settings than ${join(dir, MANIFEST)} (left by an earlier run); ${RERUN}`,
    );
  }
  return d;
}

/**
 * `tiersim merge <dirs...> --out DIR`: the output folders of the shards of one batch or sweep
 * become the folder one unsharded run would have written: every finished variant's folder is
 * copied, and manifest.json, index.csv / sweep.csv / variants.csv are written from them by the
 * same code as a single run, so the files are identical. Shards must come from the same plan
 * (manifest.json, which holds every variant's fingerprint: the scenario's content and the
 * options that change results), and each variant folder must hold that plan's results.
 */
export function mergeCommand(dirs: readonly string[], options: { out: string; quiet?: boolean }): void {
  const first = shardManifest(dirs[0]);
  for (const dir of dirs.slice(1)) {
    const other = shardManifest(dir);
    if (manifestText(other) !== manifestText(first)) {
      const differences = manifestDifferences(first, other);
      throw new UserError(
        `tiersim merge: ${dir} is not a shard of the same run as ${dirs[0]} (manifest.json differs: ${differences.join('; ') || 'labels'})`,
      );
    }
  }
  prepareOutDir(options.out);
  removeOrphanTemps(options.out);
  const settled: SettledVariant[] = [];
  const missing: string[] = [];
  const failed: string[] = [];
  const imprecise: string[] = [];
  for (const v of first.variants) {
    const candidates = dirs.map((d) => checkedVariantDir(d, v));
    const source = candidates.find((d) => d.isFinished()) ?? candidates.find((d) => d.failure() !== null);
    if (!source) {
      missing.push(v.id);
      continue;
    }
    const failure = source.failure();
    // Read before copying, so that a damaged summary.json is named in its shard.
    const report = failure === null ? loadReport(join(source.path, 'summary.json'), RERUN) : null;
    const target = join(options.out, v.id);
    if (resolve(source.path) !== resolve(target)) {
      const stale = new VariantDir(target);
      stale.clear();
      mkdirSync(target, { recursive: true });
      for (const name of VARIANT_FILES) {
        if (existsSync(join(source.path, name))) copyFileSync(join(source.path, name), join(target, name));
      }
    }
    const name = { id: v.id, label: v.label, file: v.file, values: v.values };
    if (report === null) {
      settled.push({ ...name, failure: failure ?? 'failed' });
      failed.push(v.id);
    } else {
      settled.push({ ...name, report });
      if (report.precision?.reached === false) imprecise.push(v.id);
    }
  }
  writeAggregates(options.out, first, settled);
  if (!options.quiet) {
    process.stderr.write(
      `tiersim merge: ${settled.length - failed.length} of ${first.variants.length} variants from ${dirs.length} folders into ${options.out}\n`,
    );
  }
  // Variant ids are file names: their control characters are escaped.
  if (failed.length > 0)
    process.stderr.write(`tiersim merge: failed in their shard: ${printable(failed.join(', '))}\n`);
  if (missing.length > 0)
    process.stderr.write(`tiersim merge: incomplete, missing ${printable(missing.join(', '))}\n`);
  if (imprecise.length > 0)
    process.stderr.write(
      `tiersim merge: stopped at --max-reps short of --precision in their shard: ${printable(imprecise.join(', '))}\n`,
    );
  if (missing.length > 0 || failed.length > 0 || imprecise.length > 0) process.exitCode = EXIT_INCOMPLETE;
}
