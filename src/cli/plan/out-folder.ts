import { existsSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { UserError } from '../user-error.js';
import { manifestDifferences, manifestText, MANIFEST, readManifest, type Manifest } from './manifest.js';
import { CHECKPOINTS, VariantDir } from './variant-dir.js';

/** The files a batch or sweep writes beside its variant folders. */
const AGGREGATES = [MANIFEST, 'index.csv', 'sweep.csv', 'variants.csv'];

/**
 * writeFileAtomic's temporary files: `.<name>.<pid>.<n>.tmp`. One left behind (the process was
 * killed while writing) is an orphan once its process is gone.
 */
const TEMP = /^\..+\.(\d+)\.\d+\.tmp$/;

/** What a run will do in its output folder. */
export interface OutFolderPlan {
  /** A single run: its files go straight into the folder. */
  readonly flat: boolean;
  readonly resume: boolean;
  /** The plan's manifest (batches and sweeps; null for a single run). */
  readonly manifest: Manifest | null;
  /** The variants this run writes (this shard's). */
  readonly written: readonly string[];
}

/**
 * Readies an output folder before a run and refuses, with a UserError saying what to do, what
 * --resume must not continue. Whatever the mode, temporary files of killed runs are removed.
 *
 * - A fresh run (no --resume) replaces what an earlier run left: the variant folders of the
 *   earlier plan (its manifest.json) that this run does not write, a single run's files when a
 *   batch or sweep runs here, a batch's or sweep's when a single run does. Only files tiersim
 *   writes are removed; a folder holding anything else is left with that.
 * - --resume needs the same plan: a folder of another kind of run, or a manifest.json that
 *   differs, is refused (saying what differs); a damaged manifest.json too.
 *
 * A batch's or sweep's manifest.json is then written, before anything runs, so that a run
 * killed halfway still says what made the folder.
 */
export function prepareOutFolder(outDir: string, plan: OutFolderPlan): void {
  removeOrphanTemps(outDir);
  const earlier = plan.resume
    ? readManifest(outDir, 'delete it, or run without --resume to start again')
    : readManifestIfSound(outDir);
  const single = new VariantDir(outDir);
  if (plan.resume) {
    if (plan.flat && earlier !== null)
      throw new UserError(
        `tiersim: --resume: ${outDir} holds a batch or sweep (${MANIFEST}), not a single run; use a new --out, or run without --resume to replace it`,
      );
    if (!plan.flat && single.holdsResults())
      throw new UserError(
        `tiersim: --resume: ${outDir} holds the results of a single run, not a batch or sweep; use a new --out, or run without --resume to replace them`,
      );
    if (plan.manifest && earlier) {
      const differences = manifestDifferences(earlier, plan.manifest);
      if (differences.length > 0)
        throw new UserError(
          `tiersim: --resume: ${outDir} holds the results of a different run (${differences.join('; ')}); use a new --out, or run without --resume to replace them`,
        );
    }
  } else {
    const written = new Set(plan.written);
    for (const v of earlier?.variants ?? []) if (!written.has(v.id)) removeVariantFolder(join(outDir, v.id));
    if (plan.flat) {
      if (earlier) for (const name of AGGREGATES) rmSync(join(outDir, name), { force: true });
    } else if (single.holdsResults()) single.clear();
  }
  if (plan.manifest) writeFileAtomic(join(outDir, MANIFEST), manifestText(plan.manifest));
}

/** A manifest.json for a fresh run to clean up after, or null (none, or too damaged to say). */
function readManifestIfSound(outDir: string): Manifest | null {
  try {
    return readManifest(outDir, '');
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

/** Removes what a run wrote in a variant folder, and the folder if nothing else is left in it. */
function removeVariantFolder(path: string): void {
  if (!isFolder(path)) return;
  new VariantDir(path).clear();
  removeOrphanTemps(path);
  try {
    rmdirSync(path);
  } catch {
    // Not empty: someone else's files are there; they stay.
  }
}

/**
 * Removes the temporary files of writeFileAtomic left by killed runs in an output folder: the
 * folder, its checkpoints, and its subfolders and theirs. A file of a process still running is
 * left alone (unless it is this process, which has written nothing yet).
 */
export function removeOrphanTemps(outDir: string): void {
  const visit = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      const temp = TEMP.exec(name);
      if (temp && !isRunning(Number(temp[1]))) rmSync(path, { force: true });
      else if (depth > 0 && !temp && isFolder(path)) visit(path, name === CHECKPOINTS ? 0 : depth - 1);
    }
  };
  if (existsSync(outDir)) visit(outDir, 2);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** True when another process of that id runs (EPERM: it runs, as someone else). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
