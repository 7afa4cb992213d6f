import { csvTable, formatNumber, printable } from '../../sim/index.js';
import { money } from '../text-format.js';
import { formatGoalValue, goalText, type GoalResult } from './goals.js';
import type { OptimizeOutcome, OptimizeResult, StaffingChange } from './optimize.js';

/** Width the table is laid out for (a 100-column terminal). */
const WIDTH = 100;

const OUTCOME: Readonly<Record<OptimizeOutcome, string>> = {
  optimal: 'every goal met; no single removal keeps them met for less',
  unreachable: 'GOALS NOT MET: no single addition brings them closer',
  budget: 'stopped at the evaluation budget: a cheaper staffing may exist',
};

/** First cell left-aligned (cut to its width), the others right-aligned, two spaces apart. */
function line(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) =>
      i === 0
        ? c.length > widths[i]
          ? `${c.slice(0, widths[i] - 1)}…`
          : c.padEnd(widths[i])
        : c.padStart(widths[i]),
    )
    .join('  ')
    .trimEnd();
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * `    people per shift: weekday day 9 -> 12, night 4 -> 1, weekend day 1` (one number where
 * it did not change), wrapped to the table's width.
 */
function shiftLines(p: StaffingChange): string[] {
  const items = (p.shifts ?? []).map((s) =>
    s.before === s.after ? `${s.shift} ${s.after}` : `${s.shift} ${s.before} -> ${s.after}`,
  );
  const lines: string[] = [];
  let text = '    people per shift:';
  items.forEach((item, i) => {
    const next = `${text} ${item}${i < items.length - 1 ? ',' : ''}`;
    if (next.length > WIDTH && text.trim() !== '') {
      lines.push(text);
      text = `      ${item}${i < items.length - 1 ? ',' : ''}`;
    } else text = next;
  });
  return items.length > 0 ? [...lines, text] : [];
}

function valueWithCi(r: GoalResult): string {
  const value = formatGoalValue(r.goal, r.value);
  return Number.isFinite(r.halfWidth) ? `${value} ± ${formatGoalValue(r.goal, r.halfWidth)}` : value;
}

/** The readable report of `tiersim optimize`: headcount per pool before and after, cost, goals. */
export function formatOptimizeTable(result: OptimizeResult): string {
  const s = result.summary;
  const out: string[] = [];
  out.push(`Staffing search: ${s.scenario}`);
  out.push(
    `${s.replications} replication(s) x ${s.days} days (${s.warmupDays} warm-up), seed ${s.seed}; ` +
      'every candidate sees the same cases',
  );
  out.push(
    `${result.evaluations} staffings simulated (${result.replicationsRun} replications): ${OUTCOME[result.outcome]}`,
  );
  out.push('');

  const poolW = [22, 8, 8, 8, 16, 18];
  out.push(line(['Pool', 'before', 'after', 'change', 'cost/wk before', 'cost/wk after'], poolW));
  for (const p of result.staffing) {
    const name = p.unit === 'pods' ? `  ${p.pool} (of ${p.peoplePerUnit})` : `  ${p.pool}`;
    out.push(
      line(
        [
          name,
          String(p.before),
          String(p.after),
          signed(p.after - p.before),
          money(p.costPerWeekBefore),
          money(p.costPerWeek),
        ],
        poolW,
      ),
    );
    out.push(...shiftLines(p));
  }
  const total = Number.isFinite(result.costPerWeekHalfWidth)
    ? `${money(result.costPerWeek)} ± ${money(result.costPerWeekHalfWidth)}`
    : money(result.costPerWeek);
  out.push(line(['  all roles', '', '', '', money(result.costPerWeekBefore), total], poolW));
  if (result.staffing.some((p) => p.role === 'se'))
    out.push("  (an SE specialty's cost includes its TLs and team managers)");
  out.push('');

  const goalW = [44, 10, 18, 6];
  out.push(line(['Goal', 'target', 'mean ± 95% hw', ''], goalW));
  for (const r of result.goals) {
    const g = r.goal;
    out.push(
      line(
        [
          `  ${g.kpi}@${g.scope ?? 'all'}`,
          `${g.op} ${formatGoalValue(g, g.target)}`,
          valueWithCi(r),
          r.met ? 'PASS' : 'FAIL',
        ],
        goalW,
      ),
    );
  }
  // The scenario's and pools' names are the user's: control characters are escaped.
  return (
    out
      .map((text) => printable(text))
      .map((text) => (text.length <= WIDTH ? text : `${text.slice(0, WIDTH - 1)}…`))
      .join('\n') + '\n'
  );
}

/**
 * `optimize.csv`: `kind,name,role,unit,before,after,costPerWeekBefore,costPerWeek,op,target,value,halfWidth,met`;
 * one `pool` row per searched pool (headcounts and cost per week), each followed by one `shift`
 * row per shift if its schedule has several (`name` = `<pool>/<shift>`, people before and
 * after), one `total` row (cost of every role) and one `goal` row per goal (value = mean over
 * replications of the final run).
 */
export function optimizeCsv(result: OptimizeResult): string {
  const header = [
    'kind',
    'name',
    'role',
    'unit',
    'before',
    'after',
    'costPerWeekBefore',
    'costPerWeek',
    'op',
    'target',
    'value',
    'halfWidth',
    'met',
  ];
  const rows: string[][] = [];
  for (const p of result.staffing) {
    rows.push([
      'pool',
      p.pool,
      p.role,
      p.unit,
      String(p.before),
      String(p.after),
      formatNumber(p.costPerWeekBefore),
      formatNumber(p.costPerWeek),
      '',
      '',
      '',
      '',
      '',
    ]);
    for (const shift of p.shifts ?? []) {
      const cells = ['shift', `${p.pool}/${shift.shift}`, p.role, 'people'];
      rows.push([...cells, String(shift.before), String(shift.after), ...Array<string>(7).fill('')]);
    }
  }
  rows.push([
    'total',
    'all',
    '',
    'currency',
    '',
    '',
    formatNumber(result.costPerWeekBefore),
    formatNumber(result.costPerWeek),
    '',
    '',
    '',
    formatNumber(result.costPerWeekHalfWidth),
    '',
  ]);
  for (const r of result.goals) {
    const g = r.goal;
    rows.push([
      'goal',
      goalText(g),
      '',
      '',
      '',
      '',
      '',
      '',
      g.op,
      formatNumber(g.target),
      formatNumber(r.value),
      formatNumber(r.halfWidth),
      String(r.met),
    ]);
  }
  return csvTable(header, rows);
}
