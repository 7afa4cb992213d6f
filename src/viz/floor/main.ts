import { seatPlan, type PoolSeats, type Scenario, type TraceRow } from '../../sim/index.js';
import '../app.css';
import './floor.css';
import { BUNDLED_SCENARIOS } from '../bundled.js';
import { checkScenario } from '../scenario-source.js';
import { Cancelled, SimulationWorker } from '../worker-bridge.js';
import { caseNowText } from './case-now.js';
import { Controls } from './controls.js';
import { FloorCanvas } from './floor-canvas.js';
import { floorLayout, type FloorLayout } from './layout.js';
import { LESSONS, lessonStart, type Lesson } from './lessons.js';
import { Replay } from './replay.js';
import { buildScene, type Scene } from './scene.js';
import { SidePanel } from './side-panel.js';
import { caseStory, storyLineText, type StoryLine } from './story.js';
import { syntheticTrace } from './synthetic.js';
import { TEACH_SCENARIOS, teachingScenario } from './teach-scenarios.js';

/** Hooks for the browser tests and the frame-rate benchmark (read-only views of the page). */
export interface FloorHooks {
  /** Replayed time, minutes since Monday 00:00. */
  time: number;
  /** Cases on the floor now. */
  caseCount: number;
  followed: number | null;
  /** The followed case's story so far, one line per row (`Mon 09:12 — arrived: ...`). */
  storyText(): string;
  /** Frames drawn in the last second. */
  fps: number;
  /** Dots drawn by the last frame. */
  dots: number;
  /** Seats drawn as away (training, meetings) by the last frame: on shift, between cases, away. */
  seatsAway: number;
  /** Mean time to replay and draw a frame, ms. */
  drawMs: number;
  /** The lesson loaded ('' while a run is on its way, `bench` for the benchmark load). */
  lesson: string;
  /** Runs loaded so far. */
  runs: number;
  playing: boolean;
  /** Ids of the cases on the floor now. */
  caseIds(): number[];
  /** Where a case's dot is drawn, CSS px from the canvas's top left, or null. */
  dotPosition(id: number): { x: number; y: number } | null;
  /** A place's area on the canvas (`router`, `se/XADM`, `problemControl`...), CSS px, or null. */
  placeArea(id: string): { x: number; y: number; w: number; h: number } | null;
}

declare global {
  interface Window {
    floor?: FloorHooks;
  }
}

/** A loaded run: its scenario, seats, replay and current layout. */
interface Loaded {
  readonly scenario: Scenario;
  readonly plan: PoolSeats[];
  readonly replay: Replay;
  layout: FloorLayout;
}

const app = document.getElementById('floor-app')!;
const worker = new SimulationWorker();
const params = new URLSearchParams(location.search);

let run: Loaded | null = null;
let t = 0;
let playing = false;
let speed = 10;
let followed: number | null = null;
let dirty = true;
let snap = true;
let animating = false;
let lastFrameAt = performance.now();
const frameTimes: number[] = [];

const hooks: FloorHooks = {
  get time() {
    return t;
  },
  caseCount: 0,
  get followed() {
    return followed;
  },
  storyText: () => currentStory().map(storyLineText).join('\n'),
  fps: 0,
  dots: 0,
  seatsAway: 0,
  drawMs: 0,
  lesson: '',
  runs: 0,
  get playing() {
    return playing;
  },
  caseIds: () => (run === null ? [] : [...run.replay.seek(t).cases.keys()]),
  dotPosition: (id) => canvas.dotPosition(id),
  placeArea: (id) => run?.layout.place(id)?.area ?? null,
};
window.floor = hooks;

