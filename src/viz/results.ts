import type { ComparisonRow, RunSummary, Scenario } from '../sim/index.js';
import { download } from './downloads.js';
import type { BacktestRow } from './views/backtest-data.js';
import { prepareBacktest } from './views/backtest-data.js';
import { renderBacktest } from './views/backtest-view.js';
import { prepareCdf, renderCdf } from './views/cdf-view.js';
import { prepareChanges, renderChanges } from './views/changes-table.js';
import { prepareKpiCards, renderKpiCards } from './views/kpi-cards.js';
import { prepareSankey, renderSankey } from './views/sankey-view.js';
import { renderTimeseries } from './views/timeseries-view.js';
import { renderTimeOfWeek } from './views/time-of-week-view.js';
import { prepareUtilisation, renderUtilisation } from './views/utilisation-view.js';
import './views/views.css';

/** What the results area shows: the last run, and the selected pinned plan with paired differences. */
export interface ResultsModel {
  readonly summary: RunSummary;
  readonly scenario: Scenario;
  /** The summary of the plan selected to compare with (null: none pinned). */
  readonly plan: RunSummary | null;
  /** The name the selected plan was pinned under (null: none pinned). */
  readonly planName: string | null;
  readonly comparison: ComparisonRow[] | null;
  readonly note: string;
  /** The backtest of a scenario from `tiersim fit`, loaded with it (null: none). */
  readonly backtest: BacktestRow[] | null;
}

/** An empty or error state that says what to do. */
export function renderMessage(root: HTMLElement, title: string, text: string): void {
  const box = document.createElement('div');
  box.className = 'message';
  const h = document.createElement('h2');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  box.append(h, p);
  root.replaceChildren(box);
}

/**
 * A titled section with SVG/PNG download buttons for the charts it holds; `id` names the view
 * (`kpis`, `changes`, `sankey`, ...) as the section's id and its `data-view`.
 */
export function section(root: HTMLElement, id: string, title: string, charts: boolean): HTMLElement {
  const s = document.createElement('section');
  s.className = 'result-section';
  s.id = id;
  s.dataset.view = id;
  const h = document.createElement('h2');
  h.textContent = title;
  if (charts) {
    for (const kind of ['svg', 'png'] as const) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = kind.toUpperCase();
      b.setAttribute('aria-label', `Download ${title} as ${kind.toUpperCase()}`);
      b.addEventListener('click', () => void downloadChart(s, id, kind));
      h.append(b);
    }
  }
  const body = document.createElement('div');
  body.className = 'section-body';
  s.append(h, body);
  root.append(s);
  return body;
}

async function downloadChart(s: HTMLElement, id: string, kind: 'svg' | 'png'): Promise<void> {
  const svg = s.querySelector('svg');
  if (!svg) return;
  const { svgMarkup, pngBlob } = await import('./views/export-chart.js');
  if (kind === 'svg') download(`${id}.svg`, svgMarkup(svg), 'image/svg+xml');
  else download(`${id}.png`, await pngBlob(svg), 'image/png');
}

/** Renders every result view of a run. */
export function renderResults(root: HTMLElement, model: ResultsModel): void {
  root.replaceChildren();
  if (model.note) {
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = model.note;
    root.append(p);
  }
  if (model.summary.warnings.length > 0) {
    // A pool that cannot keep up makes every figure depend on the run length: say so first.
    const banner = document.createElement('div');
    banner.className = 'warnings';
    banner.setAttribute('role', 'alert');
    banner.dataset.view = 'warnings';
    const title = document.createElement('strong');
    title.textContent = 'Warning';
    const list = document.createElement('ul');
    for (const w of model.summary.warnings)
      list.append(Object.assign(document.createElement('li'), { textContent: w }));
    banner.append(title, list);
    root.append(banner);
  }
  const compared = model.plan !== null && model.comparison !== null;
  const planName = model.planName === null ? 'the plan' : `the plan “${model.planName}”`;
  renderKpiCards(
    section(root, 'kpis', compared ? `Key figures: ${planName} → now` : 'Key figures', false),
    prepareKpiCards(model.summary, model.scenario, model.comparison),
  );
  if (compared)
    renderChanges(
      section(
        root,
        'changes',
        `Changes from ${planName} (paired 95% intervals, common random numbers)`,
        false,
      ),
      prepareChanges(model.comparison!),
      { significantOnly, onSignificantOnly: (only) => (significantOnly = only) },
    );
  if (model.backtest !== null)
    renderBacktest(
      section(root, 'backtest', 'Backtest: the history beside the simulation', true),
      prepareBacktest(model.backtest, model.summary.kpis),
    );
  renderSankey(
    section(root, 'sankey', 'Case flow through the tiers (cases per replication after the warm-up)', true),
    prepareSankey(model.summary.flows),
  );
  renderTimeseries(
    section(root, 'timeseries', 'Queue and backlog over time (off-shift hours shaded)', true),
    {
      series: model.summary.series,
      warmupDays: model.summary.warmupDays,
    },
    { pool: selectedPool, onPoolChange: (pool) => (selectedPool = pool) },
  );
  renderTimeOfWeek(
    section(
      root,
      'time-of-week',
      compared
        ? 'Hours of the week: service level and people, now and in the plan'
        : 'Hours of the week: service level and people',
      true,
    ),
    model.summary.timeOfWeek,
    model.plan?.timeOfWeek ?? null,
    { pool: selectedWeekPool, onPoolChange: (pool) => (selectedWeekPool = pool), planName: model.planName },
  );
  renderUtilisation(
    section(root, 'utilisation', 'Utilisation by pool (95% intervals)', true),
    prepareUtilisation(model.summary.kpis),
    model.plan ? { bars: prepareUtilisation(model.plan.kpis), name: model.planName } : null,
  );
  renderCdf(
    section(root, 'cdf', 'First-response time by severity, with the SLA targets', true),
    prepareCdf(model.summary.responseProfile, model.scenario.sla.firstResponse),
    {
      goal: model.scenario.sla.goal,
      plan: model.plan
        ? {
            lines: prepareCdf(model.plan.responseProfile, model.scenario.sla.firstResponse).lines,
            name: model.planName,
          }
        : null,
    },
  );
}

/** The pool the time-series view shows; kept across runs. */
let selectedPool: string | undefined;
/** The pool whose people the time-of-week view shows; kept across runs. */
let selectedWeekPool: string | undefined;
/** Whether the changes table lists the significant changes only; kept across runs. */
let significantOnly = true;
