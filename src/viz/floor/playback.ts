import type { Replay } from './replay.js';

/** What the playback tells the controls. */
export interface PlaybackView {
  setPlaying(playing: boolean): void;
}

/**
 * The replayed time and how it moves: playing at a speed, paused, stepped from event to event,
 * or moved to a time. Knows when the floor must be drawn again, and whether that is a jump.
 */
export class Playback {
  /** Replayed time, minutes since Monday 00:00. */
  at = 0;
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
    this.dirty = true;
    this.snap ||= jump;
  }

  /** Pauses and moves to the next event: of case `caseId`, or of the whole floor when null. */
  step(caseId: number | null): void {
    if (this.replay === null) return;
    this.pause();
    const next =
      caseId !== null ? this.replay.nextEventOfCase(caseId, this.at) : this.replay.nextEventAt(this.at);
    if (next !== null) this.moveTo(next, false);
  }

  /** Pauses and jumps back to the previous event. */
  stepBack(): void {
    if (this.replay === null) return;
    this.pause();
    const previous = this.replay.previousEventAt(this.at);
    if (previous !== null) this.moveTo(previous, true);
  }

  /** Moves a playing clock on by `dtMs` of real time at the speed; pauses at the end of the run. */
  advance(dtMs: number): void {
    if (!this.playing || this.replay === null) return;
    this.at = Math.min(this.replay.endAt, this.at + (this.speed * dtMs) / 1000);
    this.dirty = true;
    if (this.at >= this.replay.endAt) this.pause();
  }
}