const controls = new Controls(
  LESSONS.filter((l) => TEACH_SCENARIOS.has(l.id)),
  {
    play,
    pause,
    step: (ofCase) => {
      if (run === null) return;
      pause();
      const next =
        ofCase && followed !== null ? run.replay.nextEventOfCase(followed, t) : run.replay.nextEventAt(t);
      if (next !== null) moveTo(next, false);
    },
    stepBack: () => {
      if (run === null) return;
      pause();
      const previous = run.replay.previousEventAt(t);
      if (previous !== null) moveTo(previous, true);
    },
    setSpeed: (v) => (speed = v),
    scrub: (at) => moveTo(at, true),
    chooseLesson: (id) => void loadLesson(id),
  },
);
const panel = new SidePanel({
  follow: (id) => {
    follow(id);
    controls.setStatus(followed === id ? '' : `There is no case ${id} in this run.`);
  },
  unfollow: () => follow(null),
  narrate: (role) => panel.narrate(role),
});
const stage = document.createElement('div');
stage.className = 'floor-stage';
const canvasEl = document.createElement('canvas');
canvasEl.id = 'floor-canvas';
canvasEl.setAttribute('role', 'img');
canvasEl.setAttribute(
  'aria-label',
  'Floor plan of the support organisation: areas for each role, seats coloured by status, cases as dots',
);
stage.append(canvasEl);
const body = document.createElement('div');
body.className = 'floor-body';
body.append(stage, panel.root);
app.append(controls.root, body);
const canvas = new FloorCanvas(canvasEl);
panel.narrate('router');

function play(): void {
  if (run === null) return;
  if (t >= run.replay.endAt) moveTo(0, true);
  playing = true;
  controls.setPlaying(true);
}

function pause(): void {
  playing = false;
  controls.setPlaying(false);
}

function moveTo(at: number, jump: boolean): void {
  if (run === null) return;
  t = Math.min(run.replay.endAt, Math.max(0, at));
  dirty = true;
  snap ||= jump;
}

function follow(id: number | null): void {
  followed = id !== null && run !== null && run.replay.rowsOf(id).length > 0 ? id : null;
  controls.setFollowing(followed !== null);
  dirty = true;
}

async function loadLesson(id: string): Promise<void> {
  const lesson = LESSONS.find((l) => l.id === id) ?? LESSONS[0];
  pause();
  controls.setLesson(lesson.id);
  controls.setReady(false);
  hooks.lesson = '';
  history.replaceState(null, '', `?lesson=${lesson.id}`);
  let scenario: Scenario;
  try {
    scenario = teachingScenario(lesson.id);
  } catch (error) {
    controls.setStatus(String((error as Error).message));
    return;
  }
  panel.setLesson(scenario.name, scenario.description ?? lesson.title);
  controls.setStatus('Simulating…');
  try {
    const results = await worker.run(
      scenario,
      (done, total) => controls.setStatus(`Simulating… ${Math.round((100 * done) / Math.max(1, total))}%`),
      { trace: true },
    );
    start(scenario, results[0]?.trace ?? [], lesson);
    controls.setStatus('');
    hooks.lesson = lesson.id;
  } catch (error) {
    if (!(error instanceof Cancelled))
      controls.setStatus(`The run failed: ${String((error as Error).message)}`);
  }
}

/** Shows a run: a fresh replay and layout, the lesson's case followed, the clock at its start. */
function start(scenario: Scenario, rows: readonly TraceRow[], lesson: Lesson | null, startAt?: number): void {
  const plan = seatPlan(scenario);
  const replay = new Replay(
    rows,
    plan.flatMap((p) => p.seats),
    { specialties: scenario.specialties, endAt: scenario.horizon.days * 1440 },
  );
  run = { scenario, plan, replay, layout: relayout(plan) };
  canvas.reset();
  follow(lesson?.follow(replay.rows) ?? null);
  t = startAt ?? (lesson === null ? 0 : lessonStart(lesson, replay.rows, followed));
  speed = lesson?.speed ?? speed;
  controls.setSpeed(speed);
  controls.setRange(0, replay.endAt);
  controls.setReady(true);
  dirty = true;
  snap = true;
  hooks.runs++;
}

function relayout(plan: PoolSeats[]): FloorLayout {
  const width = Math.max(320, Math.floor(stage.clientWidth));
  const height = Math.max(300, Math.floor(stage.clientHeight));
  const layout = floorLayout(plan, width, height);
  canvas.setLayout(layout, window.devicePixelRatio || 1);
  dirty = true;
  snap = true;
  return layout;
}

