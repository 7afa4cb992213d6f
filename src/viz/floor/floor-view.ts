import { caseNowText } from './case-now.js';
import type { Controls } from './controls.js';
import { el } from '../dom.js';
import { FloorCanvas } from './floor-canvas.js';
import type { FloorHooks } from './floor-hooks.js';
import { openRun, type FloorRun, type RunInput } from './floor-run.js';
import type { FloorState } from './floor-state.js';
import { floorLayout } from './layout.js';
import type { Playback } from './playback.js';
import { buildScene, type Scene } from './scene.js';
import type { SidePanel } from './side-panel.js';
import { caseStory, type StoryLine } from './story.js';

/**
 * The floor on screen: the run replayed, the case followed and what the guide outlines, drawn
 * on a canvas that fills `stage` at every animation frame the time moves (or a dot glides), with
 * the clock, the followed case's story and where it stands kept up to date. Clicks follow a case
 * or tell a role's paragraph.
 */
export class FloorView {
  run: FloorRun | null = null;
  followed: number | null = null;
  /** The place or seat id the guide outlines, or null. */
  mark: string | null = null;
  readonly stage = el('div', { class: 'floor-stage' });
  private readonly canvasEl = el('canvas', {
    id: 'floor-canvas',
    role: 'img',
    'aria-label':
      'Floor plan of the support organisation: areas for each role, seats coloured by status, cases as dots',
  });
  readonly canvas = new FloorCanvas(this.canvasEl);
  /** Dots are still gliding or fading: draw the next frame even if the time did not move. */
  private animating = false;
  private lastFrameAt = performance.now();
  /** When each frame of the last second was drawn, ms. */
  private readonly frameTimes: number[] = [];

  constructor(
    private readonly playback: Playback,
    private readonly controls: Controls,
    private readonly panel: SidePanel,
    private readonly hooks: () => FloorHooks,
  ) {
    this.stage.append(this.canvasEl);
    new ResizeObserver(() => this.relayout()).observe(this.stage);
    window
      .matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
      .addEventListener('change', () => this.relayout());
    this.canvasEl.addEventListener('click', (e) => {
      const hit = this.canvas.hitTest(e.offsetX, e.offsetY);
      if (hit?.kind === 'case') this.follow(hit.id);
      else if (hit?.kind === 'role') panel.narrate(hit.role);
    });
    this.canvasEl.addEventListener('mousemove', (e) => {
      const hit = this.canvas.hitTest(e.offsetX, e.offsetY);
      this.canvasEl.style.cursor = hit === null ? 'default' : 'pointer';
      this.canvasEl.title =
        hit === null
          ? ''
          : hit.kind === 'case'
            ? `Case ${hit.id}: click to follow it`
            : `${hit.label}: click for what this role does`;
    });
    requestAnimationFrame(this.frame);
  }

  /** Replays a new run (the dots start afresh); returns its replay's facts. */
  show(input: RunInput): FloorRun {
    this.run = { ...openRun(input), layout: this.layoutFor(input.plan) };
    this.canvas.reset();
    return this.run;
  }

  /** Follows a case of the run (null, or a case not in it: none). */
  follow(id: number | null): void {
    const run = this.run;
    this.followed = id !== null && run !== null && run.replay.rowsOf(id).length > 0 ? id : null;
    this.controls.setFollowing(this.followed !== null);
    this.playback.dirty = true;
    this.onFollow(this.followed);
  }

  /** Called when the followed case changes. */
  onFollow: (id: number | null) => void = () => {};

  /** The floor at the replayed time and row (a step may stop between rows of one minute). */
  seekNow(run: FloorRun): FloorState {
    return run.replay.seek(this.playback.at, this.playback.rows ?? undefined);
  }

  /** The followed case's story up to the replayed time and row, with its verdicts. */
  story(): StoryLine[] {
    const run = this.run;
    if (run === null || this.followed === null) return [];
    return caseStory(run.replay.rowsOf(this.followed), run.floor, {
      told: this.toldRows(run, this.followed),
      verdicts: { target: run.targets, now: this.playback.at },
    });
  }

  /** Lays the floor out again on the stage's size. */
  private relayout(): void {
    if (this.run !== null) this.run.layout = this.layoutFor(this.run.plan);
  }

  /** A plan's layout on the stage's size, given to the canvas (the next frame lands every dot at once). */
  private layoutFor(plan: FloorRun['plan']): FloorRun['layout'] {
    const width = Math.max(320, Math.floor(this.stage.clientWidth));
    const height = Math.max(300, Math.floor(this.stage.clientHeight));
    const layout = floorLayout(plan, width, height);
    this.canvas.setLayout(layout, window.devicePixelRatio || 1);
    this.playback.dirty = true;
    this.playback.snap = true;
    return layout;
  }

  /** How many of case `id`'s rows the replay has applied. */
  private toldRows(run: FloorRun, id: number): number {
    return run.replay.caseRowsWithin(id, this.playback.rows ?? run.replay.rowsUpTo(this.playback.at));
  }

  /** Shows the followed case's story up to now, and where it stands. */
  private updateStory(run: FloorRun, scene: Scene): void {
    const id = this.followed;
    if (id === null) {
      this.panel.setStory(null, [], '');
      return;
    }
    const rows = run.replay.rowsOf(id);
    const now = caseNowText(run.replay.cases.get(id), run.floor, {
      queuePosition: scene.queuePosition.get(id),
      arrivesAt: rows[0]?.at,
      fate: rows.length > 0 && this.toldRows(run, id) === rows.length ? run.replay.fateOf(id) : null,
    });
    this.panel.setStory(id, this.story(), now);
  }

  private readonly frame = (now: number): void => {
    requestAnimationFrame(this.frame);
    const hooks = this.hooks();
    this.frameTimes.push(now);
    while (this.frameTimes.length > 0 && this.frameTimes[0] <= now - 1000) this.frameTimes.shift();
    hooks.fps = this.frameTimes.length;
    // A hidden tab pauses frames: do not leap ahead by the time it was away.
    const dt = Math.min(250, now - this.lastFrameAt);
    this.lastFrameAt = now;
    const run = this.run;
    const playback = this.playback;
    if (run === null) return;
    playback.advance(dt);
    if (!playback.dirty && !this.animating) return;
    const began = performance.now();
    const state = this.seekNow(run);
    const scene = buildScene(run.layout, state, this.followed);
    this.animating = this.canvas.draw({
      scene,
      state,
      followed: this.followed,
      now,
      snap: playback.snap,
      mark: this.mark,
      // A case still on the floor whose dot is not drawn (counted in a `+N`) has not left.
      fateOf: (id) => (state.cases.has(id) ? null : run.replay.fateOf(id)),
    });
    if (playback.dirty) {
      this.controls.setTime(playback.at);
      this.updateStory(run, scene);
    }
    playback.dirty = false;
    playback.snap = false;
    hooks.caseCount = state.cases.size;
    hooks.dots = this.canvas.dotsDrawn;
    hooks.seatsAway = this.canvas.seatsDrawn.away;
    hooks.drawMs = hooks.drawMs * 0.9 + (performance.now() - began) * 0.1;
  };
}
