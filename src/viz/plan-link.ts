/**
 * The pinned plans in the URL's hash, after the scenario's parts (url-state.ts):
 * `&p=<base64url of the JSON [{name, scenarioName, raw}]>&c=<index of the plan compared with>`.
 * A plan carries the scenario it ran, not its results: runs are deterministic, so running the
 * scenario again gives the very same figures. Links without these parts have no plans.
 */
import { fromBase64Url, toBase64Url } from './url-state.js';

/** A pinned plan as a link carries it: its name, and the scenario it ran (file name and JSON). */
export interface PlanLink {
  readonly name: string;
  /** The scenario's file name, e.g. `baseline.json` (files it `extends` are found from it). */
  readonly scenarioName: string;
  readonly raw: unknown;
}

/** The plans a link holds, the one to compare with, and why any part could not be read. */
export interface PlansInLink {
  readonly plans: PlanLink[];
  /** Index in `plans` of the plan to compare with; null when the link names none that was read. */
  readonly selected: number | null;
  /** One sentence part per problem (`the plan 2 has no name`), to show above the page. */
  readonly problems: string[];
}

/** The hash's parts for `plans` ('' when there are none), comparing with `plans[selected]`. */
export function encodePlans(plans: readonly PlanLink[], selected: number | null): string {
  if (plans.length === 0) return '';
  // Only these fields: the link must not carry whatever else a caller's objects hold.
  const json = plans.map(({ name, scenarioName, raw }) => ({ name, scenarioName, raw }));
  return `&p=${toBase64Url(JSON.stringify(json))}${selected === null ? '' : `&c=${selected}`}`;
}

/** The plan at `index` of a link, if it is one: an object with a name, a scenario name and a scenario. */
function planAt(entry: unknown, index: number): PlanLink | string {
  const where = `the plan ${index + 1}`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${where} is not a plan`;
  const { name, scenarioName, raw } = entry as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') return `${where} has no name`;
  if (typeof scenarioName !== 'string' || scenarioName.trim() === '')
    return `${where} (“${name}”) names no scenario file`;
  if (raw === undefined) return `${where} (“${name}”) has no scenario`;
  return { name, scenarioName, raw };
}

/** Reads the plans of a link's hash (with or without its `#`); see {@link PlansInLink}. */
export function readPlans(hash: string): PlansInLink {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const part = params.get('p');
  if (part === null) return { plans: [], selected: null, problems: [] };
  let entries: unknown;
  try {
    entries = JSON.parse(fromBase64Url(part));
  } catch {
    return {
      plans: [],
      selected: null,
      problems: ['the plans in it cannot be read (is the link cut short?)'],
    };
  }
  if (!Array.isArray(entries))
    return { plans: [], selected: null, problems: ['the plans in it are not a list'] };
  const plans: PlanLink[] = [];
  const problems: string[] = [];
  /** Where each entry of the link went in `plans` (null: left out). */
  const kept: (number | null)[] = [];
  entries.forEach((entry, i) => {
    const plan = planAt(entry, i);
    if (typeof plan === 'string') {
      problems.push(plan);
      kept.push(null);
    } else kept.push(plans.push(plan) - 1);
  });
  const c = params.get('c');
  const asked = c !== null && /^\d+$/.test(c) ? Number(c) : null;
  if (c !== null && (asked === null || asked >= entries.length))
    problems.push(`the plan to compare with (“${c}”) is not one of them`);
  return { plans, selected: asked === null ? null : (kept[asked] ?? null), problems };
}
