/**
 * Time-average of a piecewise-constant level such as a queue length or the number of busy
 * servers, in constant memory. Times are simulated minutes; the level is in the caller's unit
 * (cases, servers). The integral is kept exactly as a running sum of level × duration.
 *
 * Times passed to `set`, `add`, `mean`, `area` and `reset` must not go back before the last
 * update; a RangeError says so rather than silently producing a negative area.
 */
export class TimeWeighted {
  private startedAt: number;
  private lastAt: number;
  private current: number;
  // Integral of the level from startedAt to lastAt (level × minutes).
  private integral = 0;
  private highest: number;

  /**
   * @param startAt time the observation starts, minutes (default 0)
   * @param level level holding from `startAt` on (default 0)
   */
  constructor(startAt = 0, level = 0) {
    this.startedAt = startAt;
    this.lastAt = startAt;
    this.current = level;
    this.highest = level;
  }

  /** The level changes to `level` at time `at` (minutes). */
  set(at: number, level: number): void {
    const elapsed = at - this.lastAt;
    if (elapsed < 0) throw new RangeError(`TimeWeighted: time went back from ${this.lastAt} to ${at}`);
    this.integral += this.current * elapsed;
    this.lastAt = at;
    this.current = level;
    if (level > this.highest) this.highest = level;
  }

  /** The level changes by `delta` at time `at` (minutes), e.g. +1 when a case joins a queue. */
  add(at: number, delta: number): void {
    this.set(at, this.current + delta);
  }

  /** The current level. */
  get level(): number {
    return this.current;
  }

  /** Highest level held since the last reset (the level at the reset included). */
  get max(): number {
    return this.highest;
  }

  /** Start of the current observation window (construction or last reset), minutes. */
  get startAt(): number {
    return this.startedAt;
  }

  /** Integral of the level from the last reset to `untilAt` (level × minutes). */
  area(untilAt: number): number {
    const elapsed = untilAt - this.lastAt;
    if (elapsed < 0)
      throw new RangeError(`TimeWeighted: asked for ${untilAt}, before the last update at ${this.lastAt}`);
    return this.integral + this.current * elapsed;
  }

  /** Time-average level from the last reset to `untilAt`; NaN for an empty window. */
  mean(untilAt: number): number {
    const span = untilAt - this.startedAt;
    return span > 0 ? this.area(untilAt) / span : NaN;
  }

  /**
   * Restarts the integral at `at` (minutes) keeping the current level: used at the end of the
   * warm-up, so the average covers only the steady part of the run.
   */
  reset(at: number): void {
    if (at < this.lastAt)
      throw new RangeError(`TimeWeighted: reset at ${at}, before the last update at ${this.lastAt}`);
    this.startedAt = at;
    this.lastAt = at;
    this.integral = 0;
    this.highest = this.current;
  }
}
