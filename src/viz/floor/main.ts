import { seatPlan, type Scenario, type TraceRow } from '../../sim/index.js';
import '../app.css';
import './floor.css';
import { Cancelled, SimulationWorker } from '../worker-bridge.js';
import { Controls } from './controls.js';
import { el } from '../dom.js';
import { benchScenario, scenarioInput, type RunInput } from './floor-run.js';
import { FloorView } from './floor-view.js';
import { GuidePanel } from './guide-panel.js';
import { LEAD_IN, LESSONS, lessonStart, type Lesson } from './lessons.js';
import { pageHooks } from './page-hooks.js';
import { Playback } from './playback.js';
import { SidePanel } from './side-panel.js';
import { SourcePicker, type Source } from './source-picker.js';
import { syntheticTrace } from './synthetic.js';
import {
  bundledScenario,
  firstDays,
  SCENARIO_KEYS,
  TEACH_SCENARIOS,
  teachingScenario,
} from './teach-scenarios.js';
import { readTraceCsv } from './trace-file.js';
import { uploadedRun } from './uploaded-run.js';
import { WhatIfRuns } from './what-if-runs.js';

const app = document.getElementById('floor-app')!;
const worker = new SimulationWorker();
const params = new URLSearchParams(location.search);
const lessons = LESSONS.filter((l) => TEACH_SCENARIOS.has(l.id));

/** The lesson replayed, if any, and the step of its guide the trainer is at (-1: none). */
let lesson: Lesson | null = null;
let guideStep = -1;
/** The trace.csv uploaded last, kept to pair it with another scenario. */
let uploaded: { name: string; rows: TraceRow[] } | null = null;

const picker = new SourcePicker(lessons, SCENARIO_KEYS, {
  choose: (source) => void choose(source),
  upload: (file) => void upload(file),
});
const controls: Controls = new Controls({
  play: () => playback.play(),
  pause: () => playback.pause(),
  step: (ofCase) => playback.step(ofCase ? floor.followed : null),
  stepBack: () => playback.stepBack(),
  setSpeed: (v) => (playback.speed = v),
  scrub: (at) => playback.moveTo(at, true),
});
const playback: Playback = new Playback(controls);
const guide = new GuidePanel({ goTo: (i) => goTo(i), whatIf: (on) => void whatIfs.show(on) });
const panel: SidePanel = new SidePanel(
  {
    follow: (id) => {
      floor.follow(id);
      picker.setStatus(floor.followed === id ? '' : `There is no case ${id} in this run.`);
    },
    unfollow: () => floor.follow(null),
    narrate: (role) => panel.narrate(role),
  },
  guide.root,
);
const floor: FloorView = new FloorView(playback, controls, panel, () => hooks);
floor.onFollow = (id) => guide.setWhatIf(whatIfs.on, whatIfs.changed(id));
const whatIfs: WhatIfRuns = new WhatIfRuns({
  simulate: (scenario) => simulate(scenario),
  start: (input) => {
    start(input, lesson, { at: playback.at, followed: floor.followed });
    hooks.lesson = lesson?.id ?? '';
  },
  toggled: (on, busy) => {
    guide.setBusy(busy);
    guide.setWhatIf(on, whatIfs.changed(floor.followed));
    // Say on the toolbar too which day is replayed: the floor looks the same either way.
    if (!busy) picker.setStatus(on && lesson !== null ? `Replaying the what-if: ${lesson.whatIf.label}` : '');
  },
});
const toolbar = el('div', { class: 'floor-controls', role: 'toolbar', 'aria-label': 'Playback' });
toolbar.append(picker.root, controls.root);
const body = el('div', { class: 'floor-body' });
body.append(floor.stage, panel.root);
app.append(toolbar, body);
panel.narrate('router');

const hooks = pageHooks({
  get run() {
    return floor.run;
  },
  get followed() {
    return floor.followed;
  },
  playback,
  canvas: floor.canvas,
  get guideStep() {
    return guideStep;
  },
  get mark() {
    return floor.mark;
  },
  get whatIf() {
    return whatIfs.on;
  },
  get whatChanged() {
    return whatIfs.changed(floor.followed);
  },
  seekNow: (run) => floor.seekNow(run),
  story: () => floor.story(),
});
window.floor = hooks;

/** Simulates a scenario in the worker for its trace; null when cancelled or failed (the status says why). */
async function simulate(scenario: Scenario): Promise<TraceRow[] | null> {
  playback.pause();
  controls.setReady(false);
  hooks.lesson = '';
  picker.setStatus('Simulating…');
  try {
    const results = await worker.run(
      scenario,
      (done, total) => picker.setStatus(`Simulating… ${Math.round((100 * done) / Math.max(1, total))}%`),
      { trace: true },
    );
    picker.setStatus('');
    return results[0]?.trace ?? [];
  } catch (error) {
    if (!(error instanceof Cancelled))
      picker.setStatus(`The run failed: ${String((error as Error).message)}`);
    if (floor.run !== null) controls.setReady(true);
    return null;
  }
}

/** Loads what the picker names. */
async function choose(source: Source): Promise<void> {
  if (source.kind === 'lesson') return loadLesson(source.id);
  if (source.kind === 'scenario') return loadScenario(source.key, source.days);
  // Another scenario for the same trace: the same moment and case on its floor.
  openUpload(source.pairedWith, hooks.lesson === 'upload');
}

