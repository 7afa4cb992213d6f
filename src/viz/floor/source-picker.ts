import { el } from '../dom.js';
import type { Lesson } from './lessons.js';

/** What is replayed: a lesson, the first days of a bundled scenario, or an uploaded trace.csv. */
export type Source =
  | { readonly kind: 'lesson'; readonly id: string }
  | { readonly kind: 'scenario'; readonly key: string; readonly days: number }
  | { readonly kind: 'upload'; readonly name: string; readonly pairedWith: string };

/** What the picker asks the page to do. */
export interface SourceActions {
  choose(source: Source): void;
  /** A trace.csv was chosen to upload. */
  upload(file: File): void;
}

/** Days a bundled scenario can be simulated for on the floor. */
export const DAY_CHOICES = [1, 2, 3, 5, 7] as const;

/** `<select>` value of a lesson (its id, as in `?lesson=`), a scenario and the uploaded trace. */
const SCENARIO = 'scenario:';
const UPLOADED = 'upload';

/**
 * The first row of the toolbar: Show me (the lessons, then any bundled scenario), the days to
 * simulate a scenario for, a file input for a trace.csv and, once one is uploaded, the scenario
 * to take its seats, shifts and SLA targets from; and the status line.
 */
export class SourcePicker {
  readonly root = el('div', { class: 'row source-row' });
  private readonly showMe = el('select', { id: 'show-me' });
  private readonly days = el('select', { id: 'days' });
  private readonly daysBox = el('span', { class: 'field', hidden: '' });
  private readonly file = el('input', { type: 'file', id: 'upload-trace', accept: '.csv,text/csv' });
  private readonly pair = el('select', { id: 'pair-scenario' });
  private readonly pairBox = el('span', { class: 'field', hidden: '' });
  private readonly uploadedGroup = el('optgroup', { label: 'Uploaded' });
  private readonly status = el('span', { class: 'floor-status', id: 'floor-status', 'aria-live': 'polite' });
  private upload: { name: string } | null = null;

  constructor(lessons: readonly Lesson[], scenarios: readonly string[], actions: SourceActions) {
    const lessonGroup = el('optgroup', { label: 'Lessons' });
    for (const l of lessons) lessonGroup.append(el('option', { value: l.id }, l.title));
    const scenarioGroup = el('optgroup', { label: 'A bundled scenario’s first days' });
    for (const key of scenarios.filter((k) => !k.startsWith('teach/')))
      scenarioGroup.append(el('option', { value: SCENARIO + key }, key));
    this.showMe.append(lessonGroup, scenarioGroup);
    for (const d of DAY_CHOICES)
      this.days.append(el('option', { value: String(d) }, `${d} day${d > 1 ? 's' : ''}`));
    this.pair.append(el('option', { value: '' }, 'the trace alone'));
    for (const key of scenarios) this.pair.append(el('option', { value: key }, key));
    this.daysBox.append(el('label', { for: 'days' }, 'Simulate'), this.days);
    this.pairBox.append(el('label', { for: 'pair-scenario' }, 'Seats and SLA targets from'), this.pair);
    const uploadBox = el('span', { class: 'field' });
    uploadBox.append(el('label', { for: 'upload-trace' }, 'Replay a trace.csv'), this.file);
    const change = () => {
      const s = this.current();
      if (s !== null) actions.choose(s);
    };
    this.showMe.addEventListener('change', change);
    this.days.addEventListener('change', change);
    this.pair.addEventListener('change', change);
    this.file.addEventListener('change', () => {
      const f = this.file.files?.[0];
      if (f !== undefined) actions.upload(f);
      // The same file chosen again after an edit is a new upload.
      this.file.value = '';
    });
    this.root.append(
      el('label', { for: 'show-me' }, 'Show me'),
      this.showMe,
      this.daysBox,
      uploadBox,
      this.pairBox,
    );
    this.root.append(this.status);
  }

  /** The source the controls name now, or null (the uploaded entry before any upload). */
  private current(): Source | null {
    const v = this.showMe.value;
    if (v.startsWith(SCENARIO))
      return { kind: 'scenario', key: v.slice(SCENARIO.length), days: Number(this.days.value) };
    if (v === UPLOADED)
      return this.upload === null
        ? null
        : { kind: 'upload', name: this.upload.name, pairedWith: this.pair.value };
    return { kind: 'lesson', id: v };
  }

  /** Shows a source as chosen (after a load, or from the URL). */
  show(source: Source): void {
    if (source.kind === 'upload') {
      this.upload = { name: source.name };
      this.uploadedGroup.replaceChildren(el('option', { value: UPLOADED }, source.name));
      if (!this.uploadedGroup.isConnected) this.showMe.append(this.uploadedGroup);
      this.pair.value = source.pairedWith;
    }
    this.showMe.value =
      source.kind === 'lesson' ? source.id : source.kind === 'scenario' ? SCENARIO + source.key : UPLOADED;
    if (source.kind === 'scenario') this.days.value = String(source.days);
    this.daysBox.hidden = source.kind !== 'scenario';
    this.pairBox.hidden = source.kind !== 'upload';
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }
}
