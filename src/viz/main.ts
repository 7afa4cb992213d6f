import { kpisCsv, summarise, type ReplicationResult, type Scenario } from '../sim/index.js';
import './app.css';
import './page-notes.css';
import { BUNDLED_SCENARIOS } from './bundled.js';
import { download } from './downloads.js';
import { invalidForm } from './invalid-form.js';
import { Panel } from './panel.js';
import { redrawOnResize } from './redraw-on-resize.js';
import { renderResults, renderMessage, type ResultsModel } from './results.js';
import { scenarioKey, showResultsState, type ResultsState, type RunProgress } from './results-state.js';
import { scenarioTitle, showScenarioTitle } from './scenario-heading.js';
import { checkScenario, withValue } from './scenario-source.js';
import { loadScenarioFiles } from './load-scenario.js';
import { uploadedFiles } from './uploaded-files.js';
import { showNotice } from './page-notice.js';
import { encodeState } from './url-state.js';
import { Paced } from './paced.js';
import { pairWithPlan } from './plan-pairing.js';
import { PinnedPlans } from './pinned-plans.js';
import { encodePlans, type PlanLink, type PlansInLink } from './plan-link.js';
import { whatToOpen } from './open-link.js';
import type { RunRecord } from './run-record.js';
import { restorePlans } from './plan-restore.js';
import { checkPlan } from './plan-check.js';
import { Cancelled, SimulationWorker } from './worker-bridge.js';

const panelRoot = document.getElementById('panel')!;
const resultsArea = document.getElementById('results')!;
const resultsRoot = document.getElementById('results-views')!;
const stateNote = document.getElementById('results-state')!;
const titleRoot = document.getElementById('scenario-title')!;
const noticeRoot = document.getElementById('page-notice')!;
const worker = new SimulationWorker();

let name = 'baseline.json';
let raw: unknown = BUNDLED_SCENARIOS.get(name);
let valid: Scenario | null = null;
let last: RunRecord | null = null;
const plans = new PinnedPlans<RunRecord>();
/** The run in progress, if any, and how much of it the results show. */
let running: RunProgress | null = null;
/** Counts runs started: a run is the latest while no other has started since. */
let latestRun = 0;
/** While a link's plans run again, the URL keeps them (a reload then still has them). */
let restoring = false;
/** What the results area shows, to draw again at another width; null while it shows a message. */
let shown: ResultsModel | null = null;
let shownTitle = '';
window.tiersim = { lastKpisCsv: '', lastRunMs: NaN, runs: 0, firstPartialMs: NaN };

const panel = new Panel(panelRoot, {
  chooseScenario: (n) => {
    uploadedFiles.clear();
    setScenario(n, BUNDLED_SCENARIOS.get(n), true);
  },
  loadFiles: (files) =>
    void loadScenarioFiles(files, {
      current: () => ({ name, raw }),
      setScenario,
      panel,
    }),
  edit: (path, value) => {
    raw = withValue(raw, path, value);
    update(false);
  },
  run: () => void run(),
  cancel: () => worker.cancel(),
  pin: (planName) => {
    if (last) plans.pin(planName, last);
    plansChanged();
  },
  selectPlan: (index) => {
    plans.select(index);
    plansChanged();
  },
  removePlan: (index) => {
    plans.remove(index);
    plansChanged();
  },
  downloadScenario: () =>
    download(
      name.endsWith('.json') ? name : `${name}.json`,
      JSON.stringify(raw, null, 2) + '\n',
      'application/json',
    ),
  downloadKpis: () => {
    if (last) download('kpis.csv', kpisCsv(last.summary), 'text/csv');
  },
});

/** Shows the pinned plans, writes them into the URL and compares the results with the selected one. */
function plansChanged(): void {
  showPlans();
  writeLink();
  if (last) show(last);
}

function showPlans(): void {
  panel.showPlans(plans, last !== null);
}

