import { csvTable, formatNumber, printable } from '../../sim/index.js';
import { money } from '../text-format.js';
import { ruleText } from './goal-rule.js';
import { formatGoalValue, goalText, type GoalResult } from './goals.js';
import { LIMITS_TEXT, type LimitViolation } from './limits.js';
import type { OptimizeOutcome, OptimizeResult, StaffingChange } from './optimize.js';

/** Width the table is laid out for (a 100-column terminal). */
const WIDTH = 100;

const OUTCOME: Readonly<Record<OptimizeOutcome, string>> = {
  optimal: 'goals and limits met; no removal keeps them met for less',
  unreachable: 'GOALS OR LIMITS NOT MET: no addition brings them closer',
  budget: 'evaluation budget spent: a cheaper staffing may exist',
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

/** `96.2% ± 0.9%`; without a half-width, `96.2% (no bound)` under the bound rule. */
function valueWithCi(r: GoalResult): string {
  const value = formatGoalValue(r.goal, r.value);
  if (Number.isFinite(r.halfWidth)) return `${value} ± ${formatGoalValue(r.goal, r.halfWidth)}`;
  return r.rule === 'bound' && Number.isFinite(r.value) ? `${value} (no bound)` : value;
}

/**
 * Why goals that the mean meets fail at the bound: their intervals are too wide to show it.
 * Three lines naming the first such goal, or none.
 */
function noiseHint(goals: readonly GoalResult[]): string[] {
  const wide = goals.filter((r) => !r.met && r.rule === 'bound' && checkAtMean(r));
  if (wide.length === 0) return [];
  const r = wide[0];
  const more = wide.length > 1 ? ` (and ${wide.length - 1} more)` : '';
  return [
    `  Met at the mean but not at its 95% bound: ${goalText(r.goal)}`,
    `  (${valueWithCi(r)})${more}; more replications (--reps) or days (--days) narrow the interval,`,
    '  and --on mean holds goals at the mean',
  ];
}

/** Whether a goal's mean meets its target. */
function checkAtMean(r: GoalResult): boolean {
  return r.goal.op === '>=' ? r.value >= r.goal.target : r.value <= r.goal.target;
}

/** A broken limit as a failed goal's line: `  utilisation@pool:se/XADM  <= 95.0%  97.2% ± 0.8%  FAIL`. */
function limitCells(l: LimitViolation): string[] {
  const goal = { kpi: l.kpi, scope: `pool:${l.pool}`, op: l.op, target: l.target };
  const value = formatGoalValue(goal, l.value);
  const hw = Number.isFinite(l.halfWidth) ? ` ± ${formatGoalValue(goal, l.halfWidth)}` : '';
  return [`  ${l.kpi}@pool:${l.pool}`, `${l.op} ${formatGoalValue(goal, l.target)}`, `${value}${hw}`, 'FAIL'];
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
  out.push(...noiseHint(result.goals));
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
  const guarded = result.staffing.filter((p) => p.guarded).map((p) => p.pool);
  if (guarded.length > 0) {
    out.push(`  (${guarded.join(', ')}: no goal names them, so they keep at least their people;`);
    out.push('   people are added there only when a pool limit binds; a --goal on them searches both ways)');
  }
  out.push('');

  const goalW = [50, 10, 18, 6];
  out.push(ruleText(result.rule));
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
  out.push('');
  out.push('Limit, whatever the goals');
  if (result.limits.length === 0) out.push(`  ${LIMITS_TEXT}: PASS`);
  for (const l of result.limits) out.push(line(limitCells(l), goalW));
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
 * after), one `total` row (cost of every role), one `rule` row (`name` = `bound` or `mean`: how
 * the goals were judged), one `goal` row per goal (value = mean over replications of the final
 * run; `met` under the rule) and one `limit` row per pool limit the final run breaks (none when
 * every limit is kept).
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
  rows.push(['rule', result.rule, ...Array<string>(11).fill('')]);
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
  for (const l of result.limits) {
    const name = `${l.kpi}@pool:${l.pool}${l.op}${l.target}`;
    const cells = [l.op, formatNumber(l.target), formatNumber(l.value), formatNumber(l.halfWidth), 'false'];
    rows.push(['limit', name, ...Array<string>(6).fill(''), ...cells]);
  }
  return csvTable(header, rows);
}
