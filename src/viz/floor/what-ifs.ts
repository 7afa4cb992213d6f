/**
 * The "what if" of each lesson: one change to its scenario, replayed on the same day. The seed
 * is the lesson's, and tiersim draws each case's arrival and attributes from streams of their
 * own, so the same cases arrive at the same times; only what the change causes differs.
 */
export interface WhatIf {
  /** The toggle's words. */
  readonly label: string;
  /** What to look for, for the class. */
  readonly ask: string;
  /** Merged onto the lesson's scenario file, key by key (as the file's own fields are onto the baseline it extends). */
  readonly patch: Readonly<Record<string, unknown>>;
}

/** A wait of no time, replacing the baseline's distribution (its `mean` cleared). */
const NO_WAIT = { dist: 'constant', value: '0m', mean: null };

/** The what-if of each lesson, by lesson id. */
export const WHAT_IFS: Readonly<Record<string, WhatIf>> = {
  'quiet-day': {
    label: 'What if customers answered at once (no waits on the customer)?',
    ask: 'How much sooner is the followed case resolved, and what is left of its time?',
    patch: { pools: { se: { customerWait: { A: NO_WAIT, B: NO_WAIT, C: NO_WAIT } } } },
  },
  'server-down-pod': {
    label: 'What if the pods had no XADM member?',
    ask: 'Who takes the server-down case now, and how much longer does it take?',
    patch: { pools: { pods: { members: { XADM: 0 } } } },
  },
  'hard-case-hotfix': {
    label: 'What if the hotfix took 3 days instead of 1?',
    ask: 'How long is case 5 open now, and who could make the wait shorter?',
    // Two more days of run, so that the later hotfix lands inside it.
    patch: {
      horizon: { days: 5 },
      escalation: { productGroupDelay: { dist: 'constant', value: '3d', mean: null, sd: null } },
    },
  },
  'understaffed-day': {
    label: 'What if the teams were full (14 engineers each)?',
    ask: 'Is the followed case answered sooner? Does it still go up to Problem Control by age, and why?',
    patch: {
      pools: {
        se: {
          specialties: { XADM: { sesPerTeam: 14 }, XCON: { sesPerTeam: 14 }, XCSI: { sesPerTeam: 14 } },
        },
      },
    },
  },
};
