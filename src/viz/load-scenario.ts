import type { Panel } from './panel.js';
import { invalidForm, issueIsAbout } from './invalid-form.js';
import { readLoadedFiles } from './load-files.js';
import { checkScenario } from './scenario-source.js';
import { uploadedFiles } from './uploaded-files.js';

/** What loading a scenario file needs of the page. */
export interface ScenarioPage {
  /** The scenario shown: its file name and JSON. */
  current(): { readonly name: string; readonly raw: unknown };
  /** Shows the scenario `name` with JSON `raw` in the form, and runs it when `runNow`. */
  setScenario(name: string, raw: unknown, runNow: boolean): void;
  readonly panel: Pick<Panel, 'showProblem' | 'showErrors'>;
}

/**
 * A loaded file replaces the scenario, with the CSV files and the fit's backtest.csv loaded beside
 * it. One that does not validate is shown in the form with its wrong fields marked, to be fixed
 * there (a button goes back to the scenario it replaced), when each of its issues is about a
 * field of the form; else, or when it is not JSON, it replaces nothing and its issues are listed.
 */
export async function loadScenarioFiles(files: readonly File[], page: ScenarioPage): Promise<void> {
  const { panel, setScenario } = page;
  const loaded = await readLoadedFiles(files);
  if ('problem' in loaded) return panel.showProblem(loaded.problem);
  const file = { name: loaded.name };
  const parsed = loaded.raw;
  const before = uploadedFiles.snapshot();
  try {
    uploadedFiles.set(loaded.beside);
  } catch (error) {
    uploadedFiles.restore(before);
    return panel.showProblem(`${(error as Error).message}; the scenario was not changed.`);
  }
  const checked = checkScenario(parsed, `scenarios/${file.name}`);
  if (checked.ok) return setScenario(file.name, parsed, true);
  const fields = invalidForm(parsed, `scenarios/${file.name}`, checked.issues);
  // Opened to be fixed only when every issue has a field to fix it in.
  const fixable = checked.issues.every((i) => fields?.some((f) => issueIsAbout(i.path, f.path)));
  if (!fixable) {
    uploadedFiles.restore(before);
    panel.showErrors(
      checked.issues,
      `${file.name} is not a valid scenario, and not one the form can fix (nothing was replaced); fix these in the file:`,
      { inForm: false },
    );
    return;
  }
  const previous = page.current();
  setScenario(file.name, parsed, false);
  panel.showErrors(
    checked.issues,
    `${file.name} is not a valid scenario; fix the fields marked in red to run it:`,
    {
      undo: {
        label: `Back to ${previous.name.replace(/\.json$/, '')}`,
        action: () => setScenario(previous.name, previous.raw, false),
      },
    },
  );
}
