import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFile, scenarioFrom } from './support/scenario.js';

/**
 * Every shipped variant of the baseline is an overlay of scenarios/baseline.json. Their full
 * files are kept in test/fixtures/overlays/before/ (CSV paths relative to their place in
 * scenarios/), and each overlay must parse to exactly the scenario its full file does: a change
 * of the baseline or of the resolver shows here. They were the files the overlays replaced, and
 * are written afresh by `node scripts/snapshot-variants.mjs` when the baseline changes on purpose.
 */
const VARIANTS = [
  'router-cut',
  'extra-pod',
  'beta-launch-surge',
  'understaffed-tier1',
  'trace-replay',
  'teach/hard-case-hotfix',
  'teach/quiet-day',
  'teach/server-down-pod',
  'teach/understaffed-day',
];

/** Most lines an overlay may have: it says what differs, nothing more. */
const MAX_OVERLAY_LINES = 60;

describe('the shipped variants as overlays of the baseline', () => {
  for (const variant of VARIANTS) {
    const file = `scenarios/${variant}.json`;
    it(`${file} parses to the same scenario as the full file it replaced`, () => {
      const before = JSON.parse(
        readFileSync(`test/fixtures/overlays/before/${variant}.json`, 'utf8'),
      ) as Record<string, unknown>;
      // Parsed as if it were still in its old place, so its CSV paths mean what they meant.
      const expected = scenarioFrom(before, file);
      const actual = scenarioFile(file);
      expect(actual).toEqual(expected);
      // The comparison is not empty: the variant differs from the baseline it extends.
      expect(actual).not.toEqual(scenarioFile('scenarios/baseline.json'));
    });

    it(`${file} extends the baseline and is under ${MAX_OVERLAY_LINES} lines`, () => {
      const text = readFileSync(file, 'utf8');
      const raw = JSON.parse(text) as { extends?: unknown };
      expect(raw.extends).toBe(variant.startsWith('teach/') ? '../baseline.json' : 'baseline.json');
      expect(text.trimEnd().split('\n').length).toBeLessThan(MAX_OVERLAY_LINES);
    });
  }

  it('keeps the CSV paths of the baseline relative to the baseline for an overlay in a subfolder', () => {
    // scenarios/teach/server-down-pod.json writes no weekly profile nor costs CSV: both come from
    // baseline.json, which names them from scenarios/.
    const raw = JSON.parse(readFileSync('scenarios/teach/server-down-pod.json', 'utf8')) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(raw)).not.toMatch(/weekly-profile|role-costs/);
    const quiet = scenarioFile('scenarios/teach/server-down-pod.json');
    expect(quiet.arrivals.weeklyProfile?.file).toBe('../../data/weekly-profile.csv');
    expect(quiet.arrivals.weeklyProfile?.weights).toEqual(
      scenarioFile('scenarios/baseline.json').arrivals.weeklyProfile?.weights,
    );
    expect(quiet.costs.file).toBe('../../data/role-costs.csv');
  });
});
