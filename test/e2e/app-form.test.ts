import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { field, openAt, runAndWait, scenarioLink } from './app-page.js';
import { openApp, ROOT, screenshot, waitForRuns } from './browser.js';

// The scenario form beyond headcount and demand: handle times, schedules, escalation, targets,
// costs and surges, in groups that open and close, each field checked as it is typed.

let url: string;
let page: Page;
let done: () => Promise<void>;

const group = (name: string) => page.locator(`details.group[data-group="${name}"]`);
/** Opens a group of the form (clicking its title) unless it is open. */
async function openGroup(name: string): Promise<void> {
  if (!(await group(name).evaluate((d) => (d as HTMLDetailsElement).open)))
    await group(name).locator('summary').click();
}
/** A KPI's mean in the last run's kpis.csv. */
async function kpi(name: string, scope: string): Promise<number> {
  const csv = await page.evaluate(() => window.tiersim!.lastKpisCsv);
  const row = csv.split('\n').find((line) => line.startsWith(`${name},${scope},`));
  if (row === undefined) throw new Error(`no KPI ${name} ${scope}`);
  return Number(row.split(',')[2]);
}
/** The scenario JSON in the page's link. */
const linkedScenario = () =>
  page.evaluate(
    () =>
      JSON.parse(
        atob(new URLSearchParams(location.hash.slice(1)).get('j')!.replace(/-/g, '+').replace(/_/g, '/')),
      ) as {
        arrivals?: { surges?: unknown[] };
        pools: { se: { work: { B: unknown } } };
      },
  );
const invalidFields = () =>
  page.$$eval('[aria-invalid="true"]', (els) => els.map((e) => (e as HTMLElement).dataset.path).sort());

beforeAll(async () => {
  ({ url, page, done } = await openApp());
}, 60_000);

afterAll(async () => {
  await done?.();
});