new ResizeObserver(() => {
  if (run !== null) run.layout = relayout(run.plan);
}).observe(stage);
window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
  if (run !== null) run.layout = relayout(run.plan);
});

canvasEl.addEventListener('click', (e) => {
  const hit = canvas.hitTest(e.offsetX, e.offsetY);
  if (hit?.kind === 'case') follow(hit.id);
  else if (hit?.kind === 'role') panel.narrate(hit.role);
});
canvasEl.addEventListener('mousemove', (e) => {
  const hit = canvas.hitTest(e.offsetX, e.offsetY);
  canvasEl.style.cursor = hit === null ? 'default' : 'pointer';
  canvasEl.title =
    hit === null
      ? ''
      : hit.kind === 'case'
        ? `Case ${hit.id}: click to follow it`
        : `${hit.label}: click for what this role does`;
});

/** The followed case's story up to the replayed time. */
function currentStory(): StoryLine[] {
  if (run === null || followed === null) return [];
  return caseStory(run.replay.rowsOf(followed), { upTo: t, specialties: run.scenario.specialties });
}

/** Shows the followed case's story up to now, and where it stands. */
function updateStory(scene: Scene): void {
  if (run === null) return;
  if (followed === null) {
    panel.setStory(null, [], '');
    return;
  }
  const rows = run.replay.rowsOf(followed);
  const lines = currentStory();
  const c = run.replay.cases.get(followed);
  const now = caseNowText(c, {
    queuePosition: scene.queuePosition.get(followed),
    arrivesAt: rows[0]?.at,
    fate: rows.length > 0 && rows[rows.length - 1].at <= t ? run.replay.fateOf(followed) : null,
  });
  panel.setStory(followed, lines, now);
}

function frame(now: number): void {
  requestAnimationFrame(frame);
  frameTimes.push(now);
  while (frameTimes.length > 0 && frameTimes[0] <= now - 1000) frameTimes.shift();
  hooks.fps = frameTimes.length;
  // A hidden tab pauses frames: do not leap ahead by the time it was away.
  const dt = Math.min(250, now - lastFrameAt);
  lastFrameAt = now;
  if (run === null) return;
  if (playing) {
    t = Math.min(run.replay.endAt, t + (speed * dt) / 1000);
    dirty = true;
    if (t >= run.replay.endAt) pause();
  }
  if (!dirty && !animating) return;
  const began = performance.now();
  const state = run.replay.seek(t);
  const scene = buildScene(run.layout, state);
  const replay = run.replay;
  animating = canvas.draw({ scene, state, followed, now, snap, fateOf: (id) => replay.fateOf(id) });
  if (dirty) {
    controls.setTime(t);
    updateStory(scene);
  }
  dirty = false;
  snap = false;
  hooks.caseCount = state.cases.size;
  hooks.dots = canvas.dotsDrawn;
  hooks.seatsAway = canvas.seatsDrawn.away;
  hooks.drawMs = hooks.drawMs * 0.9 + (performance.now() - began) * 0.1;
}
requestAnimationFrame(frame);

// `?bench=N`: N made-up cases on the baseline's floor, for the frame-rate benchmark; else a lesson.
const bench = Number(params.get('bench'));
if (Number.isInteger(bench) && bench > 0) {
  const checked = checkScenario(BUNDLED_SCENARIOS.get('baseline.json'), 'baseline.json');
  if (checked.ok) {
    const scenario = {
      ...checked.scenario,
      horizon: { ...checked.scenario.horizon, days: 1, warmupDays: 0 },
      replications: 1,
    };
    panel.setLesson(
      'Frame-rate benchmark',
      `${bench} made-up cases on the baseline’s floor, moving every 10 to 60 simulated minutes.`,
    );
    start(scenario, syntheticTrace(seatPlan(scenario), bench), null, 60);
    speed = 60;
    controls.setSpeed(speed);
    controls.setLesson('');
    hooks.lesson = 'bench';
  }
} else {
  void loadLesson(params.get('lesson') ?? LESSONS[0].id);
}
