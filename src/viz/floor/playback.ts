import type { Replay } from './replay.js';

/** What the playback tells the controls. */
export interface PlaybackView {
  setPlaying(playing: boolean): void;
}

/**
 * The replayed time and how it moves: playing at a speed, paused, stepped from row to row of the
 * trace (one row at a time, even among rows of the same minute), or moved to a time. Knows when
 * the floor must be drawn again, and whether that is a jump.
 */
export class Playback {
  /** Replayed time, minutes since Monday 00:00. */
  at = 0;
  /**
   * Trace rows applied, when a step stopped between rows of one instant; null: every row up to
   * `at` (playing and scrubbing). Seek the replay with `replay.seek(at, rows ?? undefined)`.
   */
  rows: number | null = null;
  playing = false;
  /** Simulated minutes per real second. */
  speed = 10;
  /** The time moved (or the run changed) since the floor was last drawn. */
  dirty = true;
  /** The next frame lands every dot at once instead of gliding (after scrubbing or a new run). */
  snap = true;
  private replay: Replay | null = null;

  constructor(private readonly view: PlaybackView) {}

  /** A new run, with the clock at `atMinutes`. */
  load(replay: Replay, atMinutes: number): void {
    this.replay = replay;
    this.at = atMinutes;
    this.rows = null;
    this.dirty = true;
    this.snap = true;
  }

  /** Plays from now, or from the start once the run is over. */
  play(): void {
    if (this.replay === null) return;
    if (this.at >= this.replay.endAt) this.moveTo(0, true);
    this.playing = true;
    this.view.setPlaying(true);
  }

  pause(): void {
    this.playing = false;
    this.view.setPlaying(false);
  }

  /** To a time (minutes, kept within the run); a jump lands the dots without gliding. */
  moveTo(atMinutes: number, jump: boolean): void {
    if (this.replay === null) return;
    this.at = Math.min(this.replay.endAt, Math.max(0, atMinutes));
    this.rows = null;
    this.dirty = true;
    this.snap ||= jump;
  }

  /** Rows of the trace applied now. */
  private applied(replay: Replay): number {
    return this.rows ?? replay.rowsUpTo(this.at);
  }

  /**
   * Pauses and applies the next row of the trace: of case `caseId` (with every row before it),
   * or of the whole floor when null. Rows of one minute are stepped through one by one.
   */
  step(caseId: number | null): void {
    if (this.replay === null) return;
    this.pause();
    const applied = this.applied(this.replay);
    const next = caseId !== null ? this.replay.nextRowOfCase(caseId, applied) : this.replay.nextRow(applied);
    if (next === null) return;
    this.at = next.at;
    this.rows = next.applied;
    this.dirty = true;
  }

  /**
   * Pauses and undoes a step: back to just after the last row applied when the clock has moved
   * past it, else to just after the row before it (as a jump).
   */
  stepBack(): void {
    if (this.replay === null) return;
    this.pause();
    const rows = this.replay.rows;
    const applied = this.applied(this.replay);
    if (applied === 0) return;
    const back = this.at > rows[applied - 1].at ? applied : applied - 1;
    this.at = rows[Math.max(0, back - 1)].at;
    this.rows = back;
    this.dirty = true;
    this.snap = true;
  }

  /** Moves a playing clock on by `dtMs` of real time at the speed; pauses at the end of the run. */
  advance(dtMs: number): void {
    if (!this.playing || this.replay === null) return;
    this.at = Math.min(this.replay.endAt, this.at + (this.speed * dtMs) / 1000);
    this.rows = null;
    this.dirty = true;
    if (this.at >= this.replay.endAt) this.pause();
  }
}