/** Writes the scenario and the pinned plans into the URL (not while a link's plans run again). */
function writeLink(): void {
  if (restoring) return;
  const links = plans.all.map((p) => ({ name: p.name, scenarioName: p.run.name, raw: p.run.raw }));
  history.replaceState(null, '', encodeState({ name, raw }) + encodePlans(links, plans.selectedIndex));
}

/** Validates the edited scenario, updates the URL, the derived staffing and the errors. */
function update(rebuildFields: boolean): void {
  const checked = checkScenario(raw, `scenarios/${name}`);
  writeLink();
  if (checked.ok) {
    valid = checked.scenario;
    panel.showErrors([]);
    if (rebuildFields)
      panel.showScenario(checked.scenario, `${name}#${Date.now()}`, raw, `scenarios/${name}`);
    panel.showDerived(checked.scenario);
    panel.runButton.disabled = false;
  } else {
    valid = null;
    if (rebuildFields) {
      // A scenario that does not validate is shown to be fixed in the form when it can be.
      const fields = invalidForm(raw, `scenarios/${name}`, checked.issues);
      if (fields) panel.showFields(fields, `${name}#${Date.now()}`);
      else panel.clearFields();
      // The staffing of the scenario shown before is not this one's.
      panel.clearDerived();
    }
    panel.showErrors(checked.issues);
    panel.runButton.disabled = true;
  }
  const title = scenarioTitle(name, valid, raw);
  // Only when it changes: redrawing on every keystroke would fold an unfolded description.
  if (JSON.stringify(title) !== shownTitle) showScenarioTitle(titleRoot, title);
  shownTitle = JSON.stringify(title);
  showState();
}

/** Marks the results as running, or as current or stale by whether the scenario changed since they ran. */
function showState(): void {
  const state: ResultsState = running
    ? 'running'
    : last === null
      ? 'empty'
      : last.key === scenarioKey(name, valid ?? raw)
        ? 'current'
        : 'stale';
  showResultsState(resultsArea, stateNote, state, last !== null, running);
}

function setScenario(n: string, r: unknown, runNow: boolean): void {
  name = n;
  raw = r;
  panel.setScenarioName(n);
  update(true);
  if (runNow && valid) void run();
}

async function run(): Promise<void> {
  if (!valid) return;
  const runId = ++latestRun;
  const scenario = valid;
  const ran = { name, key: scenarioKey(name, scenario), raw };
  const started = performance.now();
  let firstPartialMs = NaN;
  running = { shown: 0, total: scenario.replications };
  showState();
  // What is done so far, drawn as it comes in (paced: drawing must not slow the run).
  const partial = new Paced((results: ReplicationResult[]) => {
    show({ ...ran, scenario, results, summary: summarise(scenario, results) });
    if (Number.isNaN(firstPartialMs)) firstPartialMs = performance.now() - started;
    running = { shown: results.length, total: scenario.replications };
    showState();
  });
  panel.setRunning(true);
  panel.progress.value = 0;
  panel.status.textContent = `Running ${scenario.replications} replication(s) of ${scenario.horizon.days} days...`;
  try {
    const results = await worker.run(scenario, (done, total) => (panel.progress.value = done / total), {
      onReplication: (done) => partial.offer(done),
    });
    const summary = summarise(scenario, results);
    last = { ...ran, scenario, results, summary };
    const ms = performance.now() - started;
    const runs = (window.tiersim?.runs ?? 0) + 1;
    window.tiersim = { lastKpisCsv: kpisCsv(summary), lastRunMs: ms, runs, firstPartialMs };
    panel.progress.value = 1;
    panel.status.textContent = `Done in ${(ms / 1000).toFixed(1)} s: ${scenario.replications} replication(s) x ${scenario.horizon.days} days, seed ${scenario.seed}.`;
    showPlans();
    show(last);
  } catch (error) {
    // A run ended by a newer one (which cancels it) leaves the page to that one.
    if (runId !== latestRun) return;
    if (error instanceof Cancelled) {
      panel.status.textContent = 'Cancelled. Change something or press Run.';
      // The partial figures of a run that will not finish give way to the last finished run's.
      if (running.shown > 0) showLastOr('Cancelled', 'The run was cancelled: press Run to run it again.');
    } else {
      panel.status.textContent = `The run failed: ${(error as Error).message}`;
      // The figures on screen give way to the failure: nothing is left to be current or stale.
      last = null;
      shown = null;
      showPlans();
      renderMessage(resultsRoot, 'The run failed', String((error as Error).message));
    }
  } finally {
    partial.stop();
    endRun(runId);
  }
}

