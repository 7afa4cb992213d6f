/**
 * How a paired change (this run − the pinned plan) is written, on a KPI card and in the changes
 * table: in the unit of the value it changes, with the decimals that show it.
 */
import {
  decimalsShowing,
  durationUnit,
  formatNumber,
  inUnit,
  MISSING,
  sign,
  type ValueKind,
} from './format.js';

/** A paired difference and its 95% interval, as `compareReplications` gives them. */
export interface Change {
  /** Other − base, in the KPI's unit (shares as fractions: 0.015 = 1.5 points). */
  readonly difference: number;
  /** 95% half-width of the difference; NaN with fewer than two pairs. */
  readonly halfWidth: number;
  /** The interval excludes 0 (and the difference is above floating-point noise). */
  readonly significant: boolean;
}

/** A change as written: its parts, so a card and a table row can lay them out. */
export interface ChangeText {
  /** Signed, with its unit: `+53 s`, `−2.4 pp`, `−8,503`; `0.0 pp` (no sign) when it rounds to 0. */
  readonly difference: string;
  /** The half-width in the same unit and decimals, unsigned: `12 s`; empty when NaN. */
  readonly halfWidth: string;
  /** `up` or `down` for a significant change; null for one that is not. */
  readonly direction: 'up' | 'down' | null;
}

/** How numbers of a kind are scaled, suffixed and rounded when written as a change. */
interface Scale {
  readonly factor: number;
  readonly suffix: string;
  /** Decimals for a change of this size (before {@link decimalsShowing}). */
  readonly digits: (size: number) => number;
}

function scaleOf(kind: ValueKind, value: number): Scale {
  switch (kind) {
    case 'share':
      // Differences of shares are percentage points; their half-widths too (not `%` of a value).
      return { factor: 100, suffix: ' pp', digits: () => 1 };
    case 'minutes': {
      // The value's own unit, so that `1.2 min` changes by `+0.9 min`, not by `+53 s`.
      const unit = durationUnit(value);
      return { factor: inUnit(1, unit), suffix: ` ${unit}`, digits: () => (unit === 's' ? 0 : 1) };
    }
    case 'currency':
      return { factor: 1, suffix: '', digits: (size) => (size >= 10 ? 0 : 2) };
    case 'number':
      return { factor: 1, suffix: '', digits: (size) => (size >= 100 || size === 0 ? 0 : size >= 1 ? 1 : 2) };
  }
}

/**
 * Writes `change` of a KPI of `kind` whose value (this run's) is `value`. Durations are written
 * in the unit of `value`. A significant change always shows its sign and never reads as 0: it
 * gets the decimals its first significant digit needs (`+0.04 pp`), and its half-width the same.
 * A change that is not significant and rounds to 0 is written without a sign (`0.0 pp`), since a
 * sign would suggest a direction there is not.
 */
export function formatChange(change: Change, kind: ValueKind, value: number): ChangeText {
  const direction =
    change.significant && change.difference !== 0 ? (change.difference > 0 ? 'up' : 'down') : null;
  if (!Number.isFinite(change.difference)) return { difference: MISSING, halfWidth: '', direction: null };
  const scale = scaleOf(kind, value);
  const size = Math.abs(change.difference * scale.factor);
  const base = scale.digits(size);
  const digits = change.significant ? decimalsShowing(size, base) : base;
  const written = formatNumber(size, digits);
  const signed = `${Number(size.toFixed(digits)) === 0 ? '' : sign(change.difference)}${written}`;
  const halfWidth = Number.isFinite(change.halfWidth)
    ? `${formatNumber(Math.abs(change.halfWidth * scale.factor), digits)}${scale.suffix}`
    : '';
  return { difference: `${signed}${scale.suffix}`, halfWidth, direction };
}

/** `+53 s ± 12 s`, or the difference alone when there is no interval. */
export function changeLine(text: ChangeText): string {
  return text.halfWidth ? `${text.difference} ± ${text.halfWidth}` : text.difference;
}
