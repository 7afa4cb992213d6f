import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/cli/load-scenario.js';
import { simulateReplication } from '../../src/sim/index.js';
import { removeTempDirs, requireBuiltCli, tempDir, tiersim } from '../fixtures/cli/cli.js';
import { eventRowsOfTrace, eventsCsv } from '../support/trace-history.js';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, ROOT, SCREENSHOTS, screenshot, waitForRuns } from './browser.js';

// A manager loads a scenario from `tiersim fit` with its CSV files and backtest.csv, sees the
// history beside the simulation, and sees the page's own run move when staffing changes.

let url: string;
let page: Page;
let done: () => Promise<void>;
/** The folder tiersim fit wrote: scenario.json, its CSV inputs, backtest.csv, fit-report.json. */
let fitted: string;

beforeAll(async () => {
  requireBuiltCli();
  // The round trip's organisation with a ladder, as a history tiersim wrote itself, fitted again.
  const trace = simulateReplication(loadScenarioFile('test/fixtures/fit/round-trip-ladder.json'), {
    replication: 0,
    trace: true,
  }).trace!;
  const dir = tempDir();
  writeFileSync(join(dir, 'history.csv'), eventsCsv(eventRowsOfTrace(trace)));
  fitted = join(dir, 'fitted');
  const fit = tiersim(
    'fit',
    join(dir, 'history.csv'),
    '--map',
    'test/fixtures/fit/round-trip-mapping.json',
    '--out',
    fitted,
    '--reps',
    '2',
    '--quiet',
  );
  expect([0, 3]).toContain(fit.status);
  ({ url, page, done } = await openApp());
}, 120_000);

afterAll(async () => {
  await done?.();
  removeTempDirs();
});

/** The files of the fitted folder the page is given (fit-report.json is not one of them). */
const filesOf = (folder: string, leave: (name: string) => boolean = () => false) =>
  readdirSync(folder)
    .filter((n) => n !== 'fit-report.json' && !leave(n))
    .map((n) => join(folder, n));

describe('a fitted scenario loaded with its backtest', () => {
  it('draws every share and time of backtest.csv, observed beside the fit and beside this page’s run', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    const before = await page.evaluate(() => window.tiersim!.runs);
    await page.setInputFiles('#scenario-file', filesOf(fitted));
    await waitForRuns(page, before + 1);
    expect(await page.locator('.errors li').count()).toBe(0);
    const section = page.locator('[data-view="backtest"]');
    await section.waitFor();
    const rows = readFileSync(join(fitted, 'backtest.csv'), 'utf8').trim().split('\n').slice(1);
    const drawn = rows.filter((r) =>
      /^(reached|returned|severity)\.share,|^(resolution|firstResponse)\.p\d+,[^,]+,\d/.test(r),
    );
    expect(await section.locator('.backtest-row').count()).toBe(drawn.length);
    // Observed crosses on every row; the page's run beside the fit on reach, mix and quantiles.
    expect(await section.locator('.backtest-row path').count()).toBe(drawn.length);
    const titles = await section.locator('.backtest-row title').allTextContents();
    const reach = titles.find((t) => t.startsWith('reach Problem Control'))!;
    expect(reach).toMatch(
      /observed [\d.]+%; tiersim fit [\d.]+% ± [\d.]+% \((agree|disagree)\); this page [\d.]+%/,
    );
    expect(titles.filter((t) => t.includes('this page')).length).toBe(
      drawn.filter((r) => !r.startsWith('returned.share')).length,
    );
    // The weeks: arrivals and backlog, observed and simulated lines.
    expect(await section.locator('svg').count()).toBe(4);
    await screenshot(page, 'backtest');
    await section.screenshot({ path: join(SCREENSHOTS, 'backtest-view.png') });
    writeFileSync(join(ROOT, 'test-output', 'backtest-titles.txt'), titles.join('\n'));
  }, 120_000);

  it("moves this page's resolution time, not the fit's, when the SE teams lose most of their people", async () => {
    const resolution = async () =>
      (await page.locator('[data-view="backtest"] .backtest-row title').allTextContents()).find((t) =>
        t.startsWith('resolution p50:'),
      )!;
    const was = await resolution();
    const sesPerTeam = await page.locator('input[data-path$="sesPerTeam"]').first();
    const path = (await sesPerTeam.getAttribute('data-path'))!;
    await page.fill(field(path), '2');
    await runAndWait(page);
    const now = await resolution();
    const pagePart = (t: string) => Number(/this page ([\d.]+) h/.exec(t)![1]);
    const fitPart = (t: string) => /tiersim fit [^;]+/.exec(t)![0];
    expect(fitPart(now)).toBe(fitPart(was));
    expect(pagePart(now)).toBeGreaterThan(pagePart(was) * 1.5);
  }, 120_000);

  it('names a CSV file the scenario needs and was not given, and replaces nothing', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    await page.setInputFiles(
      '#scenario-file',
      filesOf(fitted, (n) => n === 'weekly-profile.csv'),
    );
    await page.locator('.errors').getByText('weekly-profile.csv').first().waitFor();
    expect(await page.locator('[data-view="backtest"]').count()).toBe(0);
  }, 60_000);
});
