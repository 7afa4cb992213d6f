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
  /** Trace rows applied now (a step applies one more, even within a minute). */
  readonly rowsApplied: number;
  /** Where a case on the floor is and what it is doing now, or null when it is not on the floor. */
  caseStatus(id: number): { place: string; status: string } | null;
  /** Where a case's dot is drawn, CSS px from the canvas's top left, or null. */
  dotPosition(id: number): { x: number; y: number } | null;
  /** The tags written below the seats (CSS px, font size px); none when the seats are too small for tags. */
  seatTags(): Array<{ id: string; text: string; size: number; x: number; y: number; w: number; h: number }>;
  /** Seat rects, CSS px. */
  seatRects(): Array<{ id: string; x: number; y: number; w: number; h: number }>;
  /** The people highlighted for the followed case: its owner, and whoever works on it if someone else. */
  highlighted(): Array<{ id: string; role: 'owner' | 'working'; atSeat: boolean; name: string }>;
  /** The guide's current step (-1: none). */
  readonly guideStep: number;
  /** The place or seat id the guide outlines, or null. */
  readonly mark: string | null;
  /** Whether the lesson's what-if is being replayed. */
  readonly whatIf: boolean;
  /** What changed for the followed case in the what-if, one line each (empty when off). */
  whatChanged(): string[];
  /** A place's area on the canvas (`router`, `se/XADM`, `problemControl`...), CSS px, or null. */
  placeArea(id: string): { x: number; y: number; w: number; h: number } | null;
}

declare global {
  interface Window {
    floor?: FloorHooks;
  }
}
