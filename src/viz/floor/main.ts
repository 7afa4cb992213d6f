import { seatPlan, type PoolSeats, type Scenario, type TraceRow } from '../../sim/index.js';
import '../app.css';
import './floor.css';
import { Cancelled, SimulationWorker } from '../worker-bridge.js';
import { caseNowText } from './case-now.js';
import { Controls } from './controls.js';
import { FloorCanvas } from './floor-canvas.js';
import { followedPeople } from './draw-owner.js';
import type { FloorHooks } from './floor-hooks.js';
import type { FloorState } from './floor-state.js';
import { benchScenario, openRun, type FloorRun } from './floor-run.js';
import type { FloorLayout } from './layout-boxes.js';
import { floorLayout } from './layout.js';
import { LESSONS, lessonStart, type Lesson } from './lessons.js';
import { Playback } from './playback.js';
import { buildScene, type Scene } from './scene.js';
import { SidePanel } from './side-panel.js';
import { caseStory, storyLineText, type StoryLine } from './story.js';
import { syntheticTrace } from './synthetic.js';
import { TEACH_SCENARIOS, teachingScenario } from './teach-scenarios.js';

const app = document.getElementById('floor-app')!;
const worker = new SimulationWorker();
const params = new URLSearchParams(location.search);

let run: FloorRun | null = null;
let followed: number | null = null;
/** Dots are still gliding or fading: draw the next frame even if the time did not move. */
let animating = false;
let lastFrameAt = performance.now();
/** When each frame of the last second was drawn, ms. */
const frameTimes: number[] = [];

const controls: Controls = new Controls(
  LESSONS.filter((l) => TEACH_SCENARIOS.has(l.id)),
  {
    play: () => playback.play(),
    pause: () => playback.pause(),
    step: (ofCase) => playback.step(ofCase ? followed : null),
    stepBack: () => playback.stepBack(),
    setSpeed: (v) => (playback.speed = v),
    scrub: (at) => playback.moveTo(at, true),
    chooseLesson: (id) => void loadLesson(id),
  },
);
const playback: Playback = new Playback(controls);
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

const hooks: FloorHooks = {
  get time() {
    return playback.at;
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
    return playback.playing;
  },
  caseIds: () => (run === null ? [] : [...seekNow(run).cases.keys()]),
  get rowsApplied() {
    if (run === null) return 0;
    seekNow(run);
    return run.replay.applied;
  },
  caseStatus: (id) => {
    const c = run === null ? undefined : seekNow(run).cases.get(id);
    return c === undefined ? null : { place: c.place, status: c.status };
  },
  dotPosition: (id) => canvas.dotPosition(id),
  seatTags: () =>
    (run?.layout.seats ?? []).flatMap((s) =>
      s.tag === null ? [] : [{ id: s.id, text: s.tag.text, size: s.tag.size, ...s.tag.rect }],
    ),
  seatRects: () => (run?.layout.seats ?? []).map((s) => ({ id: s.id, ...s.rect })),
  highlighted: () => {
    if (run === null) return [];
    const layout = run.layout;
    return followedPeople(seekNow(run), followed).map((p) => ({
      ...p,
      name: layout.seat(p.id)?.name ?? p.id,
    }));
  },
  placeArea: (id) => run?.layout.place(id)?.area ?? null,
};
window.floor = hooks;

function follow(id: number | null): void {
  followed = id !== null && run !== null && run.replay.rowsOf(id).length > 0 ? id : null;
  controls.setFollowing(followed !== null);
  playback.dirty = true;
}

async function loadLesson(id: string): Promise<void> {
  const lesson = LESSONS.find((l) => l.id === id) ?? LESSONS[0];
  playback.pause();
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
  const opened = openRun(scenario, rows);
  const replay = opened.replay;
  run = { ...opened, layout: relayout(opened.plan) };
  canvas.reset();
  follow(lesson?.follow(replay.rows) ?? null);
  playback.load(replay, startAt ?? (lesson === null ? 0 : lessonStart(lesson, replay.rows, followed)));
  playback.speed = lesson?.speed ?? playback.speed;
  controls.setSpeed(playback.speed);
  controls.setRange(0, replay.endAt);
  controls.setReady(true);
  hooks.runs++;
}

function relayout(plan: PoolSeats[]): FloorLayout {
  const width = Math.max(320, Math.floor(stage.clientWidth));
  const height = Math.max(300, Math.floor(stage.clientHeight));
  const layout = floorLayout(plan, width, height);
  canvas.setLayout(layout, window.devicePixelRatio || 1);
  playback.dirty = true;
  playback.snap = true;
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

/** The floor at the replayed time and row (a step may stop between rows of one minute). */
function seekNow(r: FloorRun): FloorState {
  return r.replay.seek(playback.at, playback.rows ?? undefined);
}

/** How many of the followed case's rows the replay has applied. */
function toldRows(r: FloorRun, id: number): number {
  return r.replay.caseRowsWithin(id, playback.rows ?? r.replay.rowsUpTo(playback.at));
}

/** The followed case's story up to the replayed time and row. */
function currentStory(): StoryLine[] {
  if (run === null || followed === null) return [];
  return caseStory(run.replay.rowsOf(followed), run.floor, {
    told: toldRows(run, followed),
    verdicts: { target: run.targets, now: playback.at },
  });
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
  const now = caseNowText(c, run.floor, {
    queuePosition: scene.queuePosition.get(followed),
    arrivesAt: rows[0]?.at,
    fate: rows.length > 0 && toldRows(run, followed) === rows.length ? run.replay.fateOf(followed) : null,
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
  playback.advance(dt);
  if (!playback.dirty && !animating) return;
  const began = performance.now();
  const state = seekNow(run);
  const scene = buildScene(run.layout, state, followed);
  const replay = run.replay;
  animating = canvas.draw({
    scene,
    state,
    followed,
    now,
    snap: playback.snap,
    // A case still on the floor whose dot is not drawn (counted in a `+N`) has not left.
    fateOf: (id) => (state.cases.has(id) ? null : replay.fateOf(id)),
  });
  if (playback.dirty) {
    controls.setTime(playback.at);
    updateStory(scene);
  }
  playback.dirty = false;
  playback.snap = false;
  hooks.caseCount = state.cases.size;
  hooks.dots = canvas.dotsDrawn;
  hooks.seatsAway = canvas.seatsDrawn.away;
  hooks.drawMs = hooks.drawMs * 0.9 + (performance.now() - began) * 0.1;
}
requestAnimationFrame(frame);

/** `?bench=N`: N made-up cases on the baseline's floor, for the frame-rate benchmark. */
function startBench(cases: number): void {
  const scenario = benchScenario();
  if (scenario === null) return;
  panel.setLesson(
    'Frame-rate benchmark',
    `${cases} made-up cases on the baseline’s floor, moving every 10 to 60 simulated minutes.`,
  );
  start(scenario, syntheticTrace(seatPlan(scenario), cases), null, 60);
  playback.speed = 60;
  controls.setSpeed(playback.speed);
  controls.setLesson('');
  hooks.lesson = 'bench';
}

const bench = Number(params.get('bench'));
if (Number.isInteger(bench) && bench > 0) startBench(bench);
else void loadLesson(params.get('lesson') ?? LESSONS[0].id);
