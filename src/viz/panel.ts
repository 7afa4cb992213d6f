import { plannedStaffing, type Scenario, type ScenarioIssue } from '../sim/index.js';
import { BUNDLED_SCENARIOS } from './bundled.js';
import { fieldText, type FormField, type FormGroup } from './form-field.js';
import { markGroups, renderGroups, renderSurges, type FormHooks } from './form-groups.js';
import { FormWrites, type FieldEdit } from './form-writes.js';
import { issueIsAbout, scenarioForm, type InvalidFormField } from './invalid-form.js';
import { ROLE_NAMES } from './pool-names.js';
import { SURGES_PATH, surgeFields, withNewSurge, withoutSurge } from './surge-rows.js';
import { el } from './dom.js';
import { PLAN_NAME_MAX, type PinnedPlans } from './pinned-plans.js';
import { renderPlanList } from './plan-list.js';

/** What the panel asks the app to do. */
export interface PanelActions {
  chooseScenario(name: string): void;
  /** A scenario file, with the CSV files it names and a fit's backtest.csv when given. */
  loadFiles(files: readonly File[]): void;
  edit(path: string, value: unknown): void;
  run(): void;
  cancel(): void;
  /** Pin the last finished run as a plan named `name` (blank: the default name). */
  pin(name: string): void;
  /** Compare with the pinned plan at `index`. */
  selectPlan(index: number): void;
  /** Unpin the plan at `index`. */
  removePlan(index: number): void;
  downloadScenario(): void;
  downloadKpis(): void;
}

/** The groups open when the page opens: those of the form before it had more. */
const OPEN_AT_FIRST: readonly FormGroup[] = ['Staffing', 'Demand', 'Service targets', 'Run'];

/**
 * The scenario panel: choose or load a scenario, edit it in collapsible groups (staffing,
 * demand, handle times, schedules, escalation, service targets, costs, the run), see derived
 * headcount and cost per week as you type, errors with their field paths, and run, cancel, pin
 * and download.
 */
export class Panel {
  private readonly errors = el('div', { class: 'errors', role: 'alert', 'aria-live': 'assertive' });
  private readonly derived = el('div', { class: 'derived', 'aria-live': 'polite' });
  private readonly fieldsBox = el('div', { class: 'fields' });
  private readonly select = el('select', { id: 'scenario-select' });
  readonly progress = el('progress', {
    id: 'run-progress',
    max: '1',
    value: '0',
    'aria-label': 'Run progress',
  });
  readonly status = el('p', { class: 'status', id: 'run-status', 'aria-live': 'polite' });
  readonly runButton = el('button', { type: 'button', id: 'run' }, 'Run');
  readonly cancelButton = el('button', { type: 'button', id: 'cancel', disabled: '' }, 'Cancel');
  readonly pinButton = el('button', { type: 'button', id: 'pin', disabled: '' }, 'Pin as plan');
  /** The name the next plan is pinned under, shown filled in with a default. */
  private readonly planName = el('input', {
    type: 'text',
    id: 'plan-name',
    maxlength: String(PLAN_NAME_MAX),
    'aria-label': 'Name of the plan to pin',
  });
  /** The default the name field was last filled in with (kept when the reader typed another). */
  private planNameDefault = '';
  private readonly planList = el('div', { id: 'plans', hidden: '' });
  private shownFor = '';
  private readonly openGroups = new Set<FormGroup>(OPEN_AT_FIRST);
  private readonly writes = new FormWrites();
  /** The surges as the form was built with them (its working copy is in `writes`). */
  private surgesAtFirst: readonly unknown[] = [];
  private readonly hooks: FormHooks = {
    isOpen: (group) => this.openGroups.has(group),
    toggled: (group, open) => {
      if (open) this.openGroups.add(group);
      else this.openGroups.delete(group);
    },
    input: (field, text) => this.apply(this.writes.edit(field, text)),
    addSurge: () => this.changeSurges((list) => withNewSurge(list)),
    removeSurge: (index) => this.changeSurges((list) => withoutSurge(list, index)),
  };

