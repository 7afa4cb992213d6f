/**
 * KPIs in words, for managers: `utilisation` of `pool:se/XADM` reads “Utilisation, XADM SEs
 * (share)”. Each KPI belongs to one of four groups, in which the changes table lists it. The
 * codes (`kpis.csv`'s names, MODEL.md) stay what scripts use; these words are for reading only.
 */
import { ROLE_NAMES, STAFFED_POOLS } from '../pool-names.js';

/** The groups of KPIs, in the order the page lists them. */
export const KPI_GROUPS = ['service', 'ladder', 'pools', 'cost'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];

/** The heading of each group. */
export const GROUP_HEADINGS: Readonly<Record<KpiGroup, string>> = {
  service: 'Service: response, resolution, waits, backlog',
  ladder: 'Ladder: tiers reached, escalations, hotfixes',
  pools: 'Pools: utilisation, queues, hours, headcount',
  cost: 'Cost',
};

/** A KPI as a reader sees it: its name in words with its unit, its group, and its code. */
export interface KpiWords {
  /** “Utilisation, XADM SEs (share)”, “Mean wait for routers”. */
  readonly label: string;
  readonly group: KpiGroup;
  /** The key scripts use, `kpi|scope` as in `data-kpi` (`wait.mean|pool:router`). */
  readonly code: string;
}

interface Wording {
  readonly words: string;
  readonly group: KpiGroup;
  /** What joins the words and the scope's words (default `, `): `Mean wait for` + ` ` + `routers`. */
  readonly join?: string;
}

const FOR = { join: ' ' } as const;

/** Every KPI of the catalogue (kpi-catalogue.ts), in words. */
const WORDINGS: Readonly<Record<string, Wording>> = {
  arrivals: { words: 'Cases arriving', group: 'service' },
  resolved: { words: 'Cases resolved', group: 'service' },
  'firstResponse.mean': { words: 'Mean first response', group: 'service' },
  'firstResponse.p50': { words: 'Median first response', group: 'service' },
  'firstResponse.p90': { words: '90th percentile of first response', group: 'service' },
  'firstResponse.p99': { words: '99th percentile of first response', group: 'service' },
  'sla.attainment': { words: 'First response in time', group: 'service' },
  'resolution.mean': { words: 'Mean time to resolve', group: 'service' },
  'resolution.p50': { words: 'Median time to resolve', group: 'service' },
  'resolution.p90': { words: '90th percentile of time to resolve', group: 'service' },
  'resolution.p99': { words: '99th percentile of time to resolve', group: 'service' },
  'resolutionSla.attainment': { words: 'Resolved in time', group: 'service' },
  'wait.mean': { words: 'Mean wait for', group: 'service', ...FOR },
  'wait.probability': { words: 'Visits that waited for', group: 'service', ...FOR },
  'queueTime.mean': { words: 'Mean time in the queue (hang-ups included) for', group: 'service', ...FOR },
  'abandoned.share': { words: 'Callers who hung up waiting for', group: 'service', ...FOR },
  'callback.share': { words: 'Callers who hung up and called back', group: 'service' },
  'backlog.mean': { words: 'Mean open cases', group: 'service' },
  'backlog.start': { words: 'Open cases when the warm-up ended', group: 'service' },
  'backlog.end': { words: 'Open cases at the end', group: 'service' },
  'backlog.growth': { words: 'Growth of open cases', group: 'service' },
  'backlog.ageP90': { words: '90th percentile age of open cases at the end', group: 'service' },
  'reached.share': { words: 'Cases reaching', group: 'ladder', ...FOR },
  visits: { words: 'Visits to', group: 'ladder', ...FOR },
  escalations: { words: 'Escalations', group: 'ladder', ...FOR },
  'hotfixes.requested': { words: 'Hotfixes requested', group: 'ladder' },
  utilisation: { words: 'Utilisation', group: 'pools' },
  'queue.mean': { words: 'Mean queue length', group: 'pools' },
  'overtime.hoursPerWeek': { words: 'Overtime per week', group: 'pools' },
  'available.hoursPerWeek': { words: 'Hours available for cases per week', group: 'pools' },
  'busy.hoursPerWeek': { words: 'Hours busy with cases per week', group: 'pools' },
  'little.relativeGap': { words: 'Little’s law check (relative gap)', group: 'pools' },
  headcount: { words: 'Headcount', group: 'pools' },
  'onDuty.mean': { words: 'Mean people on duty', group: 'pools' },
  'cost.perWeek': { words: 'Labour cost per week', group: 'cost' },
  'cost.perCase': { words: 'Labour cost per resolved case', group: 'cost' },
};

