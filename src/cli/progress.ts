/**
 * Progress on stderr: a redrawn line on a terminal, nothing otherwise (so piped and CI output
 * stays clean). Only the CLI reads the wall clock; the simulator never does.
 */
export class Progress {
  private readonly startedAt = Date.now();
  private lastDrawAt = 0;
  private drawn = false;

  constructor(
    private readonly label: string,
    private readonly quiet: boolean,
  ) {}

  update(done: number, total: number): void {
    if (this.quiet || !process.stderr.isTTY) return;
    const now = Date.now();
    if (now - this.lastDrawAt < 100 && done < total) return;
    this.lastDrawAt = now;
    const share = total > 0 ? done / total : 1;
    const elapsed = (now - this.startedAt) / 1000;
    const eta = share > 0 ? elapsed / share - elapsed : NaN;
    const bar = '#'.repeat(Math.round(share * 20)).padEnd(20, '.');
    const text = `${this.label} [${bar}] ${done.toFixed(1)}/${total} replications, ${elapsed.toFixed(0)}s elapsed, ETA ${Number.isFinite(eta) ? eta.toFixed(0) : '?'}s`;
    process.stderr.write(`\r${text.slice(0, 99).padEnd(99)}`);
    this.drawn = true;
  }

  finish(): void {
    if (this.drawn) process.stderr.write('\r' + ' '.repeat(99) + '\r');
  }
}
