import type { DataProblem } from './case-history.js';

/** Examples kept for each kind of problem (the first ones met, in file order). */
export const PROBLEM_EXAMPLES_MAX = 5;

/** Longest value quoted in an example (`row 17: "31/2/2016 25:00"`). */
const QUOTED_MAX = 40;

/**
 * The data problems met while reading a history, counted by kind with their first examples;
 * each kind has one decision, given by the first report of it.
 */
export class ProblemLog {
  private readonly kinds = new Map<string, { count: number; examples: string[]; decision: string }>();

  /** Counts `count` more of `kind` (one row or case), keeping `example` among the first few. */
  add(kind: string, example: string, decision: string, count = 1): void {
    let entry = this.kinds.get(kind);
    if (entry === undefined) {
      entry = { count: 0, examples: [], decision };
      this.kinds.set(kind, entry);
    }
    entry.count += count;
    if (entry.examples.length < PROBLEM_EXAMPLES_MAX) entry.examples.push(example);
  }

  /** How many of `kind` were counted (0 when none). */
  count(kind: string): number {
    return this.kinds.get(kind)?.count ?? 0;
  }

  /** Every kind met, in the order first met. */
  list(): DataProblem[] {
    return [...this.kinds].map(([kind, { count, examples, decision }]) => ({
      kind,
      count,
      examples,
      decision,
    }));
  }
}

/** `row 17` (1-based row of the file, the header is row 1), with the value at fault when given. */
export function rowExample(line: number, value?: string): string {
  if (value === undefined) return `row ${line}`;
  const shown = value.length > QUOTED_MAX ? `${value.slice(0, QUOTED_MAX - 3)}...` : value;
  return `row ${line}: ${JSON.stringify(shown)}`;
}
