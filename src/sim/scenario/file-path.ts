/**
 * File paths as a scenario writes them, worked out on the text alone (the engine runs in the
 * browser too, without `node:path`): `/` or `\` separate folders, `.` and `..` are folded where
 * they can be, and results use `/`, which Node accepts on every platform.
 */

/** True for `/x`, `\\server\x`, `C:\x`, `C:/x` and URLs such as `https://...`: paths that do not move with a file. */
export function isAbsolutePath(path: string): boolean {
  return /^[\\/]/.test(path) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(path);
}

/** The folder part of a file's path, `''` for a bare name: `scenarios/teach/x.json` -> `scenarios/teach`. */
export function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (cut < 0) return '';
  return cut === 0 ? file.slice(0, 1) : file.slice(0, cut);
}

/** The last part of a path: `scenarios/teach/x.json` -> `x.json`. */
export function baseName(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return file.slice(cut + 1);
}

/**
 * `path` as seen from `folder` (`''`: the current folder): an absolute `path` as it is,
 * else the two joined and folded: (`scenarios/teach`, `../../data/x.csv`) -> `data/x.csv`,
 * (`teach`, `../../data/x.csv`) -> `../data/x.csv`.
 */
export function joinPath(folder: string, path: string): string {
  if (isAbsolutePath(path)) return path;
  if (folder === '') return normalizePath(path);
  return normalizePath(`${folder}/${path}`);
}

/** `a/./b/../c` -> `a/c`; leading `..` are kept (`../../x`), as is a leading `/`; `''` and `.` give `.`. */
export function normalizePath(path: string): string {
  const absolute = /^[\\/]/.test(path);
  const parts: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !absolute) parts.push(part);
  }
  const joined = parts.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}
