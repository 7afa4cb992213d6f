/**
 * Names of the stages a case moves between (rows and columns of the flow counts, nodes of the
 * Sankey). SE specialties are one stage each.
 */
export function stageNames(specialties: readonly string[]): string[] {
  return [
    'arrival',
    'router',
    ...specialties.map((s) => `se/${s}`),
    'pods',
    'beta',
    'problemControl',
    'escalation',
    'productGroup',
    'resolved',
    'abandoned',
  ];
}

/** Stage indices for a given list of specialties. */
export class StageIndex {
  readonly names: string[];
  readonly arrival = 0;
  readonly router = 1;
  readonly pods: number;
  readonly beta: number;
  readonly problemControl: number;
  readonly escalation: number;
  readonly productGroup: number;
  readonly resolved: number;
  readonly abandoned: number;

  constructor(specialties: readonly string[]) {
    this.names = stageNames(specialties);
    const n = specialties.length;
    this.pods = 2 + n;
    this.beta = 3 + n;
    this.problemControl = 4 + n;
    this.escalation = 5 + n;
    this.productGroup = 6 + n;
    this.resolved = 7 + n;
    this.abandoned = 8 + n;
  }

  /** Stage of the SE queue of specialty `index`. */
  se(index: number): number {
    return 2 + index;
  }

  isSe(stage: number): boolean {
    return stage >= 2 && stage < this.pods;
  }
}
