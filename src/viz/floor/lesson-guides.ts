import { at, is, place, when, where, who, type GuideStep } from './lesson-guide.js';

/**
 * The guided script of each lesson, by lesson id: a few steps a trainer clicks through, each
 * moving the replay to a moment of the followed case, outlining what to point at, and giving
 * the question to ask the class.
 */
export const GUIDES: Readonly<Record<string, readonly GuideStep[]>> = {
  'quiet-day': [
    {
      point: 'The arrivals and the router desk',
      ask: 'A call comes in. Who picks it up first, and what do they decide?',
      at: when(is.arrived, -1),
      mark: place('router'),
    },
    {
      point: 'The router who triages the followed case',
      ask: 'What does the router need to know to send it to the right specialty?',
      at: when(is.triaged),
      mark: who(is.triaged),
    },
    {
      point: 'The support engineer who takes it: its owner from now on',
      ask: 'Why does one engineer keep the case to the end, rather than whoever is free?',
      at: when(is.ownedBySe),
      mark: who(is.ownedBySe),
    },
    {
      point: 'The team’s technical lead in a consult (purple seats, dashed line)',
      ask: 'When should an engineer ask the lead, and what does it cost the team?',
      at: when(is.event('consult')),
      mark: who(is.event('consult')),
    },
    {
      point: 'The case waiting on the customer: nobody works on it now',
      ask: 'On a quiet day nobody queues. Where does the case’s time go?',
      at: when(is.event('customerWait')),
      mark: where(is.event('customerWait'), 'se/XADM'),
    },
    {
      point: 'Midnight: the resolved cases, and those still waiting on their customer',
      ask: 'Most cases are still open. Is that a staffing problem?',
      at: at(0, '23:50'),
      mark: place('resolved'),
    },
  ],
  'server-down-pod': [
    {
      point: 'The 3rd-tier pods: senior engineers of every specialty, around the clock',
      ask: 'Which customers call a pod directly, and why?',
      at: when(is.arrived, -20),
      mark: place('pods'),
    },
    {
      point: 'The server-down call arriving',
      ask: 'It skips the routers and the support engineers. What does the customer’s contract buy?',
      at: when(is.arrived),
      mark: place('arrival'),
    },
    {
      point: 'The pod member who takes it',
      ask: 'How long did the customer wait for a first response, against a 30-minute target?',
      at: when(is.takenAt('pods')),
      mark: who(is.takenAt('pods')),
    },
    {
      point: 'The ordinary cases of the same morning, with support engineers',
      ask: 'What would the server-down case have gone through on the ordinary path?',
      at: when(is.takenAt('pods'), 60),
      mark: place('se/XADM'),
    },
    {
      point: 'Resolved by the pod',
      ask: 'Who would have taken it if the pod had no member of its specialty? Try the what-if.',
      at: when(is.event('resolved')),
      mark: place('resolved'),
    },
  ],
  'hard-case-hotfix': [
    {
      point: 'The support engineer who owns case 5',
      ask: 'It is too hard for tier 1. How long should the engineer keep trying before handing it up?',
      at: when(is.ownedBySe),
      mark: who(is.ownedBySe),
    },
    {
      point: 'Case 5 waiting on the customer between sessions',
      ask: 'What is the engineer doing with this time?',
      at: when(is.event('customerWait')),
      mark: place('se/XADM'),
    },
    {
      point: 'Problem Control takes it: the product’s best diagnosticians',
      ask: 'What do they have that the team has not?',
      at: when(is.takenAt('problemControl')),
      mark: place('problemControl'),
    },
    {
      point: 'An escalation engineer: crash dumps, private builds, the source',
      ask: 'Why do fewer than one case in a hundred get this far?',
      at: when(is.takenAt('escalation')),
      mark: place('escalation'),
    },
    {
      point: 'The wait for a hotfix: nobody in support can speed it up',
      ask: 'What should the customer be told while they wait?',
      at: when(is.event('hotfixWait'), 30),
      mark: place('productGroup'),
    },
    {
      point: 'The hotfix closes the case',
      ask: 'Who answers to the customer during that wait: the escalation engineer, the TAM or the product group?',
      at: when(is.event('resolved')),
      mark: place('resolved'),
    },
  ],
  'understaffed-day': [
    {
      point: 'The support teams: 3 engineers of 14 in each',
      ask: 'The calls come in as on any Monday. What happens to the queues?',
      at: at(0, '08:30'),
      mark: place('se/XADM'),
    },
    {
      point: 'The followed case joins its specialty’s queue',
      ask: 'How long until an engineer is free for it?',
      at: when(is.queuedForSe),
      mark: where(is.queuedForSe, 'se/XADM'),
    },
    {
      point: 'It goes up to Problem Control by age, before any engineer has looked at it',
      ask: 'Is Problem Control the right place for a case nobody has diagnosed?',
      at: when(is.escalatedTo('problemControl')),
      mark: place('problemControl'),
    },
    {
      point: 'Tuesday afternoon: Problem Control’s queue of hundreds',
      ask: 'What would you change first: more engineers, longer age limits, or more Problem Control?',
      at: at(1, '16:00'),
      mark: place('problemControl'),
    },
  ],
};
