import { printable } from '../sim/index.js';

/** Seconds between plain progress lines when stderr is not a terminal. */
export const PLAIN_INTERVAL_SECONDS = 10;

/**
 * Progress on stderr: on a terminal, one redrawn line (bar, done/total, elapsed, ETA); when
 * piped (CI, logs), a plain line every ten seconds, so short runs print nothing; nothing at all
 * with --quiet. Only the CLI reads the wall clock; the simulator never does.
 */
export class Progress {
  private readonly startedAt: number;
  private lastDrawAt = 0;
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly quiet: boolean,
    private readonly clock: () => number = Date.now,
    private readonly unit = 'replications',
  ) {
    this.startedAt = clock();
    this.lastDrawAt = this.startedAt;
  }

  update(done: number, total: number): void {
    if (this.quiet) return;
    const now = this.clock();
    const tty = process.stderr.isTTY === true;
    if (
      tty
        ? now - this.lastDrawAt < 100 && done < total
        : now - this.lastDrawAt < PLAIN_INTERVAL_SECONDS * 1000
    )
      return;
    this.lastDrawAt = now;
    const share = total > 0 ? done / total : 1;
    const elapsed = (now - this.startedAt) / 1000;
    const eta = share > 0 ? elapsed / share - elapsed : NaN;
    const counts = `${Number.isInteger(done) ? done : done.toFixed(1)}/${total} ${this.unit}, ${elapsed.toFixed(0)}s elapsed, ETA ${Number.isFinite(eta) ? eta.toFixed(0) : '?'}s`;
    if (tty) {
      const bar = '#'.repeat(Math.round(share * 20)).padEnd(20, '.');
      process.stderr.write(`\r${`${printable(this.label)} [${bar}] ${counts}`.slice(0, 99).padEnd(99)}`);
      this.drawn = true;
    } else {
      process.stderr.write(`${printable(this.label)}: ${counts}\n`);
    }
  }

  finish(): void {
    if (this.drawn) process.stderr.write('\r' + ' '.repeat(99) + '\r');
    this.drawn = false;
  }
}
