/** What happened to a case, one row per state change (the `--trace` output and the animation's input). */
export type TraceEventKind =
  | 'arrived'
  | 'queued'
  | 'taken'
  | 'consult'
  | 'customerWait'
  | 'transferred'
  | 'escalated'
  | 'hotfixWait'
  | 'resolved'
  | 'abandoned';

/** One state change of one case. */
export interface TraceRow {
  /** Minutes since the start of the run. */
  readonly at: number;
  readonly caseId: number;
  readonly event: TraceEventKind;
  /** Stage or pool name, e.g. `router`, `se/XADM`, `tl/XADM/t1`. */
  readonly place: string;
  /** Engineer id, or '' when none is involved. */
  readonly engineer: string;
  /** Free text: the reason of an escalation, the severity at arrival... */
  readonly detail: string;
}
