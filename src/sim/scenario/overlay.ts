import { mapCsvPaths } from './csv-paths.js';
import { readFailure, type ReadText } from './csv-source.js';
import { baseName, folderOf, joinPath } from './file-path.js';
import { ScenarioError } from './issues.js';
import { dotted, forbiddenKeyPath, mergeJson } from './json-edit.js';
import { jsonProblem } from './json-problem.js';
import { expected, isPlainObject } from './messages.js';
import { nestingIssue } from './nesting.js';

/**
 * Overlays: a scenario file that says `"extends": "baseline.json"` (a path relative to itself)
 * and then only what differs. The chain of files is read, base first, and merged: objects key
 * by key, lists and other values replaced, a null removing the key. CSV paths stay relative to
 * the file that wrote them: the merged JSON has them relative to the entry file. `$schema` (for
 * editors) is dropped from every file.
 */

/** Where a scenario's files are and how they are read. */
export interface OverlayOptions {
  /** The entry file's path as `readText` and messages know it, e.g. `scenarios/router-cut.json`; bases are named relative to it. */
  readonly file: string;
  /** How messages name the entry file (default `file`), e.g. a sweep variant. */
  readonly label?: string;
  /** Reads a file by its path relative to the entry file's folder; throws if it cannot. */
  readonly readText?: ReadText;
}

/** A scenario with its chain of `extends` resolved. */
export interface ResolvedScenario {
  /** The merged JSON, without `extends` or `$schema`; CSV paths relative to the entry file. */
  readonly raw: unknown;
  /** The files of the chain as messages name them, the entry first, its base next, and so on. */
  readonly files: readonly string[];
  /**
   * The base file that wrote the value at a field path (the last of the chain to write it or
   * anything below it), or undefined when the entry file wrote it or nobody did.
   */
  fileOf(path: readonly PropertyKey[]): string | undefined;
}

/** Most files one chain of `extends` may hold: deeper is a mistake (or a cycle through links). */
export const MAX_EXTENDS_CHAIN = 16;

interface Layer {
  /** As messages name it. */
  readonly name: string;
  /** Path relative to the entry file's folder (how `readText` knows it). */
  readonly relative: string;
  readonly raw: unknown;
}

/**
 * Reads the chain of `extends` of a raw scenario and merges it (see the module comment).
 * Throws a ScenarioError naming the file and its `extends` field for a base that cannot be
 * read, a cycle (`a.json -> b.json -> a.json`) or a chain deeper than {@link MAX_EXTENDS_CHAIN},
 * and naming the base for a base that is not a JSON object; and naming the field for a value
 * nested deeper than LIMITS.nesting levels (see nesting.ts) or a forbidden field name.
 */
export function resolveOverlays(raw: unknown, options: OverlayOptions): ResolvedScenario {
  const chain = readChain(raw, options);
  const entry = chain[0].name;
  for (const layer of chain) {
    // Before anything below walks the value recursively.
    const deep = nestingIssue(layer.raw);
    if (deep !== null) throw failure(entry, layer.name, deep.path, deep.message);
    const bad = forbiddenKeyPath(layer.raw);
    if (bad !== null) throw failure(entry, layer.name, dotted(bad), 'not allowed as a field name');
  }
  const own = chain.map((layer) => withoutKeys(layer.raw, ['extends', '$schema']));
  if (chain.length === 1) return { raw: own[0], files: [entry], fileOf: () => undefined };

  const writers = new Map<string, number>();
  let merged: unknown = own[chain.length - 1];
  markWriter(writers, merged, chain.length - 1, []);
  for (let i = chain.length - 2; i >= 0; i--) {
    markWriter(writers, own[i], i, []);
    merged = mergeJson(merged, own[i], { nullRemoves: true });
  }
  const writerOf = (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const found = writers.get(pathKey(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return 0;
  };
  const rebased = mapCsvPaths(merged, (path, csv) => {
    const writer = writerOf(path);
    return writer === 0 ? csv : joinPath(folderOf(chain[writer].relative), csv);
  });
  return {
    raw: rebased,
    files: chain.map((layer) => layer.name),
    fileOf: (path) => {
      const writer = writerOf(path);
      return writer === 0 ? undefined : chain[writer].name;
    },
  };
}

/** The entry and each file it extends, in that order, read and parsed. */
function readChain(raw: unknown, options: OverlayOptions): Layer[] {
  const entry = options.label ?? options.file;
  const folder = folderOf(options.file);
  const chain: Layer[] = [{ name: entry, relative: baseName(options.file), raw }];
  const keys = [joinPath(folder, baseName(options.file))];
  for (;;) {
    const child = chain[chain.length - 1];
    if (!isPlainObject(child.raw) || !Object.hasOwn(child.raw, 'extends')) return chain;
    const written = child.raw.extends;
    if (typeof written !== 'string' || written.trim() === '') {
      const what = 'the path of the scenario file this one varies, relative to this file';
      throw failure(entry, child.name, 'extends', expected(what, written));
    }
    const relative = joinPath(folderOf(child.relative), written);
    // Named as seen from where the entry was named: `scenarios/router-cut.json` -> `scenarios/baseline.json`.
    const name = joinPath(folder, relative);
    const seen = keys.indexOf(name);
    if (seen >= 0) {
      const cycle = [...chain.slice(seen).map((layer) => layer.name), name].join(' -> ');
      throw failure(entry, child.name, 'extends', `a cycle of extends: ${cycle}`);
    }
    if (chain.length >= MAX_EXTENDS_CHAIN) {
      const message = `more than ${MAX_EXTENDS_CHAIN} files extend one another (from ${entry})`;
      throw failure(entry, child.name, 'extends', message);
    }
    chain.push({ name, relative, raw: readBase(entry, child.name, name, relative, options.readText) });
    keys.push(name);
  }
}

/** A base file's JSON; a ScenarioError names the `extends` that asked for it when it cannot be read. */
function readBase(
  entry: string,
  child: string,
  name: string,
  relative: string,
  readText: ReadText | undefined,
): Record<string, unknown> {
  if (readText === undefined)
    throw failure(entry, child, 'extends', `cannot read ${name}: no file reader was given to the parser`);
  let text: string;
  try {
    text = readText(relative);
  } catch (error) {
    throw failure(entry, child, 'extends', `cannot read ${name} (${readFailure(error)})`);
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    // Without quoting the file: V8 quotes its start, which may be a secret (see json-problem.ts).
    throw failure(entry, name, '', `not valid JSON: ${jsonProblem(error)}`);
  }
  if (!isPlainObject(raw)) throw failure(entry, name, '', expected('a scenario object', raw));
  return raw;
}

function failure(entry: string, file: string, path: string, message: string): ScenarioError {
  return new ScenarioError(entry, [{ path, message, ...(file === entry ? {} : { file }) }]);
}

/** Records layer `index` as the writer of every field path in `raw` (objects only: a list is one value). */
function markWriter(writers: Map<string, number>, raw: unknown, index: number, path: string[]): void {
  if (!isPlainObject(raw)) return;
  for (const [key, value] of Object.entries(raw)) {
    const at = [...path, key];
    writers.set(pathKey(at), index);
    markWriter(writers, value, index, at);
  }
}

function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\u0000');
}

function withoutKeys(raw: unknown, keys: readonly string[]): unknown {
  if (!isPlainObject(raw) || !keys.some((key) => Object.hasOwn(raw, key))) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !keys.includes(key)));
}
