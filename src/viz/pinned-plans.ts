/** A run pinned as a plan under a name. */
export interface PinnedPlan<T> {
  readonly name: string;
  readonly run: T;
}

/** The longest name a plan keeps (characters); longer ones are cut, as the name field allows no more. */
export const PLAN_NAME_MAX = 60;

/**
 * The plans pinned on the what-if page, in the order they were pinned, and the one the results
 * compare with (the selected plan). Names are unique: pinning under a name already taken adds
 * ` (2)`, ` (3)`... A new plan is selected at once, since pinning one is asking to compare with it.
 */
export class PinnedPlans<T> {
  private plans: PinnedPlan<T>[] = [];
  private selectedAt: number | null = null;

  /** The plans, in the order they were pinned. */
  get all(): readonly PinnedPlan<T>[] {
    return this.plans;
  }

  /** The plan to compare with, or null when none is pinned. */
  get selected(): PinnedPlan<T> | null {
    return this.selectedAt === null ? null : this.plans[this.selectedAt];
  }

  /** The index of the selected plan in {@link all}, or null. */
  get selectedIndex(): number | null {
    return this.selectedAt;
  }

  /** The name a plan gets when none is given: `Plan n`, n the count of plans + 1 unless taken. */
  nextName(): string {
    let n = this.plans.length + 1;
    while (this.taken(`Plan ${n}`)) n++;
    return `Plan ${n}`;
  }

  /**
   * Pins `run` under `name` (trimmed, cut to {@link PLAN_NAME_MAX}; {@link nextName} when blank; made
   * unique) and selects it. Returns the name it got.
   */
  pin(name: string, run: T): string {
    const asked = name.trim().slice(0, PLAN_NAME_MAX) || this.nextName();
    let unique = asked;
    for (let n = 2; this.taken(unique); n++) unique = `${asked} (${n})`;
    this.plans.push({ name: unique, run });
    this.selectedAt = this.plans.length - 1;
    return unique;
  }

  /** Compares with the plan at `index` (an index out of range changes nothing). */
  select(index: number): void {
    if (index >= 0 && index < this.plans.length) this.selectedAt = index;
  }

  /**
   * Unpins the plan at `index`. When it was the selected one, the last plan left is selected
   * (so that a comparison stays on screen while there is a plan), else the selection stays.
   */
  remove(index: number): void {
    if (index < 0 || index >= this.plans.length) return;
    this.plans.splice(index, 1);
    if (this.plans.length === 0) this.selectedAt = null;
    else if (this.selectedAt === index) this.selectedAt = this.plans.length - 1;
    else if (this.selectedAt !== null && this.selectedAt > index) this.selectedAt--;
  }

  private taken(name: string): boolean {
    return this.plans.some((p) => p.name === name);
  }
}