/**
 * How each unit is written after a KPI's name. Durations and money go unnamed: the page writes
 * each duration in a unit of its own size (`40 s`, `1.3 d`), which “(minutes)” would contradict,
 * and a cost's words say what it is.
 */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  minutes: '',
  share: 'share',
  cases: 'cases',
  hours: 'hours',
  people: 'people',
  currency: '',
};

const POOL_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(STAFFED_POOLS),
  tl: ROLE_NAMES.tl,
};

const REASONS: Readonly<Record<string, string>> = {
  difficulty: 'because the case needed a higher tier',
  age: 'because the case was open too long',
};

const PERIODS: Readonly<Record<string, string>> = {
  business: 'business hours',
  'after-hours': 'after hours',
};

/**
 * A name as it reads inside a sentence: `Routers` → `routers`, but `Problem Control` and `TAMs`
 * (a proper name, an acronym) stay as they are.
 */
export function inSentence(name: string): string {
  const words = name.split(' ');
  const capitals = (w: string) => (w.match(/[A-Z]/g) ?? []).length;
  const proper = capitals(words[0]) > 1 || words.slice(1).some((w) => /^[A-Z][a-z]/.test(w));
  return proper ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** `pool:se/XADM` → `XADM SEs`; `pool:router` → `routers`; an unknown pool by its code. */
function poolWords(pool: string): string {
  const [name, specialty] = pool.split('/');
  if (name === 'se' && specialty !== undefined) return `${specialty} SEs`;
  const known = POOL_NAMES[name];
  return known === undefined ? pool : inSentence(known);
}

/** One part of a scope (`severity:B`) in words (`severity B`); an unknown kind as it is. */
function partWords(part: string): string {
  const colon = part.indexOf(':');
  const kind = part.slice(0, colon);
  const value = part.slice(colon + 1);
  switch (kind) {
    case 'severity':
      return `severity ${value}`;
    case 'contract':
      return `${value} contracts`;
    case 'period':
      return PERIODS[value] ?? value.replace(/-/g, ' ');
    case 'specialty':
      return `${value} cases`;
    case 'tier':
      return poolWords(value);
    case 'role':
      return ROLE_NAMES[value] === undefined ? value : inSentence(ROLE_NAMES[value]);
    case 'reason':
      return REASONS[value] ?? `for ${value}`;
    default:
      return part;
  }
}

/** A scope in words: '' for the whole organisation (`all`), parts joined by commas. */
export function scopeWords(scope: string): string {
  if (scope === 'all' || scope === '') return '';
  // A pool's scope holds a slash of its own (`pool:se/XADM`), not a second part.
  if (scope.startsWith('pool:')) return poolWords(scope.slice('pool:'.length));
  return scope.split('/').map(partWords).join(', ');
}

/**
 * The words of a KPI of `scope` whose unit is `unit` (the `kpis` rows' fields), with the unit
 * unless it is a duration or money: e.g. `sla.attainment`, `severity:B`, `share` → “First
 * response in time, severity B (share)”; `wait.mean`, `pool:router` → “Mean wait for routers”. A KPI
 * the catalogue does not know keeps its code as its name, in the service group.
 */
export function kpiWords(kpi: string, scope: string, unit: string): KpiWords {
  const wording = WORDINGS[kpi] ?? { words: kpi, group: 'service' };
  const where = scopeWords(scope);
  const named = where === '' ? wording.words : `${wording.words}${wording.join ?? ', '}${where}`;
  const unitWords = UNIT_WORDS[unit] ?? unit;
  return {
    label: unitWords === '' ? named : `${named} (${unitWords})`,
    group: wording.group,
    code: scope === '' ? kpi : `${kpi}|${scope}`,
  };
}
