import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeAggregates, type FinishedVariant } from './plan/aggregate.js';
import type { Manifest } from './plan/plan.js';
import { loadReport } from './plan/report.js';
import { VariantDir } from './plan/variant-dir.js';
import { prepareOutDir } from './run-command.js';
import { UserError } from './user-error.js';

const VARIANT_FILES = ['kpis.csv', 'timeseries.csv', 'flows.csv', 'trace.csv', 'summary.json'];

/** Exit code of a merge that lacks some variants (a shard missing or unfinished). */
export const EXIT_INCOMPLETE = 3;

function readManifest(dir: string): { text: string; manifest: Manifest } {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path))
    throw new UserError(`tiersim merge: ${dir}: no manifest.json (not the --out folder of a batch or sweep)`);
  const text = readFileSync(path, 'utf8');
  try {
    return { text, manifest: JSON.parse(text) as Manifest };
  } catch {
    throw new UserError(`tiersim merge: ${path}: not valid JSON`);
  }
}

/**
 * `tiersim merge <dirs...> --out DIR`: the output folders of the shards of one batch or sweep
 * become the folder one unsharded run would have written: every finished variant's folder is
 * copied, and manifest.json, index.csv / sweep.csv / variants.csv are written from them by the
 * same code as a single run, so the files are identical.
 */
export function mergeCommand(dirs: readonly string[], options: { out: string; quiet?: boolean }): void {
  const first = readManifest(dirs[0]);
  for (const dir of dirs.slice(1)) {
    if (readManifest(dir).text !== first.text) {
      throw new UserError(
        `tiersim merge: ${dir} is not a shard of the same run as ${dirs[0]} (manifest.json differs)`,
      );
    }
  }
  prepareOutDir(options.out);
  const finished: FinishedVariant[] = [];
  const missing: string[] = [];
  for (const v of first.manifest.variants) {
    const source = dirs.map((d) => new VariantDir(join(d, v.id))).find((d) => d.isFinished());
    if (!source) {
      missing.push(v.id);
      continue;
    }
    const target = join(options.out, v.id);
    if (resolve(source.path) !== resolve(target)) {
      mkdirSync(target, { recursive: true });
      for (const name of VARIANT_FILES) {
        if (existsSync(join(source.path, name))) copyFileSync(join(source.path, name), join(target, name));
      }
    }
    finished.push({
      id: v.id,
      label: v.label,
      file: v.file,
      values: v.values,
      report: loadReport(join(target, 'summary.json')),
    });
  }
  writeAggregates(options.out, first.manifest, finished);
  if (!options.quiet) {
    process.stderr.write(
      `tiersim merge: ${finished.length} of ${first.manifest.variants.length} variants from ${dirs.length} folders into ${options.out}\n`,
    );
  }
  if (missing.length > 0) {
    process.stderr.write(`tiersim merge: incomplete, missing ${missing.join(', ')}\n`);
    process.exitCode = EXIT_INCOMPLETE;
  }
}
