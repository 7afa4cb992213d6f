// Derives data/weekly-profile.csv, the baseline's hour-of-week arrival weights, from a real
// ticket history: the ServiceNow incident event log in ../shared/data/history (Amaral, Fantinato,
// Reijers and Peres (2018), "Incident management process enriched event log", UCI Machine
// Learning Repository, CC BY 4.0; 20,769 incidents opened 29 Feb - 13 May 2016).
//
// Weight of an hour of the week = 85% the share of incidents opened in that hour of the week
// (each incident once, at its `opened_at`) + 15% spread evenly over the week's 168 hours, then
// scaled to a mean of 1. The log is one company's internal desk (12.8% of incidents opened
// outside Mon-Fri 07:00-19:00); the even part stands for the customers a vendor's support
// serves from other time zones, which puts the after-hours share at about 20%.
//
// Usage: node scripts/derive-weekly-profile.mjs [history.csv.gz] > data/weekly-profile.csv
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';

const file =
  process.argv[2] ??
  new URL('../../shared/data/history/servicenow-incident-event-log.csv.gz', import.meta.url).pathname;
const LOCAL_SHARE = 0.85;
const HOURS = 168;

/** Outside Mon-Fri 07:00-19:00 (hour 0 = Monday 00:00). */
const afterHours = (h) => h >= 5 * 24 || h % 24 < 7 || h % 24 >= 19;
const counts = new Array(HOURS).fill(0);
/** Incidents of priority 1 or 2 (critical, high) and all incidents, in business hours and after. */
const urgent = { business: 0, afterHours: 0 };
const all = { business: 0, afterHours: 0 };
const seen = new Set();
const rows = createReadStream(file)
  .pipe(createGunzip())
  .pipe(parse({ columns: true }));
for await (const row of rows) {
  if (seen.has(row.number)) continue;
  seen.add(row.number);
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(row.opened_at);
  if (m === null)
    throw new Error(`${file}: incident ${row.number}: opened_at "${row.opened_at}" is not d/m/yyyy HH:MM`);
  const day = (new Date(Date.UTC(+m[3], +m[2] - 1, +m[1])).getUTCDay() + 6) % 7; // Monday = 0
  const hour = day * 24 + Number(m[4]);
  counts[hour]++;
  const period = afterHours(hour) ? 'afterHours' : 'business';
  all[period]++;
  if (/^[12] /.test(row.priority)) urgent[period]++;
}
const total = counts.reduce((a, b) => a + b, 0);
const weights = counts.map((c) => HOURS * (LOCAL_SHARE * (c / total) + (1 - LOCAL_SHARE) / HOURS));
const share = weights.reduce((a, w, h) => a + (afterHours(h) ? w : 0), 0) / HOURS;
const pct = (a, b) => ((100 * a) / b).toFixed(2);
process.stderr.write(
  `${seen.size} incidents; after-hours share of the profile ${(100 * share).toFixed(1)}%; ` +
    `priority 1-2: ${pct(urgent.business, all.business)}% of business-hours incidents, ` +
    `${pct(urgent.afterHours, all.afterHours)}% of after-hours ones (ratio ` +
    `${(urgent.afterHours / all.afterHours / (urgent.business / all.business)).toFixed(2)})\n`,
);
process.stdout.write(`hourOfWeek,weight\n${weights.map((w, h) => `${h},${w.toFixed(4)}`).join('\n')}\n`);
