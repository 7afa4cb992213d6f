import type { FloorRun } from './floor-run.js';
import type { FloorCanvas } from './floor-canvas.js';
import type { FloorHooks } from './floor-hooks.js';
import type { FloorState } from './floor-state.js';
import { followedPeople } from './draw-owner.js';
import type { Playback } from './playback.js';
import { storyLineText, type StoryLine } from './story.js';

/** What the page shows now, for its hooks. */
export interface PageView {
  readonly run: FloorRun | null;
  readonly followed: number | null;
  readonly playback: Playback;
  readonly canvas: FloorCanvas;
  /** The guide's current step (-1: none) and what it outlines. */
  readonly guideStep: number;
  readonly mark: string | null;
  /** Whether the lesson's what-if is replayed, and what changed for the followed case. */
  readonly whatIf: boolean;
  readonly whatChanged: readonly string[];
  /** The floor at the replayed time and row (moves the replay there). */
  seekNow(run: FloorRun): FloorState;
  /** The followed case's story so far. */
  story(): StoryLine[];
}

/** The read-only hooks of the page for the browser tests and the benchmark (see floor-hooks.ts). */
export function pageHooks(page: PageView): FloorHooks {
  const state = () => (page.run === null ? null : page.seekNow(page.run));
  return {
    get time() {
      return page.playback.at;
    },
    caseCount: 0,
    get followed() {
      return page.followed;
    },
    storyText: () => page.story().map(storyLineText).join('\n'),
    fps: 0,
    dots: 0,
    seatsAway: 0,
    drawMs: 0,
    lesson: '',
    runs: 0,
    get playing() {
      return page.playback.playing;
    },
    caseIds: () => [...(state()?.cases.keys() ?? [])],
    get rowsApplied() {
      return state() === null ? 0 : page.run!.replay.applied;
    },
    caseStatus: (id) => {
      const c = state()?.cases.get(id);
      return c === undefined ? null : { place: c.place, status: c.status };
    },
    dotPosition: (id) => page.canvas.dotPosition(id),
    seatTags: () =>
      (page.run?.layout.seats ?? []).flatMap((s) =>
        s.tag === null ? [] : [{ id: s.id, text: s.tag.text, size: s.tag.size, ...s.tag.rect }],
      ),
    seatRects: () => (page.run?.layout.seats ?? []).map((s) => ({ id: s.id, ...s.rect })),
    highlighted: () => {
      const now = state();
      const layout = page.run?.layout;
      if (now === null || layout === undefined) return [];
      return followedPeople(now, page.followed).map((p) => ({ ...p, name: layout.seat(p.id)?.name ?? p.id }));
    },
    placeArea: (id) => page.run?.layout.place(id)?.area ?? null,
    get guideStep() {
      return page.guideStep;
    },
    get mark() {
      return page.mark;
    },
    get whatIf() {
      return page.whatIf;
    },
    whatChanged: () => [...page.whatChanged],
  };
}
