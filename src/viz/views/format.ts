/**
 * Number formatting shared by the views: fixed `en-US` grouping (so tests and screenshots do not
 * depend on the browser's locale), a dash for missing values and a true minus sign.
 */
import { MINUTES_PER_DAY } from '../../sim/index.js';

/** Shown for NaN or infinite values (e.g. a severity with no cases). */
export const MISSING = '—';
const MINUS = '−';

const grouped = new Map<number, Intl.NumberFormat>();
function fixed(x: number, digits: number): string {
  let f = grouped.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    grouped.set(digits, f);
  }
  return f.format(x).replace('-', MINUS);
}

/** Drops a trailing `.0` (`1.0 h` reads worse than `1 h`). */
function trimZero(text: string): string {
  return text.replace(/\.0(?=\D*$)/, '');
}

/**
 * A count or plain quantity with precision that follows its size: 5,185 · 36.2 · 9.6 · 0.39.
 * `digits` forces a number of decimals.
 */
export function formatNumber(x: number, digits?: number): string {
  if (!Number.isFinite(x)) return MISSING;
  if (digits !== undefined) return fixed(x, digits);
  const a = Math.abs(x);
  return fixed(x, a >= 100 || a === 0 ? 0 : a >= 1 ? 1 : 2);
}

/** A share in [0, 1] as a percentage: 0.947 → `94.7%`. */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${fixed(share * 100, digits)}%` : MISSING;
}

/** A share as a percentage with at most one decimal, `.0` dropped: 0.9 → `90%`, 0.925 → `92.5%`. */
export function formatShortPercent(share: number): string {
  return Number.isFinite(share) ? `${trimZero(fixed(share * 100, 1))}%` : MISSING;
}

/** A difference of shares in percentage points, signed: 0.015 → `+1.5 pp`. */
export function formatPoints(shareDifference: number, digits = 1): string {
  if (!Number.isFinite(shareDifference)) return MISSING;
  const size = fixed(Math.abs(shareDifference) * 100, digits);
  // No sign on a difference that rounds to zero (`−0.0 pp` suggests a direction there is not).
  return `${Number(size) === 0 ? '' : sign(shareDifference)}${size} pp`;
}

/**
 * A duration in minutes in the unit that reads best: `23 s`, `17.9 min`, `2.5 h`, `1.3 d`
 * (`.0` dropped, so axis ticks read `1 h`, `8 h`, `1 d`).
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return MISSING;
  const a = Math.abs(minutes);
  const s = minutes < 0 ? MINUS : '';
  if (a === 0) return '0 min';
  if (a < 1) return `${s}${Math.round(a * 60)} s`;
  if (a < 60) return `${s}${trimZero(fixed(a, 1))} min`;
  if (a < MINUTES_PER_DAY) return `${s}${trimZero(fixed(a / 60, 1))} h`;
  return `${s}${trimZero(fixed(a / MINUTES_PER_DAY, 1))} d`;
}

/** An amount of money (the scenario's currency, unnamed): whole units from 10 up, else cents. */
export function formatCurrency(amount: number): string {
  if (!Number.isFinite(amount)) return MISSING;
  return fixed(amount, Math.abs(amount) >= 10 ? 0 : 2);
}

/** `+` or `−` (nothing for 0). */
export function sign(x: number): string {
  return x > 0 ? '+' : x < 0 ? MINUS : '';
}

/** What a value is: decides how it and its differences are written. */
export type ValueKind = 'share' | 'minutes' | 'currency' | 'number';

/** A value of a kind: `94.7%`, `17.9 min`, `614,036`, `36.2`. */
export function formatValue(x: number, kind: ValueKind): string {
  switch (kind) {
    case 'share':
      return formatPercent(x);
    case 'minutes':
      return formatMinutes(x);
    case 'currency':
      return formatCurrency(x);
    case 'number':
      return formatNumber(x);
  }
}

/** A half-width: `± 1.1%` (shares in percentage points, written as %), `± 4.2 min`; empty when NaN. */
export function formatHalfWidth(halfWidth: number, kind: ValueKind): string {
  if (!Number.isFinite(halfWidth)) return '';
  return `± ${formatValue(halfWidth, kind)}`;
}

/** A signed difference: `+1.5 pp`, `−3.2 min`, `+12,000`. */
export function formatDifference(difference: number, kind: ValueKind): string {
  if (!Number.isFinite(difference)) return MISSING;
  if (kind === 'share') return formatPoints(difference);
  const size = formatValue(Math.abs(difference), kind);
  return `${/[1-9]/.test(size) ? sign(difference) : ''}${size}`;
}