/** Marks the page idle after run `runId`, unless a newer run has started (its start ended this one). */
function endRun(runId: number): void {
  if (runId !== latestRun) return;
  running = null;
  showState();
  panel.setRunning(false);
  if (!valid) panel.runButton.disabled = true;
}

/** Shows the last run's results, or when there is none a message. */
function showLastOr(title: string, message: string): void {
  if (last) return show(last);
  shown = null;
  renderMessage(resultsRoot, title, message);
}

/** Results of the last run (or so far of the run in progress), compared with the selected plan if any. */
function show(current: RunRecord): void {
  const plan = plans.selected;
  shown = {
    summary: current.summary,
    scenario: current.scenario,
    plan: plan?.run.summary ?? null,
    planName: plan?.name ?? null,
    ...pairWithPlan(plan?.run ?? null, current),
    backtest: uploadedFiles.backtest,
  };
  renderResults(resultsRoot, shown);
}

redrawOnResize(resultsRoot, () => {
  if (shown) renderResults(resultsRoot, shown);
});

/** Opens a scenario with the plans a link holds: they run again and are pinned, then it runs. */
function openWithPlans(n: string, r: unknown, inLink: PlansInLink): void {
  if (inLink.plans.length === 0 && inLink.problems.length === 0) return setScenario(n, r, true);
  restoring = true;
  setScenario(n, r, false);
  void pinAgain(inLink);
}

async function pinAgain(inLink: PlansInLink): Promise<void> {
  const restored = await restorePlans(inLink, { prepare: checkPlan, run: runPlan });
  restoring = false;
  for (const p of restored.plans) plans.pin(p.name, p.run);
  if (restored.selected !== null) plans.select(restored.selected);
  if (restored.problems.length > 0)
    showNotice(noticeRoot, `Some plans in this link were left out: ${restored.problems.join('; ')}.`);
  showPlans();
  writeLink();
  // Cancelled: by the Cancel button (say so), or by a newer run (which goes on).
  if (restored.cancelled && running === null)
    panel.status.textContent = 'Cancelled. Press Run to run the scenario.';
  if (!restored.cancelled && valid) void run();
}

/** Runs a link's plan again (as a run of the page, but not counted nor shown as the results). */
async function runPlan(plan: PlanLink, scenario: Scenario, index: number, count: number): Promise<RunRecord> {
  const runId = ++latestRun;
  running = { shown: 0, total: scenario.replications };
  showState();
  panel.setRunning(true);
  panel.progress.value = 0;
  panel.status.textContent = `Running the plan “${plan.name}” again (${index + 1} of ${count})...`;
  try {
    const results = await worker.run(scenario, (done, total) => (panel.progress.value = done / total));
    const key = scenarioKey(plan.scenarioName, scenario);
    const summary = summarise(scenario, results);
    return { name: plan.scenarioName, key, raw: plan.raw, scenario, results, summary };
  } finally {
    endRun(runId);
  }
}

showPlans();
const opening = whatToOpen(location.hash, BUNDLED_SCENARIOS, { name, raw });
if (opening.notice !== null) showNotice(noticeRoot, opening.notice);
openWithPlans(opening.name, opening.raw, opening.plans);
if (!valid)
  renderMessage(
    resultsRoot,
    'Nothing to show yet',
    document.querySelector('#panel input[data-path]')
      ? 'The scenario in the link is not valid: fix the fields marked in red on the left, then press Run.'
      : 'The scenario in the link is not valid, and the form cannot show it (see the errors on the left): choose a scenario or load a file.',
  );
