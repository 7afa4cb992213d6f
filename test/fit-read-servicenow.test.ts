import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMapping } from '../src/fit/mapping.js';
import { observeHistory } from '../src/fit/observed.js';
import { readHistory } from '../src/fit/read-history.js';

// The real export of ../shared/data/history (120,000 rows, 20,769 incidents), read through the
// shipped mapping. Shared data sits beside the work tree; CI has a copy of it there too.
const FILE = join(import.meta.dirname, '../../shared/data/history/servicenow-incident-event-log.csv.gz');
const MAPPING = join(import.meta.dirname, '../data/mappings/servicenow.json');

describe.skipIf(!existsSync(FILE))(
  'the ServiceNow incident event log through data/mappings/servicenow.json',
  () => {
    // Read in beforeAll: a skipped describe still runs its body to collect its tests.
    let history: ReturnType<typeof readHistory>;
    let readSeconds = NaN;
    let problems: Record<string, number> = {};
    beforeAll(() => {
      const text = gunzipSync(readFileSync(FILE)).toString('utf8');
      const mapping = parseMapping(readFileSync(MAPPING, 'utf8'), 'servicenow.json');
      const startedAt = performance.now();
      history = readHistory(text, mapping, { file: 'servicenow-incident-event-log.csv.gz' });
      readSeconds = (performance.now() - startedAt) / 1000;
      problems = Object.fromEntries(history.problems.map((p) => [p.kind, p.count]));
    });

    it('reads every one of its 20,769 incidents from its 119,998 rows, within a minute', () => {
      expect(history.rows).toBe(119_998);
      expect(history.cases).toHaveLength(20_769);
      // About 5 s on a loaded 2-core machine, most of it csv-parse's.
      expect(readSeconds).toBeLessThan(60);
      expect(history.origin).toBe('2016-02-29T00:00:00');
      expect(history.windowStartAt).toBe(83); // Monday 29 February 01:23, the first update
    });

    it('reports the problems the export has, each counted as an independent reading of the file counts them', () => {
      expect(problems).toEqual({
        // Two rows of INC0028089 in state -100, which the mapping leaves unknown.
        'unknown-status': 2,
        // Updates that change nothing tiersim sees: same state, tier and assignee as the row before
        // (reassignment counts 2, 3, ... are all "escalation").
        'duplicate-row': 30_427,
        // opened_at a minute or two after the first update.
        'opened-after-first-row': 5,
        // INC0000137's rows 360 and 361 come after its 11:10 row.
        'out-of-order': 2,
        // Opened more than an hour before their first update.
        'late-first-row': 129,
        // The one incident without a Resolved or Closed row at the end: INC0029233, opened last.
        censored: 1,
        // Openings stop on Friday 13 May 11:49 while updates go on to February 2017.
        'incomplete-arrivals': 1_489,
      });
      expect(history.problems.find((p) => p.kind === 'censored')!.examples).toEqual(['INC0029233']);
      expect(history.problems.find((p) => p.kind === 'out-of-order')!.examples).toEqual([
        'row 360 (case INC0000137)',
      ]);
    });

    it('cuts the arrivals window at the last complete week, Monday 9 May 2016', () => {
      expect(history.arrivalsEndAt).toBe(10 * 10_080);
      const observed = observeHistory(history);
      expect(observed.cases).toBe(20_769 - 1_489);
      expect(observed.weeklyArrivals.map((w) => w.arrivals)).toEqual([
        1858, 2073, 1975, 1686, 2174, 2008, 1995, 1401, 2046, 2064,
      ]);
      // Cases reach tiers by their reassignment count: every one starts at an SE (count 0).
      expect(observed.reached.se.share).toBe(1);
      expect(observed.resolution.all.censored).toBe(0);
    });
  },
);
