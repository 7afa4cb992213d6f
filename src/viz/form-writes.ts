import { fieldValue, type FormField } from './form-field.js';
import { withInner } from './json-path.js';

/** One change to the scenario JSON, for the app's edit(path, value). */
export interface FieldEdit {
  readonly path: string;
  readonly value: unknown;
}

/**
 * What the form's inputs write into the scenario. A field alone is written at its path; a field
 * that is part of a whole value (a distribution, a list: see WholeValue) writes that whole value
 * with the field's new text in it, as edited so far by this form (every field of a distribution
 * or list adds to one working copy, kept until the form is built again).
 */
export class FormWrites {
  private readonly wholes = new Map<string, unknown>();

  /** The edit for `field` now holding `text`. */
  edit(field: FormField, text: string): FieldEdit {
    const value = fieldValue(field.kind, text, field.none);
    const whole = field.whole;
    if (whole === undefined) return { path: field.path, value };
    const next = withInner(this.current(whole.path, whole.value), whole.at, value);
    this.wholes.set(whole.path, next);
    return { path: whole.path, value: next };
  }

  /** The whole value at `path` as edited so far, else `initial` (as the scenario has it). */
  current(path: string, initial: unknown): unknown {
    return this.wholes.has(path) ? this.wholes.get(path) : initial;
  }

  /** The edit that replaces the whole value at `path` (a list with a row added or removed). */
  replace(path: string, value: unknown): FieldEdit {
    this.wholes.set(path, value);
    return { path, value };
  }

  /** Forgets every working copy: the form shows another scenario. */
  clear(): void {
    this.wholes.clear();
  }
}