async function loadLesson(id: string): Promise<void> {
  const chosen = lessons.find((l) => l.id === id) ?? lessons[0];
  picker.show({ kind: 'lesson', id: chosen.id });
  history.replaceState(null, '', `?lesson=${chosen.id}`);
  const scenario = parsed(() => teachingScenario(chosen.id));
  const rows = scenario === null ? null : await simulate(scenario);
  if (scenario === null || rows === null) return;
  const input = scenarioInput(scenario, rows);
  whatIfs.lesson(chosen, input);
  panel.setLesson(scenario.name, chosen.summary, scenario.description ?? '');
  start(input, chosen);
  hooks.lesson = chosen.id;
}

/** The first `days` of a bundled scenario, simulated here with its own seed. */
async function loadScenario(key: string, days: number): Promise<void> {
  picker.show({ kind: 'scenario', key, days });
  history.replaceState(null, '', `?scenario=${encodeURIComponent(key)}&days=${days}`);
  const scenario = parsed(() => firstDays(bundledScenario(key), days));
  const rows = scenario === null ? null : await simulate(scenario);
  if (scenario === null || rows === null) return;
  whatIfs.lesson(null, null);
  const span = days === 1 ? 'its first day' : `its first ${days} days`;
  panel.setLesson(
    scenario.name,
    `${key}: ${span} from an empty floor on Monday 00:00 (seed ${scenario.seed}). Click a dot to follow its case.`,
    scenario.description ?? '',
  );
  start(scenarioInput(scenario, rows), null);
  hooks.lesson = `scenario:${key}`;
}

/** A scenario, or null with its problems in the status line. */
function parsed(read: () => Scenario): Scenario | null {
  try {
    return read();
  } catch (error) {
    picker.setStatus(String((error as Error).message));
    return null;
  }
}

/** Reads a trace.csv; a file that is not one leaves the floor as it was and says why in one line. */
async function upload(file: File): Promise<void> {
  const read = readTraceCsv(await file.text(), file.name);
  if (!read.ok) {
    picker.setStatus(read.message);
    return;
  }
  uploaded = { name: file.name, rows: read.rows };
  openUpload('', false);
}

/**
 * Replays the uploaded trace on the floor of `pairedWith` (a bundled scenario's key), or of its
 * own ids (''); `keep`: at the same time with the same case followed.
 */
function openUpload(pairedWith: string, keep: boolean): void {
  if (uploaded === null) return;
  playback.pause();
  const opened = uploadedRun(uploaded.name, uploaded.rows, pairedWith);
  picker.show({
    kind: 'upload',
    name: uploaded.name,
    pairedWith: opened.input.scenario === null ? '' : pairedWith,
  });
  picker.setStatus(opened.warning);
  history.replaceState(null, '', location.pathname);
  whatIfs.lesson(null, null);
  panel.setLesson(`Uploaded: ${uploaded.name}`, opened.about);
  start(opened.input, null, keep ? { at: playback.at, followed: floor.followed } : undefined);
  hooks.lesson = 'upload';
}

/**
 * Shows a run: the lesson's case followed and the clock at its start; or, with `keep` (the
 * what-if toggled), the same time, case and guide step.
 */
function start(input: RunInput, shown: Lesson | null, keep?: { at: number; followed: number | null }): void {
  const run = floor.show(input);
  if (keep === undefined) {
    lesson = shown;
    guide.setLesson(shown);
    guideStep = -1;
    floor.mark = null;
  }
  floor.follow(keep !== undefined ? keep.followed : (shown?.follow(run.replay.rows) ?? null));
  const rows = run.replay.rows;
  const firstCall = Math.max(0, (rows.find((r) => r.caseId !== 0)?.at ?? 0) - LEAD_IN);
  const at = keep?.at ?? (shown === null ? firstCall : lessonStart(shown, rows, floor.followed));
  playback.load(run.replay, Math.min(at, run.replay.endAt));
  if (keep === undefined) playback.speed = shown?.speed ?? playback.speed;
  controls.setSpeed(playback.speed);
  controls.setRange(0, run.replay.endAt);
  controls.setReady(true);
  hooks.runs++;
}

/** Moves to step `index` of the lesson's guide: its moment of the followed case, outlining what to point at. */
function goTo(index: number): void {
  const step = lesson?.guide[index];
  const run = floor.run;
  if (run === null || step === undefined) return;
  const ctx = { caseRows: floor.followed === null ? [] : run.replay.rowsOf(floor.followed) };
  const at = step.at(ctx);
  playback.pause();
  if (at !== null) playback.moveTo(at, true);
  floor.mark = step.mark(ctx);
  guideStep = index;
  guide.setStep(index);
  playback.dirty = true;
}

/** `?bench=N`: N made-up cases on the baseline's floor, for the frame-rate benchmark. */
function startBench(cases: number): void {
  const scenario = benchScenario();
  if (scenario === null) return;
  panel.setLesson(
    'Frame-rate benchmark',
    `${cases} made-up cases on the baseline’s floor, moving every 10 to 60 simulated minutes.`,
  );
  guide.setLesson(null);
  picker.show({ kind: 'lesson', id: '' });
  start(scenarioInput(scenario, syntheticTrace(seatPlan(scenario), cases)), null, { at: 60, followed: null });
  playback.speed = 60;
  controls.setSpeed(playback.speed);
  hooks.lesson = 'bench';
}

const bench = Number(params.get('bench'));
const days = Number(params.get('days'));
if (Number.isInteger(bench) && bench > 0) startBench(bench);
else if (params.has('scenario'))
  void loadScenario(params.get('scenario')!, Number.isInteger(days) && days >= 1 && days <= 7 ? days : 1);
else void loadLesson(params.get('lesson') ?? lessons[0].id);
