import { kpiKey, printable, type ComparisonRow } from '../../sim/index.js';

/** Width the table is laid out for (a 100-column terminal). */
const WIDTH = 100;

/** What the heading of {@link formatComparisonTable} says about the runs (each part optional). */
export interface ComparisonTableOptions {
  /** Seed shared by every scenario. */
  readonly seed?: number;
  /** Horizon in days, when every scenario has the same. */
  readonly days?: number;
  /** Warm-up in days, when every scenario has the same. */
  readonly warmupDays?: number;
  /** Per scenario name, the pools that cannot keep up (see `unstablePools`); absent: none. */
  readonly unstable?: ReadonlyMap<string, readonly string[]>;
}

/** Short label of the i-th scenario: A, B, ... Z, then #27, #28, ... */
export function scenarioLabel(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `#${i + 1}`;
}

function fit(text: string, width: number): string {
  return [...text].length <= width ? text : `${[...text].slice(0, width - 1).join('')}…`;
}

function signed(x: number, digits: number): string {
  const text = Math.abs(x).toFixed(digits);
  // "-0.0" for a tiny negative difference would suggest a direction that rounding erased.
  if (Number(text) === 0) return text;
  return `${x < 0 ? '-' : '+'}${text}`;
}

/**
 * A level (base or other mean) in its unit: shares as percentages; cases, people and currency
 * whole; other units with one decimal below 1000 and whole above (where a tenth is noise).
 */
function level(row: ComparisonRow, x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (row.unit === 'share') return `${(x * 100).toFixed(1)}%`;
  const whole = row.unit === 'currency' || row.unit === 'cases' || row.unit === 'people';
  // Both levels of a row get the same decimals, so that they line up.
  return x.toFixed(whole || Math.max(Math.abs(row.baseMean), Math.abs(row.otherMean)) >= 1000 ? 0 : 1);
}

/**
 * "difference ± half-width" in the KPI's unit; share differences in percentage points with one
 * decimal, other differences with one decimal below 100 (a change of 3.2 in the cost per case
 * would read as 3 otherwise) and whole above.
 */
function change(row: ComparisonRow): string {
  if (!Number.isFinite(row.difference)) return 'n/a';
  const share = row.unit === 'share';
  const scale = share ? 100 : 1;
  const d = row.difference * scale;
  const hw = row.halfWidth * scale;
  const digits = share ? 1 : Math.max(Math.abs(d), Number.isFinite(hw) ? hw : 0) >= 100 ? 0 : 1;
  const suffix = share ? ' pp' : '';
  if (!Number.isFinite(hw)) return `${signed(d, digits)}${suffix} (n < 2)`;
  return `${signed(d, digits)} ± ${hw.toFixed(digits)}${suffix}`;
}

const COLUMNS = [28, 10, 10, 22] as const;

function header(title: string, base: string, other: string): string {
  return `${title.padEnd(COLUMNS[0])}  ${base.padStart(COLUMNS[1])}    ${other.padStart(COLUMNS[2])}  ${`${other} − ${base}`.padStart(COLUMNS[3])}`;
}

function line(label: string, row: ComparisonRow, undone: boolean): string {
  const cells =
    `${fit(`  ${label}`, COLUMNS[0]).padEnd(COLUMNS[0])}  ${level(row, row.baseMean).padStart(COLUMNS[1])}  → ` +
    `${level(row, row.otherMean).padStart(COLUMNS[2])}  ${change(row).padStart(COLUMNS[3])}`;
  // A cost per resolved case that falls because cases are left open is no saving.
  if (undone && row.kpi === 'cost.perCase') return `${cells}  ! work left undone`;
  return row.significant ? `${cells}  *` : cells;
}