describe('the scenario form', () => {
  it('groups its fields in sections that open and close, and keeps them so for the next scenario', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    const titles = await page.locator('details.group > summary').allInnerTexts();
    expect(titles.map((t) => t.trim())).toEqual([
      'Staffing',
      'Demand',
      'Handle times',
      'Schedules',
      'Escalation',
      'Service targets',
      'Costs',
      'Run',
    ]);
    // The new groups start closed; their fields are there but hidden.
    const seB = page.locator(field('pools.se.work.B.mean'));
    expect(await seB.isVisible()).toBe(false);
    await openGroup('Handle times');
    expect(await seB.isVisible()).toBe(true);
    expect(await seB.inputValue()).toBe('2.5h');
    await group('Staffing').locator('summary').click();
    expect(await page.locator(field('pools.router.staff')).isVisible()).toBe(false);
    await page.locator(field('pools.se.work.B.sd')).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Support engineers: work per case, Sev B, lognormal, mean',
    );
    const before = await page.evaluate(() => window.tiersim!.runs);
    await page.selectOption('#scenario-select', 'understaffed-tier1.json');
    await waitForRuns(page, before + 1);
    expect(await group('Handle times').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await group('Staffing').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await group('Staffing').locator('summary').click();
    expect(await page.locator(field('pools.router.staff')).isVisible()).toBe(true);
  });

  it('runs with a longer SE handle time for severity B: SEs busier, Sev B cases resolved later', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 14, 2));
    await openGroup('Handle times');
    const busy = await kpi('utilisation', 'pool:se/XCSI');
    const resolution = await kpi('resolution.mean', 'severity:B');
    await page.fill(field('pools.se.work.B.mean'), '6h');
    expect(await page.locator('#results').getAttribute('data-state')).toBe('stale');
    // The distribution is written whole: the family and the sd stay.
    expect((await linkedScenario()).pools.se.work.B).toEqual({ dist: 'lognormal', mean: '6h', sd: '1.5h' });
    await runAndWait(page);
    expect(await kpi('utilisation', 'pool:se/XCSI')).toBeGreaterThan(busy);
    expect(await kpi('resolution.mean', 'severity:B')).toBeGreaterThan(resolution);
  });

  it('shows a what-if of a handle time against the plan (docs/app-form.png)', async () => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    await openAt(page, scenarioLink(url, 'baseline.json', 21, 4));
    await page.click('#pin');
    for (const name of ['Staffing', 'Demand', 'Service targets', 'Run'])
      if (await group(name).evaluate((d) => (d as HTMLDetailsElement).open))
        await group(name).locator('summary').click();
    await openGroup('Handle times');
    await page.fill(field('pools.router.triage.mean'), '10m');
    await runAndWait(page);
    expect(await page.locator('[data-view="changes"]').innerText()).toMatch(/pool:router/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'app-form', false);
  });

  it('marks a wrong value in a new field red, counts it in its group’s title and refuses to run', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    await openGroup('Handle times');
    await page.fill(field('pools.problemControl.work.mean'), '-2h');
    expect(await page.locator('.errors').innerText()).toContain(
      'pools.problemControl.work.mean: expected a duration > 0',
    );
    expect(await invalidFields()).toEqual(['pools.problemControl.work.mean']);
    expect(await group('Handle times').locator('summary .to-fix').innerText()).toBe('1 to fix');
    expect(await page.locator('#run').isDisabled()).toBe(true);
    await page.fill(field('pools.se.shrinkage'), '1');
    expect(await page.locator('.errors').innerText()).toContain(
      'pools.se.shrinkage: expected a share in [0, 1), got 1',
    );
    expect(await invalidFields()).toEqual(['pools.problemControl.work.mean', 'pools.se.shrinkage']);
    await screenshot(page, 'app-form-invalid', false);
    await page.fill(field('pools.problemControl.work.mean'), '5h');
    await page.fill(field('pools.se.shrinkage'), '0.3');
    expect(await invalidFields()).toEqual([]);
    expect(await group('Handle times').locator('summary .to-fix').innerText()).toBe('');
    expect(await page.locator('#run').isEnabled()).toBe(true);
  });

  it('marks the shares of a schedule that do not sum to 1, and runs with another schedule chosen', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    await openGroup('Schedules');
    await page.fill(field('schedules.router-shifts.shifts[0].share'), '0.5');
    expect(await invalidFields()).toEqual([
      'schedules.router-shifts.shifts[0].share',
      'schedules.router-shifts.shifts[1].share',
      'schedules.router-shifts.shifts[2].share',
    ]);
    await page.fill(field('schedules.router-shifts.shifts[1].share'), '0.39');
    expect(await invalidFields()).toEqual([]);
    // The routers' schedule, chosen among 24x7, business and the scenario's own.
    const schedule = page.locator('select[data-path="pools.router.schedule"]');
    expect(await schedule.locator('option').allInnerTexts()).toEqual([
      '24x7',
      'business',
      'router-shifts',
      'se-follow-the-sun',
    ]);
    await schedule.selectOption('24x7');
    await runAndWait(page);
    expect(await page.locator('.errors li').count()).toBe(0);
  });

  it('opens a broken file with its wrong value red in a group that was closed, now open', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 10, 2));
    const costOf = async () => Number((await page.locator('#derived-cost').innerText()).replace(/,/g, ''));
    const cost = await costOf();
    expect(await group('Costs').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const path = join(ROOT, 'test-output', 'broken-costs.json');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      JSON.stringify({ extends: 'baseline.json', name: 'Broken costs', costs: { se: -55 } }),
    );
    await page.setInputFiles('#scenario-file', path);
    await page.locator('.errors p').waitFor();
    expect(await invalidFields()).toEqual(['costs.se']);
    expect(await group('Costs').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(field('costs.se')).isVisible()).toBe(true);
    // From the file's 55 an hour (data/role-costs.csv) to 60.
    await page.fill(field('costs.se'), '60');
    expect(await costOf()).toBeGreaterThan(cost);
    await runAndWait(page);
  });

  it('adds, edits and removes a surge, and the run sees it', async () => {
    await openAt(page, scenarioLink(url, 'baseline.json', 14, 2));
    const arrivals = await kpi('arrivals', 'all');
    await page.click('#add-surge');
    expect(await page.inputValue(field('arrivals.surges[0].fromDay'))).toBe('7');
    expect(await page.inputValue(field('arrivals.surges[0].toDay'))).toBe('14');
    await page.fill(field('arrivals.surges[0].volumeFactor'), '2');
    expect((await linkedScenario()).arrivals?.surges).toEqual([{ fromDay: 7, toDay: 14, volumeFactor: 2 }]);
    await runAndWait(page);
    expect(await kpi('arrivals', 'all')).toBeGreaterThan(1.5 * arrivals);
    // A second surge may not overlap the first.
    await page.click('#add-surge');
    await page.fill(field('arrivals.surges[1].fromDay'), '10');
    expect(await invalidFields()).toEqual(['arrivals.surges[1].fromDay']);
    await page.click('button[aria-label="Remove Surge 2"]');
    expect(await page.locator(field('arrivals.surges[1].fromDay')).count()).toBe(0);
    expect(await invalidFields()).toEqual([]);
    await page.click('button[aria-label="Remove Surge 1"]');
    expect((await linkedScenario()).arrivals?.surges).toEqual([]);
    expect(await page.locator('.surges').innerText()).toContain('None');
  });

  it('shows a CSV-based distribution read-only, with a note, and edits the rest', async () => {
    await openAt(page, scenarioLink(url, 'trace-replay.json', 3, 1));
    await openGroup('Handle times');
    const triage = page.locator('[data-path="pools.router.triage"]');
    expect(await triage.evaluate((e) => e.tagName)).toBe('OUTPUT');
    expect(await triage.innerText()).toBe('../data/triage-minutes.csv, column triageMinutes');
    expect(await page.locator(field('pools.router.triage.mean')).count()).toBe(0);
    expect(await group('Handle times').innerText()).toContain('Drawn from the values of a CSV file');
    await page.fill(field('pools.problemControl.work.mean'), '6h');
    await runAndWait(page);
    expect(await page.locator('.errors li').count()).toBe(0);
  });
});
