import { OKABE_ITO, SEVERITY_COLOURS } from '../views/palette.js';
import type { SeatStatus } from './floor-state.js';
import type { Dot } from './scene.js';

/**
 * Seat fills (Okabe–Ito). Colour is never the only cue: off-shift seats are also hatched and
 * dashed, seats of people away carry a white bar across their middle (and never a case dot).
 */
export const SEAT_COLOURS: Readonly<Record<SeatStatus, string>> = {
  free: '#ffffff',
  busy: OKABE_ITO.orange,
  consult: OKABE_ITO.reddishPurple,
  off: '#dcdcdc',
  away: OKABE_ITO.skyBlue,
};

/** Dot fill per severity (`?` when the trace does not say). */
export const DOT_COLOURS: Readonly<Record<Dot['severity'], string>> = {
  ...SEVERITY_COLOURS,
  '?': OKABE_ITO.grey,
};

/** Highlight of the followed case. */
export const FOLLOW_COLOUR = OKABE_ITO.yellow;
