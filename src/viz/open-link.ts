import { readPlans, type PlansInLink } from './plan-link.js';
import { readLink } from './url-state.js';

/** What the page opens: a scenario (its file name and JSON), the plans to pin again, and a notice. */
export interface Opening {
  readonly name: string;
  readonly raw: unknown;
  readonly plans: PlansInLink;
  /** What to say above the page about a link it could not follow (null: nothing). */
  readonly notice: string | null;
}

const NO_PLANS: PlansInLink = { plans: [], selected: null, problems: [] };

/**
 * What the link's `hash` opens: a scenario, or a shipped one (of `shipped`, by file name) by its
 * name, with the plans it holds. A link whose scenario cannot be read, or names one the app does
 * not have, opens `fallback` (the baseline) with a notice that says so, and still the plans it
 * holds (each carries its own scenario); no link opens the baseline quietly.
 */
export function whatToOpen(
  hash: string,
  shipped: ReadonlyMap<string, unknown>,
  fallback: { readonly name: string; readonly raw: unknown },
): Opening {
  const link = readLink(hash);
  if (link.kind === 'scenario')
    return { name: link.name, raw: link.raw, plans: readPlans(hash), notice: null };
  if (link.kind === 'named') {
    const file = [link.name, `${link.name}.json`].find((n) => shipped.has(n));
    if (file) return { name: file, raw: shipped.get(file), plans: readPlans(hash), notice: null };
    const known = [...shipped.keys()].map((n) => n.replace(/\.json$/, '')).join(', ');
    const notice = `This link names the scenario “${link.name}”, which the app does not have (it has ${known}); the baseline is shown instead.`;
    // The plans carry their own scenarios: they are pinned again whatever the link's scenario.
    return { ...fallback, plans: readPlans(hash), notice };
  }
  if (link.kind === 'unreadable') {
    const notice = `This link could not be opened: ${link.problem}. The baseline is shown instead.`;
    return { ...fallback, plans: readPlans(hash), notice };
  }
  return { ...fallback, plans: NO_PLANS, notice: null };
}