/** The headline sections of one comparison (rows of one other scenario). */
function block(
  rows: readonly ComparisonRow[],
  base: string,
  other: string,
  /** Pools that cannot keep up in either scenario. */
  unstable: { readonly base: readonly string[]; readonly other: readonly string[] },
): string[] {
  const by = new Map(rows.map((r) => [kpiKey(r.kpi, r.scope), r]));
  const out: string[] = [];
  const section = (title: string, entries: ReadonlyArray<readonly [string, string, string]>): void => {
    const present = entries.flatMap(([label, kpi, scope]) => {
      const row = by.get(kpiKey(kpi, scope));
      return row ? [line(label, row, unstable.base.length + unstable.other.length > 0)] : [];
    });
    if (present.length === 0) return;
    out.push(header(title, base, other), ...present, '');
  };
  // Pools that served no case in either scenario (e.g. no pods) would only show n/a.
  const pools = rows
    .filter((r) => r.kpi === 'utilisation')
    .map((r) => r.scope)
    .filter((scope) => {
      const visits = by.get(kpiKey('visits', scope));
      return visits === undefined || visits.baseMean > 0 || visits.otherMean > 0;
    });
  const severities = rows
    .filter((r) => r.kpi === 'sla.attainment' && /^severity:[^/]+$/.test(r.scope))
    .map((r) => r.scope);

  section(
    'First response SLA',
    severities.map(
      (scope) => [`Sev ${scope.slice('severity:'.length)} attainment`, 'sla.attainment', scope] as const,
    ),
  );
  section('Cases, all (minutes)', [
    ['first response mean', 'firstResponse.mean', 'all'],
    ['first response p90', 'firstResponse.p90', 'all'],
    ['resolution mean', 'resolution.mean', 'all'],
  ]);
  section('Ladder', [
    ['router abandonment', 'abandoned.share', 'pool:router'],
    ['reaching Problem Control', 'reached.share', 'tier:problemControl'],
    ['reaching escalation', 'reached.share', 'tier:escalation'],
    ['escalated by age (cases)', 'escalations', 'reason:age'],
  ]);
  section(
    'Utilisation',
    pools.map((scope) => [scope.slice('pool:'.length), 'utilisation', scope] as const),
  );
  section(
    'Wait mean (minutes)',
    pools.map((scope) => [scope.slice('pool:'.length), 'wait.mean', scope] as const),
  );
  section('Cost', [
    ['per week', 'cost.perWeek', 'all'],
    ['per resolved case', 'cost.perCase', 'all'],
  ]);
  for (const [label, pools] of [
    [base, unstable.base],
    [other, unstable.other],
  ] as const) {
    if (pools.length > 0)
      out.push(
        ...wrap(
          `! In ${label} these pools cannot keep up (their figures grow with the run length): `,
          pools.map((p) => `pool:${p}`),
          WIDTH,
        ),
        '',
      );
  }
  return out;
}

/** `first` followed by `parts` joined with ", ", wrapped (not cut) at `width` characters. */
function wrap(first: string, parts: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let current = first;
  parts.forEach((part, i) => {
    const piece = i === 0 ? part : `, ${part}`;
    if (i > 0 && [...current].length + [...piece].length > width) {
      lines.push(`${current},`);
      current = `  ${part}`;
    } else current += piece;
  });
  lines.push(current);
  return lines;
}

/**
 * The readable report of `tiersim compare`: the scenarios with their labels (A is the base), then
 * for each other scenario the headline KPIs (SLA attainment per severity, first response mean
 * and p90, resolution mean, router abandonment, shares reaching Problem Control and escalation,
 * escalations by age, utilisation and mean wait per pool, cost per week and per case), each as
 * `A → B  difference ± 95% half-width` with `*` where the interval excludes 0, and a last line
 * counting the significant KPIs among all rows (headline or not). When a pool of either
 * scenario cannot keep up, a `!` line names it and the cost per resolved case is marked
 * "work left undone" instead of significant. Fits in 100 columns.
 */
export function formatComparisonTable(
  rows: readonly ComparisonRow[],
  options: ComparisonTableOptions = {},
): string {
  const base = rows.length > 0 ? rows[0].base : '';
  const others = [...new Set(rows.map((r) => r.other))];
  const replications = rows.reduce((n, r) => Math.max(n, r.replications), 0);
  const out: string[] = [];
  const run = [`${replications} paired replication(s)`];
  if (options.days !== undefined) {
    run.push(
      `x ${options.days} days${options.warmupDays !== undefined ? ` (${options.warmupDays} warm-up)` : ''}`,
    );
  }
  out.push(
    `Comparison on common random numbers: ${run.join(' ')}${options.seed !== undefined ? `, seed ${options.seed}` : ''}`,
  );
  out.push(`  A  ${base}`);
  others.forEach((name, i) => out.push(`  ${scenarioLabel(i + 1)}  ${name}`));
  out.push('Each change is the mean paired difference ± its 95% half-width (pp: percentage points);');
  out.push('* marks an interval that excludes 0 (about 1 in 20 unchanged KPIs is marked by chance).');
  out.push('');
  const counts: string[] = [];
  others.forEach((name, i) => {
    const label = scenarioLabel(i + 1);
    const own = rows.filter((r) => r.other === name);
    out.push(
      ...block(own, 'A', label, {
        base: options.unstable?.get(base) ?? [],
        other: options.unstable?.get(name) ?? [],
      }),
    );
    const compared = own.filter((r) => r.replications >= 2).length;
    counts.push(`${label} − A: ${own.filter((r) => r.significant).length} of ${compared} KPIs`);
  });
  out.push(...wrap('Significant changes: ', counts, WIDTH));
  // The columns are sized for the values a run produces; a line is cut only as a last resort.
  // Scenario and specialty names are the user's: control characters are escaped.
  return out.map((text) => fit(printable(text), WIDTH)).join('\n') + '\n';
}
