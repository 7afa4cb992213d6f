import { kpiKey, MINUTES_PER_DAY, printable, type KpiRow } from '../sim/index.js';
import type { ReportSummary } from './plan/report.js';
import { num, pct } from './text-format.js';

/** Width the table is laid out for (an 100-column terminal). */
const WIDTH = 100;

type Lookup = (kpi: string, scope: string) => KpiRow | undefined;

/**
 * "mean ± halfWidth" in the KPI's unit: shares as percentages, minutes with one decimal below
 * 1000 (whole minutes above, where a tenth is noise and would widen the column), cases and
 * currency whole.
 */
function withCi(row: KpiRow | undefined): string {
  if (row === undefined) return 'n/a';
  const hw = Number.isFinite(row.halfWidth) ? row.halfWidth : NaN;
  if (row.unit === 'share') return Number.isFinite(hw) ? `${pct(row.mean)} ± ${pct(hw)}` : pct(row.mean);
  const large = Math.max(Math.abs(row.mean), Number.isFinite(hw) ? hw : 0) >= 1000;
  const digits = row.unit === 'currency' || row.unit === 'cases' || large ? 0 : 1;
  return Number.isFinite(hw) ? `${num(row.mean, digits)} ± ${num(hw, digits)}` : num(row.mean, digits);
}

/** `text` cut to `width` characters, marking the cut with an ellipsis. */
function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function minutes(m: number): string {
  if (m % MINUTES_PER_DAY === 0) return `${m / MINUTES_PER_DAY}d`;
  if (m % 60 === 0) return `${m / 60}h`;
  return `${m}m`;
}

/**
 * One row: the first cell left-aligned and cut to its width (long names must not push the
 * numbers out of their columns), the others right-aligned, two spaces apart.
 */
function line(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? fit(c, widths[i]).padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ')
    .trimEnd();
}

/** The readable KPI report of `tiersim run`: SLA pass/fail, cases, tiers, pools and cost. */
export function formatTable(summary: ReportSummary): string {
  const by = new Map(summary.kpis.map((k) => [kpiKey(k.kpi, k.scope), k]));
  const get: Lookup = (kpi, scope) => by.get(kpiKey(kpi, scope));
  const out: string[] = [];
  out.push(summary.scenario);
  out.push(
    `${summary.replications} replication(s) x ${summary.days} days (${summary.warmupDays} warm-up), ` +
      `seed ${summary.seed}; mean ± 95% confidence half-width`,
  );
  out.push('');

  const slaW = [22, 8, 18, 8, 6];
  out.push(line(['First response SLA', 'target', 'attainment', 'goal', ''], slaW));
  for (const s of summary.sla) {
    const scope = `severity:${s.severity}${s.contract === undefined ? '' : `/contract:${s.contract}`}`;
    const row = get('sla.attainment', scope);
    const verdict = Number.isNaN(s.attainment) ? 'n/a' : s.met ? 'PASS' : 'FAIL';
    const label = s.contract === undefined ? `  Sev ${s.severity}` : `  Sev ${s.severity} ${s.contract}`;
    out.push(line([label, minutes(s.targetMinutes), withCi(row), pct(s.goal, 0), verdict], slaW));
  }
  out.push('');

  const caseW = [19, 8, 15, 15, 15, 15];
  out.push(
    line(
      [
        'Cases (minutes)',
        'arrivals',
        'first resp mean',
        'first resp p90',
        'resolution mean',
        'resolution p90',
      ],
      caseW,
    ),
  );
  for (const scope of [
    'all',
    'severity:A',
    'severity:B',
    'severity:C',
    'contract:standard',
    'contract:premier',
    'contract:tier3',
  ]) {
    const arrivals = get('arrivals', scope);
    if (!arrivals || !(arrivals.mean > 0)) continue;
    out.push(
      line(
        [
          `  ${scope}`,
          num(arrivals.mean, 0),
          withCi(get('firstResponse.mean', scope)),
          withCi(get('firstResponse.p90', scope)),
          withCi(get('resolution.mean', scope)),
          withCi(get('resolution.p90', scope)),
        ],
        caseW,
      ),
    );
  }
  out.push('');

  const tierW = [22, 18];
  out.push(line(['Share reaching tier', ''], tierW));
  for (const tier of ['router', 'se', 'pods', 'beta', 'problemControl', 'escalation']) {
    const note = tier === 'escalation' ? '  (reference: under 1% of all cases)' : '';
    out.push(line([`  ${tier}`, withCi(get('reached.share', `tier:${tier}`))], tierW) + note);
  }
  out.push(line(['  router abandonment', withCi(get('abandoned.share', 'pool:router'))], tierW));
  out.push(line(['  escalated by age', withCi(get('escalations', 'reason:age'))], tierW) + '  cases');
  out.push(line(['  hotfixes requested', withCi(get('hotfixes.requested', 'all'))], tierW) + '  cases');
  const open = get('backlog.end', 'all');
  if (open !== undefined) {
    const age = get('backlog.ageP90', 'all');
    const days =
      age === undefined || !Number.isFinite(age.mean) ? '' : `, p90 age ${(age.mean / 1440).toFixed(1)} days`;
    out.push(line(['  open at the end', withCi(open)], tierW) + `  cases${days}`);
  }
  out.push('');

  const poolW = [20, 5, 15, 14, 14, 8, 10];
  out.push(line(['Pool', 'staff', 'utilisation', 'wait mean (m)', 'P(wait)', 'queue', 'overtime'], poolW));
  const pools = summary.kpis.filter((k) => k.kpi === 'utilisation').map((k) => k.scope);
  for (const scope of pools) {
    const visits = get('visits', scope);
    if (!visits || !(visits.mean > 0)) continue;
    out.push(
      line(
        [
          `  ${scope.slice(5)}`,
          num(get('headcount', scope)?.mean ?? NaN, 0),
          withCi(get('utilisation', scope)),
          withCi(get('wait.mean', scope)),
          withCi(get('wait.probability', scope)),
          num(get('queue.mean', scope)?.mean ?? NaN, 2),
          `${num(get('overtime.hoursPerWeek', scope)?.mean ?? NaN, 1)} h/wk`,
        ],
        poolW,
      ),
    );
  }
  out.push('');
  const costW = [22, 22];
  out.push(line(['Cost', ''], costW));
  out.push(line(['  per week', withCi(get('cost.perWeek', 'all'))], costW));
  out.push(line(['  per resolved case', withCi(get('cost.perCase', 'all'))], costW));
  out.push(line(['  headcount', num(get('headcount', 'all')?.mean ?? NaN, 0)], costW));
  // The columns are sized for the values a run produces; a line is cut only as a last resort.
  // The scenario's and specialties' names are the user's: control characters are escaped.
  return out.map((text) => fit(printable(text), WIDTH)).join('\n') + '\n';
}
