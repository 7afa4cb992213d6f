import { BACKTEST_HEADER, parseBacktestCsv, type BacktestRow } from './views/backtest-data.js';

/**
 * The files a user loaded beside a scenario (its CSV inputs: a fitted scenario's weekly profile
 * and empirical distributions) and the backtest.csv of `tiersim fit`, kept until another
 * scenario is chosen. A browser gives a file's name, not its folder, so a scenario's CSV path is
 * matched by its last segment.
 */
class UploadedFiles {
  private texts = new Map<string, string>();
  /** The backtest loaded with the scenario, or null. */
  backtest: BacktestRow[] | null = null;

  /** What is kept now, to put back with {@link restore} when a load is refused. */
  snapshot(): { texts: Map<string, string>; backtest: BacktestRow[] | null } {
    return { texts: this.texts, backtest: this.backtest };
  }

  restore(s: { texts: Map<string, string>; backtest: BacktestRow[] | null }): void {
    this.texts = s.texts;
    this.backtest = s.backtest;
  }

  /** Forgets every file (another scenario was chosen). */
  clear(): void {
    this.texts = new Map();
    this.backtest = null;
  }

  /** Keeps `files` (name → text) instead of the ones before; a backtest.csv among them is read (errors name the row). */
  set(files: ReadonlyMap<string, string>): void {
    this.clear();
    for (const [name, text] of files) {
      if (text.replace(/^\uFEFF/, '').startsWith(BACKTEST_HEADER)) {
        try {
          this.backtest = parseBacktestCsv(text);
        } catch (error) {
          throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
        }
      } else this.texts.set(name, text);
    }
  }

  /** The text of the loaded file a path written in a scenario names (by its last segment), or undefined. */
  textOf(path: string): string | undefined {
    return this.texts.get(path.split('/').pop() ?? path);
  }

  /** Whether any file was loaded beside the scenario (its backtest.csv counts). */
  get any(): boolean {
    return this.texts.size > 0 || this.backtest !== null;
  }
}

/** The files loaded beside the scenario being edited. */
export const uploadedFiles = new UploadedFiles();
