/**
 * Draws the latest of the values offered to it, paced so that drawing never dominates the page:
 * the first value is drawn at once (on the next task), and after a draw that took `d` ms the next
 * waits at least `max(minGapMs, d × (1 − share) / share)`, so drawing takes at most `share` of the
 * main thread. Values offered meanwhile replace one another: only the newest is drawn.
 */
export class Paced<T> {
  private latest: { readonly value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the next draw may start (`performance.now()` time). */
  private nextAt = 0;

  constructor(
    private readonly draw: (value: T) => void,
    private readonly minGapMs = 200,
    // Drawing shares the cores with the workers: a tenth of the time slows a run by a few percent.
    private readonly share = 0.1,
  ) {}

  /** Draws `value`, now or when the pace allows, unless a newer one comes first. */
  offer(value: T): void {
    this.latest = { value };
    // A draw is due already; it will take the newest value.
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.flush(), Math.max(0, this.nextAt - performance.now()));
  }

  /** Drops the value waiting to be drawn, if any (the run it came from has ended). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.latest = null;
  }

  private flush(): void {
    this.timer = null;
    const latest = this.latest;
    this.latest = null;
    if (latest === null) return;
    const start = performance.now();
    this.draw(latest.value);
    const end = performance.now();
    this.nextAt = end + Math.max(this.minGapMs, ((end - start) * (1 - this.share)) / this.share);
  }
}
