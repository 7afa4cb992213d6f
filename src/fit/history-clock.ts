import { format as formatTime, parse, parseISO } from 'date-fns';
import { utc } from '@date-fns/utc';
import { MINUTES_PER_DAY } from '../sim/index.js';

const MS_PER_MINUTE = 60_000;

/** Distinct texts remembered by a {@link TimeReader} before it starts afresh (bounds its memory). */
const REMEMBERED_MAX = 200_000;

/**
 * Reads a history's times as minutes on a UTC clock (minutes since 1970-01-01T00:00 UTC, with
 * fractions for seconds): a time without a zone is its wall clock as written, whatever the
 * machine's time zone and its daylight-saving changes (date-fns parses into a UTC date, so
 * `27/3/2016 02:30` is 02:30 even where that hour does not exist locally); a time with a zone
 * or offset is its instant, shown on the UTC clock. `format` is date-fns `parse` tokens; without
 * it, ISO 8601 (`2016-02-29T01:16`, `2016-02-29 01:16:00`, `2016-02-29T01:16:00+01:00`).
 */
export class TimeReader {
  // Exports repeat the same minute on many rows: each text is parsed once.
  private readonly seen = new Map<string, number>();

  constructor(private readonly format?: string) {}

  /** Minutes on the UTC clock of `text` (trimmed, not empty); NaN when it does not read as a time. */
  minutes(text: string): number {
    let at = this.seen.get(text);
    if (at !== undefined) return at;
    const date =
      this.format === undefined
        ? parseISO(text, { in: utc })
        : parse(text, this.format, 0, {
            in: utc,
            // Refused when the mapping is checked; allowed here so that date-fns never warns.
            useAdditionalWeekYearTokens: true,
            useAdditionalDayOfYearTokens: true,
          });
    at = date.getTime() / MS_PER_MINUTE;
    if (this.seen.size >= REMEMBERED_MAX) this.seen.clear();
    this.seen.set(text, at);
    return at;
  }
}

/** The Monday 00:00 on or before `at` (minutes on the UTC clock), minutes on the same clock. */
export function mondayOnOrBefore(at: number): number {
  const day = Math.floor(at / MINUTES_PER_DAY);
  // Day 0 (1970-01-01) was a Thursday: 3 days after a Monday.
  const sinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - sinceMonday) * MINUTES_PER_DAY;
}

/** `at` (minutes on the UTC clock) as an ISO date-time without a zone: `2016-02-29T00:00:00`. */
export function isoDateTime(at: number): string {
  return new Date(Math.round(at * MS_PER_MINUTE)).toISOString().slice(0, 19);
}

/** date-fns tokens that are rarely what a user means: a week-numbering year, a day of the year. */
const SURPRISING_TOKENS: readonly [RegExp, string][] = [
  [/Y+/, 'a week-numbering year in date-fns: use "yyyy" for the calendar year'],
  [/D+/, 'the day of the year in date-fns: use "d" for the day of the month'],
];

/** A time written and read back to check a format: Tuesday 1 March 2016 13:45:30.250 (UTC clock). */
const SAMPLE_TIME = Date.UTC(2016, 2, 1, 13, 45, 30, 250);

/** Why date-fns cannot use `format` (an unknown or unescaped token), or null. */
export function formatProblem(format: string): string | null {
  // Text in single quotes is literal.
  const tokens = format.replace(/'(?:[^']|'')*'?/g, '');
  for (const [pattern, why] of SURPRISING_TOKENS) {
    const found = pattern.exec(tokens);
    if (found !== null) return `"${found[0]}" is ${why}`;
  }
  // Every token is checked by writing a time in the format (parsing stops at the first field
  // that does not match, so it would not see a bad token after it), then reading it back.
  const options = { in: utc, useAdditionalWeekYearTokens: true, useAdditionalDayOfYearTokens: true } as const;
  try {
    const written = formatTime(SAMPLE_TIME, format, options);
    if (Number.isNaN(parse(written, format, 0, options).getTime()))
      return `date-fns cannot read back a time it writes in this format (${JSON.stringify(written)})`;
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.replace(/; see: \S+$/, '');
  }
}
