import { kpisCsv, summarise, type ReplicationResult, type RunSummary, type Scenario } from '../sim/index.js';
import './app.css';
import './page-notes.css';
import { BUNDLED_SCENARIOS } from './bundled.js';
import { download } from './downloads.js';
import { invalidForm, issueIsAbout } from './invalid-form.js';
import { Panel } from './panel.js';
import { redrawOnResize } from './redraw-on-resize.js';
import { renderResults, renderMessage, type ResultsModel } from './results.js';
import { scenarioKey, showResultsState, type ResultsState, type RunProgress } from './results-state.js';
import { scenarioTitle, showScenarioTitle } from './scenario-heading.js';
import { checkScenario, withValue } from './scenario-source.js';
import { readLoadedFiles } from './load-files.js';
import { uploadedFiles } from './uploaded-files.js';
import { showNotice } from './page-notice.js';
import { encodeState, readLink } from './url-state.js';
import { Paced } from './paced.js';
import { pairWithPlan } from './plan-pairing.js';
import { Cancelled, SimulationWorker } from './worker-bridge.js';

/** A finished run: the scenario it ran (and its {@link scenarioKey}), its replications and their summary. */
interface RunRecord {
  readonly name: string;
  readonly key: string;
  readonly scenario: Scenario;
  readonly results: ReplicationResult[];
  readonly summary: RunSummary;
}

/** Hooks for the browser tests (read-only views of the last run). */
declare global {
  interface Window {
    tiersim?: { lastKpisCsv: string; lastRunMs: number; runs: number; firstPartialMs: number };
  }
}

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
let plan: RunRecord | null = null;
/** The run in progress, if any, and how much of it the results show. */
let running: RunProgress | null = null;
/** What the results area shows, to draw again at another width; null while it shows a message. */
let shown: ResultsModel | null = null;
let shownTitle = '';
window.tiersim = { lastKpisCsv: '', lastRunMs: NaN, runs: 0, firstPartialMs: NaN };

