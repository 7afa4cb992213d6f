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

/** A unit durations are written in. */
export type DurationUnit = 's' | 'min' | 'h' | 'd';

/** Minutes in one of each unit. */
const MINUTES_IN: Readonly<Record<DurationUnit, number>> = { s: 1 / 60, min: 1, h: 60, d: MINUTES_PER_DAY };

/** The unit {@link formatMinutes} writes a duration in: s below a minute, then min, h and d. */
export function durationUnit(minutes: number): DurationUnit {
  const a = Math.abs(minutes);
  if (!Number.isFinite(a) || a === 0 || (a >= 1 && a < 60)) return 'min';
  return a < 1 ? 's' : a < MINUTES_PER_DAY ? 'h' : 'd';
}

/** A duration in minutes as a number of `unit`s: (90, 'h') → 1.5. */
export function inUnit(minutes: number, unit: DurationUnit): number {
  return minutes / MINUTES_IN[unit];
}

/**
 * A duration in minutes in the unit that reads best: `23 s`, `17.9 min`, `2.5 h`, `1.3 d`
 * (`.0` dropped, so axis ticks read `1 h`, `8 h`, `1 d`).
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return MISSING;
  const unit = durationUnit(minutes);
  if (minutes === 0) return '0 min';
  const s = minutes < 0 ? MINUS : '';
  const size = Math.abs(inUnit(minutes, unit));
  return `${s}${unit === 's' ? fixed(Math.round(size), 0) : trimZero(fixed(size, 1))} ${unit}`;
}

/**
 * A duration written in `unit`, whatever its size, so that values shown side by side share one
 * unit: (18 s, 'min') → `0.3 min`. Seconds are whole, other units have one decimal (`.0`
 * dropped); a duration that is not 0 gets the decimals it needs not to read as 0 (`0.02 min`).
 */
export function formatMinutesIn(minutes: number, unit: DurationUnit): string {
  if (!Number.isFinite(minutes)) return MISSING;
  const size = inUnit(minutes, unit);
  const digits = decimalsShowing(size, unit === 's' ? 0 : 1);
  return `${trimZero(fixed(size, digits))} ${unit}`;
}

/**
 * Decimals to write `x` with: `digits`, or more when `x` is not 0 but would round to 0 with
 * `digits` (as many as its first significant digit needs: 0.004 → 3), so it never reads as 0.
 */
export function decimalsShowing(x: number, digits: number): number {
  const a = Math.abs(x);
  if (!Number.isFinite(a) || a === 0 || Number(a.toFixed(digits)) !== 0) return digits;
  // 20 fraction digits work in every engine's Intl.NumberFormat; a significant change is at least
  // 1e-12 of its KPI's unit (stats/noise-floor.ts), which needs fewer.
  return Math.min(20, Math.max(digits, -Math.floor(Math.log10(a))));
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

/**
 * A value of a kind written in the unit `reference` is written in, so that values shown side by
 * side share it: durations as {@link formatMinutesIn} (18 s beside 1.2 min → `0.3 min`), other
 * kinds as {@link formatValue}.
 */
export function formatValueLike(x: number, kind: ValueKind, reference: number): string {
  return kind === 'minutes' ? formatMinutesIn(x, durationUnit(reference)) : formatValue(x, kind);
}

/**
 * The half-width of a value's interval, in the value's unit: `± 1.1%` (of a share), `± 0.3 min`
 * (of 1.2 min, not `± 16 s`); empty when NaN.
 */
export function formatHalfWidth(halfWidth: number, kind: ValueKind, value: number): string {
  if (!Number.isFinite(halfWidth)) return '';
  return `± ${formatValueLike(halfWidth, kind, value)}`;
}
