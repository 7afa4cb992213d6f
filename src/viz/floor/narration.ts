/** The roles a trainer can click on the floor plan. */
export type RoleKey =
  | 'router'
  | 'se'
  | 'tl'
  | 'teamManager'
  | 'pods'
  | 'beta'
  | 'problemControl'
  | 'escalation'
  | 'escalationManager'
  | 'tam'
  | 'productGroup';

/** A role's name and what it does, in a few sentences a trainer can read out. */
export interface Narration {
  readonly title: string;
  readonly text: string;
}

/**
 * What each role does, in our own words (after the role descriptions of the seed texts), and
 * how it shows on the floor plan.
 */
export const NARRATION: Readonly<Record<RoleKey, Narration>> = {
  router: {
    title: 'Technical router',
    text:
      'Every standard and premier call lands here first. The router checks who the customer is and what the ' +
      'problem looks like, then sends the case to the specialty that fits. About one call in ten never goes ' +
      'further: the fix is already published, the customer belongs elsewhere, or the question is out of scope. ' +
      'Callers who wait too long for a router hang up.',
  },
  se: {
    title: 'Support engineer (SE)',
    text:
      'The first truly technical person on a case. SEs sit in specialty teams (here XADM, XCON, XCSI) and the ' +
      'one who picks a case up owns it to the end: a first session on the phone, then research between waits ' +
      'on the customer. When the usual tools and the knowledge base give no direction, or the case stays open ' +
      'too long, the SE hands it up to Problem Control. Between cases SEs also spend time away from the queue, ' +
      'in training, meetings and mentoring: their seats turn light blue with a white bar while they are away.',
  },
  tl: {
    title: 'Technical lead (TL)',
    text:
      'One per team of about fourteen SEs: the person an SE turns to with a hard question. A consult ties up ' +
      'both of them for a while (the purple seats). TLs also steer how the team works and what it needs to learn, ' +
      'together with the other leads of the specialty.',
  },
  teamManager: {
    title: 'Team manager',
    text:
      'Looks after a team of about fourteen SEs and its technical lead. The manager keeps the team on its service ' +
      'goals, clears what blocks the engineers, and checks that customers are content with how their cases move. ' +
      'Managers take no cases themselves, so they have no seat colour here.',
  },
  pods: {
    title: '3rd-tier pod',
    text:
      'Customers with a 3rd-tier contract call a pod directly, skipping the router. A pod is four senior ' +
      'engineers of technical-lead level, one per specialty and two for XADM, and it takes the server-down ' +
      'cases first. After half an hour any member may take a case outside their own specialty, working it more ' +
      'slowly. What the pod cannot solve goes up to escalation services.',
  },
  beta: {
    title: 'Beta support engineer',
    text:
      'SEs working on a product before it is released: they help its early adopters, write the training the ' +
      'other SEs will need at launch, and push fixes into the product from what they see. Beta cases come to ' +
      'them directly; the hard ones go up to Problem Control.',
  },
  problemControl: {
    title: 'Problem Control SE',
    text:
      'Part of escalation services: the engineers who know the product best, with advanced diagnostics, for ' +
      'problems nobody has a known answer to or that need closer handling. They have no phone shifts and can ' +
      'spend hours on one case. Cases arrive here because they are too hard for tier 1 or have been open past ' +
      'the escalation limit; the hardest go on to an escalation engineer.',
  },
  escalation: {
    title: 'Escalation engineer (EE)',
    text:
      'The last line of support, around the clock. EEs debug rather than look things up: crash dumps, ' +
      'instrumented private builds, reading the source. They also carry the most politically delicate cases, ' +
      'coach other engineers and run proactive reviews, so part of their time is away from the queue (the light ' +
      'blue seats with a white bar). Fewer than ' +
      'one case in a hundred gets this far, and some of those need a hotfix from the product group.',
  },
  escalationManager: {
    title: 'Escalation manager',
    text:
      'Runs the escalation process for a product and manages Problem Control SEs or escalation engineers. ' +
      'Politically sensitive cases (marked with a black flag on their dot) draw an escalation manager in, and ' +
      'they jump every queue on the floor. The model counts the managers’ time on those cases, but the trace ' +
      'does not record it, so their seats here show only their shifts and their time away (training, meetings).',
  },
  tam: {
    title: 'Technical account manager (TAM)',
    text:
      'Every premier customer (a dot with a ring) has a TAM, who looks after up to ten accounts. The TAM is the ' +
      'customer’s way into support: follows each of their open cases, brings them proactive advice and ' +
      'pushes an escalation when it is needed. Premier cases reach escalation services sooner. As with escalation ' +
      'managers, their time on cases is in the numbers of the what-if page but not in the trace, so their seats show ' +
      'only their shifts and their time away (training, meetings).',
  },
  productGroup: {
    title: 'Product group',
    text:
      'The people who build the product. When an escalation engineer proves a bug, the case waits here until a ' +
      'hotfix is released, often for days; nobody in support can speed it up, which is why these dots sit still ' +
      'while the rest of the floor moves.',
  },
};