const panel = new Panel(panelRoot, {
  chooseScenario: (n) => {
    uploadedFiles.clear();
    setScenario(n, BUNDLED_SCENARIOS.get(n), true);
  },
  loadFiles: (files) => void loadFiles(files),
  edit: (path, value) => {
    raw = withValue(raw, path, value);
    update(false);
  },
  run: () => void run(),
  cancel: () => worker.cancel(),
  pin: () => {
    plan = last;
    panel.setPinned(plan !== null, last !== null);
    if (last) show(last);
  },
  unpin: () => {
    plan = null;
    panel.setPinned(false, last !== null);
    if (last) show(last);
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

/** Validates the edited scenario, updates the URL, the derived staffing and the errors. */
function update(rebuildFields: boolean): void {
  const checked = checkScenario(raw, `scenarios/${name}`);
  history.replaceState(null, '', encodeState({ name, raw }));
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
      : last.key === scenarioKey(name, raw)
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

/**
 * A loaded file replaces the scenario, with the CSV files and the fit's backtest.csv loaded beside
 * it. One that does not validate is shown in the form with its wrong fields marked, to be fixed
 * there (a button goes back to the scenario it replaced), when each of its issues is about a
 * field of the form; else, or when it is not JSON, it replaces nothing and its issues are listed.
 */
async function loadFiles(files: readonly File[]): Promise<void> {
  const loaded = await readLoadedFiles(files);
  if ('problem' in loaded) return panel.showProblem(loaded.problem);
  const file = { name: loaded.name };
  const parsed = loaded.raw;
  const before = uploadedFiles.snapshot();
  try {
    uploadedFiles.set(loaded.beside);
  } catch (error) {
    uploadedFiles.restore(before);
    return panel.showProblem(`${(error as Error).message}; the scenario was not changed.`);
  }
  const checked = checkScenario(parsed, `scenarios/${file.name}`);
  if (checked.ok) return setScenario(file.name, parsed, true);
  const fields = invalidForm(parsed, `scenarios/${file.name}`, checked.issues);
  // Opened to be fixed only when every issue has a field to fix it in.
  const fixable = checked.issues.every((i) => fields?.some((f) => issueIsAbout(i.path, f.path)));
  if (!fixable) {
    uploadedFiles.restore(before);
    panel.showErrors(
      checked.issues,
      `${file.name} is not a valid scenario, and not one the form can fix (nothing was replaced); fix these in the file:`,
      { inForm: false },
    );
    return;
  }
  const previous = { name, raw };
  setScenario(file.name, parsed, false);
  panel.showErrors(
    checked.issues,
    `${file.name} is not a valid scenario; fix the fields marked in red to run it:`,
    {
      undo: {
        label: `Back to ${previous.name.replace(/\.json$/, '')}`,
        action: () => setScenario(previous.name, previous.raw, false),
      },
    },
  );
}

async function run(): Promise<void> {
  if (!valid) return;
  const scenario = valid;
  const ran = { name, key: scenarioKey(name, raw) };
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
    panel.setPinned(plan !== null, true);
    show(last);
  } catch (error) {
    if (error instanceof Cancelled) {
      panel.status.textContent = 'Cancelled. Change something or press Run.';
      // The partial figures of a run that will not finish give way to the last finished run's.
      if (running.shown > 0) showLastOr('Cancelled', 'The run was cancelled: press Run to run it again.');
    } else {
      panel.status.textContent = `The run failed: ${(error as Error).message}`;
      // The figures on screen give way to the failure: nothing is left to be current or stale.
      last = null;
      shown = null;
      renderMessage(resultsRoot, 'The run failed', String((error as Error).message));
    }
  } finally {
    partial.stop();
    running = null;
    showState();
    panel.setRunning(false);
    if (!valid) panel.runButton.disabled = true;
  }
}

/** Shows the last run's results, or when there is none a message. */
function showLastOr(title: string, message: string): void {
  if (last) return show(last);
  shown = null;
  renderMessage(resultsRoot, title, message);
}

/** Results of the last run (or so far of the run in progress), compared with the pinned plan if any. */
function show(current: RunRecord): void {
  shown = {
    summary: current.summary,
    scenario: current.scenario,
    plan: plan?.summary ?? null,
    ...pairWithPlan(plan, current),
    backtest: uploadedFiles.backtest,
  };
  renderResults(resultsRoot, shown);
}

redrawOnResize(resultsRoot, () => {
  if (shown) renderResults(resultsRoot, shown);
});

/**
 * Opens what the link holds: a scenario, or a shipped one by its name. A link that cannot be read,
 * or names a scenario the app does not have, opens the baseline and says so above the page.
 */
function openLink(): void {
  const link = readLink(location.hash);
  if (link.kind === 'scenario') return setScenario(link.name, link.raw, true);
  if (link.kind === 'named') {
    const file = [link.name, `${link.name}.json`].find((n) => BUNDLED_SCENARIOS.has(n));
    if (file) return setScenario(file, BUNDLED_SCENARIOS.get(file), true);
    const known = [...BUNDLED_SCENARIOS.keys()].map((n) => n.replace(/\.json$/, '')).join(', ');
    showNotice(
      noticeRoot,
      `This link names the scenario “${link.name}”, which the app does not have (it has ${known}); the baseline is shown instead.`,
    );
  } else if (link.kind === 'unreadable')
    showNotice(noticeRoot, `This link could not be opened: ${link.problem}. The baseline is shown instead.`);
  setScenario(name, raw, true);
}

openLink();
if (!valid)
  renderMessage(
    resultsRoot,
    'Nothing to show yet',
    document.querySelector('#panel input[data-path]')
      ? 'The scenario in the link is not valid: fix the fields marked in red on the left, then press Run.'
      : 'The scenario in the link is not valid, and the form cannot show it (see the errors on the left): choose a scenario or load a file.',
  );
