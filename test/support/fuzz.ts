import seedrandom from 'seedrandom';

/** A JSON value. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One mutated scenario and what was done to it (for the failure message). */
export interface Mutant {
  readonly raw: Json;
  readonly what: string;
}

/**
 * Values a careless or hostile user might put in any field: out of range, not finite after
 * unit conversion, huge counts, wrong types, huge strings, control characters, deep nesting.
 */
const HOSTILE: readonly (() => Json)[] = [
  () => -1,
  () => 0,
  () => 0.5,
  () => 1e9,
  () => 1e12,
  () => 1e308,
  () => -1e308,
  () => 1e-200,
  () => '9'.repeat(400) + 'm',
  () => '1e400',
  () => '-5m',
  () => 'NaN',
  () => '',
  () => 'x'.repeat(2_000_000),
  () => '\u001b]0;owned\u0007=HYPERLINK("http://x")',
  () => null,
  () => true,
  () => [],
  () => ({}),
  () => JSON.parse('{"__proto__": 1, "constructor": 2}') as Json,
  () => DEEP,
];

/** Factors a number of the file is scaled by: zero, a little, a lot. */
const SCALES: readonly number[] = [0, 0.01, 0.5, 1.5, 3, 10, 100];

/** Distribution parameters whose samples are NaN, Infinity or 0 in floating point. */
const BAD_DISTRIBUTIONS: readonly Json[] = [
  { dist: 'lognormal', mean: '6m', sd: 1e200 },
  { dist: 'lognormal', mean: '6m', sd: 1e-200 },
  { dist: 'gamma', mean: 1e308, sd: 1 },
  { dist: 'gamma', mean: 1, sd: 1e200 },
  { dist: 'exponential', mean: 1e308 },
  { dist: 'triangular', min: 0, mode: 1e308, max: 1e308 },
  { dist: 'uniform', min: 1e308, max: 1.7e308 },
  { dist: 'normal', mean: 1, sd: 1e300 },
];

/** Stands for 100,000 levels of `[`, put in only when the mutant is written as text. */
const DEEP = '\u0000deep';

/** The mutant as the text of a JSON file. */
export function mutantText(mutant: Mutant): string {
  const depth = 100_000;
  return JSON.stringify(mutant.raw, null, 2).replace(
    JSON.stringify(DEEP),
    '['.repeat(depth) + ']'.repeat(depth),
  );
}

/** Every path to a value in `raw` (objects and arrays included), e.g. `pools.router.staff`. */
function pathsOf(raw: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { value: Json; path: (string | number)[] }[] = [{ value: raw, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > 0) out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, k] });
  }
  return out;
}

function isDistribution(value: Json | undefined): boolean {
  return isObject(value) && 'dist' in (value as object);
}

/** `raw` with `value` put at `path` (a deep copy; `undefined` deletes the key). */
function withValue(raw: Json, path: readonly (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(raw);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, Json>;
    // An earlier change of the same mutant replaced a parent with a scalar: nothing to change.
    if (node === null || typeof node !== 'object') return copy;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  // defineProperty, so that a key named __proto__ is an own key (as JSON.parse makes it).
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/**
 * `count` seeded mutants of `raw`: each changes one field (a hostile value, a number scaled, a
 * broken distribution, a deletion, an unknown key) or, one time in ten, two fields at once.
 */
export function mutants(raw: Json, count: number, seed: string): Mutant[] {
  const rng = seedrandom.alea(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
  const paths = pathsOf(raw);
  const distributions = paths.filter((p) => isDistribution(pathValue(raw, p)));
  const numbers = paths.filter((p) => typeof pathValue(raw, p) === 'number');
  const out: Mutant[] = [];
  for (let i = 0; i < count; i++) {
    let value = raw;
    const steps: string[] = [];
    const changes = rng() < 0.1 ? 2 : 1;
    for (let c = 0; c < changes; c++) {
      const kind = rng();
      if (kind < 0.15 && distributions.length > 0) {
        const path = pick(distributions);
        const dist = pick(BAD_DISTRIBUTIONS);
        value = withValue(value, path, dist);
        steps.push(`${path.join('.')} = ${JSON.stringify(dist)}`);
      } else if (kind < 0.25) {
        const path = pick(paths);
        value = withValue(value, path, undefined);
        steps.push(`delete ${path.join('.')}`);
      } else if (kind < 0.3) {
        const path = pick(paths.filter((p) => isObject(pathValue(raw, p))).concat([[]]));
        const key = pick(['__proto__', 'constructor', 'unknownField', 'x'.repeat(300)]);
        value = withValue(value, [...path, key], 1);
        steps.push(`${[...path, key.slice(0, 20)].join('.')} = 1`);
      } else if (kind < 0.55 && numbers.length > 0) {
        // A plausible but extreme value of the right type: the run must cope or refuse it.
        const path = pick(numbers);
        const scaled = (pathValue(raw, path) as number) * pick(SCALES);
        value = withValue(value, path, scaled);
        steps.push(`${path.join('.')} = ${scaled}`);
      } else {
        const path = pick(paths);
        const hostile = pick(HOSTILE)();
        value = withValue(value, path, hostile);
        steps.push(`${path.join('.')} = ${JSON.stringify(hostile)?.slice(0, 40)}`);
      }
    }
    out.push({ raw: value, what: steps.join('; ') });
  }
  return out;
}

function isObject(value: Json | undefined): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function pathValue(raw: Json, path: readonly (string | number)[]): Json | undefined {
  let node: Json | undefined = raw;
  for (const key of path) node = (node as Record<string | number, Json> | undefined)?.[key];
  return node;
}
