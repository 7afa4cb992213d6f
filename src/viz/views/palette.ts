/**
 * The Okabe–Ito palette (Okabe & Ito 2008), distinguishable with the common colour-vision
 * deficiencies, plus a neutral grey. Every view takes its colours from here; none relies on colour
 * alone (lines are labelled or dashed, verdicts carry a ✓/✗).
 */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

/* Met/missed goals: bluish green / vermillion (views.css, with darker text shades and a ✓/✗). */

/** Ink for text and axes; darker greys for marks that must read on a projector. */
export const INK = '#1b1b1b';
export const MUTED = '#555555';

/** One colour per severity of the CDF and anything else drawn per severity. */
export const SEVERITY_COLOURS: Readonly<Record<'A' | 'B' | 'C', string>> = {
  A: OKABE_ITO.vermillion,
  B: OKABE_ITO.blue,
  C: OKABE_ITO.bluishGreen,
};

/** Queue length and backlog lines of the time series. */
export const SERIES_COLOURS = { queue: OKABE_ITO.blue, backlog: OKABE_ITO.orange } as const;

/** Background of off-shift hours and of the warm-up. */
export const SHADE = { offShift: '#e4e4e4', warmup: '#f3e3b8' } as const;

/** Tiers of the Sankey (links are coloured by the tier they leave). */
export const TIER_COLOURS: Readonly<Record<string, string>> = {
  arrival: OKABE_ITO.grey,
  router: OKABE_ITO.orange,
  misrouted: OKABE_ITO.orange,
  se: OKABE_ITO.skyBlue,
  pods: OKABE_ITO.bluishGreen,
  beta: OKABE_ITO.yellow,
  problemControl: OKABE_ITO.blue,
  escalation: OKABE_ITO.vermillion,
  productGroup: OKABE_ITO.reddishPurple,
  resolved: '#4d4d4d',
  abandoned: '#4d4d4d',
};

/** Colour of a Sankey tier (grey for any stage the palette does not know). */
export function tierColour(tier: string): string {
  return TIER_COLOURS[tier] ?? OKABE_ITO.grey;
}
