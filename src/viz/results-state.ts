/**
 * Whether the results on screen are those of the scenario as it stands: `empty` before the first
 * run (or after a failed one), `current` when the last run used exactly the scenario in the form,
 * `stale` once anything has changed since, and `running` while a run is in progress.
 */
export type ResultsState = 'empty' | 'current' | 'stale' | 'running';

/** What the note above the results says in each state (none when they are current or absent). */
const NOTES: Readonly<Record<ResultsState, string>> = {
  empty: '',
  current: '',
  stale:
    'Out of date: the scenario has changed since these results were computed. Press Run to bring them up to date.',
  running: 'Running… the figures below are from the previous run until it finishes.',
};

/** A run in progress: how many of its replications the figures on screen summarise (0: none yet). */
export interface RunProgress {
  readonly shown: number;
  readonly total: number;
}

/**
 * Marks `results` with its state (`data-state`, and `aria-busy` while running; `data-partial`
 * while it shows the partial figures of the run in progress) and writes the state's note into
 * `note`, hidden when there is nothing to say.
 */
export function showResultsState(
  results: HTMLElement,
  note: HTMLElement,
  state: ResultsState,
  hasResults: boolean,
  progress: RunProgress | null = null,
): void {
  results.dataset.state = state;
  if (state === 'running') results.setAttribute('aria-busy', 'true');
  else results.removeAttribute('aria-busy');
  const partial = state === 'running' && progress !== null && progress.shown > 0;
  if (partial) results.dataset.partial = `${progress.shown}/${progress.total}`;
  else delete results.dataset.partial;
  note.textContent = partial
    ? `Running… partial results: ${progress.shown} of ${progress.total} replications so far; the intervals narrow as more come in.`
    : // A first run has no previous figures to speak of.
      state === 'running' && !hasResults
      ? 'Running…'
      : NOTES[state];
  note.hidden = note.textContent === '';
}

/**
 * The key of a scenario: its name and its JSON, best the scenario as parsed (defaults filled in,
 * CSV files read), so that writing a default out in full, or typing an old value back, leaves
 * the key as it was. Two scenarios with the same key give the same results (the name matters:
 * files it `extends` are found relative to it).
 */
export function scenarioKey(name: string, raw: unknown): string {
  return `${name}\n${JSON.stringify(raw)}`;
}