  constructor(
    root: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    const chooser = el('div', { class: 'chooser' });
    chooser.append(el('label', { for: 'scenario-select' }, 'Scenario'), this.select);
    for (const name of BUNDLED_SCENARIOS.keys())
      this.select.append(el('option', { value: name }, name.replace(/\.json$/, '')));
    this.select.addEventListener('change', () => actions.chooseScenario(this.select.value));
    const fileLabel = el(
      'label',
      {
        for: 'scenario-file',
        class: 'file',
        title:
          'A scenario JSON file; with it, the CSV files it names and, for a scenario from tiersim fit, its backtest.csv',
      },
      'Load a scenario file (and its CSV files)',
    );
    const file = el('input', {
      type: 'file',
      id: 'scenario-file',
      multiple: '',
      accept: '.json,.csv,application/json,text/csv',
    });
    file.addEventListener('change', () => {
      if (file.files && file.files.length > 0) actions.loadFiles([...file.files]);
      file.value = '';
    });
    chooser.append(fileLabel, file);

    const controls = el('div', { class: 'controls' });
    this.runButton.addEventListener('click', () => actions.run());
    this.cancelButton.addEventListener('click', () => actions.cancel());
    this.pinButton.addEventListener('click', () => this.pin());
    this.planName.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !this.pinButton.disabled) this.pin();
    });
    const pinning = el('span', { class: 'pin-plan' });
    pinning.append(this.planName, this.pinButton);
    controls.append(this.runButton, this.cancelButton, pinning, this.progress, this.status, this.planList);

    const downloads = el('div', { class: 'downloads' });
    const dScenario = el('button', { type: 'button', id: 'download-scenario' }, 'Scenario JSON');
    const dKpis = el('button', { type: 'button', id: 'download-kpis' }, 'KPI CSV');
    dScenario.addEventListener('click', () => actions.downloadScenario());
    dKpis.addEventListener('click', () => actions.downloadKpis());
    downloads.append(el('span', {}, 'Download: '), dScenario, dKpis);

    root.append(chooser, controls, this.errors, this.fieldsBox, this.derived, downloads);
  }

  /** Shows the scenario's name in the chooser (a loaded file is added as an option). */
  setScenarioName(name: string): void {
    if (![...this.select.options].some((o) => o.value === name))
      this.select.append(el('option', { value: name }, name.replace(/\.json$/, '')));
    this.select.value = name;
  }

  /**
   * Rebuilds the fields for a (valid) scenario, whose JSON is `raw` (the file `file`), unless they
   * already show `key`.
   */
  showScenario(scenario: Scenario, key: string, raw: unknown, file: string): void {
    if (this.shownFor === key) return;
    this.showFields(scenarioForm(scenario, raw, file), key);
  }

  /**
   * Rebuilds the fields with the texts given (those of a scenario that does not validate, to be
   * fixed here), unless they already show `key`.
   */
  showFields(fields: readonly InvalidFormField[], key: string): void {
    if (this.shownFor === key) return;
    this.shownFor = key;
    this.writes.clear();
    const surges = fields.find((f) => f.whole?.path === SURGES_PATH)?.whole?.value;
    this.surgesAtFirst = Array.isArray(surges) ? surges : [];
    renderGroups(this.fieldsBox, fields, this.hooks);
  }

  /** No fields: the scenario has none the form could show (see invalidForm). */
  clearFields(): void {
    this.shownFor = '';
    this.fieldsBox.replaceChildren();
  }

  private apply(edit: FieldEdit): void {
    this.actions.edit(edit.path, edit.value);
  }

  /** Adds or removes a surge: its rows are shown again, then the list is written. */
  private changeSurges(change: (list: readonly unknown[]) => unknown[]): void {
    const before = this.writes.current(SURGES_PATH, this.surgesAtFirst);
    const list = change(Array.isArray(before) ? before : []);
    const box = this.fieldsBox.querySelector<HTMLElement>('.surges');
    if (box) {
      const fields = surgeFields(list).map((f: FormField) => ({ ...f, text: fieldText(f) }));
      renderSurges(box, fields, this.hooks);
    }
    this.apply(this.writes.replace(SURGES_PATH, list));
  }

  /**
   * Field-path errors (or none). With `inForm` (default) they are the errors of the scenario the
   * fields show: each field an issue is about is marked invalid (red), and an issue no field is
   * about says it must be fixed in the file. Without it they are another scenario's (a file
   * that was not loaded) and no field is marked. `undo` adds a button after the title.
   */
  showErrors(
    issues: readonly ScenarioIssue[],
    title = 'The scenario is not valid; fix these fields to run it:',
    options: { inForm?: boolean; undo?: { label: string; action: () => void } } = {},
  ): void {
    this.errors.replaceChildren();
    const inputs = [...this.fieldsBox.querySelectorAll<HTMLElement>('[data-path]')];
    inputs.forEach((i) => i.removeAttribute('aria-invalid'));
    if (issues.length === 0) return markGroups(this.fieldsBox);
    this.errors.append(el('p', {}, title));
    if (options.undo) {
      const { label, action } = options.undo;
      const undo = el('button', { type: 'button', id: 'undo-load' }, label);
      undo.addEventListener('click', action);
      this.errors.append(undo);
    }
    const list = el('ul');
    for (const issue of issues) {
      // An issue in a scenario this one extends names that file.
      const where = issue.file === undefined ? '' : `${issue.file}: `;
      const field = issue.path === '' ? '' : `${issue.path}: `;
      const about =
        options.inForm === false || issue.file !== undefined
          ? []
          : inputs.filter((i) => issueIsAbout(issue.path, i.dataset.path ?? ''));
      about.forEach((i) => i.setAttribute('aria-invalid', 'true'));
      const elsewhere = options.inForm !== false && about.length === 0 ? ' (no field for it here)' : '';
      list.append(el('li', {}, `${where}${field}${issue.message}${elsewhere}`));
    }
    this.errors.append(list);
    markGroups(this.fieldsBox);
  }

  /** A problem that is not about a field (unreadable file, bad JSON). */
  showProblem(text: string): void {
    this.errors.replaceChildren(el('p', {}, text));
  }

  /** Derived headcount and cost per week of the scenario as it stands. */
  showDerived(scenario: Scenario): void {
    const roles = plannedStaffing(scenario);
    const table = el('table', { class: 'derived-table' });
    table.append(el('caption', {}, 'Headcount and cost per week (before overtime)'));
    const money = (x: number) => Math.round(x).toLocaleString('en-US');
    for (const r of roles) {
      if (r.headcount === 0) continue;
      const tr = el('tr');
      tr.append(
        el('th', { scope: 'row' }, ROLE_NAMES[r.role] ?? r.role),
        el('td', {}, String(r.headcount)),
        el('td', {}, money(r.costPerWeek)),
      );
      table.append(tr);
    }
    const total = el('tr', { class: 'total' });
    total.append(
      el('th', { scope: 'row' }, 'All roles'),
      el('td', { id: 'derived-headcount' }, String(roles.reduce((a, r) => a + r.headcount, 0))),
      el('td', { id: 'derived-cost' }, money(roles.reduce((a, r) => a + r.costPerWeek, 0))),
    );
    table.append(total);
    this.derived.replaceChildren(table);
  }

  /** No derived staffing: a scenario that was loaded invalid has none to show yet. */
  clearDerived(): void {
    this.derived.replaceChildren();
  }

  setRunning(running: boolean): void {
    this.runButton.disabled = running;
    this.cancelButton.disabled = !running;
  }

  /** Pins under the name typed; the field then offers the next default name (see showPlans). */
  private pin(): void {
    const name = this.planName.value;
    this.planName.value = '';
    this.actions.pin(name);
  }

  /**
   * Shows the pinned plans (the selected one checked), whether a run can be pinned, and the
   * next default name in the name field unless the reader has typed a name of their own.
   */
  showPlans(plans: Pick<PinnedPlans<unknown>, 'all' | 'selectedIndex' | 'nextName'>, canPin: boolean): void {
    const nextName = plans.nextName();
    this.pinButton.disabled = !canPin;
    if (this.planName.value === this.planNameDefault || this.planName.value.trim() === '')
      this.planName.value = nextName;
    this.planNameDefault = nextName;
    renderPlanList(
      this.planList,
      plans.all.map((p) => p.name),
      plans.selectedIndex,
      {
        select: (i) => this.actions.selectPlan(i),
        remove: (i) => this.actions.removePlan(i),
      },
    );
  }
}
